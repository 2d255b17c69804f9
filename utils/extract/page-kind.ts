// What the page is, before asking who the customer is: an open dialog/drawer showing one record, a
// list or dashboard of many, a user's own page. One record, one region: see docs/adapters.md.
import { memoByString } from '../core/memo';
import { isProfileOfKind } from '../core/url-record';
import { composedContains, composedParent, type Scope } from './composed';
import { isHidden, isNeverShown, readControls, type HiddenCache } from './dom';
import { listOf, queryEach } from './list';
import { textNodes, valueElementFor } from './labels';
import { filledTextsIn, type TextWalk } from './walk';
import { pageWords, wordAlternatives } from './generic/words/page-words';

// Open overlays that show one record over the page (Bootstrap, Ant Design, Element, Layui, plain ARIA).
const OVERLAY_SELECTOR = [
  'dialog[open]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[aria-modal="true"]',
  '.modal.show',
  '.modal.in',
  '.modal[style*="display: block"]',
  '.modal[style*="display:block"]',
  '.ant-modal',
  '.ant-drawer-open',
  '.ant-drawer-content',
  '.el-dialog',
  '.el-drawer',
  '.layui-layer',
  '.ivu-modal',
  '.ivu-drawer',
  '.arco-modal',
  '.arco-drawer',
  '.n-modal',
  '.n-drawer',
  // Vuetify: a temporary navigation drawer (a <nav>) opened over the page, and its dialogs.
  '.v-navigation-drawer--temporary.v-navigation-drawer--active',
  '.v-dialog.v-overlay--active',
  '.v-dialog--active',
  '.q-dialog',
  '[class*="quick-view"]',
  '[class*="quickview"]',
  '[class*="quickView"]',
  '[class*="slide-over"]',
  '[class*="slideover"]',
  '[class*="drawer"][class*="open"]',
].join(',');

/** True when `el` is marked as an open dialog, drawer or quick-view (visible or not). */
export function isMarkedOverlay(el: Element): boolean {
  return el.matches(OVERLAY_SELECTOR);
}

/** Visible open overlays (dialogs, drawers, quick-views), outermost of each nest, in document order. */
export function findOpenOverlays(scopes: Scope[], cache: HiddenCache, never: HiddenCache): Element[] {
  const found: Element[] = [];
  for (const scope of scopes) {
    for (const el of listOf(scope.querySelectorAll(OVERLAY_SELECTOR))) {
      if (isHidden(el, cache) || isNeverShown(el, never)) continue;
      if (found.some((f) => composedContains(f, el))) continue;
      found.push(el);
    }
  }
  return found;
}

/**
 * What `findOpenOverlays` returns, limited to the overlays holding one of `targets` (or being one), found by
 * climbing from the targets instead of matching every element of a long page against the overlay selectors.
 */
export function findOpenOverlaysAround(
  scopes: Scope[],
  targets: Element[],
  cache: HiddenCache,
  never: HiddenCache,
): Element[] {
  const body = scopes[0];
  const order = new Map<Node, number>();
  scopes.forEach((s, i) => {
    if (i > 0) order.set(s, i);
  });
  // Where querySelectorAll of the scopes would have found the element: its scope's index, or -1.
  const scopeOf = (el: Element): number => {
    const root = el.getRootNode();
    if (root.nodeType === 9) return body && body !== el && body.contains(el) ? 0 : -1;
    return order.get(root) ?? -1;
  };
  const verdict = new Map<Element, boolean>(); // visible open overlay?
  const open = (el: Element): boolean => {
    let v = verdict.get(el);
    if (v === undefined) {
      v = scopeOf(el) >= 0 && el.matches(OVERLAY_SELECTOR) && !isHidden(el, cache) && !isNeverShown(el, never);
      verdict.set(el, v);
    }
    return v;
  };
  const found = new Set<Element>();
  for (const target of targets) {
    // The outermost open overlay around the target (an inner one is inside it, as findOpenOverlays keeps them).
    let outer: Element | null = null;
    for (let e: Element | null = target; e; e = composedParent(e)) if (open(e)) outer = e;
    if (outer) found.add(outer);
  }
  return [...found].sort((a, b) => {
    const sa = scopeOf(a);
    const sb = scopeOf(b);
    if (sa !== sb) return sa - sb;
    return a.compareDocumentPosition(b) & 4 ? -1 : 1; // 4: b follows a
  });
}

