import { dateOrderForLang, normalizeDate } from '@/utils/core/normalize/date';
import { normalizeGender } from '@/utils/core/normalize/gender';
import { normalizePhone } from '@/utils/core/normalize/phone';
import { stripSalutation } from '@/utils/core/normalize/text';

describe('normalizePhone', () => {
  it.each([
    ['13817426390', '13817426390', 'mobile'],
    ['+86 138 1742 6390', '+8613817426390', 'mobile'],
    ['0086 138-1742-6390', '+8613817426390', 'mobile'],
    ['010-85963217', '01085963217', 'landline'],
    ['(021) 6487 1235', '02164871235', 'landline'],
    ['010-12345678-123', '01012345678;ext=123', 'landline'],
    ['020-8765 4321 转 806', '02087654321;ext=806', 'landline'],
    ['+1 503\u00a0555\u00a00142', '+15035550142', 'unknown'],
    ['(312) 555-0147', '3125550147', 'unknown'],
  ])('%s → %s (%s)', (raw, value, kind) => {
    expect(normalizePhone(raw)).toEqual({ value, kind });
  });

  it.each(['139****2204', '2024-08-23', '6222021002012345679', 'call me', '12345', '110105197911083172'])(
    '%s is not a phone',
    (raw) => {
      expect(normalizePhone(raw)).toBeNull();
    },
  );
});

describe('normalizeDate', () => {
  it.each([
    ['2024-08-23', 'ymd', '2024-08-23'],
    ['2024/8/23', 'ymd', '2024-08-23'],
    ['2024年8月23日', 'ymd', '2024-08-23'],
    ['2024.12.20', 'ymd', '2024-12-20'],
    ['23/08/2024', 'dmy', '2024-08-23'],
    ['03/04/2024', 'dmy', '2024-04-03'],
    ['03/04/2024', 'mdy', '2024-03-04'],
    ['4/23/1981', 'dmy', '1981-04-23'],
    ['Aug 23, 2024', 'ymd', '2024-08-23'],
    ['23 August 2024', 'ymd', '2024-08-23'],
    ['2024-03-15 10:22:31', 'ymd', '2024-03-15'],
  ] as const)('%s (%s) → %s', (raw, order, iso) => {
    expect(normalizeDate(raw, order)).toBe(iso);
  });

  it.each(['2024-02-30', '31/31/2024', 'tomorrow', '20241'])('%s is not a date', (raw) => {
    expect(normalizeDate(raw)).toBeNull();
  });

  it.each([
    ['en-US', 'mdy'],
    ['en', 'mdy'],
    ['en-GB', 'dmy'],
    ['fr', 'dmy'],
    ['zh-CN', 'ymd'],
    [null, 'dmy'],
  ] as const)('lang %s reads numeric dates as %s', (lang, order) => {
    expect(dateOrderForLang(lang)).toBe(order);
  });
});

describe('normalizeGender / stripSalutation', () => {
  it.each([
    ['男', 'male'],
    ['女士', 'female'],
    ['M', 'male'],
    ['Female', 'female'],
    ['先生', 'male'],
    // A civility written alone (Dolibarr's 称谓 / Civilité).
    ['夫人', 'female'],
    ['Madame', 'female'],
    ['Mister', 'male'],
    ['M.', 'male'],
    ['Doctor', null],
    ['未知', null],
  ] as const)('%s → %s', (raw, g) => {
    expect(normalizeGender(raw)).toBe(g);
  });

  it.each([
    ["Mr. Kevin O'Donnell-Ruiz", "Kevin O'Donnell-Ruiz"],
    ['Ms. Harriet Vance', 'Harriet Vance'],
    ['王建国', '王建国'],
    ['Mr.', 'Mr.'],
  ])('%s → %s', (raw, name) => {
    expect(stripSalutation(raw)).toBe(name);
  });
});
