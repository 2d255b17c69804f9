// Class 10 of issue #14: full-width digits and ＋86, two phones in one cell, an impossible 11-digit mobile,
// a GBK page decoded by its meta charset; with a property-based test of the phone normaliser.
import fc from 'fast-check';
import { normalizePhone } from '@/utils/core/normalize/phone';
import { decodeHtml } from '@/cli/read-text';

describe('phone normaliser', () => {
  it.each([
    ['１３８００１３８０００', '13800138000', 'mobile'],
    ['＋86 138 0013 8000', '+8613800138000', 'mobile'],
    ['+86 138-0013-8000', '+8613800138000', 'mobile'],
  ])('%s → %s', (input, value, kind) => {
    expect(normalizePhone(input)).toMatchObject({ value, kind });
  });

  it('splits two phones in one cell', () => {
    for (const cell of ['13800138000 / 13900139000', '13800138000，13900139000', '13800138000 13900139000']) {
      const phone = normalizePhone(cell);
      expect(phone?.value).toBe('13800138000');
      expect(phone?.others?.map((p) => p.value)).toEqual(['13900139000']);
    }
  });

  it('flags an 11-digit number starting with 1 that is no mobile', () => {
    expect(normalizePhone('12345678901')).toMatchObject({ kind: 'unknown', invalidMobile: true });
    expect(normalizePhone('13800138000')?.invalidMobile).toBeUndefined();
  });

  it('reads full-width and ASCII forms of any number alike (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (digits) => {
        const wide = [...digits].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('');
        expect(normalizePhone(wide)).toEqual(normalizePhone(digits));
        expect(normalizePhone(`＋86 ${wide}`)?.value).toBe(`+86${digits}`);
      }),
    );
  });
});

describe('decodeHtml', () => {
  it('decodes a GBK page by its meta charset', () => {
    // "<meta charset="gbk"><p>你好</p>" with 你好 in GBK (C4 E3 BA C3).
    const head = new TextEncoder().encode('<meta charset="gbk"><p>');
    const bytes = new Uint8Array([...head, 0xc4, 0xe3, 0xba, 0xc3, ...new TextEncoder().encode('</p>')]);
    expect(decodeHtml(bytes).text).toContain('你好');
    const httpEquiv = new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
    expect(decodeHtml(new Uint8Array([...httpEquiv, 0xc4, 0xe3])).text).toContain('你');
    expect(decodeHtml(new TextEncoder().encode('<p>你好</p>')).text).toBe('<p>你好</p>');
  });
});
