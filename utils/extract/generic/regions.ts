// Parts of a page that are never the customer: navigation, the user's own bar, streams, related lists.
import { normalizeLabel } from '../../core/normalize/text';
import { memoByString } from '../../core/memo';
import { composedParent } from '../composed';
import { filledTextLongerThan } from '../dom';
import { isAddressPart, keyForLabel } from './dictionary';
import { listOf } from '../list';
import { pageWords, wordAlternatives } from './words/page-words';
import { isMarkedOverlay } from '../page-kind';

const INLINE_TAGS = new Set(['A', 'SPAN', 'B', 'STRONG', 'EM', 'I', 'SMALL', 'LABEL', 'FONT']);
const EXCLUDED_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'TEMPLATE', 'NOSCRIPT', 'SCRIPT', 'STYLE', 'SVG']);
// Side bars are navigation on most CRMs, but some (HubSpot) keep the record's properties there.
const SIDE_KEYWORDS = new Set(['sidebar', 'sider', 'sidenav']);
const FORM_LIKE = 'label, dt, input:not([type=hidden]), textarea, select, th, [class*="label"], [class*="field"]';
const EXCLUDED_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'menubar',
  'menu',
  'search',
  'toolbar',
  'tablist',
  'tab',
  'log',
  'feed',
]);
const KEYWORDS = new Set([
  'nav',
  'navbar',
  'navigation',
  'menu',
  'tmenu',
  'vmenu',
  'breadcrumb',
  'breadcrumbs',
  'stream',
  'timeline',
  'activity',
  'activities',
  'chatter',
  'history',
  'feed',
  'subpanel',
  'related',
  'comment',
  'comments',
  'notification',
  'notifications',
  'footer',
  'toolbar',
  'topbar',
  'login',
  'usermenu',
  'recent',
  'recently',
  'kanban',
  'pagination',
  'pager',
  'popover',
  'tooltip',
  'quickcreate',
  'mention',
  'followers',
  'attachments',
  'trackingold',
  'log',
  'logs',
  'moments',
  'journal',
  'listview',
  'datagrid',
  'follow',
  'followup',
  'followups',
  'family',
  'relatives',
  'note',
  'notes',
  'memo',
  'memos',
  'remark',
  'remarks',
  'message',
  'messages',
]);

// A menu or nav word behind a short prefix, written as one word (gmenu, lnav, topmenu, mainnav): the app's menu, whose
// items ("企業", "コンタクト") are no label and value.
const MENU_PART = /^(?:[a-z]{1,2}|top|left|main|sub|head)(?:menu|nav)$/;

// Whole class names of the logged-in user's own card or menu (the parts alone, like "user", are too common).
const WHOLE_CLASSES = new Set([
  'user-info',
  'userinfo',
  'user-menu',
  'user-panel',
  'current-user',
  'login-user',
  'top-user',
  'user-profile',
  'account-menu',
  'my-profile',
  'header-user',
  'nav-user',
  'user-dropdown',
  'avatar-dropdown',
]);

export const partsOf = memoByString(partsOfOnce);

function partsOfOnce(value: string): string[] {
  return value
    .split(/[\s_-]+|(?<=[a-z])(?=[A-Z])/)
    .filter(Boolean)
    .map((p) => p.toLowerCase());
}

// What a record shows and navigation never does: its title heading, a way to call or mail someone.
const RECORD_LIKE = 'h1, a[href^="tel:"], a[href^="mailto:"], a[href^="callto:"]';

/** Two or more field titles (Address, Phone, 手机…) as leaf elements: a side column of a record, not navigation. */
function hasFieldTitles(el: Element): boolean {
  let n = 0;
  for (const leaf of listOf(el.querySelectorAll('div, span, p, b, strong, h4, h5, h6'))) {
    if (leaf.childElementCount > 0) continue;
    const text = leaf.textContent ?? '';
    if (text.length > 30) continue;
    const label = normalizeLabel(text);
    if (label && (keyForLabel(label) !== undefined || isAddressPart(label)) && ++n >= 2) return true;
  }
  return false;
}

