// Badges and tags: short words a CRM sets beside a label or a value ("自定义", "New", "使用中", "VIP"). They mark the
// field or the record; they are no part of its label or value (docs/adapters.md, "Session 24" and "Session 29").

/** A class naming one of `words` as a whole word of a class token (el-tag, ant-tag, custom-badge, u-tag, user-chip). */
export const classNaming = (...words: string[]) => new RegExp(`(?:^|[\\s_-])(?:${words.join('|')})(?:$|[\\s_-])`, 'i');

/** A tag or badge. Not a chip, which often holds a value (a user chip: "<span>负责人：<span class=user-chip>…</span>"). */
export const BADGE_CLASS = classNaming('badge', 'tag');
/** A badge, chip or pill: a value's decoration when it stands alone (not "label": field labels are classed so). */
export const CHIP_CLASS = classNaming('tag', 'badge', 'chip', 'pill');

export const hasClass = (el: Element, pattern: RegExp) => pattern.test(el.getAttribute('class') ?? '');

/** A badge's word: short and without digits ("使用中", "New"); '' when the element's text is no such word. */
export function badgeWord(badge: Element): string {
  const word = (badge.textContent ?? '').trim();
  return [...word].length > 12 || /\d/.test(word) ? '' : word;
}

/** `el`'s last element when it is a badge ("…<span class=el-tag><span>使用中</span></span>"), or null. */
export function trailingBadge(el: Element): Element | null {
  for (let last = el.lastElementChild; last; last = last.lastElementChild) if (hasClass(last, BADGE_CLASS)) return last;
  return null;
}

/** `text` without the badge's word that ends it; `text` itself when nothing would be left. */
export function withoutBadgeWord(text: string, badge: Element | null): string {
  const word = badge ? badgeWord(badge) : '';
  if (!word || !text.endsWith(word)) return text;
  return text.slice(0, text.length - word.length).trim() || text;
}
