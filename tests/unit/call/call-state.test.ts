import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import { createCallState } from '@/utils/call/call-state';

function ctx(name: string, phone: string): CustomerContext {
  const src = { via: 'generic' as const };
  return {
    url: 'http://crm.test/c',
    origin: 'http://crm.test',
    adapterId: null,
    fields: { name: { value: name, raw: name, source: src }, phone: { value: phone, raw: phone, source: src } },
    extra: {},
    missing: [],
    flags: [],
    extractedAt: '2026-11-27T10:00:00.000Z',
  };
}

describe('createCallState', () => {
  it('keeps the call with its customer when the page switches, and asks', () => {
    let now = 1000;
    const s = createCallState(() => now);
    s.setPageContext(ctx('周雅琴', '13812346390'));
    expect(s.beginCall()).toBe(true);
    s.setPageContext(ctx('李四', '13900000000'));
    expect(s.customer.value?.fields.name?.value).toBe('周雅琴');
    expect(s.switchPending.value?.fields.name?.value).toBe('李四');
    s.keepBound();
    expect(s.switchPending.value).toBeNull();
    s.endCall();
    expect(s.customer.value?.fields.name?.value).toBe('李四');
    now += 1;
  });

  it('follows the page freely when no call is in progress', () => {
    const s = createCallState();
    s.setPageContext(ctx('A', '1'));
    s.setPageContext(ctx('B', '2'));
    expect(s.switchPending.value).toBeNull();
    expect(s.customer.value?.fields.name?.value).toBe('B');
  });

  it('caps a 5 MB paste and says so', () => {
    const s = createCallState();
    s.setNotes('x'.repeat(5 * 1024 * 1024));
    expect(s.notesCapped.value).toBe(true);
    expect(s.notes.value.length).toBe(20_000);
    s.setNotes('short');
    expect(s.notesCapped.value).toBe(false);
  });

  it('counts ring seconds from the timer start', () => {
    let now = 0;
    const s = createCallState(() => now);
    s.setPageContext(ctx('A', '1'));
    s.setTimer(true);
    now = 21_500;
    s.updateTick();
    expect(s.ringSeconds.value).toBe(21);
    expect(s.inCall.value).toBe(true);
  });
});
