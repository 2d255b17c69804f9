import { queryEach, splitSelectorList } from '@/utils/extract/list';
import { parsePage } from './dom-helpers';

const page = parsePage(`<body>
<div class="detail-view"><h2 class="x">A</h2><div field="phone_work">1</div><h1>B</h1>
<span class="customer-name"><a href="/a">C</a><button>out</button></span><h2>D</h2><div field="city" class="name">E</div></div>
<section><a href="/b"><h1>F</h1></a><img alt="G"><i aria-label="H"></i></section></body>`);

describe('queryEach', () => {
  // One query per selector must give what the whole list gives: the same elements, in page order, each once.
  const lists = [
    ['h1', 'h2'],
    ['a', 'button'],
    ['[class*="name"]', 'h1', 'h2', '[field]'],
    ['.detail-view [field=phone_work]', '.detail-view [field=city]'],
    ['[aria-label]', 'img[alt]'],
    ['div', '[field]', '.name'],
    ['table', 'h1'],
    ['table', 'tr'],
  ];
  for (const list of lists)
    it(list.join(', '), () => {
      expect(queryEach(page.body, list)).toEqual(Array.from(page.body.querySelectorAll(list.join(', '))));
    });
});

describe('splitSelectorList', () => {
  it('splits at top-level commas only', () => {
    expect(splitSelectorList('a, b')).toEqual(['a', 'b']);
    expect(splitSelectorList(`.x [field=a], b[title='1,2'], :is(c, d) e`)).toEqual([
      '.x [field=a]',
      `b[title='1,2']`,
      ':is(c, d) e',
    ]);
    expect(splitSelectorList('a')).toEqual(['a']);
  });
  it('gives up when it cannot split safely', () => {
    expect(splitSelectorList('a\\,b, c')).toBeNull();
    expect(splitSelectorList('a /* , */ b')).toBeNull();
    expect(splitSelectorList('a[x="1, b')).toBeNull();
    expect(splitSelectorList('a), b')).toBeNull();
    expect(splitSelectorList('a,, b')).toBeNull();
  });
});
