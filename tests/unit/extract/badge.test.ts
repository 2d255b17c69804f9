// Badges beside labels and values (utils/extract/badge.ts): the word a CRM sets after a value is no part of it.
import { describe, expect, it } from 'vitest';
import { badgeWord, trailingBadge, withoutBadgeWord } from '@/utils/extract/badge';
import { ariaGridsIn } from '@/utils/extract/generic/aria-grid';
import { findScopes } from '@/utils/extract/composed';
import { parsePage } from './dom-helpers';

// A div holding `html`, parsed without running anything (tests/unit/extract/dom-helpers.ts).
const box = (html: string) => {
  const div = document.createElement('div');
  div.append(...Array.from(parsePage(`<body>${html}</body>`).body.childNodes, (n) => document.importNode(n, true)));
  return div;
};

describe('a badge after a value', () => {
  it('is the value’s last element when classed as a tag or badge, however deep', () => {
    const flat = box('减脂塑形私教 36 节<span class="u-tag">使用中</span>');
    expect(trailingBadge(flat)?.textContent).toBe('使用中');
    const nested = box('<span>会籍卡</span><span class="el-tag el-tag--success"><span>有效</span></span>');
    expect(trailingBadge(nested)?.className).toContain('el-tag');
    expect(trailingBadge(box('<span class="user-chip">陈凯</span>'))).toBeNull();
    expect(trailingBadge(box('<span class="badge">VIP</span> 会员'))?.textContent).toBe('VIP');
  });

  it('leaves the value without its word, and the value whole when the word is no badge’s', () => {
    const tag = box('<span class="tag">使用中</span>').firstElementChild;
    expect(withoutBadgeWord('减脂塑形私教 36 节 使用中', tag)).toBe('减脂塑形私教 36 节');
    expect(withoutBadgeWord('使用中', tag)).toBe('使用中');
    expect(withoutBadgeWord('使用中 减脂塑形私教', tag)).toBe('使用中 减脂塑形私教');
    expect(withoutBadgeWord('减脂塑形私教', null)).toBe('减脂塑形私教');
    // A number in a tag is a value (a count, a level), never dropped.
    const count = box('<span class="badge">36 节</span>').firstElementChild as Element;
    expect(badgeWord(count)).toBe('');
    expect(withoutBadgeWord('私教课 36 节', count)).toBe('私教课 36 节');
  });
});

describe('ARIA grids', () => {
  it('are found from the walk of the page as by a query, tables left out', () => {
    const root = box(`<div role="grid" id="g1"><div role="row"></div></div><table role="grid"></table>
      <div role="treegrid" id="g2"></div><div role="list"></div><div role="table" id="g3"></div>`);
    document.body.append(root);
    const ids = (els: Element[]) => els.map((el) => el.id);
    expect(ids(ariaGridsIn(root))).toEqual(['g1', 'g2', 'g3']);
    expect(ids(ariaGridsIn(root, findScopes(document).walks))).toEqual(['g1', 'g2', 'g3']);
    root.remove();
  });
});
