// SPAs key each field of a record by the record's id (Twenty: id="label-{recordId}-{field}"). One UUID repeated
// in the ids of several fields of the record, and no other, is that record's id.
import { readControl } from '../dom';
import { normalizeField } from '../fields';
import type { Found, ReadEnv } from '../types';
import { elementsWithAttribute, filledTextsIn, shadowScopes, textsIn } from '../walk';
import { textNodes } from '../labels';
import { isHeadCodeLabel, keyForLabel } from './dictionary';
import { normalizeLabel } from '../../core/normalize/text';
import { labelTextBeside } from './shape';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const MIN_FIELDS = 3;

export function findRecordIdInIds(root: Element, env: ReadEnv): Found | null {
  const counts = new Map<string, number>();
  for (const el of elementsWithAttribute(root, env.walks, ['id'])) {
    for (const m of new Set((el.getAttribute('id') ?? '').toLowerCase().match(UUID) ?? []))
      counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  const repeated = Array.from(counts).filter(([, n]) => n >= MIN_FIELDS);
  const norm = repeated.length === 1 && repeated[0] ? normalizeField('customerId', [repeated[0][0]], env.order) : null;
  return norm
    ? { key: 'customerId', ...norm, source: { via: 'generic', label: 'field ids', hidden: true, confidence: 0.75 } }
    : null;
}

// Elements that title the record: headings and head / title-classed elements (vtiger's dvHeaderText).
const TITLE_SELECTOR = 'h1, h2, h3, h4, [class*="head" i], [class*="title" i]';

// Another object's words (an order's, invoice's, ticket's): its title or label names that object's code.
const OTHER_OBJECT_WORD =
  /订单|訂單|合同|工单|工單|发票|發票|商机|報價|报价|单据|order|invoice|ticket|contract|deal|quote|opportunit|case/i;

// A digit group between a code's letters and the record's number, closed by a separator: the year or branch a
// CRM numbers its files by (JK-2025-30751, DEN-2019-4471 for record 4471; docs/adapters.md, "Round 18: values").
const NUMBER_GROUP = '(?:\\d{2,6}[-_/])?';

/** A code made of letters (and dashes) before the URL's record id, zero-padded or not: CON2291, HOS-T-0561. */
function urlIdCode(digits: string): RegExp {
  return new RegExp(
    `(?:^|[\\s\\[(（【#:：])([A-Za-z](?:[A-Za-z-]{0,10}[A-Za-z])?[-_]?${NUMBER_GROUP}0*${digits})(?=$|[\\s\\])）】:：·,|])`,
  );
}

/** The URL's id as a whole shown value: with a letter prefix, zero-padded, or after a dotted group prefix. */
function shownCode(digits: string): RegExp {
  const letters = `[A-Za-z](?:[A-Za-z-]{0,10}[A-Za-z])?[-_]?${NUMBER_GROUP}0*${digits}`;
  return new RegExp(`^(?:#?(${letters})|#?(0+${digits})|(\\d{1,2}(?:\\.\\d{1,2}){1,2}\\.0*${digits}))$`);
}

/**
 * The URL's record id shown with a letter prefix ("[ CON2291 ] Sig. …" in a title for record=2291, a field "Trade
 * account no. HOS-T-0561" for customer_id=561): the code the page shows for that record, which beats the bare id
 * (docs/adapters.md, "Round 10 classes"). Only an id of three or more digits; a field's value must be the code alone,
 * a title may hold it among other words.
 */
export function findUrlIdCode(
  body: Element,
  urlId: string,
  values: { lines: string[]; label: string }[],
  env: ReadEnv,
  skip: (el: Element) => boolean,
): Found | null {
  if (DASHED_CODE.test(urlId)) return shownDashedCode(body, urlId, env, skip);
  if (!/^\d{3,}$/.test(urlId)) return null;
  const code = urlIdCode(urlId.replace(/^0+/, ''));
  const found = (text: string, label: string): Found | null => {
    const m = code.exec(text);
    const norm = m ? normalizeField('customerId', [m[1] ?? ''], env.order) : null;
    return norm ? { key: 'customerId', ...norm, source: { via: 'generic', label } } : null;
  };
  for (const v of values) {
    const text = v.lines.length === 1 ? (v.lines[0] ?? '').trim() : '';
    const hit = text && !/\s/.test(text) ? found(text, v.label) : null;
    if (hit) return hit;
  }
  // A form's field whose label this reader does not know ("Trade account no." <input value=HOS-T-0561>).
  for (const input of Array.from(body.querySelectorAll('input:not([type=hidden])'))) {
    const text = readControl(input).trim();
    const hit = text && !/\s/.test(text) && !skip(input) ? found(text, 'form code') : null;
    if (hit) return hit;
  }
  for (const el of Array.from(body.querySelectorAll(TITLE_SELECTOR))) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 120 || skip(el)) continue;
    const hit = found(text, 'title code');
    if (hit) return hit;
  }
  // A value the page shows alone in its element, under a label this reader does not know: the id with a letter
  // prefix ("CON2417"), zero-padded ("#000318") or after a dotted group prefix ("30.00.1184").
  const whole = shownCode(urlId.replace(/^0+/, ''));
  for (const node of filledTextsIn(body, env.texts) ?? textNodes(body)) {
    const text = (node.nodeValue ?? '').trim();
    const el = node.parentElement;
    if (!text || text.length > 40 || /\s/.test(text) || !el || el.childElementCount > 0) continue;
    const m = whole.exec(text);
    const value = m ? (m[1] ?? m[2] ?? m[3] ?? '') : '';
    // An order's, invoice's or ticket's number that happens to end in the record's id is that object's code.
    if (!value || skip(el) || OTHER_OBJECT_WORD.test(labelTextBeside(el))) continue;
    const norm = normalizeField('customerId', [value], env.order);
    if (norm) return { key: 'customerId', ...norm, source: { via: 'generic', label: 'shown code' } };
  }
  return groupedUrlId(body, urlId, env, skip);
}

