import { escapeCsvCell, maskDigits, writeCsv } from '@/utils/core/export/csv';
import { makeRecord } from '../db/helpers';

describe('CSV for Excel', () => {
  it('starts with a UTF-8 BOM and Chinese headers by default-language zh-CN', () => {
    const csv = writeCsv([makeRecord(1)], { lang: 'zh-CN' });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toContain('"回访结果"');
  });

  it('says kind, channel and outcome in words in the Chinese file, ids in the English one', () => {
    const record = makeRecord(1, { outcome: 'no-such-number', channel: 'phone', kind: 'new-contract' });
    const zh = writeCsv([record], { lang: 'zh-CN' }).split('\r\n')[1];
    expect(zh).toContain('"空号"');
    expect(zh).toContain('"电话"');
    expect(zh).toContain('"新签约回访"');
    expect(zh).not.toContain('"no-such-number"');
    expect(zh).not.toContain('"new-contract"');
    const en = writeCsv([record], { lang: 'en' }).split('\r\n')[1];
    expect(en).toContain('"no-such-number"');
    expect(writeCsv([{ ...record, outcome: 'wrong-number' }], { lang: 'zh-CN' })).toContain('"号码错误（非本人）"');
  });

  it('has English headers on request and one row per attempt', () => {
    const csv = writeCsv([makeRecord(1), makeRecord(2), makeRecord(3)], { lang: 'en' });
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toContain('"Outcome"');
    expect(lines).toHaveLength(4);
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1+2', `"'+1+2"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tTAB', `"'\tTAB"`],
    ['\rCR', `"'\rCR"`],
    ['plain', '"plain"'],
    ['say "hi", ok', '"say ""hi"", ok"'],
    ['line1\nline2', '"line1\nline2"'],
  ])('makes %j safe: %s', (value, expected) => {
    expect(escapeCsvCell(value)).toBe(expected);
  });

  it('guards a formula typed into the notes of a real record', () => {
    const csv = writeCsv([makeRecord(1, { notes: '=cmd|"/c calc"!A1' })], { lang: 'en' });
    expect(csv).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(csv).not.toMatch(/,"=cmd/);
  });

  it('masks phone numbers when asked, and only then', () => {
    const record = makeRecord(1, { context: { name: '李四', mobile: '13912345678' } });
    expect(writeCsv([record], { lang: 'en', maskPersonal: true })).toContain('"139****5678"');
    expect(writeCsv([record], { lang: 'en' })).toContain('"13912345678"');
    expect(maskDigits('11010519491231002X')).toBe('110***********002X');
  });
});
