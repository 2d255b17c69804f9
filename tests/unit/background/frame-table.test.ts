import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import { createFrameTable } from '@/utils/background/frame-table';

const ctx = (name: string | null): CustomerContext => ({
  url: 'https://crm.example/x',
  origin: 'https://crm.example',
  adapterId: null,
  fields: name ? { name: { value: name, raw: name, source: { via: 'generic' } } } : {},
  extra: {},
  missing: [],
  flags: [],
  extractedAt: '2026-11-27T10:00:00.000Z',
  ...(name ? {} : { noCustomer: 'list' as const }),
});

describe('frame table', () => {
  it('takes the record from the child frame that holds it, whatever order frames report in', () => {
    const t = createFrameTable(() => 1);
    t.report(7, 3, 'https://crm.example/detail', ctx('张三'), { area: 800_000, focusedAt: 0 });
    const r = t.report(7, 0, 'https://crm.example/workbench', ctx(null), { area: 1_000_000, focusedAt: 0 });
    expect(r).toMatchObject({ frameId: 3, reason: 'only' });
    expect(r.context?.fields.name?.value).toBe('张三');
  });

  it('without a customer anywhere, the top frame says why', () => {
    const t = createFrameTable();
    const r = t.report(7, 0, 'https://crm.example/list', ctx(null), { area: 1, focusedAt: 0 });
    expect(r).toMatchObject({ frameId: null, reason: 'none' });
    expect(r.context?.noCustomer).toBe('list');
  });

  it('forgets the frames of the page the top frame left', () => {
    const t = createFrameTable();
    t.report(7, 0, 'https://crm.example/a', ctx(null), { area: 1, focusedAt: 0 });
    t.report(7, 3, 'https://crm.example/detail', ctx('张三'), { area: 1, focusedAt: 0 });
    const r = t.report(7, 0, 'https://crm.example/b', ctx(null), { area: 1, focusedAt: 0 });
    expect(r.frameId).toBeNull();
    t.drop(7);
    expect(t.current(7).context).toBeNull();
  });
});
