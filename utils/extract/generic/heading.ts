// When no labelled name exists, the record's title (a heading or a banner) usually is the customer's name.
import { normalizeLabel, stripSalutation } from '../../core/normalize/text';
import { isHidden, readValueLines } from '../dom';
import { KIND_BEFORE_NAME, normalizeField } from '../fields';
import type { Found, ReadEnv } from '../types';
import { keyForLabel, toSimplified } from './dictionary';
import { isExcludedRegion, partsOf, type RegionCache } from './regions';
import { listOf, queryEach } from '../list';
import { valueElementFor } from '../labels';
import { composedContains, composedParent } from '../composed';
import { initialsOf, personWithoutBadges } from './person-text';
import { elementsByTag, elementsWithAttribute, type WalkCache } from '../walk';
import { namesOrganisation } from '../entity';
import { SETTINGS_WORDS } from './settings-words';
import { opensWithGreeting } from './greeting-words';
import { ORGANISATION } from './collect';
import { namesRecordDetails } from './detail-title';

const NOT_A_NAME = new RegExp(
  `详情|信息|资料|管理|列表|首页|概览|客户|联系人|档案|公司|商机|合同|记录|动态|成员|家庭|附件|跟进|属性|标签|画像|偏好|概况|轨迹|权益|detail|information|overview|record|profile|contacts?$|customers?$|accounts?$|leads?$|home|dashboard|summary|edit|new |compan|deal|note|task|file|e-?mail|activit|opportunit|point of|about|related|timeline|propert|${SETTINGS_WORDS.join('|')}|tags$|tasks$|personal info|background|statistic|description|descripción|descrição|beschreibung|comments?$|commentaires?$|描述|备注|说明|हेर्नुहोस्|देखें`,
  'i',
);
// A box's title made of a data / details / fields word, in the languages of CRMs (Základní údaje, Kontaktní údaje,
// Vlastní pole, Données générales, Datos básicos, Stammdaten, Основные данные, 基本情報, 기본 정보): a section, not a name.
const SECTION_WORDS =
  /údaje|informace|podrobnosti|\spole$|dados|datos|données|informations?|información|informações|informazioni|daten$|angaben|gegevens|details?$|данные|информация|сведения|реквизиты|情報|詳細|정보|상세|informacje|szczegóły|adatok|bilgiler|thông tin|chi tiết|maklumat|tiedot|uppgifter|oplysninger|opplysninger|στοιχεία|بيانات|معلومات|\sfields?$|felder$|champs|campos|campi|\sполя$/i;
// A legal form at the end says the title names an organisation: the record is a company customer.
const LEGAL_FORM =
  /(?:有限责任公司|股份有限公司|有限公司|集团|公司|商行|事务所)$|\b(?:(?:ltd|limited|inc|llc|llp|gmbh|sarl|sas|bv|plc|corp|corporation|pty|srl|ag|kg|oy|ab|spa|nv|ltda)\b\.?|co\.|s\.a\.|s\.l\.|s\.l\.u\.|s\.a\.u\.|s\.p\.a\.|b\.v\.|n\.v\.|s\.r\.l\.|s\.r\.o\.)\W*$|\s(?:ՍՊԸ|ՓԲԸ|ԲԲԸ)$/i;
type Pass = 'heading' | 'title-class' | 'tab-title' | 'avatar';
// Strongest evidence first. h3 comes last on purpose: a record's title is rarely an h3, section titles often are.
const PASSES: [Pass, string][] = [
  [
    'heading',
    'h1, h2, [class*="record-name"], [class*="recordName"], [class*="title-name"], [class*="customer-name"], [class*="CustomerName"], [class*="cust-name"], [class*="person-name"], [class*="contact-name"], [class*="contactname"], [class*="ContactName"], [class*="client-name"]',
  ],
  // These two read the elements with a class or an id that may name a title (titleLike in findNameHeading).
  ['title-class', ''],
  ['tab-title', ''],
  ['avatar', ''],
  ['heading', 'h3, h4, h5'],
];
// Chromium matches a selector list element by element, slowly (the heading pass: 1.8 ms on a 3,000-element page): the
// passes query one selector at a time (queryEach). The class parts of the first pass all hold "name" or "Name": its
// elements are first narrowed to h1, h2 and those whose class holds either, then matched against the whole selector
// (the same elements, in page order).
const CLASS_PART = /^\[class\*="([^"]*)"\]$/;
const TAG_PART = /^[a-z][a-z0-9]*$/;

const HOLDS_NAME = { name: 'class', test: (v: string) => v.includes('name') || v.includes('Name') };

/**
 * The elements under `scope` that match `selector` (a pass's list of tags and class parts), in page order: from the
 * extraction's walk of the page (utils/extract/walk.ts) when `scope` is in it, else one query per part.
 */
function queryPass(scope: Element, selector: string, walks: WalkCache | undefined): Element[] {
  const parts = selector.split(/\s*,\s*/);
  if (parts.every((p) => TAG_PART.test(p))) return elementsByTag(scope, walks, parts) ?? queryEach(scope, parts);
  const tags = parts.filter((p) => TAG_PART.test(p));
  if (!parts.every((p) => TAG_PART.test(p) || /name|Name/.test(CLASS_PART.exec(p)?.[1] ?? '')))
    return listOf(scope.querySelectorAll(selector));
  return (
    elementsByTag(scope, walks, tags, HOLDS_NAME) ?? queryEach(scope, [...tags, '[class*="name"]', '[class*="Name"]'])
  ).filter((el) => el.matches(selector));
}

// Class/id words of a record's banner title (Dolibarr's "refid", "record-title", "entity-name"…).
const TITLE_PARTS = new Set([
  'refid',
  'recordtitle',
  'recordname',
  'entityname',
  'entitytitle',
  'objectname',
  'objecttitle',
  'displayname',
  'fullname',
]);
const MAYBE_TITLE = /title|name|refid/i;
const TITLE_PAIRS = /\b(?:record|entity|object|display|full) (?:title|name)\b/;
// Icons or link targets that say "this link is an organisation" (the related company of a contact).
const ORG_WORDS = /\b(?:building|compan(?:y|ies)|organi[sz]ations?|enterprises?|societe|accounts?)\b/i;

export interface TitleFound {
  name: Found;
  company?: Found;
  /** A gender tag beside the name ("曾某 <span class=tag>男 · 44岁</span>"). */
  gender?: Found;
}

// A tag's part that is only a gender word ("男 · 44岁", "Female, 38").
const GENDER_PART = /^(?:男|女|男性|女性|male|female|männlich|weiblich|homme|femme|masculino|femenino)$/i;

/**
 * The gender a tag right after the name line shows, as one of its parts (the head of a patient's or member's card),
 * or a tag inside the heading after the name ("<h4>戚某 <small>女 · 27岁</small></h4>").
 */
