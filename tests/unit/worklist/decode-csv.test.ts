import { parseCsv } from '@/utils/core/worklist/csv';
import { decodeText } from '@/utils/core/worklist/decode-text';
import { encodeGbk } from '../../support/encode-gbk.mjs';

const sample = '客户编号,姓名,签约日期\nC-1,张三,2026-11-20\n';

describe('decodeText', () => {
  it.each([
    ['UTF-8 without BOM', new TextEncoder().encode(sample), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)]), 'utf-8-bom'],
    ['GBK (Chinese Excel)', encodeGbk(sample), 'gb18030'],
  ])('%s', (_, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ text: sample, encoding });
  });

  it('reads UTF-16LE with its BOM (Excel "Unicode text")', () => {
    const units = [...sample].map((c) => c.charCodeAt(0));
    const bytes = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    expect(decodeText(bytes)).toEqual({ text: sample, encoding: 'utf-16le' });
  });

  it('reads a GBK file whose names are rare characters (GB18030 superset)', () => {
    const text = '姓名\n喆,堃,昇\n';
    expect(decodeText(encodeGbk(text)).text).toBe(text);
  });
});

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, commas and line breaks inside cells, CRLF, and drops blank lines', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n\r\n,,\r\nlast,2,3';
    expect(parseCsv(text)).toEqual({
      ok: true,
      delimiter: ',',
      rows: [
        ['a', 'b', 'c'],
        ['x, y', 'say "hi"', 'two\nlines'],
        ['last', '2', '3'],
      ],
    });
  });

  it.each([
    ['a;b;c\n1;2;3', ';'],
    ['a\tb\tc\n1\t2\t3', '\t'],
  ])('detects the delimiter of %j', (text, delimiter) => {
    const result = parseCsv(text);
    expect(result.ok && result.delimiter).toBe(delimiter);
    expect(result.ok && result.rows[1]).toEqual(['1', '2', '3']);
  });

  it('names the line where an unclosed quote opened', () => {
    expect(parseCsv('a,b\n1,2\n3,"oops\n4,5\n')).toMatchObject({ ok: false, line: 3 });
  });
});
