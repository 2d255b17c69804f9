import { checkIdNumber, computeIdCheckChar } from '@/utils/core/id-number';

describe('checkIdNumber', () => {
  it.each([
    ['110105197911083172', { valid: true, birthDate: '1979-11-08', gender: 'male' }],
    ['11010519791108317x', { valid: false, reason: 'check-digit' }],
    ['110105197902303172', { valid: false, reason: 'birth-date' }],
    ['11010519791108317', { valid: false, reason: 'format' }],
  ])('%s', (id, expected) => {
    expect(checkIdNumber(id)).toMatchObject(expected);
  });

  it('computes X as a check character when the sum calls for it', () => {
    const base = '11010519800101001';
    const chars = new Set(Array.from({ length: 10 }, (_, i) => computeIdCheckChar(base.slice(0, 16) + i)));
    expect(chars.size).toBe(10);
  });
});
