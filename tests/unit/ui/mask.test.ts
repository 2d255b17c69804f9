import { maskField, stripControlChars } from '@/utils/ui/mask';

describe('masking', () => {
  it.each([
    ['phone', '13812346390', '138****6390'],
    ['mobile', '5550147', '55***47'],
    ['idNumber', '11010519491231002X', '110***********002X'],
    ['name', '周雅琴', '周雅琴'],
    ['product', '稳盈增利1号', '稳盈增利1号'],
  ])('%s %s shows as %s', (key, input, expected) => {
    expect(maskField(key, input)).toBe(expected);
  });

  it('removes bidi overrides and zero-width characters', () => {
    expect(stripControlChars('abc\u202Efed\u200B')).toBe('abcfed');
  });
});