/** The URL's id in groups of digits, a letter code before them or not: "HKF 6600 1234 7788" for 660012347788. */
function groupedCode(digits: string): RegExp {
  return new RegExp(`(?:^|[\\s:：])((?:[A-Z]{1,4}[ -]?)?${digits.split('').join('[ -]?')})(?![\\w-])`);
}

/**
 * The URL's record id as a card prints it, in groups with the card's letters before them ("会员卡号 HKF 6600 1234 7788"
 * for ?cardNo=660012347788, the label and the number in one line): the code the page shows, which beats the URL's bare
 * digits (tests/fixtures/holdout/README.md; docs/adapters.md, "Session 22: round 22's wrong values"). Only an id of eight
 * digits or more, written with a separator; not another object's number (an order's, an invoice's).
 */
function groupedUrlId(body: Element, urlId: string, env: ReadEnv, skip: (el: Element) => boolean): Found | null {
  if (!/^\d{8,}$/.test(urlId)) return null;
  const grouped = groupedCode(urlId);
  for (const node of filledTextsIn(body, env.texts) ?? textNodes(body)) {
    const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    const el = node.parentElement;
    if (text.length < urlId.length || text.length > 60 || !el) continue;
    const m = grouped.exec(text);
    const value = m?.[1] ?? '';
    if (!/[ -]/.test(value) || skip(el)) continue;
    if (OTHER_OBJECT_WORD.test(text.slice(0, m?.index ?? 0)) || OTHER_OBJECT_WORD.test(labelTextBeside(el))) continue;
    const norm = normalizeField('customerId', [value], env.order);
    if (norm) return { key: 'customerId', ...norm, source: { via: 'generic', label: 'shown code' } };
  }
  return null;
}

/**
 * The URL's id written whole in a title of the record ("<h4>客史档案 — GH0102214</h4>" for guestNo=GH0102214): the code
 * the page shows for its file. Only an id of four characters or more, holding a digit.
 */
export function findTitleUrlId(
  body: Element,
  urlId: string,
  env: ReadEnv,
  skip: (el: Element) => boolean,
): Found | null {
  if (urlId.length < 4 || !/\d/.test(urlId)) return null;
  const escaped = urlId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const whole = new RegExp(`(?:^|[^A-Za-z0-9_-])${escaped}(?![A-Za-z0-9_-])`);
  for (const el of Array.from(body.querySelectorAll(TITLE_SELECTOR))) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 120 || !whole.test(text) || skip(el)) continue;
    const norm = normalizeField('customerId', [urlId], env.order);
    if (norm) return { key: 'customerId', ...norm, source: { via: 'generic', label: 'title id' } };
  }
  return null;
}