// Words of a URL, a tab title or a page heading that name a list, a dashboard or a search, not a record.
const LIST_WORDS =
  /(?:^|[^a-z])(?:list|lists|listview|index|dashboard|home|homepage|workbench|search|results?|kanban|calendar|agenda|reports?)(?:[^a-z]|$)|列表|一览|首页|工作台|仪表盘|驾驶舱|搜索|查询结果|看板|日程|待办|报表|公海/i;
const LIST_PARAMS = /(?:^|[?&#])(?:action|view|view_type|mode|page)=(?:index|list|listview|kanban|search)(?:&|$)/i;
// The same in the tab title in other languages (Session 26): a search, its results, a list (सदस्य खोज, Búsqueda de
// clientes, Liste des clients, Список клиентов, 顧客一覧). Not an overview (Kundenübersicht is one customer's).
const LIST_TITLE_WORDS =
  /(?:^|[\s\p{P}])(?:búsqueda|busca|listado|resultados|pesquisa|recherche|liste|résultats|suche|ergebnisse|ricerca|elenco|risultati|zoeken|zoekresultaten|lijst|wyszukiwanie|wyniki|поиск|список|результаты|пошук|арама|іздеу|тізім|arama|sonuçlar|tìm kiếm|danh sách|pencarian|hasil pencarian|carian|paghahanap|resulta|orodha|utafutaji)(?=$|[\s\p{P}])|खोज|सूची|नतिजा|परिणाम|শোধ|অনুসন্ধান|তালিকা|தேடல்|பட்டியல்|ค้นหา|รายการ|ស្វែងរក|បញ្ជី|검색|목록|検索|一覧|بحث|قائمة|نتائج|جستجو|فهرست|חיפוש|רשימת|תוצאות|ძიება|სია|хайлт|жагсаалт/iu;

/** The URL or the tab title says "a list / dashboard / search", and the URL names no record. */
export function pageSaysList(url: string, title: string, hasUrlRecord: boolean): boolean {
  if (hasUrlRecord) return false;
  let path: string;
  try {
    const u = new URL(url);
    // Where the agent came from ("from=list", "returnUrl=/customers/list") says nothing of this page.
    for (const k of Array.from(u.searchParams.keys()))
      if (/^(?:from|ref|referr?er|return(?:url|to)?|back(?:url)?|source|src|origin)$/i.test(k))
        u.searchParams.delete(k);
    path = `${u.pathname} ${u.search} ${u.hash}`;
  } catch {
    path = '';
  }
  return (
    LIST_PARAMS.test(path) ||
    LIST_WORDS.test(path.replace(/[._-]/g, ' ')) ||
    LIST_WORDS.test(title) ||
    LIST_TITLE_WORDS.test(title)
  );
}

// A value that names a person or reaches one: phone digits, an e-mail, a tel:/mailto: link.
const PERSON_VALUE = /(?:\+?\d[\d\s()-]{6,}\d)|[\w.+-]+@[\w-]+\.[\w.]+/;
const RECORD_LINK = /[?&](?:id|record|socid|recordid)=\w|\/(?:\d{2,}|[0-9a-f]{8}-[0-9a-f-]{27})(?:[/?#]|$)/i;

function looksLikePersonRow(row: Element): boolean {
  if (row.querySelector('a[href^="tel:"], a[href^="mailto:"]')) return true;
  const text = row.textContent ?? '';
  if (text.length < 2000 && PERSON_VALUE.test(text)) return true;
  return listOf(row.querySelectorAll('a[href]')).some((a) => RECORD_LINK.test(a.getAttribute('href') ?? ''));
}

const SHAPE_STATE = /^(?:active|selected|current|odd|even|first|last|open|show|hover|focus|checked|expanded)$/i;

function shapeOf(el: Element): string {
  const classes = (el.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((c) => c && !SHAPE_STATE.test(c) && !/\d{2,}/.test(c))
    .sort()
    .join('.');
  return `${el.tagName}.${classes}`;
}

/**
 * Rows of people shown outside `except` (the record's own region): data rows of list tables and repeated
 * items (three or more siblings of one shape) that hold a phone, an e-mail or a link to a record.
 */
export function countPeopleRows(scopes: Scope[], except: Element | null, cache: HiddenCache, limit = 3): number {
  let n = 0;
  const outside = (el: Element) => !except || !composedContains(except, el);
  for (const scope of scopes) {
    for (const row of queryEach(scope, ['tbody > tr', '[role="row"]'])) {
      if (!row.querySelector('td, [role="gridcell"], [role="cell"]') || !outside(row)) continue;
      if (isHidden(row, cache) || !looksLikePersonRow(row)) continue;
      if (++n >= limit) return n;
    }
    for (const list of queryEach(scope, ['ul', 'ol', '[role="list"]'])) {
      const items = listOf(list.children);
      if (items.length < 3 || !outside(list) || isHidden(list, cache)) continue;
      const shape = shapeOf(items[0] as Element);
      if (!items.every((i) => shapeOf(i) === shape)) continue;
      const people = items.filter(looksLikePersonRow).length;
      if (people >= 2) n += people;
      if (n >= limit) return n;
    }
  }
  return n;
}

const ACTIVE = /(?:^|\s)(?:active|selected|current|is-active|is-selected|show|open)(?:\s|$)/i;

/**
 * Two siblings of the same shape holding values: cards of a list (or of a dashboard), not a record. Unless
 * the branch is marked as the shown one and the other is not (cached pages, tabs): then it is the record.
 */
export function isOneOfPeers(branch: Element, other: Element): boolean {
  if (branch === other || branch.parentElement !== other.parentElement || shapeOf(branch) !== shapeOf(other))
    return false;
  const mine = ACTIVE.test(branch.getAttribute('class') ?? '') || branch.getAttribute('aria-selected') === 'true';
  const theirs = ACTIVE.test(other.getAttribute('class') ?? '') || other.getAttribute('aria-selected') === 'true';
  return !(mine && !theirs);
}

// Labels of a user account, not of a customer: a user's profile or an agent's own page.
const USER_LABELS = new Set([
  'username',
  'user name',
  'login',
  'login name',
  'user login',
  'user id',
  'user type',
  'role',
  'roles',
  'last login',
  'employee id',
  'employee number',
  'employee no',
  '用户名',
  '登录名',
  '登录账号',
  '用户账号',
  '用户类型',
  '工号',
  '员工编号',
  '角色',
  '所属角色',
  '最后登录',
  '最后登录时间',
  '上次登录时间',
  '岗位',
  '职位级别',
  'employee',
  'commission rate',
  'sales person name',
  'parent sales person',
  '提成比例',
  '直属上级',
  // An employee's hire date and staff numbers: a staff member's page (a sales consultant with his customers below).
  '入职日期',
  '入职时间',
  '员工号',
  '员工工号',
  '职工编号',
  'hire date',
  'date of hire',
  'hired on',
  'employment date',
]);

export function isUserLabel(label: string): boolean {
  return USER_LABELS.has(label);
}

// The first letters of the user-account labels: a text starting otherwise is not one (most texts of a page).
const USER_LABEL_START = new Set([...USER_LABELS].map((l) => l[0] ?? ''));

// The code units trimStart drops (what \s matches).
function isSpaceUnit(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

// Per UTF-16 unit, whether it lower-cases to a first letter of a user-account label (0 not asked yet, 1 no, 2 yes):
// each text's first letter is looked up, not copied and lower-cased (a 20,000-element page has tens of thousands).
const startsUserLabel = new Uint8Array(0x10000);

/** True when the text's first character that is not a space, lower-cased, starts a user-account label. */
function mayBeUserLabel(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpaceUnit(text.charCodeAt(i))) i++;
  if (i >= text.length) return USER_LABEL_START.has('');
  const unit = text.charCodeAt(i);
  let known = startsUserLabel[unit] as number;
  if (known === 0) startsUserLabel[unit] = known = USER_LABEL_START.has(text.charAt(i).toLowerCase()) ? 2 : 1;
  return known === 2;
}

// A text that is a user-account label, whole ("用户名") or before its value ("用户名：chen").
const isUserLabelText = memoByString((text: string) => {
  const label = text.split(/[:：]/)[0]?.replace(/\s+/g, ' ').trim().toLowerCase() ?? '';
  return !!label && USER_LABELS.has(label);
});

/** Labels of a user account inside `root`, as whole texts ("用户名") or inline ("用户名：chen"). */
export function countUserLabels(root: Element, limit = 2, walk?: TextWalk): number {
  let n = 0;
  for (const node of filledTextsIn(root, walk) ?? textNodes(root)) {
    const text = node.nodeValue ?? '';
    if (text.length > 80 || !mayBeUserLabel(text)) continue;
    if (isUserLabelText(text) && ++n >= limit) return n;
  }
  return n;
}

// Labels of a staff member's employment: a hire date, a staff number, an employment type, a department and a position.
// Alone they are a customer's facts too (a loan applicant's employer, hire date and 雇用形態), so they make the record a
// staff member's only on a page that names its record as staff (pageNamesStaff): docs/adapters.md, "Round 15: whose
// page it is".
const EMPLOYMENT_LABELS = new Set([
  // hire date
  '入社日',
  '入社年月日',
  '入職日期',
  '入职日期',
  '入职时间',
  '到職日',
  '到職日期',
  '입사일',
  '입사일자',
  'hire date',
  'date of hire',
  'hired on',
  'date of joining',
  'joining date',
  'start date',
  'employment date',
  'eintrittsdatum',
  "date d'embauche",
  'date d’embauche',
  'fecha de ingreso',
  'fecha de contratación',
  'data de admissão',
  'data di assunzione',
  'datum in dienst',
  'дата приема',
  'дата приёма',
  'تاريخ الالتحاق',
  'تاريخ التعيين',
  'تاريخ الانضمام',
  // staff number
  '社員番号',
  '従業員番号',
  '社員コード',
  '従業員コード',
  '员工编号',
  '員工編號',
  '员工号',
  '工号',
  '사번',
  '사원번호',
  '직원번호',
  'employee id',
  'employee number',
  'employee no',
  'employee no.',
  'staff id',
  'staff number',
  'staff no',
  'personnel number',
  'personalnummer',
  'matricule',
  'legajo',
  'número de empleado',
  'табельный номер',
  'رقم الموظف',
  'الرقم الوظيفي',
  // employment type
  '雇用形態',
  '雇用区分',
  '雇佣类型',
  '用工形式',
  '用工类型',
  '員工類型',
  '员工类型',
  '고용형태',
  '고용 형태',
  '근로계약',
  '근로 계약',
  '근로형태',
  '근무형태',
  'employment type',
  'employee type',
  'employment status',
  'beschäftigungsart',
  'type de contrat',
  'tipo de contrato',
  // department, position
  '部署',
  '所属部署',
  '役職',
  '部门',
  '所属部门',
  '部門',
  '职位',
  '職位',
  '岗位',
  '부서',
  '직급',
  '직위',
  'department',
  'designation',
  'job title',
  'position',
  'abteilung',
  'département',
  'departamento',
  'reparto',
  'afdeling',
  'отдел',
  'должность',
  'القسم',
  'المسمى الوظيفي',
]);

// The first letters of the employment labels, per UTF-16 unit (0 not asked yet, 1 no, 2 yes): most texts start
// otherwise and are never copied (as mayBeUserLabel does for the user-account labels).
const EMPLOYMENT_START = new Set([...EMPLOYMENT_LABELS].map((l) => l[0] ?? ''));
const startsEmploymentLabel = new Uint8Array(0x10000);

function mayBeEmploymentLabel(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpaceUnit(text.charCodeAt(i))) i++;
  if (i >= text.length) return false;
  const unit = text.charCodeAt(i);
  let known = startsEmploymentLabel[unit] as number;
  if (known === 0) startsEmploymentLabel[unit] = known = EMPLOYMENT_START.has(text.charAt(i).toLowerCase()) ? 2 : 1;
  return known === 2;
}

const isEmploymentLabelText = memoByString((text: string) => {
  const label = text.split(/[:：]/)[0]?.replace(/\s+/g, ' ').trim().toLowerCase() ?? '';
  return !!label && EMPLOYMENT_LABELS.has(label);
});

/** Labels of employment inside `root`, as whole texts ("入社日") or inline ("Hire date: 2019-04-01"). */
export function countEmploymentLabels(root: Element, limit = 1, walk?: TextWalk): number {
  let n = 0;
  for (const node of filledTextsIn(root, walk) ?? textNodes(root)) {
    const text = node.nodeValue ?? '';
    if (text.length > 40 || !mayBeEmploymentLabel(text) || !isEmploymentLabelText(text)) continue;
    if (++n >= limit) return n;
  }
  return n;
}

// The words of a staff member (an employee, 従業員, 员工, 직원 …), as a page names its record's kind. A colleague
// (同事, co-worker, Kollege, collègue …) is one too: an intranet's or HR self-service's page of a fellow employee.
const STAFF_WORD = wordAlternatives(pageWords('staff'), '\\s+');
// The words of one record's page (details, profile, file, 詳細, 档案 …) after or before the staff word.
const DETAIL_WORD =
  'details?|profile|record|file|information|info|overview|card|view|daten|profil|fiche|détails?|detalles?|ficha|perfil|dettagli|scheda|gegevens|карточка|профиль|詳細|详情|詳情|信息|資訊|资料|資料|档案|檔案|情報|台帳|カルテ|정보|상세(?:\\s*정보)?|프로필|인사\\s*카드|ملف|بيانات|تفاصيل';
// A page named as one staff member's: "従業員詳細", "员工档案", "Employee Details", "Employee", "Fiche salarié",
// "Perfil do funcionário", "Карточка сотрудника".
const STAFF_PAGE = new RegExp(
  `^(?:(?:${STAFF_WORD})\\s*(?:${DETAIL_WORD})?|(?:${DETAIL_WORD})\\s+(?:(?:of|de|del|do|da|du|dell[oa']?|van|des)\\s+)?(?:(?:the|l[ae]|l'|o|a|el)\\s*)?(?:${STAFF_WORD}))$`,
  'i',
);

/** The page names its record as a staff member's: a part of the tab's title or a breadcrumb's last part. */
export function pageNamesStaff(doc: Document, walk?: TextWalk): boolean {
  if (titleParts((doc.title ?? '').trim()).some((part) => STAFF_PAGE.test(part))) return true;
  const body = doc.body;
  return !!body && lastCrumbs(body, walk).some((crumb) => STAFF_PAGE.test(crumb));
}

// The modules of a personnel system, as its menu names them: payroll, leave, attendance, reviews and hiring. A menu
// made of them is an HR app's (or module's): the person it shows is staff (docs/adapters.md, "Round 16: whose page it
// is"). An ERP's menu names one or two among twenty, never a third of its items.
const HR_MODULES: RegExp[] = (['payroll', 'leave', 'attendance', 'reviews', 'hiring'] as const).map(
  (kind) => new RegExp(`^(?:${wordAlternatives(pageWords(kind))})$`, 'i'),
);

/**
 * The page sits in a personnel system: the menu holding its selected item (the module shown) names two or more HR
 * modules, a third of its items or more.
 */
export function inHrModule(scopes: Scope[]): boolean {
  for (const item of scopes.flatMap((scope) => queryEach(scope, SELECTED_ITEM))) {
    const parent = item.parentElement;
    if (!parent || parent.childElementCount < 4 || parent.childElementCount > 40) continue;
    const texts = listOf(parent.children).map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());
    const kinds = HR_MODULES.filter((re) => texts.some((t) => t.length <= 24 && re.test(t))).length;
    const items = texts.filter((t) => HR_MODULES.some((re) => t.length <= 24 && re.test(t))).length;
    if (kinds >= 2 && items * 3 >= texts.length) return true;
  }
  return false;
}

const HONORIFICS = ['女士', '先生', '小姐'];
const CODE_TOKEN = /[A-Za-z0-9_][A-Za-z0-9_.-]{4,30}[A-Za-z0-9]/g;

// An item marked as the one shown: a selected row, tab or conversation (class active / selected / current / on, ARIA).
// One query each (queryEach: a selector list is matched element by element, docs/benchmarks.md).
const SELECTED_ITEM = ['.active', '.selected', '.current', '.on', '[aria-selected="true"]', '[aria-current]'];

/**
 * A list's selected item (holding none of the record's `fields`) names the record: a conversation list's active item
 * "苏某 · 发货时间" beside the buyer panel of that conversation, a split view's selected row. The panel is that item's
 * detail, not a card beside a list. `names` are the record's own names (two characters or more).
 */
export function selectedItemNames(scopes: Scope[], fields: Element[], names: string[], panel?: Element): boolean {
  const own = names.map((n) => n.replace(/\s+/g, ' ').trim()).filter((n) => n.length >= 2);
  if (own.length === 0) return false;
  // A Chinese name is also written as its surname and a form of address ("鲍女士" for 鲍静怡).
  const wanted = own.concat(
    own.filter((n) => /^\p{Script=Han}{2,4}$/u.test(n)).flatMap((n) => HONORIFICS.map((t) => `${n.charAt(0)}${t}`)),
  );
  let panelText: string | undefined;
  // A user name or code of the panel's (a buyer's "jd_7f3a91c2b" in the conversation list and in the panel).
  const sharesCode = (text: string, item: Element) =>
    !!panel &&
    !composedContains(panel, item) &&
    (text.match(CODE_TOKEN) ?? []).some(
      (t) => /\d/.test(t) && /[A-Za-z]/.test(t) && (panelText ??= panel.textContent ?? '').includes(t),
    );
  for (const item of scopes.flatMap((scope) => queryEach(scope, SELECTED_ITEM))) {
    if (!/^(?:LI|TR|A|DIV)$/.test(item.tagName) || fields.some((f) => composedContains(item, f))) continue;
    const parent = item.parentElement;
    // An item among items of its kind (a list of conversations, rows, tabs), not a lone highlighted box.
    if (!parent || listOf(parent.children).filter((c) => c.tagName === item.tagName).length < 2) continue;
    const text = (item.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length <= 200 && (wanted.some((n) => text.includes(n)) || sharesCode(text, item))) return true;
  }
  return false;
}

/** A list beside the record has a selected item (a conversation list's active one): the panel is that item's detail. */
export function hasSelectedItem(scopes: Scope[], fields: Element[]): boolean {
  for (const item of scopes.flatMap((scope) => queryEach(scope, SELECTED_ITEM))) {
    if (!/^(?:LI|TR|A|DIV)$/.test(item.tagName) || fields.some((f) => composedContains(item, f))) continue;
    const parent = item.parentElement;
    if (parent && listOf(parent.children).filter((c) => c.tagName === item.tagName).length >= 2) return true;
  }
  return false;
}

// The labels of an account's role or type, and the roles that make the account a customer's (a shop's customers are
// users whose role is Customer: WordPress / WooCommerce, 会员 accounts).
const ROLE_LABELS = new Set([
  'role',
  'roles',
  'user role',
  'user type',
  'account type',
  '角色',
  '所属角色',
  '用户类型',
]);
const CUSTOMER_ROLE = /^(?:customer|client|buyer|shopper|member|客户|顾客|会员|买家)$/i;

/** The account's role, shown beside its role label, is a customer's (Role: <select><option selected>Customer</option>). */
export function roleIsCustomer(root: Element, walk?: TextWalk): boolean {
  for (const node of filledTextsIn(root, walk) ?? textNodes(root)) {
    const text = node.nodeValue ?? '';
    if (text.length > 40 || !mayBeUserLabel(text)) continue;
    const label = text
      .replace(/[:：]\s*$/, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
    const el = node.parentElement;
    if (!ROLE_LABELS.has(label) || !el) continue;
    const value = valueElementFor(el);
    const shown = value ? (readControls(value)[0] ?? value.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
    if (CUSTOMER_ROLE.test(shown)) return true;
  }
  return false;
}

// The labels of a shop member's rank (会员等级: VIP会员, Customer group: Wholesale): only a customer's account has one.
const MEMBER_RANK_LABELS = new Set(pageWords('memberRank'));

/**
 * The account shows a member's rank with a value (会员等级 <select><option selected>VIP会员</option>): a shop's member,
 * a customer, though the shop calls it a user (its URL /users.php?act=edit&id=…): docs/adapters.md, "Round 16: whose
 * page it is".
 */
export function showsMemberRank(root: Element, walk?: TextWalk): boolean {
  for (const node of filledTextsIn(root, walk) ?? textNodes(root)) {
    const text = node.nodeValue ?? '';
    if (text.length > 20) continue;
    const label = text
      .replace(/[:：]\s*$/, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
    const el = node.parentElement;
    if (!MEMBER_RANK_LABELS.has(label) || !el) continue;
    const value = valueElementFor(el);
    const shown = value ? (readControls(value)[0] ?? value.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
    if (shown && shown.length <= 30) return true;
  }
  return false;
}

// The labels of an account's login name (用户名 chen_mengqi, Username ann.lee, 아이디 as in the dictionary).
const LOGIN_LABELS = new Set([
  '用户名',
  '用戶名',
  '会员名',
  '會員名',
  '登录名',
  '登录账号',
  'username',
  'user name',
  'login name',
]);
// A login name as shops let members choose one: letters, digits and _ . - (an e-mail is the member's e-mail).
const LOGIN_NAME = /^[A-Za-z][A-Za-z0-9_.-]{2,39}$/;

/**
 * A shop member's login name, shown beside its label in `root` (用户名 chen_mengqi): on a member's account (one
 * showing a member's rank, showsMemberRank) it is the code the shop keys the member by: docs/adapters.md, "Round 17:
 * whose record / whole records".
 */
export function memberLoginName(root: Element, walk?: TextWalk): { value: string; el: Element } | null {
  for (const node of filledTextsIn(root, walk) ?? textNodes(root)) {
    const text = node.nodeValue ?? '';
    if (text.length > 20) continue;
    const label = text
      .replace(/[:：]\s*$/, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
    const el = node.parentElement;
    if (!LOGIN_LABELS.has(label) || !el) continue;
    const value = valueElementFor(el);
    const shown = value ? (readControls(value)[0] ?? value.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
    // (A list's column title beside the next one, "Username | Name", is no label and value.)
    if (value && value.tagName !== 'TH' && LOGIN_NAME.test(shown)) return { value: shown, el: value };
  }
  return null;
}

// The logged-in user's own page, as it names itself: a heading, the tab's title or a breadcrumb's last part ("Home ›
// Personalize › My Profile", "My Details", 个人中心). A link "My Profile" in a user menu is neither.
// In a first-person possessive, in the languages of the CRMs the held-out pages come from (docs/adapters.md, "Round 16:
// whose page it is"): "Moj profil", "Mój profil", "Min profil", "Profil saya" name no customer's page in any of them.
const OWN_PAGE_PHRASES = pageWords('ownPage');
const OWN_PAGE = new RegExp(`(?:^|[›>»/|·]\\s*)(?:${wordAlternatives(OWN_PAGE_PHRASES, '\\s+')})\\s*$`, 'i');
// The first words OWN_PAGE's texts can start with after a separator or alone (most texts start otherwise).
const OWN_PAGE_FIRST = [...new Set(OWN_PAGE_PHRASES.map((p) => p.split(' ')[0] ?? p))].concat('个人', '我的', 'マイ');
const OWN_PAGE_HINT = new RegExp(OWN_PAGE_FIRST.join('|'), 'i');
// OWN_PAGE matches at the text's start or after a separator: a text that neither starts with a hint nor holds a
// separator is not one (asked first: most texts of a page hold "mi", "mo" or "my" somewhere).
const OWN_PAGE_START = new RegExp(`^\\s*(?:${OWN_PAGE_FIRST.join('|')})`, 'i');
const OWN_PAGE_SEPARATOR = /[›>»/|·]/;

// Names of the signed-in user's page that only the tab's title or a breadcrumb's last part gives it: as a heading they
// are a customer's section too (个人资料 over a customer's personal data), and a CRM's record tab may be called so
// (Dolibarr's contact 个人资料 tab: the record's own fields outweigh the name there, see CUSTOMER_ONLY in generic/).
const OWN_TITLE =
  /^(?:个人资料|个人信息|個人資料|個人資訊|账号设置|账户设置|帐号设置|帳號設定|账号信息|账户信息|帐号信息|管理员信息|管理员资料|(?:user|admin|administrator|agent)\s+profile|(?:account|profile)\s+settings|edit\s+(?:my\s+)?profile|your\s+(?:profile|account)|プロフィール設定|アカウント設定|계정\s*설정|내\s*계정)$/i;

/** The parts of a tab's title ("个人资料 - BuildAdmin", "Employee Details | Acme HR"): the page's own name is one. */
function titleParts(title: string): string[] {
  return title
    .split(/\s+[-–—|·•:]\s+|[|｜»›]/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0 && s.length <= 40);
}

// A text that is a breadcrumb ("常规管理 / 个人资料", "従業員リスト › 従業員詳細"): its last part names the page.
const CRUMB_SEPARATOR = /\s*[›>»/|·]\s*/;

/** The last part of a breadcrumb text ("常规管理 / 个人资料" → 个人资料), or '' when the text is none. */
function crumbTail(text: string): string {
  if (text.length > 80 || !OWN_PAGE_SEPARATOR.test(text)) return '';
  const parts = text.split(CRUMB_SEPARATOR).map((s) => s.trim());
  const last = parts[parts.length - 1] ?? '';
  return parts.length >= 2 && (parts[0] ?? '') !== '' ? last : '';
}

/** The last part of each breadcrumb text of the page (a short text with a separator), in page order. */
function lastCrumbs(body: Element, walk?: TextWalk): string[] {
  const crumbs: string[] = [];
  for (const node of filledTextsIn(body, walk) ?? textNodes(body)) {
    const last = crumbTail(node.nodeValue ?? '');
    if (last) crumbs.push(last);
  }
  return crumbs;
}

/**
 * How the page names itself as the logged-in user's own: 'mine' in the first person ("My profile", "Moj profil", a
 * title part, a heading or a breadcrumb's end), 'named' by a name a customer's tab may also have (个人资料, Account
 * settings: the title or the breadcrumb's end only), else null.
 */
export function ownPageSign(doc: Document, walk?: TextWalk): 'mine' | 'named' | null {
  const title = (doc.title ?? '').trim();
  if (OWN_PAGE.test(title)) return 'mine';
  // "My Profile - Acme", "个人资料 - BuildAdmin": one part of the title.
  const parts = titleParts(title);
  if (parts.some((part) => OWN_PAGE.test(part))) return 'mine';
  let named = parts.some((part) => OWN_TITLE.test(part));
  const body = doc.body;
  if (!body) return named ? 'named' : null;
  for (const node of filledTextsIn(body, walk) ?? textNodes(body)) {
    const text = node.nodeValue ?? '';
    if (text.length > 80 || !(OWN_PAGE_START.test(text) || OWN_PAGE_SEPARATOR.test(text))) continue;
    // A breadcrumb's last part (系统设置 / 个人资料).
    const crumb = crumbTail(text);
    if (crumb && OWN_TITLE.test(crumb)) named = true;
    if (!OWN_PAGE_HINT.test(text)) continue;
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (!OWN_PAGE.test(trimmed)) continue;
    const parent = node.parentElement;
    // Alone, only as a heading; after a separator, the end of a breadcrumb.
    if (/^H[1-4]$/.test(parent?.tagName ?? '') || /[›>»/|·]/.test(trimmed)) return 'mine';
  }
  return named ? 'named' : null;
}

// (An H5 app's own tab, #/mine or /me, only as the route's end: /me/contacts/12 may hold a customer.)
const OWN_TAB = /[/#](?:mine|me)\/?(?=[?#]|$)/i;
const USER_URL =
  /(?:[/#](?:users?|employees?|staff|admin\/users?|profile|my-?profile|personal|usercenter|user-center|sales-?persons?|sales-?reps?|personali[sz]e|preferences|my-?account|admin-?info|admin-?profile)(?:[/?#.]|$))|[?&](?:tab|view|page|section)=(?:profile|my-?profile)(?:&|$)|[?&]module=(?:Users|Employees)(?:&|$)|model=res\.users/i;

// An external contact's or user's profile (企业微信's external_userid, /external/…/profile): a customer, not a user.
const EXTERNAL_CONTACT = /[/?&#]external(?:[_-]?(?:user|contact)s?(?:[_-]?id)?)?(?:[/?#=]|$)/i;

// A record kind's profile keyed by its id (/loans/client/profile/4417, /h5/leader/profile?leaderId=TZ-SZ-07731): that
// record's page, not the signed-in user's own profile. (Not under a user's word: /users/12/profile, /my/profile.)
const KIND_PROFILE =
  /\/([a-z][\w-]{1,30})\/profile(?:\/[\w.-]*\d[\w.-]*\/?(?=[?#]|$)|\/?\?(?:[^#]*&)?[a-z_]*id=[\w.-]*\d)/i;

function isRecordProfile(url: string): boolean {
  const m = KIND_PROFILE.exec(url);
  if (!m || !isProfileOfKind(m[1] ?? '')) return false;
  // Only "profile" made it a user's URL: no user word elsewhere in it.
  return !USER_URL.test(url.replace(/\/profile(?=[/?#]|$)/i, '/p'));
}

// An agent's own record keyed by its id (/agents/BR-AG-0311, /agents/318/profile, Malay /ejen/TCA-08841/profil): a sales
// or service agent's page.
// Only the plural with an id last: /agent/… is a call centre's workspace holding customers (/agent/customer/…).
const AGENT_RECORD_URL =
  /\/(?:agents|agentes|agenti|agenten|ejen|agen)\/[\w.-]*\d[\w.-]*\/?(?:profile?\/?)?(?=[?#]|$)/i;

/** The URL of an agent's own record: a staff member's page, whatever customers' facts its tables show. */
export const urlIsAgentRecord = (url: string): boolean => AGENT_RECORD_URL.test(url);

/** The URL of a user's or employee's page (the agent's own profile, a sales rep). */
export function urlIsUserPage(url: string): boolean {
  if (AGENT_RECORD_URL.test(url)) return true;
  return (OWN_TAB.test(url) || USER_URL.test(url)) && !EXTERNAL_CONTACT.test(url) && !isRecordProfile(url);
}

/** The URL is an app's own tab (#/mine, /me): the signed-in user's page, by its route alone. */
export const urlIsOwnTab = (url: string): boolean => OWN_TAB.test(url);
