// The parity check's comparison (tests/bench/generalise/parity.ts): what the scorer scored against what the product
// chose, page by page (docs/benchmarks.md, "Product and scorer parity").
import { compareSides, formatParity, sideOf } from '../../bench/generalise/parity';

const context = (fields: Record<string, string>, more: object = {}) => ({
  fields: Object.fromEntries(Object.entries(fields).map(([k, value]) => [k, { value }])),
  ...more,
});

describe('product and scorer parity', () => {
  it('agrees when both read the same values from the same frame', () => {
    const scorer = sideOf(context({ name: '林', mobile: '13900000001' }, { record: { id: 'C-1' } }), 'about:blank');
    const product = sideOf(context({ mobile: '13900000001', name: '林' }, { record: { id: 'C-1' } }), 'about:blank');
    expect(compareSides('p', scorer, product)).toMatchObject({ same: true, differences: [] });
  });

  it('lists a customer the product never saw field by field (the frame it could not read)', () => {
    const scorer = sideOf(context({ name: '林', mobile: '13900000001' }), 'about:blank');
    const product = sideOf(context({}, { noCustomer: 'list' }), 'top');
    const row = compareSides('desk', scorer, product);
    expect(row.same).toBe(false);
    expect(row.product.frame).toBeNull();
    expect(row.differences).toEqual([
      { kind: 'missing-in-product', field: 'mobile', scorer: '13900000001' },
      { kind: 'missing-in-product', field: 'name', scorer: '林' },
    ]);
    expect(formatParity([row])).toContain(
      '| desk | 2 fields | none (list) | mobile: only the scorer (13900000001); name: only the scorer (林) |',
    );
  });

  it('names another frame, another value, an extra field and an adapter the product applied', () => {
    const scorer = sideOf(context({ name: '林', phone: '010-1' }), 'top');
    const product = sideOf(
      context({ name: '王', phone: '010-1', email: 'w@x.cn' }, { adapterId: 'odoo17' }),
      'https://crm.example/f',
    );
    expect(compareSides('p', scorer, product).differences).toEqual([
      { kind: 'adapter', product: 'odoo17' },
      { kind: 'frame', scorer: 'top', product: 'https://crm.example/f' },
      { kind: 'extra-in-product', field: 'email', product: 'w@x.cn' },
      { kind: 'value', field: 'name', scorer: '林', product: '王' },
    ]);
  });

  it('counts the pages that agree', () => {
    const same = compareSides('a', sideOf(null, null), sideOf(context({}), 'top'));
    expect(same.same).toBe(true);
    expect(formatParity([same])).toMatch(/^1 \/ 1 pages: the product chose what the scorer scored\.\n\n$/);
  });
});
