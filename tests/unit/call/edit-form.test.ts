import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import { keyOfContext } from '@/utils/core/schemas/customer';
import { createCallState, keepRecordFields } from '@/utils/call/call-state';

// Issue #12: opening the CRM's own edit form of the record mid-call keeps the call on screen. On Dolibarr a
// contact's edit form (contact/card.php?id=1&action=edit) reads phones and e-mail but no name.
const src = { via: 'adapter' as const, adapterId: 'dolibarr-contact' };
const field = (value: string) => ({ value, raw: value, source: src });
function page(id: string, fields: CustomerContext['fields'], edit = false): CustomerContext {
  return {
    url: `http://127.0.0.1:8080/contact/card.php?id=${id}${edit ? '&action=edit' : ''}`,
    origin: 'http://127.0.0.1:8080',
    adapterId: 'dolibarr-contact',
    fields,
    extra: {},
    missing: edit ? ['name'] : [],
    flags: [],
    extractedAt: '2026-11-29T01:00:00.000Z',
    record: { id, entity: 'contact', from: 'url' },
  };
}
const card = page('1', { name: field('伟 李'), mobile: field('13912348821'), email: field('liwei@mingde-trade.cn') });
const form = page('1', { mobile: field('13912348821'), email: field('liwei@mingde-trade.cn') }, true);

describe('the CRM edit form of the record on show', () => {
  it('keeps the card’s name, so the customer stays the same', () => {
    const kept = keepRecordFields(card, form);
    expect(kept?.fields.name?.value).toBe('伟 李');
    expect(kept?.missing).toEqual([]);
    expect(keyOfContext(kept)).toBe(keyOfContext(card));
  });

  it('never fills another record’s form, nor a form that names someone', () => {
    const other = page('2', { mobile: field('13800000000') }, true);
    expect(keepRecordFields(card, other)).toBe(other);
    const named = page('1', { name: field('李伟'), mobile: field('13912348821') }, true);
    expect(keepRecordFields(card, named)).toBe(named);
  });

  it('mid-call: no "someone else" notice, the call stays with its customer', () => {
    const s = createCallState(() => 1000);
    s.setPageContext(card);
    s.beginCall();
    s.setPageContext(form);
    expect(s.switchPending.value).toBeNull();
    expect(s.customer.value?.fields.name?.value).toBe('伟 李');
    s.setPageContext(page('2', { name: field('敏 赵'), mobile: field('13800000000') }));
    expect(s.switchPending.value?.fields.name?.value).toBe('敏 赵');
  });

  it('before the call: the card stays (no manual-entry form, no new customer)', () => {
    const s = createCallState(() => 1000);
    s.setPageContext(card);
    s.setPageContext(form);
    expect(keyOfContext(s.customer.value)).toBe(keyOfContext(card));
  });
});
