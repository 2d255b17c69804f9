import { findLabels, findLabelsAmongAll } from '@/utils/extract/labels';
import { parsePage } from './dom-helpers';

const page = (html: string) => parsePage(`<body>${html}</body>`).body;

// findLabelsAmongAll must return exactly what filtering findLabels(root, () => true) by label returns.
const cases: [string, string, string[]][] = [
  [
    'a table of fields',
    '<table><tr><td>Phone</td><td>138</td></tr><tr><td>Mobile</td><td>139</td></tr></table>',
    ['phone', 'mobile'],
  ],
  ['a label after noise text in one element', '<div>:<span>Phone</span></div><p>x</p>', ['phone']],
  ['a label with a required asterisk', '<label>* <span>Phone</span></label><span>138</span>', ['phone']],
  ['a label before its control', '<div>Teléfono 1<input value="1"></div>', ['teléfono 1']],
  ['the same label twice', '<dl><dt>Phone</dt><dd>1</dd><dt>Phone</dt><dd>2</dd></dl>', ['phone']],
  ['nested same-text wrappers', '<div><span><b>Mobile</b></span></div><div>139</div>', ['mobile', 'phone']],
];

describe('findLabelsAmongAll', () => {
  it.each(cases)('equals the filtered full label list: %s', (_name, html, wanted) => {
    const root = page(html);
    const want = new Set(wanted);
    const all = findLabels(root, () => true).filter((h) => want.has(h.label));
    expect(findLabelsAmongAll(root, want, new Map())).toEqual(all);
  });

  it('shares one walk of a root between calls through its cache', () => {
    const root = page('<dl><dt>Phone</dt><dd>1</dd><dt>Mobile</dt><dd>2</dd></dl>');
    const cache = new Map();
    findLabels(root, () => true, cache);
    expect(cache.get(root)).toHaveLength(4);
    expect(findLabelsAmongAll(root, new Set(['mobile']), cache).map((h) => h.el.textContent)).toEqual(['Mobile']);
  });
});