function genderBeside(nameEl: Element, env: ReadEnv): Found | null {
  const after: Element[] = listOf(nameEl.children);
  for (let sib = nameEl.nextElementSibling; sib && after.length < nameEl.childElementCount + 3;) {
    after.push(sib);
    sib = sib.nextElementSibling;
  }
  for (const sib of after) {
    if (sib.childElementCount > 0 || isHidden(sib, env.cache)) continue;
    for (const part of (sib.textContent ?? '').split(/\s*[·•|｜,，/、]\s*|\s+/)) {
      if (!GENDER_PART.test(part)) continue;
      const norm = normalizeField('gender', [part], env.order);
      if (norm) return { key: 'gender', ...norm, source: { via: 'generic', label: 'tag', confidence: 0.6 } };
    }
  }
  return null;
}

function tokensOf(el: Element): string[] {
  return [el.getAttribute('class') ?? '', el.getAttribute('id') ?? ''].flatMap((v) => v.split(/\s+/)).filter(Boolean);
}

function isRecordTitleElement(el: Element): boolean {
  return tokensOf(el).some(
    (t) => TITLE_PARTS.has(t.toLowerCase().replace(/[-_]/g, '')) || TITLE_PAIRS.test(partsOf(t).join(' ')),
  );
}

/**
 * A page header's title (Ant Design's ant-page-header-heading-title, a page-header-title): the page's own title, which
 * names the record when it reads as a name (docs/adapters.md, "Session 24: round 23's missed fields").
 */
function isPageHeaderTitle(el: Element): boolean {
  return tokensOf(el).some((t) => {
    const parts = partsOf(t);
    return parts.includes('page') && parts.includes('header') && parts[parts.length - 1] === 'title';
  });
}

// A page header's way back (Element's el-page-header__title "返回"): no title.
const BACK = /^(?:返回|返回上一?页|back|go back|zurück|retour|volver|voltar|indietro|назад)$/i;

function isTitleElement(el: Element): boolean {
  return isRecordTitleElement(el) || isPageHeaderTitle(el);
}

/** A plain "title"/"name" class is weak evidence: it must agree with the tab's title (which names the record). */
function hasTitleWord(el: Element): boolean {
  return tokensOf(el).some((t) => partsOf(t).some((p) => p === 'title' || p === 'name'));
}

/** The element's own text (not its children's): a banner title often wraps the record's other details. */
function readOwnText(el: Element): string {
  const own = listOf(el.childNodes)
    .filter((n) => n.nodeType === 3)
    .map((n) => n.textContent ?? '')
    .join(' ');
  return own.replace(/\s+/g, ' ').trim();
}

// Inline elements a heading puts after the name: a romanised name, a tier, a badge ("陳嘉欣 <span>CHAN Ka Yan</span>").
const INLINE_AFTER = /^(?:SPAN|SMALL|EM|I|SUP|SUB|B)$/;

function readTitle(el: Element, env: ReadEnv): string | null {
  // A module badge or an avatar's initials before the name in the title (<span class="label">Co</span> Mr. Ann Lee).
  // (So in a title classed by its name, "<span class=title-name>苏州某某有限公司<span class=so-tag>KA 客户</span></span>".)
  const titled = /^H[1-6]$/.test(el.tagName) || /(?:title|name)/i.test(el.getAttribute('class') ?? '');
  const person = el.children.length > 0 && titled ? personWithoutBadges(el) : '';
  if (person && readValueLines(el, false, env.cache).length === 1) return person;
  if (el.children.length > 0 && isTitleElement(el)) {
    const own = readOwnText(el);
    if (own) return own;
  }
  // A heading whose own text is followed by small inline notes: the own text is the title.
  if (
    /^H[1-6]$/.test(el.tagName) &&
    el.children.length > 0 &&
    listOf(el.children).every((c) => INLINE_AFTER.test(c.tagName))
  ) {
    // (An empty icon before the name, <i class="fa fa-user"></i>, is skipped; a status badge after it is dropped.)
    let text = '';
    for (const n of listOf(el.childNodes)) {
      if (n.nodeType === 3) text += n.nodeValue ?? '';
      else if ((n.textContent ?? '').trim()) break;
    }
    const own = text.replace(/\s+/g, ' ').trim();
    // "患者信息 <small>梅淑芳 女士</small>": the heading names the box, the small note after it the record's person.
    const note = own && namesRecordDetails(own) ? personNoteAfter(el) : null;
    if (note) return note;
    if (own) return own;
  }
  const lines = readValueLines(el, false, env.cache);
  if (lines.length > 1 && /^H[12]$/.test(el.tagName)) return titleAboveSubheader(el);
  return lines.length === 1 ? (lines[0] ?? null) : null;
}

/** The one inline note after a heading's own text, when it reads as a person's name (a form of address allowed). */
function personNoteAfter(heading: Element): string | null {
  const notes = listOf(heading.children).filter((c) => (c.textContent ?? '').trim());
  if (notes.length !== 1) return null;
  const text = (notes[0]?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return looksLikeName(stripSalutation(text)) ? text : null;
}

const SUBHEADER = /(?:^|[\s_-])(?:sub|subheader|subtitle|sub-?title|meta|description)(?:$|[\s_-])/i;

/**
 * A page heading whose name is followed by a sub header (Semantic UI's <div class="sub header">Customer since…</div>,
 * a subtitle): the heading's text without it, when that is one line.
 */
function titleAboveSubheader(el: Element): string | null {
  const subs = listOf(el.querySelectorAll('[class]')).filter((e) => SUBHEADER.test(e.getAttribute('class') ?? ''));
  if (subs.length === 0) return null;
  let text = '';
  const walk = (node: Node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) text += n.nodeValue ?? '';
      else if (n.nodeType === 1 && !subs.includes(n as Element)) {
        if ((n as Element).tagName === 'BR') return;
        walk(n);
      }
    }
  };
  walk(el);
  const out = text.replace(/\s+/g, ' ').trim();
  return out || null;
}

const LOGOUT = /log\s?out|sign\s?out|logoff|退出|注销|登出/i;

/**
 * Per box: holds a way to log out; per link or button: is one. The candidates of one title search share their parents,
 * and a box's links are its inner boxes' links and more (one search's memo).
 */
interface LogoutCache {
  boxes: Map<Element, boolean>;
  links: Map<Element, boolean>;
}