function isSideBar(el: Element, parts: string[]): boolean {
  const side = el.tagName === 'ASIDE' || parts.some((p) => SIDE_KEYWORDS.has(p));
  if (!side || el.querySelector(FORM_LIKE) !== null || el.querySelector(RECORD_LIKE) !== null) return false;
  if (hasFieldTitles(el)) return false;
  // Navigation is mostly links; a side box of plain "label: value" lines is the record's details.
  const text = (el.textContent ?? '').replace(/\s+/g, '').length;
  const linked = listOf(el.querySelectorAll('a')).reduce(
    (n, a) => n + (a.textContent ?? '').replace(/\s+/g, '').length,
    0,
  );
  return text === 0 || linked * 2 >= text || !/[:：]/.test(el.textContent ?? '');
}

/**
 * A "user-info" box with many "label: value" lines is a record, not the agent's own widget: shops call their
 * customers 用户, so a member's details sit in a user-info pane.
 */
function holdsRecord(el: Element): boolean {
  return ((el.textContent ?? '').match(/[:：]/g)?.length ?? 0) >= 6 || showsCustomerFields(el);
}

// Fields a customer's record shows and the agent's own card does not (a user menu shows a name, a mail, a role).
const CUSTOMER_FIELDS = new Set(['address', 'idNumber', 'birthDate', 'product', 'signDate', 'customerId']);

/**
 * Four or more field titles written as leaves (手机 / 座机 / 客户编号 / 签约日期, without colons), one of them a field
 * only a customer's record has: a help desk's requester panel (class "user-panel"), not the agent's own widget.
 */
function showsCustomerFields(el: Element): boolean {
  let titles = 0;
  let customer = false;
  for (const leaf of listOf(el.querySelectorAll('span, div, dt, th, label, b, strong'))) {
    if (leaf.childElementCount > 0) continue;
    const text = leaf.textContent ?? '';
    if (text.length > 30) continue;
    const key = keyForLabel(normalizeLabel(text));
    if (key === undefined) continue;
    titles++;
    if (CUSTOMER_FIELDS.has(key)) customer = true;
    if (titles >= 4 && customer) return true;
  }
  return false;
}

// Class words of a card that shows one related person (a company's contact, a linkman).
const PERSON_CARD = new Set(['contact', 'linkman', 'person']);

/**
 * One of several same-classed cards of related people, each with its own name (a company lead's contacts): their
 * numbers are theirs, not the record's (docs/adapters.md, "One record, one region").
 */
function isRelatedPersonCard(el: Element, classParts: string[]): boolean {
  if (!classParts.some((p) => PERSON_CARD.has(p))) return false;
  const cls = el.getAttribute('class');
  const parent = el.parentElement;
  if (!parent || parent.childElementCount < 2) return false;
  const twin = listOf(parent.children).some((c) => c !== el && c.getAttribute('class') === cls);
  return twin && el.querySelector('[class*="name"]') !== null;
}

// Parts that name a piece of a page's content: after a short vendor prefix and a region word they make that word a
// namespace (Business Central's ms-nav-content, ms-nav-band-container, ms-nav-edit-control hold the record).
const CONTENT_PARTS = new Set([
  'content',
  'page',
  'band',
  'container',
  'field',
  'fields',
  'edit',
  'control',
  'caption',
  'columns',
  'column',
  'cell',
  'value',
  'readonly',
  'form',
  'main',
  'factbox',
  'body',
]);

function isNamespace(parts: string[], i: number): boolean {
  return i === 1 && parts.length >= 3 && (parts[0]?.length ?? 9) <= 3 && CONTENT_PARTS.has(parts[2] ?? '');
}

// A details grid's item, title and value (Tabler's datagrid-item › datagrid-title + datagrid-content): a record's
// fields laid out in a grid, not a grid of rows.
const DETAILS_GRID_PART = /^(?:item|title|content|label|value)$/;
/** A grid (class datagrid) whose every child is a details item: the record's fields, not a list. */
const isDetailsGrid = (el: Element): boolean =>
  el.childElementCount >= 2 &&
  listOf(el.children).every((c) => /(?:^|\s)datagrid-item(?:\s|$)/.test(c.getAttribute('class') ?? ''));

