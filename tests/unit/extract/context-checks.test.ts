// Issue #14 class 10, as the extract output shows it: an ID whose birth date is still to come is flagged; a phone
// cell's impossible mobile is flagged and its further numbers are kept, never dropped.
import { buildContext } from '@/utils/extract/context';
import { checkIdNumber, computeIdCheckChar } from '@/utils/core/id-number';
import type { Found } from '@/utils/extract/types';

const source = { via: 'generic', label: '手机' } as const;
const found = (key: string, raw: string, value = raw): Found => ({ key, raw, value, source });
const withCheck = (first17: string) => first17 + computeIdCheckChar(first17);
const now = new Date('2026-11-28T04:00:00Z');

describe('ID number with a birth date after today', () => {
  const future = withCheck('11010520301108317');
  it('is refused when today is given, and only then', () => {
    expect(checkIdNumber(future, '2026-11-28')).toEqual({ valid: false, reason: 'future-birth-date' });
    expect(checkIdNumber(future)).toMatchObject({ valid: true, birthDate: '2030-11-08' });
    expect(checkIdNumber(withCheck('11010520261128317'), '2026-11-28')).toMatchObject({ valid: true });
  });

  it('is flagged in the extracted context (today in Asia/Shanghai)', () => {
    const context = buildContext('https://crm.example.com/c/1', null, [found('idNumber', future)], now);
    expect(context.flags.map((f) => f.code)).toContain('id-future-birth-date');
    // 2026-11-28T20:00Z is already 11-29 in Shanghai: a birth on the 29th is not in the future there.
    const late = new Date('2026-11-28T20:00:00Z');
    const born29 = withCheck('11010520261129317');
    expect(buildContext('https://x.test/', null, [found('idNumber', born29)], late).flags).toEqual([]);
  });
});

describe('phone cells in the extracted context', () => {
  it('flags an 11-digit number no mobile range uses', () => {
    const context = buildContext('https://x.test/', null, [found('phone', '12345678901')], now);
    expect(context.flags).toMatchObject([{ code: 'phone-invalid-mobile', field: 'phone' }]);
  });

  it('keeps the second number of a cell: an empty field takes it, else it is listed under otherPhones', () => {
    const one = buildContext(
      'https://x.test/',
      null,
      [found('mobile', '13800138000 / 010-12345678', '13800138000')],
      now,
    );
    expect(one.fields.mobile?.value).toBe('13800138000');
    expect(one.fields.phone?.value).toBe('01012345678');
    const two = buildContext(
      'https://x.test/',
      null,
      [found('mobile', '13800138000，13900139000', '13800138000'), found('phone', '010-87654321', '01087654321')],
      now,
    );
    expect(two.fields.mobile?.value).toBe('13800138000');
    expect(two.extra.otherPhones?.value).toBe('13900139000');
    expect(two.flags).toEqual([]);
  });
});