// A record's details title, then its code: "客源详情 — KY2025110387", "Customer record: CU-20417". The title's words end
// in a details or record word; another object's title (订单详情 — SO…, Order details: …) names that object's code.
const DETAILS_CODE_TITLE = /^(\S.{0,15}?)\s*[—–\-:：#|｜·]\s*#?([A-Z]{1,4}[-_]?\d{4,}[A-Z0-9-]{0,12})$/;
const DETAILS_WORD = /(?:详情|詳情|档案|檔案|资料|資料|details?|record|profile|file|fiche|ficha|akte)$/i;

/**
 * The record's code written in its details title after a dash or a colon ("<h3>客源详情 — KY2025110387</h3>"), when
 * the URL carries no record id: a code of capital letters and four or more digits only.
 */
export function findDetailsTitleCode(body: Element, env: ReadEnv, skip: (el: Element) => boolean): Found | null {
  for (const el of Array.from(body.querySelectorAll(TITLE_SELECTOR))) {
    if (el.childElementCount > 0) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const m = text.length <= 60 ? DETAILS_CODE_TITLE.exec(text) : null;
    const words = (m?.[1] ?? '').trim();
    if (!m || !DETAILS_WORD.test(words) || OTHER_OBJECT_WORD.test(words) || skip(el)) continue;
    const norm = normalizeField('customerId', [m[2] ?? ''], env.order);
    if (norm) return { key: 'customerId', ...norm, source: { via: 'generic', label: 'title code' } };
  }
  return null;
}

const UUID_ALONE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** `el` is a legend, a heading or a title-classed element of the record (not a label beside a value). */
const titlesRecord = (el: Element): boolean => !!el.closest(`legend, ${TITLE_SELECTOR}`);

// A lettered code: capital letters, then digits, in dash-joined groups (K-0192, FY2511-0412, CL0088).
const LETTERED_CODE = /^[A-Z]{1,4}[-_]?\d{2,}(?:[-_/.]\d+)*$/;

/**
 * The code at the record's head: a lettered code (K-0192, FY2511-0412) under a code label ("Kodas", "房源编号：", not a
 * tax, company, postal or other object's code), standing before every labelled field of the record (its first field,
 * or the title block's line), when the URL's id is nowhere on the page. The code the page shows beats the URL's id
 * whatever the kind word before the code word (docs/adapters.md, "Round 15: values").
 */
export function findHeadCode(
  body: Element,
  urlId: string,
  firstField: Element | null,
  env: ReadEnv,
  skip: (el: Element) => boolean,
): Found | null {
  if (!firstField) return null;
  // A UUID in the URL is the database's key, never shown to the agent: the code alone in the record's legend or title
  // ("<legend>KAS100412</legend>" over a patient's form) is the one the page shows.
  const machineId = UUID_ALONE.test(urlId);
  // The walk's text nodes answer "is the URL's id shown?" without copying the whole page's text (body.textContent).
  const texts = textsIn(body, env.texts) ?? textNodes(body);
  if (texts.some((t) => (t.nodeValue ?? '').includes(urlId))) return null;
  for (const node of texts) {
    const el = node.parentElement;
    if (!el || el === firstField || !(el.compareDocumentPosition(firstField) & 4)) break;
    const text = (node.nodeValue ?? '').trim();
    if (!LETTERED_CODE.test(text) || el.childElementCount > 0 || (el.textContent ?? '').trim() !== text) continue;
    if (skip(el) || !(isHeadCodeLabel(labelTextBeside(el)) || (machineId && titlesRecord(el)))) continue;
    const norm = normalizeField('customerId', [text], env.order);
    if (norm) return { key: 'customerId', ...norm, source: { via: 'generic', label: 'head code' } };
  }
  return null;
}

// A code a file is numbered by, letters and digits in dashed groups (MRB-A1207, ZD-2025-04417): the URL keys the record
// by the code the page shows, never a generated id (a GUID, a hex or random id has no dashed letter group).
const DASHED_CODE = /^(?=.*\d)[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$/;

/**
 * The URL's lettered code shown as a word of the record's text ("Klantnummer ZD-2025-04417 · particulier", a title),
 * in the page or one of its open shadow roots: the code the page shows for the record. Not beside another object's
 * word (an order numbered like the customer).
 */
function shownDashedCode(
  body: Element,
  code: string,
  env: ReadEnv,
  skip: (el: Element) => boolean,
  /** Only where a customer-id label writes it ("家长编号 YQ-P-250318 · …"). */
  labelled = false,
): Found | null {
  const word = new RegExp(`(?:^|[\\s:：·|,，(（\\[#])${code.replace(/[-]/g, '\\-')}(?=$|[\\s·|,，)）\\]])`);
  // (The page's texts from the extraction's walk; a shadow tree's only when it shows the code at all.)
  const texts = [
    ...(filledTextsIn(body, env.texts) ?? textNodes(body)),
    ...shadowScopes(env.walks).flatMap((s) => ((s.textContent ?? '').includes(code) ? textNodes(s) : [])),
  ];
  for (const node of texts) {
    const text = node.nodeValue ?? '';
    const el = node.parentElement;
    if (!el || text.length > 200 || !word.test(text) || skip(el)) continue;
    if (OTHER_OBJECT_WORD.test(text) || OTHER_OBJECT_WORD.test(labelTextBeside(el))) continue;
    if (labelled && !labelledAsCustomerId(text, code)) continue;
    const norm = normalizeField('customerId', [code], env.order);
    if (norm) return { key: 'customerId', ...norm, source: { via: 'generic', label: 'shown code' } };
  }
  return null;
}

/** The words right before `code` in `text` (after a separator) are a customer id's label: "家长编号 ", "Klantnummer: ". */
function labelledAsCustomerId(text: string, code: string): boolean {
  const before =
    text
      .slice(0, text.indexOf(code))
      .split(/[·|,，;；]/)
      .pop() ?? '';
  return keyForLabel(normalizeLabel(before.replace(/[:：#]\s*$/, '').trim())) === 'customerId';
}

/**
 * The URL keys the record by a dashed code that a customer-id label writes in the record (a parent's page,
 * ?parentNo=YQ-P-250318, "家长编号 YQ-P-250318" in its head), while the id read is another (a child's 学员编号 in her
 * card): the URL's, which says whose record is open.
 */
export function urlCodeOverId(
  body: Element,
  urlId: string,
  read: string,
  env: ReadEnv,
  skip: (el: Element) => boolean,
): Found | null {
  if (!DASHED_CODE.test(urlId) || urlId === read) return null;
  return shownDashedCode(body, urlId, env, skip, true);
}