/** The logged-in user's name sits beside a way to log out, whatever the app calls its bar. */
function isBesideLogout(el: Element, memo: LogoutCache): boolean {
  const links = memo.links;
  let box: Element | null = el.parentElement;
  for (let i = 0; i < 3 && box && box.tagName !== 'BODY'; i++, box = box.parentElement) {
    let has = memo.boxes.get(box);
    if (has === undefined) {
      const logout = (a: Element) => {
        let is = links.get(a);
        if (is === undefined) {
          is = LOGOUT.test(`${a.textContent ?? ''} ${a.getAttribute('href') ?? ''} ${a.getAttribute('title') ?? ''}`);
          links.set(a, is);
        }
        return is;
      };
      // Any link or button will do: one tag at a time (see queryEach).
      has =
        listOf(box.getElementsByTagName('a')).some(logout) || listOf(box.getElementsByTagName('button')).some(logout);
      memo.boxes.set(box, has);
    }
    if (has) return true;
  }
  return false;
}

/** A title right after a greeting ("<span>欢迎，</span><h2>柏某</h2>" in a sidebar's profile): the signed-in user. */
function isGreeted(el: Element): boolean {
  let before = '';
  for (let n = el.parentElement?.firstChild ?? null; n && n !== el; n = n.nextSibling) before += n.textContent ?? '';
  before = before.replace(/\s+/g, ' ').trim();
  return before !== '' && before.length <= 24 && opensWithGreeting(before);
}

// An activity line ("Created by Ann Lee for Account Acme", "张三 创建了 客户"), not a title.
const SENTENCE =
  /\b(?:by|for|the|was|has|have|with|from|on|at|to|of|and)\b|创建了|修改了|更新了|添加了|删除了|分配给|转交|于\d/i;

// A form's action title ("Modificar cliente", "Edit contact", "Modifier le contact", 修改客户, 新建联系人), in the
// languages CRMs and admin sites ship: the record's name is elsewhere.
const ACTION_TITLE =
  /^(?:(?:edit|modify|update|change|view|new|create|add|modificar|editar|nuevo|nueva|crear|añadir|ver|modifier|éditer|nouveau|nouvelle|créer|ajouter|voir|bearbeiten|ändern|neuer?|anlegen|anzeigen|modifica|nuovo|nuova|crea|visualizza|editar|novo|nova|criar)\s|(?:编辑|修改|新增|新建|添加|查看|变更|編輯|新增|檢視|變更))/i;

