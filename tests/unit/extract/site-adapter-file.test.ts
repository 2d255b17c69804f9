import { parseSiteAdapters, serializeSiteAdapters } from '@/utils/extract/site-adapter-file';
import { mergePickedField } from '@/utils/extract/teach-merge';

const NOW = new Date('2026-11-27T10:00:00Z');
const taught = mergePickedField(
  null,
  'https://crm.acme.example',
  { field: 'mobile', selector: '#m', label: '手机' },
  NOW,
);

describe('site adapter export/import', () => {
  it('round-trips taught adapters', () => {
    expect(parseSiteAdapters(serializeSiteAdapters([taught]))).toEqual({ ok: true, adapters: [taught] });
  });

  it.each([
    ['{"format":"huifang-site-adapters"', /not JSON/],
    ['{"format":"other","version":1,"adapters":[]}', /format/],
    [JSON.stringify({ format: 'huifang-site-adapters', version: 2, adapters: [] }), /version/],
    [JSON.stringify({ format: 'huifang-site-adapters', version: 1, adapters: [taught, taught] }), /appears twice/],
    [
      JSON.stringify({
        format: 'huifang-site-adapters',
        version: 1,
        adapters: [{ ...taught, fields: { name: [{ selector: 'a', pattern: '(' }] } }],
      }),
      /invalid pattern/,
    ],
    [
      JSON.stringify({
        format: 'huifang-site-adapters',
        version: 1,
        adapters: [{ ...taught, fields: { name: [{}] } }],
      }),
      /selector, a label or a column/,
    ],
  ])('rejects %s', (text, error) => {
    const result = parseSiteAdapters(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});
