// A person's name as a value shows it beside its decorations: an avatar's initials ("SL" Shauna Lin, <i>林</i>林可欣),
// a role tag (<span class=ant-tag>SA</span> 麦振宇), a status badge. Those are not part of the name.
import { classNaming, hasClass } from '../badge';
import { listOf } from '../list';

const DECORATION_CLASS = classNaming('tag', 'badge', 'chip', 'pill', 'status', 'label', 'avatar', 'initials?');

/** Text of the nodes before `el` among its siblings, back to the previous element. */
function textBefore(el: Element): string {
  let text = '';
  for (let n = el.previousSibling; n && n.nodeType !== 1; n = n.previousSibling)
    if (n.nodeType === 3) text += n.nodeValue;
  return text.replace(/\s+/g, ' ').trim();
}

/** Text of the nodes after `el` among its siblings, up to the next element. */
function textAfter(el: Element): string {
  let text = '';
  for (let n = el.nextSibling; n && n.nodeType !== 1; n = n.nextSibling) if (n.nodeType === 3) text += n.nodeValue;
  return text.replace(/\s+/g, ' ').trim();
}

/** "SL" before "Shauna Lin", "林" before "林可欣": the initials of the name written after them. */
export function initialsOf(initials: string, name: string): boolean {
  if (/^[\u4e00-\u9fff]$/.test(initials)) return name.startsWith(initials) || name.endsWith(initials);
  if (!/^[A-Z]{1,3}$/.test(initials)) return false;
  const firsts = name
    .split(/\s+/)
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
  return firsts.startsWith(initials) || firsts === initials.slice(0, firsts.length);
}

/**
 * An element that decorates a name: badge-classed, or a leaf holding the initials of the text right after it. A badge
 * after everything else counts only as a child of `within`, the name's own element ("戚某 <span class=rs-tag>种植</span>
 * <span class=rs-tag>VIP</span>" in a title); deeper, it may end a line under which other lines follow (a staff card's
 * "<b>林某</b> <span class=ant-tag>设计顾问</span>" over its "添加时间 …" line).
 */
export function isNameBadge(el: Element, within?: Element): boolean {
  if (el.childElementCount > 0) return false;
  if (hasClass(el, DECORATION_CLASS)) {
    if (textAfter(el) !== '' || el.nextElementSibling !== null) return true;
    return el.parentElement === within && (el.previousElementSibling !== null || textBefore(el) !== '');
  }
  const own = (el.textContent ?? '').trim();
  const after = textAfter(el);
  return after !== '' && initialsOf(own, after);
}

/** The person's name in `el` without its badges; '' when `el` holds no badge (read it as usual). */
export function personWithoutBadges(el: Element): string {
  const badges = listOf(el.querySelectorAll('*')).filter((b) => isNameBadge(b, el));
  if (badges.length === 0) return '';
  let text = '';
  const walk = (node: Node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) text += n.nodeValue ?? '';
      else if (n.nodeType === 1 && !badges.includes(n as Element)) {
        text += ' ';
        walk(n);
        text += ' ';
      }
    }
  };
  walk(el);
  return text.replace(/\s+/g, ' ').trim();
}

/** The name written right after a badge that a label's value element turned out to be ("Owner <span>SL</span> Ann"). */
export function nameAfterBadge(el: Element): string {
  return isNameBadge(el) ? textAfter(el) : '';
}
