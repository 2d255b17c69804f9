// Chinese names shown given name first by Western-field CRMs read surname first (utils/core/normalize/chinese-name.ts).
import fc from 'fast-check';
import { surnameFirst } from '@/utils/core/normalize/chinese-name';

describe('surnameFirst', () => {
  it('turns a given-name-first Chinese name round (Dolibarr, SuiteCRM)', () => {
    expect(surnameFirst('芳 王')).toBe('王芳');
    expect(surnameFirst('丽华 张')).toBe('张丽华');
    expect(surnameFirst('无忌 欧阳')).toBe('欧阳无忌');
    expect(surnameFirst('伟\u00a0李')).toBe('李伟');
  });

  it('turns round a given name that is also a rare surname, after a common surname (Dolibarr’s "强 张")', () => {
    expect(surnameFirst('强 张')).toBe('张强');
    expect(surnameFirst('明 王')).toBe('王明');
    expect(surnameFirst('海燕 陈')).toBe('陈海燕');
  });

  it('leaves names already surname first, ambiguous ones and non-Chinese ones as written', () => {
    for (const name of [
      '王芳',
      '李 伟',
      '张 强',
      '王 明',
      '林 王',
      '金 王',
      '山本 佳奈',
      '健一 佐藤',
      'Ann Lee',
      '张三丰',
      '上海明德 贸易',
      '伟',
    ])
      expect(surnameFirst(name)).toBe(name);
  });

  it('never changes the characters of a name, only their order, and is idempotent', () => {
    const han = fc.string({ unit: fc.constantFrom(...'王李张芳伟丽华静敏林山本佳奈欧阳'), minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(han, han, fc.constantFrom(' ', '\u3000', ''), (a, b, gap) => {
        const name = `${a}${gap}${b}`;
        const out = surnameFirst(name);
        expect([...out.replace(/\s/g, '')].sort()).toEqual([...name.replace(/\s/g, '')].sort());
        expect(surnameFirst(out)).toBe(out);
      }),
    );
  });
});
