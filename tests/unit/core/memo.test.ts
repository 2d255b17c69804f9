import { markProvisional, memoByString } from '@/utils/core/memo';

describe('memoByString', () => {
  it('calls the function once per string, including for undefined results', () => {
    const fn = vi.fn((s: string) => (s === 'x' ? undefined : s.length));
    const m = memoByString(fn);
    expect([m('abc'), m('abc'), m('x'), m('x')]).toEqual([3, 3, undefined, undefined]);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('drops its table when full instead of growing', () => {
    const fn = vi.fn((s: string) => s.toUpperCase());
    const m = memoByString(fn, 2);
    m('a');
    m('b');
    m('c'); // table full: cleared, then 'c' stored
    m('a');
    expect(fn).toHaveBeenCalledTimes(4);
    expect(m('c')).toBe('C');
    expect(fn).toHaveBeenCalledTimes(4);
  });

  it('keeps no value computed while a reading was provisional (month words not built yet)', () => {
    let built = false;
    const fn = vi.fn((s: string) => {
      if (!built) {
        markProvisional();
        return null;
      }
      return s === '12. März 1984' ? '1984-03-12' : null;
    });
    const m = memoByString(fn);
    expect(m('12. März 1984')).toBeNull();
    built = true;
    expect(m('12. März 1984')).toBe('1984-03-12');
    expect(m('12. März 1984')).toBe('1984-03-12');
    expect(fn).toHaveBeenCalledTimes(2);
  });
});