// What a class attribute says on its own: a whole class of the user's own widget, a word naming a region.
const classWords = memoByString((cls: string) => {
  let whole = false;
  let keyword = false;
  for (const token of cls.split(/\s+/)) {
    if (WHOLE_CLASSES.has(token.toLowerCase())) whole = true;
    const parts = partsOf(token);
    // A layout's state on its wrapper (Sneat's and Vuexy's layout-content-navbar, layout-menu-fixed): how the page is
    // laid out, not a navbar or a menu (those are layout-navbar, layout-menu).
    if (parts[0] === 'layout' && parts.length >= 3) continue;
    parts.forEach((p, i) => {
      if (p === 'datagrid' && DETAILS_GRID_PART.test(parts[i + 1] ?? '')) return;
      // A cell's note (TDesign's t-cell__note) is the value side of a cell, not a note about the record.
      if (p === 'note' && parts[i - 1] === 'cell') return;
      if ((KEYWORDS.has(p) || MENU_PART.test(p)) && !isNamespace(parts, i)) keyword = true;
      // A change's old value (EspoCRM's stream "old-value"), not every class ending in "old" (Magento's
      // admin__scope-old wraps the whole record).
      if (p === 'old' && /^val(?:ue)?s?$/.test(parts[i + 1] ?? '')) keyword = true;
    });
  }
  return { whole, keyword };
});

const idHasKeyword = memoByString((id: string) => partsOf(id).some((p) => KEYWORDS.has(p) || MENU_PART.test(p)));

// A menu item marked as the page the user is on ("<div class=on>Customers</div>", aria-current): class words of state.
const CURRENT_CLASS = new Set(['on', 'cur', 'active', 'current', 'selected', 'checked']);
// A menu item is a word or two: short, one line, no "label: value", no digit (a value has them: a phone, a code).
const MENU_ITEM_TEXT = /^[^:：\d@\n]{1,24}$/;

function isMenuItem(el: Element): boolean {
  if (el.childElementCount > 1) return false;
  return MENU_ITEM_TEXT.test((el.textContent ?? '').trim());
}

function isCurrentItem(el: Element): boolean {
  if (el.getAttribute('aria-current') || el.getAttribute('aria-selected') === 'true') return true;
  return partsOf(el.getAttribute('class') ?? '').some((p) => CURRENT_CLASS.has(p));
}

// An item marked current by its own inline style where its siblings have none of it (a bar written without classes:
// "<span style="color:#fff">Members</span>" among plain spans): a colour, a weight, a background or an underline.
const MARK_STYLE = /(?:^|;)\s*(?:color|font-weight|background(?:-color)?|border-bottom|text-decoration)\s*:/i;

const styleMarks = (el: Element) => MARK_STYLE.test(el.getAttribute('style') ?? '');
const isFieldWord = (el: Element) => keyForLabel(normalizeLabel(el.textContent ?? '')) !== undefined;

/**
 * A column or row of four or more one-word items of one tag, one of them marked as the current one: the app's menu or
 * tab bar (its words, "Products" before "Customers", are the app's sections, never a label and its value), whatever
 * its class is called (docs/adapters.md, "Round 16: values"). A form's cells are not marked current. The bar may
 * begin with the app's brand and end with the user in elements of another tag, and mark its current item by an inline
 * style that no other item carries (docs/adapters.md, "Round 17: values").
 */
function isMarkedMenu(el: Element): boolean {
  const n = el.childElementCount;
  if (n < 4 || n > 40) return false;
  const byTag = new Map<string, Element[]>();
  for (const child of listOf(el.children))
    if (isMenuItem(child)) {
      const items = byTag.get(child.tagName);
      if (items) items.push(child);
      else byTag.set(child.tagName, [child]);
    }
  for (const items of byTag.values()) {
    if (items.length < 4 || items.length * 3 < n * 2) continue;
    if (items.some(isCurrentItem)) return true;
    // (A flat grid of labels and values alternates field words with values: two field words or more are no menu.)
    if (items.filter(styleMarks).length === 1 && items.filter(isFieldWord).length <= 1) return true;
  }
  return false;
}

