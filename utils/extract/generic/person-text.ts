// A person's name as a value shows it beside its decorations: an avatar's initials ("SL" Shauna Lin, <i>林</i>林可欣),
// a role tag (<span class=ant-tag>SA</span> 麦振宇), a status badge. Those are not part of the name.
import { listOf } from '../list';

const BADGE_CLASS = /(?:^|[\s_-])(?:tag|badge|chip|pill|status|label|avatar|initials?)(?:$|[\s_-])/i;

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

/** An element that decorates a name: badge-classed, or a leaf holding the initials of the text right after it. */
export function isNameBadge(el: Element): boolean {
  if (el.childElementCount > 0) return false;
  if (BADGE_CLASS.test(el.getAttribute('class') ?? '')) return textAfter(el) !== '' || el.nextElementSibling !== null;
  const own = (el.textContent ?? '').trim();
  const after = textAfter(el);
  return after !== '' && initialsOf(own, after);
}

/** The person's name in `el` without its badges; '' when `el` holds no badge (read it as usual). */
export function personWithoutBadges(el: Element): string {
  const badges = listOf(el.querySelectorAll('*')).filter(isNameBadge);
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
