import { filledTextLongerThan, isHidden, readLines, readValueLines, textLongerThan } from '@/utils/extract/dom';
import { parsePage } from './dom-helpers';

describe('isHidden', () => {
  it.each([
    ['<div id="t" style="display: none">x</div>', true],
    ['<div hidden><span id="t">x</span></div>', true],
    ['<div class="tab-pane fade"><span id="t">x</span></div>', true],
    ['<div class="tab-pane active"><span id="t">x</span></div>', false],
    ['<div class="slds-hide"><span id="t">x</span></div>', true],
    ['<div aria-hidden="true"><p><span id="t">x</span></p></div>', true],
    ['<input id="t" type="hidden" value="1">', true],
    ['<div class="hidden-xs"><span id="t">x</span></div>', false],
    ['<div class="modal fade"><span id="t">x</span></div>', true],
    ['<div class="modal fade show"><span id="t">x</span></div>', false],
    ['<div><span id="t">x</span></div>', false],
  ])('%s → %s', (html, hidden) => {
    const doc = parsePage(`<body>${html}</body>`);
    expect(isHidden(doc.getElementById('t') as Element)).toBe(hidden);
  });
});

describe('reading values', () => {
  it('breaks lines at blocks and <br>, skips buttons, icons and avatars', () => {
    const doc = parsePage(
      '<div id="v">221 Harbour St<br>Bristol&nbsp;&nbsp;BS1 4DJ<div>United Kingdom</div><button>Edit</button><i class="fa fa-phone"></i><span class="avatar">N</span></div>',
    );
    expect(readLines(doc.getElementById('v') as Element)).toEqual([
      '221 Harbour St',
      'Bristol BS1 4DJ',
      'United Kingdom',
    ]);
  });

  it('reads filled controls before text, never a password or a placeholder', () => {
    const doc = parsePage(
      '<div id="a"><input value="Sofía"><a>Call</a></div><div id="b"><input type="password" value="x"><input placeholder="e.g. Brandon"><span>—</span></div>',
    );
    expect(readValueLines(doc.getElementById('a') as Element)).toEqual(['Sofía']);
    expect(readValueLines(doc.getElementById('b') as Element)).toEqual(['—']);
  });
});

describe('textLongerThan', () => {
  it('says what textContent.length > max says, for every element of a nested page', () => {
    const doc = parsePage(
      '<div id="a"> Orders <b>(4)</b><!-- a comment --><span><i></i>x<em>yz <u>w</u></em></span> </div><p></p><p>  </p><section><div><div>a very long text that runs past forty characters in all</div></div><span>end</span></section>',
    );
    for (const el of Array.from(doc.body.getElementsByTagName('*')))
      for (const max of [0, 1, 5, 12, 40])
        expect([el.tagName, max, textLongerThan(el, max)]).toEqual([
          el.tagName,
          max,
          (el.textContent ?? '').length > max,
        ]);
  });
});

describe('filledTextLongerThan', () => {
  it('says what textContent without white space, longer than max, says, for every element of a nested page', () => {
    const doc = parsePage(
      '<form id="a"> Name <b>\u00a0(4)\u3000</b><!-- a comment --><span><i></i>x<em>yz \n\t<u>w</u></em></span> </form><p></p><p>  </p><section><div><div>a very long text that runs past forty characters in all</div></div><span>end</span></section>',
    );
    for (const el of Array.from(doc.body.getElementsByTagName('*')))
      for (const max of [0, 1, 5, 12, 40])
        expect([el.tagName, max, filledTextLongerThan(el, max)]).toEqual([
          el.tagName,
          max,
          (el.textContent ?? '').replace(/\s+/g, '').length > max,
        ]);
  });
});
