// Class 9 of issue #14: invalid dates are never rendered as dates; |last4 applies to the main number.
import { renderText } from '@/utils/core/script/placeholders';

describe('rendering values that are not what they seem', () => {
  it.each([
    ['zh-CN', '{{signDate|date}}', { signDate: '2026-02-30' }, '【日期无效：2026-02-30】'],
    ['en', '{{signDate|date}}', { signDate: '2026-02-30' }, '[invalid date: 2026-02-30]'],
    ['zh-CN', '{{signDate|date}}', { signDate: '2026-02-28' }, '2026年2月28日'],
    ['zh-CN', '{{phone|last4}}', { phone: '01012345678;ext=123' }, '5678'],
  ] as const)('%s %s %j → %s', (locale, text, values, expected) => {
    expect(renderText(text, values, { locale })).toBe(expected);
  });
});
