import { findScopes } from '@/utils/extract/composed';
import { textNodes } from '@/utils/extract/labels';
import { listOf } from '@/utils/extract/list';
import {
  elementsByTag,
  elementsIn,
  elementsWithAttribute,
  filledAmongFirst,
  filledTextsIn,
  textsIn,
  textsOutside,
  walkTexts,
} from '@/utils/extract/walk';
import { parsePage } from './dom-helpers';

// The walk must answer exactly what the queries it replaces answer: same elements, same order, same texts.
const html = `<div id="a" class="x"><span name="phone" title="t">1</span><b data-field="mobile" aria-label="m">2</b>
  <section id="region"><i title="icon"></i><p field="f" class="c">3<em data-key="k">4</em></p></section></div>
  <ul id="stream">${'<li class="row"><span>x</span></li>'.repeat(20)}</ul><p>tail <b>text</b></p>`;

function setup() {
  const doc = parsePage(`<html><body>${html}</body></html>`);
  const host = doc.createElement('div');
  doc.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const span = doc.createElement('span');
  span.setAttribute('name', 'inner');
  span.id = 's';
  span.textContent = 'in';
  const p = doc.createElement('p');
  p.title = 'p';
  p.textContent = 'shadow';
  shadow.append(span, p);
  const scan = findScopes(doc);
  return { doc, walks: scan.walks, scopes: scan.scopes };
}

const ATTRS = ['name', 'field', 'data-field', 'data-key', 'aria-label'];

describe('element walk (utils/extract/walk.ts)', () => {
  it.each([
    ['the body', (d: Document) => d.body],
    ['a region inside it', (d: Document) => d.getElementById('region') as Element],
    ['an element without children', (d: Document) => d.querySelector('i') as Element],
  ])('lists what querySelectorAll lists under %s', (_name, pick) => {
    const { doc, walks } = setup();
    const scope = pick(doc);
    expect(elementsIn(scope, walks)).toEqual(listOf(scope.querySelectorAll('*')));
    expect(elementsWithAttribute(scope, walks, ATTRS)).toEqual(
      listOf(scope.querySelectorAll(ATTRS.map((a) => `[${a}]`).join(', '))),
    );
    for (const attrs of [['title'], ['id'], ['class', 'id']])
      expect(elementsWithAttribute(scope, walks, attrs)).toEqual(
        listOf(scope.querySelectorAll(attrs.map((a) => `[${a}]`).join(', '))),
      );
  });

  it.each([
    ['the body', (d: Document) => d.body],
    ['a region inside it', (d: Document) => d.getElementById('region') as Element],
    ['an element without children', (d: Document) => d.querySelector('i') as Element],
  ])('lists by tag (and by a class word) what querySelectorAll lists under %s', (_name, pick) => {
    const { doc, walks } = setup();
    const scope = pick(doc);
    for (const tags of [['span'], ['p', 'b'], ['em', 'p', 'li', 'p'], ['table']])
      expect(elementsByTag(scope, walks, tags)).toEqual(listOf(scope.querySelectorAll(tags.join(', '))));
    // Asked twice (the region's run and the tag index are kept): the same answer.
    expect(elementsByTag(scope, walks, ['b', 'span'])).toEqual(listOf(scope.querySelectorAll('b, span')));
    const classWord = { name: 'class', test: (v: string) => v.includes('x') || v.includes('c') };
    expect(elementsByTag(scope, walks, ['em', 'p'], classWord)).toEqual(
      listOf(scope.querySelectorAll('em, p, [class*="x"], [class*="c"]')),
    );
  });

  it('reads an open shadow root from its own walk, and an unwalked scope by query', () => {
    const { walks, scopes } = setup();
    const shadow = scopes[1] as ShadowRoot;
    expect(elementsWithAttribute(shadow, walks, ['name', 'title']).map((e) => e.tagName)).toEqual(['SPAN', 'P']);
    const inner = shadow.querySelector('p') as Element;
    expect(elementsIn(inner, walks)).toEqual([]);
    expect(elementsWithAttribute(shadow, undefined, ['id']).map((e) => e.id)).toEqual(['s']);
    expect(elementsByTag(shadow, walks, ['p', 'span'])?.map((e) => e.tagName)).toEqual(['SPAN', 'P']);
    expect(elementsByTag(shadow, undefined, ['p'])).toBeNull();
  });
});

const filled = (t: Text) => t.data.trim() !== '';

describe('text walk (utils/extract/walk.ts)', () => {
  it('gives the texts of the body and of any element inside it, as a walk of each would', () => {
    const { doc } = setup();
    const walk = walkTexts(doc.body);
    for (const el of [doc.body, ...listOf(doc.body.querySelectorAll('*'))])
      expect(textsIn(el, walk)).toEqual(textNodes(el));
    expect(textsIn(doc.createElement('div'), walk)).toBeNull();
  });

  it('gives the texts holding more than white space, of the body and of any element inside it', () => {
    const { doc } = setup();
    const walk = walkTexts(doc.body);
    for (const el of [doc.body, ...listOf(doc.body.querySelectorAll('*'))])
      expect(filledTextsIn(el, walk)).toEqual(textNodes(el).filter(filled));
    expect(filledTextsIn(doc.body, walk)).not.toEqual(textsIn(doc.body, walk)); // the page's indentation is left out
    expect(filledTextsIn(doc.createElement('div'), walk)).toBeNull();
  });

  it('gives the texts holding more than white space among the first n, as a reader stopping after n reads them', () => {
    const { doc } = setup();
    const walk = walkTexts(doc.body);
    const all = textNodes(doc.body);
    for (let n = 1; n <= all.length + 1; n++) expect(filledAmongFirst(walk, n)).toEqual(all.slice(0, n).filter(filled));
  });

  it('leaves out the subtrees a skipping walk steps over, and the white-space texts', () => {
    const { doc, walks } = setup();
    const walk = walkTexts(doc.body);
    const skip = (el: Element) => el.id === 'stream';
    expect(textsOutside(doc.body, walks, walk, 16, skip)).toEqual(textNodes(doc.body, skip).filter(filled));
    const few = (el: Element) => el.tagName === 'P';
    expect(textsOutside(doc.body, walks, walk, 0, few)).toEqual(
      textNodes(doc.body).filter((t) => !t.parentElement?.closest('p') && filled(t)),
    );
  });
});