// A link that opens a form to create or edit a record ("Create" under SuiteCRM's title, to
// module=Accounts&action=EditView): an action, never the organisation it names in its target.
const ACTION_TARGET = /[?&]action=(?:editview|edit|create|new|add)\b|\/(?:new|create|add|edit)(?:[/?#]|$)/i;
/** The link's whole text is one action word ("Create", "新建"), not a name starting with one ("New Horizons"). */
const isActionWord = (text: string) => ACTION_TITLE.exec(`${text} `)?.[0].trim() === text;
const isActionLink = (a: Element) =>
  ACTION_TARGET.test(a.getAttribute('href') ?? '') || isActionWord((a.textContent ?? '').replace(/\s+/g, ' ').trim());

// A count after a title ("进行中会话 (4)", "Contacts (12)"): a list's section title.
const COUNTED = /[(（]\s*\d+\s*[)）]$/;

// The same in the languages that write the action after the record's kind (거래처등록 "partner registration", 고객 수정,
// 取引先編集, 用户编辑 in a dialog's title), a mode in brackets after it or not ("거래처등록 (수정)").
const ACTION_AFTER =
  /(?:등록|수정|조회|登録|編集|照会|编辑|編輯|修改|新增|新建|查看|檢視)(?:\s*[(（][^)）]{1,10}[)）])?$/;

// A Han company's trade name holds section words as often as any other (杭州云帆信息技术有限公司, 明德家庭服务有限公司):
// such a word inside the name before its legal form is the trade's, not a section's. A section's title starts or ends
// with its word (客户所属公司, 公司信息), and a two- or three-character body is a kind (所属公司, 子公司).
function isHanTradeName(text: string, company: boolean): boolean {
  if (!company) return false;
  const body = toSimplified(text.replace(LEGAL_FORM, '').trim());
  return /^\p{Script=Han}{4,}$/u.test(body) && !NOT_A_NAME.test(body.slice(0, 2)) && !NOT_A_NAME.test(body.slice(-2));
}

function isNameLike(title: string, company: boolean): boolean {
  // "Customer · Fjordline AS": the title names the record's kind, then its name.
  const text = title.replace(KIND_BEFORE_NAME, '$1');
  if (text.length > 60 || /\d{3,}|[:：@]/.test(text) || COUNTED.test(text)) return false;
  if (ACTION_TITLE.test(text) || ACTION_AFTER.test(text)) return false;
  if (!company && SENTENCE.test(text)) return false;
  // Section titles in Traditional Chinese too (要保人資料, 客戶詳情): the dictionary's simplified words cover both.
  if (NOT_A_NAME.test(toSimplified(company ? text.replace(LEGAL_FORM, '') : text)) && !isHanTradeName(text, company))
    return false;
  if (!company && SECTION_WORDS.test(text)) return false;
  return keyForLabel(normalizeLabel(text)) === undefined;
}

/**
 * A header that reads as a person's or an organisation's name in any script, not a page's title ("Agordoj",
 * "Dashibodi", "Sistemaj agordoj"): two or more words, each capitalised where the script has capitals; two to four Han
 * characters; or a legal form.
 */
export function looksLikeName(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (/^[\p{Script=Han}·・]{2,5}$/u.test(t)) return true;
  if (ORGANISATION.test(t)) return true;
  const words = t.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  // Particles of names stay lower case (van, de, da, bin); longer words start with a capital where the script has them.
  return words.every((w) => w.length <= 3 || !/^\p{Ll}/u.test(w)) && words.some((w) => /\p{L}/u.test(w));
}

/** The organisation a person's title links to (an icon or a target naming a company). */
function findLinkedCompany(title: Element, env: ReadEnv): Found | null {
  for (const a of listOf(title.querySelectorAll('a'))) {
    const icon = listOf(a.querySelectorAll('[class]')).some((i) => ORG_WORDS.test(i.getAttribute('class') ?? ''));
    if ((!icon && !ORG_WORDS.test(a.getAttribute('href') ?? '')) || isActionLink(a)) continue;
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    const norm = text && !isHidden(a, env.cache) ? normalizeField('company', [text], env.order) : null;
    if (norm) return { key: 'company', ...norm, source: { via: 'generic', label: 'title link', confidence: 0.7 } };
  }
  return null;
}

// "Head of Procurement at <a>Org</a>", "Zaakvoerder bij <a>…</a>", "Operations Manager, <span>Co</span>".
const JOB_AT = /^(.{1,60}?)(?:\s+(?:at|bij|bei|chez|em|na|no|@)\s+|\s*[,，·•|｜]\s*)(.{2,80})$/;
const ORG_CLASS = /compan|organi[sz]|employer|(?:^|[\s_-])org(?:$|[\s_-])/i;

/** The one link of a line that goes to an organisation's record ("Client · <a href=/crm/company/15>Co</a> · CFO"). */
function onlyOrgLink(line: Element): string {
  const links = listOf(line.querySelectorAll('a[href]'));
  const link = links.length === 1 ? links[0] : undefined;
  if (!link || !ORG_PATH.test(link.getAttribute('href') ?? '') || isActionLink(link)) return '';
  return (link.textContent ?? '').replace(/\s+/g, ' ').trim();
}

// A link target that is a record of another kind (a deal, a ticket, an order); some CRMs keep companies as contacts.
const NOT_ORG_PATH =
  /(?:^|[/#=])(?:deals?|tickets?|orders?|invoices?|projects?|opportunit(?:y|ies)|tasks?|сделк[аи]|заказы?)[/;=]\w/i;

// A link target that is an organisation's record: its entity word then an id (/company/8841, /companies/c7).
const ORG_PATH = /(?:^|[/#=])(?:compan(?:y|ies)|organi[sz]ations?|accounts?|societe|firm[as]?)[/;=]\w/i;

/**
 * The one part of a subtitle line ("Directora de compras · Hoteles Levante S.L.", "PT Sinar Abadi · Manajer") that
 * names an organisation by its legal form: the person's company. '' when no part or several do.
 */
function organisationPart(text: string): string {
  const parts = text.split(/\s+[·•|｜/]\s+|\s*[·•｜]\s*/).filter(Boolean);
  if (parts.length < 2) return '';
  const orgs = parts.filter((p) => namesOrganisation(p) && p.length >= 4);
  return orgs.length === 1 ? (orgs[0] ?? '') : '';
}

/** The company written just under a person's title: a line naming the employer, or "Job at <a>Company</a>". */
export function findCompanyBeside(title: Element, env: ReadEnv): Found | null {
  let anchor: Element = title;
  if (!title.nextElementSibling && title.parentElement && title.parentElement.childElementCount === 1)
    anchor = title.parentElement;
  let sib = anchor.nextElementSibling;
  for (let i = 0; sib && i < 2; i++, sib = sib.nextElementSibling) {
    if (isHidden(sib, env.cache)) continue;
    const text = (sib.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 120 || /\d{3,}|@|[:：]/.test(text)) continue;
    // "Welcome, jvidal" beside the app's title is the signed-in user (./greeting-words.ts).
    if (opensWithGreeting(text)) continue;
    let company = '';
    const last = sib.lastElementChild;
    const lastText = (last?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const m = JOB_AT.exec(text);
    // (Not a link to a deal, a ticket or an order: "Client · <a href=/crm/deal/12>Deal №12</a>".)
    if (m && last && lastText && m[2] === lastText && /^(?:A|SPAN|B|STRONG)$/.test(last.tagName)) {
      if (!NOT_ORG_PATH.test(last.getAttribute('href') ?? '')) company = lastText;
    }
    // A line that is only a link to an organisation record ("<a href=#/companies/42>Co</a>" under the name).
    else if (
      last &&
      last.tagName === 'A' &&
      text === lastText &&
      ORG_WORDS.test(last.getAttribute('href') ?? '') &&
      !isActionLink(last)
    )
      company = lastText;
    else if (ORG_CLASS.test(sib.getAttribute('class') ?? '') && sib.childElementCount === 0) company = text;
    else company = onlyOrgLink(sib) || organisationPart(text);
    const norm = company ? normalizeField('company', [company], env.order) : null;
    if (norm) return { key: 'company', ...norm, source: { via: 'generic', label: 'under the title', confidence: 0.7 } };
  }
  return null;
}

/**
 * An avatar or photo labelled with a name that the card beside it also shows as text: two renderings agree,
 * so that text is the record's name (the user's own avatar sits in the excluded app bar).
 */
function findAvatarName(scope: Element, regions: RegionCache, env: ReadEnv, logout: LogoutCache): TitleFound | null {
  for (const el of queryEach(scope, ['[aria-label]', 'img[alt]'])) {
    const label = (el.getAttribute('aria-label') ?? el.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
    const card = el.parentElement;
    if (!card || !label || !isNameLike(label, false) || isExcludedRegion(el, regions) || isBesideLogout(el, logout))
      continue;
    const shown = listOf(card.querySelectorAll('*')).some(
      (t) =>
        t !== el &&
        !el.contains(t) &&
        t.children.length === 0 &&
        (t.textContent ?? '').replace(/\s+/g, ' ').trim() === label &&
        !isHidden(t, env.cache),
    );
    const norm = shown ? normalizeField('name', [label], env.order) : null;
    if (norm) return { name: { key: 'name', ...norm, source: { via: 'generic', label: 'avatar', confidence: 0.6 } } };
  }
  // An initials avatar and the name written next to it (<span class=avatar>邱</span> <b>邱子墨</b>, "SL" Shauna Lin):
  // the same two renderings of one name.
  // (The name may be the first line of the box beside the avatar: <div class=avatar>简</div><div><div>简某某</div>…)
  for (const el of queryEach(scope, ['[class*="avatar"]', '[class*="Avatar"]'])) {
    let next = el.nextElementSibling;
    for (let depth = 0; next && next.childElementCount > 0 && depth < 2; depth++) next = next.firstElementChild;
    if (el.childElementCount > 0 || !next || next.childElementCount > 0) continue;
    const initials = (el.textContent ?? '').trim();
    const text = (next.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!initials || !text || !initialsOf(initials, text) || !isNameLike(text, false)) continue;
    if (isHidden(next, env.cache) || isExcludedRegion(el, regions) || isBesideLogout(el, logout)) continue;
    const norm = normalizeField('name', [text], env.order);
    if (!norm) continue;
    // (The line under the name may say where the person works: "Head of Procurement at <a>Maison Ravel</a>".)
    const name: Found = { key: 'name', ...norm, source: { via: 'generic', label: 'avatar', confidence: 0.6 } };
    return { name, company: findLinkedCompany(next, env) ?? findCompanyBeside(next, env) ?? undefined };
  }
  return null;
}

/**
 * The record's name a tab title gives: its first part ("Ann Lee - Card", "Ann Lee | Twenty"; later parts are the app or
 * the view), without the record kind written before a colon ("Kontakt: Zuzana Malá – LiveAgent", "Клиент: …").
 */
export function tabNameOf(title: string): string {
  const named = title.trim().replace(/^\p{L}{2,20}\s?[:：]\s*(?=\S)/u, '');
  return (named.split(/\s[|\-–—·:]\s/)[0] ?? '').trim();
}

/**
 * The line right under a box's title (h3–h5) that writes the tab's name, when the title itself does not: the record's
 * name, the title the box's (docs/adapters.md, "Round 15: values").
 */
function nameUnderBoxTitle(title: Element, text: string, tabName: string, env: ReadEnv): string | null {
  if (!/^H[3-5]$/.test(title.tagName) || !tabName || sameName(tabName, text)) return null;
  let next = title.nextElementSibling;
  for (let i = 0; next && i < 2; i++, next = next.nextElementSibling) {
    // The line itself, or the first line of the box under the title (<h3>Client card · Company</h3><div><div>Acme
    // Ltd</div><table>…</table></div>: docs/adapters.md, "Round 17: names").
    let head: Element = next;
    while (head.firstElementChild) head = head.firstElementChild;
    for (const el of head === next ? [next] : [next, head]) {
      const line = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (sameName(tabName, line) && looksLikeName(line) && !isHidden(el, env.cache)) return line;
    }
  }
  return null;
}

/**
 * A field's own label on the page (<label>委托人</label>, <dt>Client</dt>): a heading that writes one names the kind of
 * record, never its value (docs/adapters.md, "Round 17: names"). So does a heading that shares a word with the record's
 * labels ("Customer details" over "Customer number", a heading's "patient" in "Patient coordinator"), in any language:
 * a person's name is no word of a field's caption (docs/adapters.md, "Session 20: round 21's wrong values").
 */
function isFieldLabelOf(doc: Document | null, text: string, env: ReadEnv): boolean {
  if (!doc) return false;
  const captions = pageCaptions(doc, env);
  return captions.marked.has(text.toLowerCase()) || sharesCaptionWord(text, captions.all);
}

/** The page's field captions: those of <label> and <dt> (`marked`), and with <th> and label-classed elements (`all`). */
interface PageCaptions {
  /** The extraction they were read for (its hidden-state cache): a later extraction reads the page again. */
  cache: ReadEnv['cache'];
  marked: Set<string>;
  all: string[];
}
const captionsOfPage = new WeakMap<Document, PageCaptions>();

// Read once per extraction: every name-like heading asks, and each ask would walk the whole document again.
function pageCaptions(doc: Document, env: ReadEnv): PageCaptions {
  const known = captionsOfPage.get(doc);
  if (known && known.cache === env.cache) return known;
  const caption = (l: Element) =>
    (l.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[:：]$/, '')
      .toLowerCase();
  const marked = [...listOf(doc.getElementsByTagName('label')), ...listOf(doc.getElementsByTagName('dt'))].map(caption);
  const others = [
    ...listOf(doc.getElementsByTagName('th')),
    ...listOf(doc.querySelectorAll('[class~="label"], [class$="-label"], [class$="__label"]')),
  ].map(caption);
  const captions = { cache: env.cache, marked: new Set(marked), all: [...marked, ...others] };
  captionsOfPage.set(doc, captions);
  return captions;
}

// The words of a caption long enough to say something (a particle, "of", "no." says nothing).
const captionWords = (text: string): string[] =>
  text.split(/[\s/,.:：()（）-]+/).filter((w) => [...w].length >= 3 && !/\d/.test(w));

/**
 * A title of two words or more sharing one with a short field caption (of four words at most): a word of the title
 * is, or starts with, a caption's word (Dhivehi and Odia add a case ending to the kind word of the caption). Asked of a
 * title in a script without capitals, or one not written as a name where the script has them ("Nkọwa onye ahịa"): a
 * capitalised name may share a word with a caption by chance ("Nguyễn Văn An" and "Điện thoại văn phòng", "John
 * Price" and "Price"). An organisation's name with a legal form is left alone.
 */
function sharesCaptionWord(text: string, captions: string[]): boolean {
  if (/[\p{Lu}\p{Ll}]/u.test(text) && looksLikeName(text)) return false;
  const title = text.toLowerCase();
  const words = captionWords(title);
  if (words.length < 2 || words.length > 5 || LEGAL_FORM.test(title)) return false;
  const own = new Set(
    captions.filter((c) => c && c !== title && c.split(' ').length <= 4).flatMap((c) => captionWords(c)),
  );
  return words.some((w) => [...own].some((c) => w === c || (w.startsWith(c) && [...w].length - [...c].length <= 4)));
}

/**
 * The record's title names its kind, not its customer ("Patient details" over "Patient coordinator", in a language this
 * reader has no words for): a heading above or in `region` (up to four levels up) that a field label's word shows is
 * one. The record is there; its name is not in its title (docs/adapters.md, "Session 20: round 21's wrong values").
 */
export function titlesRecordKind(region: Element, env: ReadEnv): boolean {
  let scope: Element = region;
  for (let i = 0; i < 4 && scope.parentElement && scope.tagName !== 'BODY'; i++) scope = scope.parentElement;
  return listOf(scope.querySelectorAll('h1, h2, h3, h4')).some((h) => {
    const text = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
    return (
      text.length <= 60 &&
      !isHidden(h, env.cache) &&
      !LEGAL_FORM.test(text) &&
      isFieldLabelOf(h.ownerDocument, text, env)
    );
  });
}

/** A <th> of a header row: in a <thead>, or in a row of <th> cells only. */
function isColumnTitle(th: Element): boolean {
  const row = th.closest('tr');
  return !!th.closest('thead') || (!!row && listOf(row.children).every((c) => c.tagName === 'TH'));
}

/**
 * The value of the field labelled with the record's kind, as the page's heading names it (<h1>委托人 <small>详情</small>
 * </h1> over <label>委托人</label> 邓某; <h1>Client</h1> over <dt>Client</dt> Ann Lee): the record's own name, when it
 * reads as one (docs/adapters.md, "Round 17: whose record / whole records").
 */
export function findKindFieldName(root: Element, regions: RegionCache, env: ReadEnv): TitleFound | null {
  const doc = root.ownerDocument;
  if (!doc) return null;
  const kinds = new Set(
    listOf(doc.querySelectorAll('h1, h2'))
      .filter((h) => !isHidden(h, env.cache))
      .map((h) => (h.childElementCount === 0 ? (h.textContent ?? '') : readOwnText(h)).replace(/\s+/g, ' ').trim())
      .filter((t) => t.length >= 2 && t.length <= 20)
      .map((t) => t.toLowerCase()),
  );
  if (kinds.size === 0) return null;
  for (const label of listOf(root.querySelectorAll('label, dt, th'))) {
    const text = (label.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[:：]$/, '')
      .toLowerCase();
    if (!kinds.has(text) || isHidden(label, env.cache) || isExcludedRegion(label, regions)) continue;
    // A column title of a table (a header row of <th> cells, a <thead>): the cell beside it is the next column's
    // title, no value (联系人 | 职务 over a company's contacts: docs/adapters.md, "Session 20: round 21's wrong values").
    if (label.tagName === 'TH' && isColumnTitle(label)) continue;
    const value = valueElementFor(label);
    const lines = value ? readValueLines(value, false, env.cache) : [];
    const raw = lines.length === 1 ? (lines[0] ?? '') : '';
    const company = LEGAL_FORM.test(raw) && raw.replace(LEGAL_FORM, '').trim().length >= 2;
    if (!raw || !isNameLike(raw, company) || (!company && !looksLikeName(raw))) continue;
    const norm = normalizeField('name', [raw], env.order);
    if (!norm) continue;
    const name: Found = { key: 'name', ...norm, source: { via: 'generic', label: label.textContent?.trim() ?? '' } };
    const org = company ? normalizeField('company', [raw], env.order) : null;
    return { name, company: org ? { key: 'company', ...org, source: name.source } : undefined };
  }
  return null;
}

/**
 * The app's own name, a later part of the tab's title ("Ann Lee · Acme CRM"), when the tab's first part (the record)
 * is written in `box` too: the header bar's brand, never the record's name (docs/adapters.md, "Round 17: names").
 */
function namesTheApp(text: string, box: Element): boolean {
  const parts = (box.ownerDocument?.title ?? '').split(/\s[|\-–—·:]\s/).map((p) => p.trim().toLowerCase());
  const record = parts[0] ?? '';
  if (parts.length < 2 || !record || !parts.slice(1).includes(text.toLowerCase())) return false;
  return (box.textContent ?? '').replace(/\s+/g, ' ').toLowerCase().includes(record);
}

/** A title text naming the same person as the tab's name (a salutation before either does not count). */
function sameName(tabName: string, text: string): boolean {
  if (!tabName) return false;
  const bare = (t: string) => stripSalutation(t).toLowerCase();
  return tabName === text.toLowerCase() || bare(tabName) === bare(text);
}

// Class parts of a card's title line (<div class="uname">, <div class="hf-name">, <div class="mp-title">).
const HEAD_PART = /(?:name|title|heading)$/;
const NAME_PART = /name$/;

/**
 * Where the name at the head of a box of fields is looked for: `panel` (a ticket's requester panel: a name-, title- or
 * heading-like leaf, or the box's first line), `overlay` (an open dialog: also a line with a badge after the name),
 * `head` (any page, when nothing else named the record: only a leaf whose class names a name, or the first line drawn
 * as a heading).
 */
export type BoxHeadMode = 'panel' | 'overlay' | 'head';

const WEIGHT: Record<string, number> = { normal: 400, bold: 700, bolder: 700, lighter: 300 };

/** Drawn as a heading: a heading tag, or a font bolder (600+) or at least 2px larger than the field `beside`'s. */
function emphasised(el: Element, beside: Element): boolean {
  if (/^(?:H[1-6]|B|STRONG)$/.test(el.tagName)) return true;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const own = view.getComputedStyle(el);
  const field = view.getComputedStyle(beside);
  const weight = (s: CSSStyleDeclaration) => WEIGHT[s.fontWeight] ?? (Number(s.fontWeight) || 400);
  const size = (s: CSSStyleDeclaration) => parseFloat(s.fontSize) || 0;
  return (weight(own) >= 600 && weight(own) > weight(field)) || size(own) >= size(field) + 2;
}

/** The element's children, through its open shadow root when it has one (a web component's own tree). */
function treeOf(el: Element): Element[] {
  return listOf((el.shadowRoot ?? el).querySelectorAll('*'));
}

/**
 * The name at the head of the box that holds the record's fields (a help desk's requester panel beside a ticket: <div
 * class=uname>…</div> above its 邮箱 / 手机 rows): the first fitting leaf before every field, in the fields' own box or
 * the one or two boxes around it (innermost first; across open shadow roots).
 */
export function findBoxHeadName(
  fields: Element[],
  regions: RegionCache,
  env: ReadEnv,
  mode: BoxHeadMode,
  // The record's other fields: the head line comes before them too (the box is found from `fields` alone).
  before: Element[] = fields,
): TitleFound | null {
  let box: Element | null = fields[0] ?? null;
  for (const el of fields.slice(1)) while (box && !composedContains(box, el)) box = composedParent(box);
  const holdsField = (el: Element) => before.some((f) => f === el || composedContains(el, f));
  // In an open dialog the fields may sit a few boxes below its head line (a descriptions table under the student's
  // name and avatar): up to five boxes, never past the dialog itself.
  const levels = mode === 'overlay' ? 5 : 3;
  let past = false;
  for (
    let i = 0;
    box && !past && fields.length > 0 && i < levels && box.tagName !== 'BODY';
    i++, box = composedParent(box)
  ) {
    past =
      box.tagName === 'DIALOG' || box.getAttribute('role') === 'dialog' || box.getAttribute('aria-modal') === 'true';
    let firstLine = true;
    for (const el of treeOf(box)) {
      if (holdsField(el)) break;
      if (/^(?:STYLE|SCRIPT|TEMPLATE|SLOT)$/.test(el.tagName)) continue;
      // In an open dialog that is the record, its body's first line may be the name with a badge after it
      // ("唐嘉怡 <span>钻石卡</span>"): its own text.
      const badgedLine = el.childElementCount > 0 && listOf(el.children).every((c) => INLINE_AFTER.test(c.tagName));
      const badged = mode === 'overlay' && badgedLine;
      // In any mode, a line that starts with its own text and ends in badges ("邓承宇 <span class=tag>VIP</span>"): the
      // line is its own text; the badges are no lines (a qualification tag is never the name; docs/adapters.md, "Round
      // 16: values").
      const named = !badged && badgedLine && startsWithOwnText(el);
      if (!named && el.childElementCount === 0 && el.parentElement && isBadgeOfLine(el)) continue;
      // A web component's heading showing a slotted title (<h3><slot name="title"></slot></h3>): its assigned text.
      const slotted = el.childElementCount > 0 && listOf(el.children).every((c) => c.tagName === 'SLOT');
      if (el.childElementCount > 0 && !badged && !slotted && !named) continue;
      const text = slotted
        ? readValueLines(el, false, env.cache).join(' ')
        : badged || named
          ? readOwnText(el)
          : el.textContent;
      const raw = (text ?? '').replace(/\s+/g, ' ').trim();
      if (!raw) continue;
      // The header bar's brand is no line of the record (it does not take the first line's place); nor is an avatar's
      // initial (uView's u-avatar "宋" before "宋嘉佑").
      const parts = partsOf(el.getAttribute('class') ?? '');
      if (namesTheApp(raw, box) || parts.includes('avatar')) continue;
      const first = firstLine;
      firstLine = false;
      // In any mode the box's first line set larger or bolder than its fields is its title (a card's name line
      // <span style="font-size:18px;font-weight:bold">, an expanded record's title): a heading drawn by style alone.
      const fits =
        (first && emphasised(el, fields[0] as Element)) ||
        (mode === 'head'
          ? parts.some((p) => NAME_PART.test(p))
          : badged ||
            /^(?:H[1-6]|B|STRONG)$/.test(el.tagName) ||
            parts.some((p) => HEAD_PART.test(p)) ||
            (mode === 'panel' && first));
      if (!fits || isHidden(el, env.cache) || isExcludedRegion(el, regions) || !isNameLike(raw, false)) continue;
      if (isFieldLabelOf(el.ownerDocument, raw, env)) continue;
      if (titlesList(el)) continue;
      const norm = normalizeField('name', [raw], env.order);
      if (!norm) continue;
      const name: Found = { key: 'name', ...norm, source: { via: 'generic', label: 'panel title', confidence: 0.6 } };
      return { name, company: findCompanyBeside(el, env) ?? undefined, gender: genderBeside(el, env) ?? undefined };
    }
  }
  return null;
}

// Class parts of a box's header band (panel-heading, el-card__header, card-header).
const HEADER_PART = /^(?:header|heading|head|hd)$/;

/**
 * The name in the header band of the box that holds the record's fields: a panel's or card's first child, classed as its
 * header, whose own text is a name and whose other content is inline notes after it ("Ann Lee <span>· Active</span>",
 * "柳某 <span>会员卡号 … · 银卡</span>"): docs/adapters.md, "Round 17: whose record / whole records".
 */
export function findBoxHeaderName(fields: Element[], regions: RegionCache, env: ReadEnv): TitleFound | null {
  let box: Element | null = fields[0] ?? null;
  for (const el of fields.slice(1)) while (box && !composedContains(box, el)) box = composedParent(box);
  for (let i = 0; box && fields.length > 0 && i < 4 && box.tagName !== 'BODY'; i++, box = composedParent(box)) {
    const head = box.firstElementChild;
    if (!head || fields.some((f) => composedContains(head, f))) continue;
    if (!partsOf(head.getAttribute('class') ?? '').some((p) => HEADER_PART.test(p))) continue;
    const line = headerLine(head);
    if (!line) return null;
    const raw = (line.childElementCount === 0 ? (line.textContent ?? '') : readOwnText(line))
      .replace(/\s+/g, ' ')
      .trim();
    if (!raw || isHidden(head, env.cache) || isExcludedRegion(head, regions)) return null;
    if (!isNameLike(raw, false) || !looksLikeName(raw) || isFieldLabelOf(head.ownerDocument, raw, env)) return null;
    const norm = normalizeField('name', [raw], env.order);
    if (!norm) return null;
    const name: Found = { key: 'name', ...norm, source: { via: 'generic', label: 'box header', confidence: 0.6 } };
    return { name, gender: genderBeside(head, env) ?? undefined };
  }
  return null;
}

// A header's title part and its actions part (Naive UI's n-card-header__main + __extra, Ant's ant-card-head-title +
// ant-card-extra).
const HEADER_MAIN_PART = /^(?:main|title)$/;
const HEADER_ACTIONS_PART = /^(?:extra|actions?|tools?|toolbar|buttons?|ops?|operations?)$/;

/**
 * The line of a header band holding the name: the header itself when its children are inline notes after its text,
 * or its title part when the rest of it are actions (buttons, links); null otherwise.
 */
function headerLine(head: Element): Element | null {
  const inline = (el: Element) => listOf(el.children).every((c) => INLINE_AFTER.test(c.tagName));
  if (inline(head)) return head;
  const [main, ...rest] = listOf(head.children);
  const classed = (el: Element, part: RegExp) => partsOf(el.getAttribute('class') ?? '').some((p) => part.test(p));
  if (!main || !classed(main, HEADER_MAIN_PART) || !inline(main)) return null;
  return rest.every((r) => classed(r, HEADER_ACTIONS_PART)) ? main : null;
}

/** The element's first text is its own (not a child's): "Ann Lee <span>VIP</span>". */
function startsWithOwnText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) return false;
    if (n.nodeType === 3 && /\S/.test(n.nodeValue ?? '')) return true;
  }
  return false;
}

/** A leaf badge after its line's own text ("Ann Lee <span>VIP</span>"): part of that line, never a line of its own. */
function isBadgeOfLine(el: Element): boolean {
  const line = el.parentElement;
  return (
    !!line &&
    INLINE_AFTER.test(el.tagName) &&
    listOf(line.children).every((c) => INLINE_AFTER.test(c.tagName)) &&
    startsWithOwnText(line)
  );
}

// A record kind's word and a separator closing a text, the record's name in the element after it ("客户 / <b>…</b>").
const KIND_CRUMB =
  /^(?:customers?|clients?|contacts?|accounts?|leads?|members?|patients?|kunden?|klanten?|clientes?|klienci|клиенты?|客户|顾客|顧客|会员|会員|联系人|取引先|고객|거래처|회원)\s*[/›>»·|｜]$/iu;

/**
 * The record's name at the end of a head line that names its kind first, as a breadcrumb's last item ("<span>客户 /
 * </span><b>深圳…有限公司</b>", "Clients › <strong>Ann Lee</strong>"): a bold or heading element right after the kind,
 * near the record (the same reach as findNameHeading).
 */
export function findCrumbName(
  root: Element,
  regions: RegionCache,
  env: ReadEnv,
  boundary: Element | null,
): TitleFound | null {
  let scope: Element = root;
  for (let i = 0; i < 4 && scope !== boundary && scope.parentElement && scope.tagName !== 'BODY'; i++)
    scope = scope.parentElement;
  for (const el of elementsByTag(scope, env.walks, ['b', 'strong', 'h1', 'h2', 'h3']) ??
    queryEach(scope, ['b', 'strong', 'h1', 'h2', 'h3'])) {
    if (el.childElementCount > 0) continue;
    const before = el.previousSibling;
    const kind = (before?.nodeType === 1 || before?.nodeType === 3 ? (before.textContent ?? '') : '').trim();
    if (!KIND_CRUMB.test(kind)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    // (An organisation's name by its legal form is one whatever words it holds: 供应链管理有限公司.)
    const company = namesOrganisation(text);
    const named = company ? text.length <= 60 && !/[:：@]/.test(text) : isNameLike(text, false);
    if (!text || !named || isHidden(el, env.cache) || isExcludedRegion(el, regions)) continue;
    const norm = normalizeField('name', [text], env.order);
    if (!norm) continue;
    const name: Found = { key: 'name', ...norm, source: { via: 'generic', label: 'head line', confidence: 0.65 } };
    const org = company ? normalizeField('company', [text], env.order) : null;
    return { name, company: org ? { key: 'company', ...org, source: name.source } : undefined };
  }
  return null;
}

/** A heading right above a table with a header row of three or more columns and two or more rows under it. */
function titlesList(el: Element): boolean {
  const next = el.nextElementSibling;
  if (!next || next.tagName !== 'TABLE') return false;
  const rows = listOf((next as HTMLTableElement).rows);
  const head = rows[0];
  return !!head && rows.length >= 3 && head.cells.length >= 3 && listOf(head.cells).every((c) => c.tagName === 'TH');
}

/** `el` and each shadow host around it, innermost first: where it stands in each tree up to the document's. */
export function standIns(el: Element): Element[] {
  const out = [el];
  for (let x: Element | null = el, root = el.getRootNode(); x && out.length < 20;) {
    x = composedParent(x);
    if (x && x.getRootNode() !== root) {
      out.push(x);
      root = x.getRootNode();
    }
  }
  return out;
}

/** `el` comes after `before` in their document, outside it (a node in a shadow tree stands where its host does). */
function follows(before: Element, el: Element): boolean {
  // Nodes of different trees compare in no meaningful order: compare their stand-ins in the innermost shared tree.
  const mine = standIns(el);
  for (const a of standIns(before)) {
    const b = mine.find((m) => m.getRootNode() === a.getRootNode());
    if (b) return a !== b && (a.compareDocumentPosition(b) & (4 | 16)) === 4; // 4: follows; 16: inside `before`
  }
  return false;
}

/**
 * The record's title. `last` is the record's last field in page order (a title after it is another box's).
 */
export function findNameHeading(
  root: Element,
  regions: RegionCache,
  env: ReadEnv,
  boundary: Element | null = null,
  last: Element | null = null,
): TitleFound | null {
  // Look in the record and a little around it: the title often sits just above the fields (never outside
  // an open dialog that holds the record).
  let scope: Element = root;
  for (let i = 0; i < 4 && scope !== boundary && scope.parentElement && scope.tagName !== 'BODY'; i++)
    scope = scope.parentElement;
  // Tabs name a record first ("Ann Lee - Card", "Ann Lee | Twenty"); later parts are the app or the view.
  const tabTitle = tabNameOf(root.ownerDocument?.title ?? '').toLowerCase();
  const logout: LogoutCache = { boxes: new Map(), links: new Map() };
  // The class/id passes look at the same elements: those whose raw class or id may name a title, listed once (a cheap
  // look at the raw attributes: most elements of a page say nothing of titles).
  let maybeTitles: Element[] | null = null;
  const titleLike = () =>
    (maybeTitles ??= elementsWithAttribute(scope, env.walks, ['class', 'id']).filter((el) =>
      MAYBE_TITLE.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`),
    ));
  for (const [pass, selector] of PASSES) {
    if (pass === 'avatar') {
      const avatar = findAvatarName(scope, regions, env, logout);
      if (avatar) return avatar;
      continue;
    }
    const byClass = pass === 'title-class' || pass === 'tab-title';
    for (const el of byClass ? titleLike() : queryPass(scope, selector, env.walks)) {
      if (byClass && (pass === 'title-class' ? !isTitleElement(el) : !hasTitleWord(el))) continue;
      if (isHidden(el, env.cache) || isExcludedRegion(el, regions) || isBesideLogout(el, logout)) continue;
      if (isGreeted(el)) continue;
      // A title written after every field of the record is another box's (a side widget's "Ticket statistics" below
      // the customer's fields): a record's title sits above its fields, or among them.
      if (last && follows(last, el)) continue;
      // The title of a list right under it ("Latest orders" over a table of orders) names no one.
      if (titlesList(el)) continue;
      // A record number before the name ("#12 Lindgren Marine AB") is not part of it.
      const title = readTitle(el, env)?.replace(/^#\d+\s+/, '') ?? null;
      // A box's title over the record's name, which the tab's title writes too (<h3>Névjegy</h3> "contact card",
      // then "Kovács Eszter" under a tab "Kovács Eszter – MiniCRM"): the name under it.
      const text = (title && pass === 'heading' && nameUnderBoxTitle(el, title, tabTitle, env)) || title;
      const company = !!text && LEGAL_FORM.test(text) && text.replace(LEGAL_FORM, '').trim().length >= 2;
      if (!text || !isNameLike(text, company) || isFieldLabelOf(el.ownerDocument, text, env)) continue;
      if (pass === 'tab-title' && (text.length < 2 || !sameName(tabTitle, text))) continue;
      // A page header's title is the page's: the record's name only when it reads as one.
      if (pass === 'title-class' && !isRecordTitleElement(el) && (!looksLikeName(text) || BACK.test(text))) continue;
      const norm = normalizeField('name', [text], env.order);
      if (!norm) continue;
      // A name read from a title, not from a labelled field: plausible, not proven (docs/adapters.md).
      const name: Found = {
        key: 'name',
        ...norm,
        source: {
          via: 'generic',
          label: el.tagName.toLowerCase(),
          // The tab's title naming the same record is a second, independent rendering of it.
          confidence: company || sameName(tabTitle, text) ? 0.8 : 0.65,
        },
      };
      if (company) {
        const org = normalizeField('company', [text], env.order);
        return { name, company: org ? { key: 'company', ...org, source: name.source } : undefined };
      }
      return {
        name,
        company: findLinkedCompany(el, env) ?? findCompanyBeside(el, env) ?? undefined,
        gender: genderBeside(el, env) ?? undefined,
      };
    }
  }
  return null;
}

/**
 * The record's name as the tab's title and the breadcrumb's last item (or the header bar's h1) both write it ("Ann Lee -
 * Customers - App" over "Customers › Ann Lee"): two renderings of one name, when the record's title has no heading of its own (a record view
 * whose fields sit in side panels). Asked only on a record's page (docs/adapters.md, "Addresses whole, and dialogs of
 * inputs").
 */
export function findTabTitleName(doc: Document, env: ReadEnv): TitleFound | null {
  // (A tab's parts may also be split by " / ": "Ann Lee / Customers / Admin".)
  const tab = tabNameOf((doc.title ?? '').split(/\s\/\s/)[0] ?? '');
  const company = LEGAL_FORM.test(tab) && tab.replace(LEGAL_FORM, '').trim().length >= 2;
  if (tab.length < 2 || !isNameLike(tab, company) || (!company && !looksLikeName(tab))) return null;
  // The breadcrumb's last item, the current page's link, or the page's h1 in its header bar.
  const crumbs = [
    ...listOf(doc.getElementsByTagName('li')),
    ...listOf(doc.querySelectorAll('[aria-current="page"]')),
    ...listOf(doc.getElementsByTagName('h1')),
  ];
  const crumb = crumbs.find(
    (el) =>
      (el.tagName !== 'LI' || (el.parentElement?.childElementCount ?? 0) >= 2) &&
      (el.tagName !== 'LI' || el.nextElementSibling === null) &&
      (el.textContent ?? '').replace(/\s+/g, ' ').trim() === tab &&
      !isHidden(el, env.cache),
  );
  const norm = crumb ? normalizeField('name', [tab], env.order) : null;
  if (!norm) return null;
  const name: Found = { key: 'name', ...norm, source: { via: 'generic', label: 'breadcrumb', confidence: 0.7 } };
  const org = company ? normalizeField('company', [tab], env.order) : null;
  return { name, company: org ? { key: 'company', ...org, source: name.source } : undefined };
}