const BUTTON_PARTS = new Set(['button', 'btn']);
const isButtonLike = (el: Element): boolean =>
  el.tagName === 'BUTTON' ||
  el.getAttribute('role') === 'button' ||
  partsOf(el.getAttribute('class') ?? '').some((p) => BUTTON_PARTS.has(p));

/**
 * A row of two or more buttons and nothing else (编辑 · 新建回访 · 转移负责人 · 打印 as MiniUI's a.mini-button): actions,
 * whose captions are no label and value ("转移负责人" beside "打印").
 */
function isButtonRow(el: Element): boolean {
  const n = el.childElementCount;
  return n >= 2 && n <= 12 && listOf(el.children).every(isButtonLike);
}

// The signed-in user named as a "User: name" pair (Utente: m.galli, کاربر: …, 当前用户：…) in the app's own bar.
const USER_PAIR = new RegExp(`^(?:${wordAlternatives(pageWords('userLabel'))})\\s*[:：]\\s*\\S`, 'iu');

/**
 * A short bar along the body that names the signed-in user as a "User: name" pair: the app's own bar, whose other
 * pairs (the tenant company "Azienda: …", the branch) are the app's, never the record's (docs/adapters.md, "Round 17:
 * values").
 */
function isUserBar(el: Element): boolean {
  if (el.parentElement?.tagName !== 'BODY' || (el.textContent ?? '').length > 200) return false;
  return listOf(el.children).some(
    (c) => c.childElementCount === 0 && USER_PAIR.test((c.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

// The buttons of a search form (查询 · 重置, Search · Reset, Suchen · Zurücksetzen): what it runs is a search.
const SEARCH_BUTTON = new RegExp(`^(?:${wordAlternatives(pageWords('searchButton'))})$`, 'i');
// Buttons a search form has beside its search: clear it, fold it, export or add from the results.
const SEARCH_SIDE_BUTTON = new RegExp(`^(?:${wordAlternatives(pageWords('searchSide'))})$`, 'i');
const BUTTONS = 'button, input[type=submit], input[type=button], input[type=reset], [role="button"]';

/**
 * A search form: a form (or a search / filter / query box) whose buttons are a search and its companions (reset, export)
 * and nothing that saves. Its inputs hold what the agent searched for (a name pre-filled from the URL), never a
 * record's values: docs/adapters.md, "Round 17: whose record / whole records".
 */
function isSearchForm(el: Element, classParts: string[]): boolean {
  if (el.tagName !== 'FORM' && !classParts.some((p) => p === 'search' || p === 'filter' || p === 'query')) return false;
  // A search bar is a few captions and controls; a page wrapped whole in one form (ASP.NET) is not one.
  if (filledTextLongerThan(el, 200) || el.querySelector('table') !== null) return false;
  let search = false;
  for (const b of listOf(el.querySelectorAll(BUTTONS))) {
    const text = ((b as HTMLInputElement).value || b.textContent || '').replace(/\s+/g, ' ').trim().toLowerCase();
    if (SEARCH_BUTTON.test(text)) search = true;
    else if (text && !SEARCH_SIDE_BUTTON.test(text)) return false;
  }
  return search;
}

// A drawer opened over a list to show one member is a <nav> on some kits (Vuetify's v-navigation-drawer): it is the
// record when it holds field titles, whatever its tag says (docs/adapters.md, "Session 22: record drawers"). Asked only
// of an element its own marks exclude: the overlay selectors are long, and most elements are excluded by nothing.
function excludedBySelf(el: Element): boolean {
  return excludedByOwnMarks(el) && !(isMarkedOverlay(el) && hasFieldTitles(el));
}

function excludedByOwnMarks(el: Element): boolean {
  if (EXCLUDED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (isMarkedMenu(el) || isUserBar(el) || isButtonRow(el)) return true;
  // "v-navigation-drawer" names Vuetify's drawer component, whatever it holds (a menu is a <nav>, caught above).
  const raw = el.getAttribute('class');
  const cls = raw?.includes('navigation-drawer') ? raw.replace(/\S*navigation-drawer\S*/g, '') : raw;
  const classParts = partsOf(cls ?? '');
  if (isSideBar(el, classParts)) return true;
  if (isRelatedPersonCard(el, classParts)) return true;
  if (isSearchForm(el, classParts)) return true;
  const role = el.getAttribute('role');
  if (role && EXCLUDED_ROLES.has(role)) return true;
  // Class words name regions; on an inline element (a value's link, "related-account") they name a link.
  if (cls && !INLINE_TAGS.has(el.tagName.toUpperCase())) {
    const words = classWords(cls);
    if ((words.whole && !holdsRecord(el)) || (words.keyword && !isDetailsGrid(el))) return true;
    if (
      /(?:^|\s)(?:modal|ant-modal-wrap|el-dialog__wrapper)(?:\s|$)/.test(cls) &&
      /display:\s*none/i.test(el.getAttribute('style') ?? '')
    )
      return true;
  }
  const id = el.getAttribute('id');
  return !!id && idHasKeyword(id);
}

export type RegionCache = Map<Element, boolean>;

const RELATED_PARTS = new Set(['related', 'subpanel']);

/**
 * The related list `el` sits in (Salesforce's forceRelatedListSingleContainer, Classic's bRelatedList, a subpanel),
 * within a few levels, when that list stands in a part of the page nothing else excludes: null otherwise. Its table of
 * the record's policies or contracts still says what was bought (bought.ts); its people and activities never count.
 */
export function relatedListOf(el: Element, cache: RegionCache): Element | null {
  let cur: Element | null = el;
  for (let depth = 0; cur && depth < 8; depth++, cur = cur.parentElement) {
    const parts = partsOf(cur.getAttribute('class') ?? '');
    if (!parts.some((p) => RELATED_PARTS.has(p))) continue;
    const outside = cur.parentElement;
    return outside && !isExcludedRegion(outside, cache) ? cur : null;
  }
  return null;
}

/** True when `el` lies in navigation, a header bar, a stream, a related list or another non-record part. */
export function isExcludedRegion(el: Element, cache: RegionCache): boolean {
  const path: Element[] = [];
  let cur: Element | null = el;
  let result = false;
  while (cur && cur.tagName !== 'BODY') {
    const cached = cache.get(cur);
    if (cached !== undefined) {
      result = cached;
      break;
    }
    path.push(cur);
    if (excludedBySelf(cur)) {
      result = true;
      break;
    }
    cur = composedParent(cur);
  }
  for (const p of path) cache.set(p, result);
  return result;
}

/** True when `el` sits in a data row of a list table (a table whose header row has only <th> cells). */
export function isInListRow(el: Element): boolean {
  const row = el.closest('tr');
  if (!row) return false;
  const table = row.closest('table');
  if (!table) return false;
  if (row.querySelector('td') === null) return true;
  const first = (table as HTMLTableElement).rows[0];
  // A row of one header cell spanning the table is a section title ("基本信息"), not column headers.
  return (
    !!table.querySelector('thead') ||
    (!!first && first.querySelectorAll('th').length >= 2 && first.querySelector('td') === null) ||
    (!!first && isTdHeaderRow(first as HTMLTableRowElement))
  );
}

/**
 * Column titles written in <td> cells (NetSuite's uir-machine-headerrow): a row named a header, or one where two
 * field titles stand side by side ("Email | Phone") — a form row alternates label and value.
 */
export function isTdHeaderRow(row: HTMLTableRowElement): boolean {
  const cells = listOf(row.cells);
  if (cells.length < 3) return false;
  if (/(?:^|[\s_-])head(?:er)?(?:-?row)?(?:$|[\s_-])|headerrow/i.test(row.getAttribute('class') ?? '')) return true;
  const isTitle = (c: Element | undefined) => {
    const text = c?.textContent ?? '';
    if (!text.trim() || text.length > 30) return false;
    const label = normalizeLabel(text);
    return keyForLabel(label) !== undefined || isAddressPart(label);
  };
  // A <th> beside a <td> is a label and its value, however title-like the value reads (服务套餐 | 精品套餐（3 车 8 人）):
  // column titles side by side share their cell kind (docs/adapters.md, "Session 19: round 20's last wrong values").
  return cells.some((c, i) => isTitle(c) && isTitle(cells[i + 1]) && c.tagName === cells[i + 1]?.tagName);
}
