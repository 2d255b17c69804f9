// What was bought, named beside the date it was signed: a record's contract, loan, policy or membership is written as
// a few field pairs in a row, what (a plan, a unit, a service, a room: words without end) and when (its signing date,
// words the dictionary knows). The pair next to the sign date, in the same list of pairs, names the product when its
// value is shaped like one (docs/adapters.md, "Session 20: what was bought, by structure").
import { normalizeLabel } from '../../core/normalize/text';
import { readValueLines } from '../dom';
import { normalizeField } from '../fields';
import { trailingBadge, withoutBadgeWord } from '../badge';
import { listOf } from '../list';
import type { Found, ReadEnv } from '../types';
import type { Candidate } from './collect';
import { isAddressPart, keyForLabel, labelRank, namePart, namesContractByBusiness, namesRelative } from './dictionary';
import { isPrice } from '../../core/normalize/price';
import { isReference } from './order-lines';
import { namesServiceRole, namesStaffRole } from './staff-role';

/** One label and its value element in a list of field pairs; `inline`: the value is the text after the label in it. */
interface Pair {
  label: Element;
  value: Element;
  inline?: boolean;
}

const MAX_LABEL = 30;
const ROW_CLASS = /(?:^|[\s_-])row(?:$|[\s_-])/i;
const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const sameLabel = (el: Element, label: string) =>
  normalizeLabel(textOf(el).replace(/[:：]\s*$/, '')) === normalizeLabel(label.replace(/[:：]\s*$/, ''));
const firstClass = (el: Element) => (el.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';
/** Built alike: the same tag and first class (two labels of one list; "field field-plan" and "field field-date"). */
const alike = (a: Element, b: Element) => a.tagName === b.tagName && firstClass(a) === firstClass(b);

/** The label element of a field read under `label` and its value side (the label's next sibling holding `value`). */
function labelOf(value: Element, label: string): Pair | null {
  let cur: Element | null = value;
  for (let depth = 0; cur && depth < 4; depth++, cur = cur.parentElement) {
    const before = cur.previousElementSibling;
    if (before && textOf(before).length <= MAX_LABEL && sameLabel(before, label)) return { label: before, value: cur };
  }
  return null;
}

/**
 * The pairs of a flat list: the parent's children, or a table's cells row after row. A label built unlike its value
 * (<dt><dd>, <th><td>, span.lbl + span) starts a pair wherever it stands; label and value cells built alike (<td><td>)
 * pair two by two, from each row's first cell or, in one long list, from the field's own place.
 */
function flatPairs(pair: Pair): Pair[] {
  const parent = pair.label.parentElement;
  if (!parent) return [];
  // A table's rows, or rows drawn as such (div.row: a form's line of two pairs), read one after the other.
  const isRow = parent.tagName === 'TR' || ROW_CLASS.test(parent.getAttribute('class') ?? '');
  const rows =
    isRow && parent.parentElement ? listOf(parent.parentElement.children).filter((r) => alike(r, parent)) : [parent];
  const pairs: Pair[] = [];
  const byTwos = alike(pair.label, pair.value);
  for (const row of rows) {
    const cells = listOf(row.children);
    const start = row === parent && !isRow ? cells.indexOf(pair.label) % 2 : 0;
    for (let i = byTwos ? start : 0; i + 1 < cells.length; i++) {
      const [a, b] = [cells[i] as Element, cells[i + 1] as Element];
      if (byTwos || (alike(a, pair.label) && !alike(b, pair.label))) {
        if (textOf(a).length <= MAX_LABEL) pairs.push({ label: a, value: b });
        i++;
      }
    }
  }
  return pairs;
}

/** The path of child indexes from `top` down to `el`. */
function pathOf(top: Element, el: Element): number[] {
  const path: number[] = [];
  for (let cur: Element | null = el; cur && cur !== top; cur = cur.parentElement) {
    const parent: Element | null = cur.parentElement;
    if (!parent) return [];
    path.unshift(listOf(parent.children).indexOf(cur));
  }
  return path;
}

const follow = (top: Element, path: number[]): Element | null =>
  path.reduce<Element | null>((el, i) => (el ? (el.children[i] ?? null) : null), top);

/**
 * The pairs of the list holding `pair`, in display order, and its index there: label and value side by side among
 * alike siblings (<dt><dd>, <th><td> cells row after row, label spans), or each pair in a wrapper of its own repeated
 * (div.row > label + div, a list item > caption + title) — the wrapper climbed while it is its parent's only child.
 */
function pairsAround(pair: Pair): { pairs: Pair[]; at: number } | null {
  const parent = pair.label.parentElement;
  if (!parent || pair.value.parentElement !== parent) return null;
  if (parent.childElementCount > 3 || parent.tagName === 'TR') {
    const pairs = flatPairs(pair);
    const at = pairs.findIndex((p) => p.label === pair.label);
    return at >= 0 ? { pairs, at } : null;
  }
  let unit: Element = parent;
  while (unit.parentElement && unit.parentElement.childElementCount === 1) unit = unit.parentElement;
  const list = unit.parentElement;
  if (!list) return null;
  const labelPath = pathOf(unit, pair.label);
  const valuePath = pathOf(unit, pair.value);
  const pairs: Pair[] = [];
  for (const item of listOf(list.children)) {
    if (!alike(item, unit)) continue;
    const label = follow(item, labelPath);
    const value = follow(item, valuePath);
    if (label && value && alike(label, pair.label) && textOf(label).length <= MAX_LABEL) pairs.push({ label, value });
  }
  const at = pairs.findIndex((p) => p.label === pair.label);
  return at >= 0 ? { pairs, at } : null;
}

const HAN_ONLY = /^[\p{Script=Han}]+$/u;
// Scripts written without spaces between words (Han, kana, Thai): a long text in them is several words.
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}ー（）()]+$/u;
const WORD_SPACE = /[\s·•–—\-/+(（,，、]/u;
const PHONE_RUN = /[+\d][\d\s-]{7,}\d/;

/**
 * A value shaped like something bought: free text of letters, not a date, a price, a code, a phone or an e-mail, and
 * not one bare word (a status, a type: 有效, Active) nor a short Han word alone (a person's name, 在用).
 */
function isProductShaped(text: string, env: ReadEnv, titled = false): boolean {
  if (text.length < 3 || text.length > 120 || !/\p{L}/u.test(text)) return false;
  if (/@/.test(text) || PHONE_RUN.test(text) || isPrice(text) || isReference(text)) return false;
  // A price with its terms after it ("2,650 元 · 押一付三", "€ 89 / month · 12 months"): what is paid, not bought.
  if (text.split(/\s*[·•|]\s*/).some(isPrice)) return false;
  // (Under a column title that names no person, four Han characters are a product's name: 融资融券.)
  const shortest = titled ? 4 : 5;
  if (!WORD_SPACE.test(text) && !/\d/.test(text) && !(UNSPACED.test(text) && [...text].length >= shortest))
    return false;
  if (HAN_ONLY.test(text) && [...text].length < shortest) return false;
  // Letters enough to name something (a term, 2年（1+1）, has one).
  if ((text.match(/\p{L}/gu) ?? []).length < 3) return false;
  // A term or a quantity (12个月, 24 months, 96.5 ㎡): a number and its unit.
  if (/^[\d\s.,]+\s?[^\d\s]{1,8}$/u.test(text)) return false;
  if (namesRelative(text)) return false;
  return normalizeField('signDate', [text], env.order) === null;
}

// A label of money (月租金, 押金, 保费, Monthly rent, Fee, Premium): a sum and its terms, never what was bought.
const MONEY_LABEL =
  /租金|押金|金额|金額|费用|費用|保费|保費|价格|價格|单价|單價|月供|首付|rent|fee|price|amount|cost|charge|deposit|premium|instal?lment/i;

const bareLabel = (label: string) => normalizeLabel(label.replace(/[:：]\s*$/, ''));

/**
 * A label that names nothing else the reader knows (a phone, an owner, an address part, a name part). With `lone`, an
 * address part's word among no other parts (الوحدة, the unit, beside a sale's signing) names what was bought.
 */
function namesNothingElse(label: string, lone = false): boolean {
  const l = bareLabel(label);
  const key = keyForLabel(l);
  // (A contract named by its business, 服务合同, whose value is no date: the contract's name, what was signed.)
  const named = key === undefined || key === 'product' || key === 'businessType' || namesContractByBusiness(l);
  // (Nor a person's role: 主治医生 "赵某（种植科）" after the plan's dates is the doctor, not what was signed.)
  return named && (lone || !isAddressPart(l)) && !namePart(l) && !namesServiceRole(l) && !namesStaffRole(l);
}

function valueText(p: Pair, env: ReadEnv): string {
  // A status tag after a value ("减脂塑形私教 36 节<span class=u-tag>使用中</span>") is no part of what was bought.
  const text = withoutBadgeWord(readValueLines(p.value, false, env.cache).join(' ').trim(), trailingBadge(p.value));
  if (!p.inline) return text;
  const label = readValueLines(p.label, false, env.cache).join(' ').trim();
  return text.startsWith(label) ? text.slice(label.length).trim() : '';
}

/**
 * Pairs written inline, each element its label element then its value as text ("<div><span>Plan:</span> Gold</div>"),
 * among alike siblings: the field read from `el` and its siblings so built.
 */
function inlinePairsAround(el: Element, label: string): { pairs: Pair[]; at: number } | null {
  const first = el.firstElementChild;
  if (!first || !sameLabel(first, label) || !el.parentElement) return null;
  const pairs = listOf(el.parentElement.children).flatMap((item) => {
    const head = item.firstElementChild;
    return alike(item, el) && head && alike(head, first) && textOf(head).length <= MAX_LABEL
      ? [{ label: head, value: item, inline: true }]
      : [];
  });
  const at = pairs.findIndex((p) => p.value === el);
  return at >= 0 ? { pairs, at } : null;
}

/**
 * The product named beside the sign date's field `signed`: the nearest pair before it (over other dates: an order's
 * and a contract's date side by side), else after it, whose label names nothing else and whose value is shaped like
 * something bought. Null when neither is.
 */
export function productBesideSigning(signed: Candidate, env: ReadEnv, justBefore = false): Found | null {
  // A joining or sign-up date (Member since, 注册日期: labelRank 3) dates no purchase by itself: a free programme's tier
  // beside it was not bought (tests/fixtures/holdout/README.md).
  if (signed.via !== 'label' || signed.hidden || labelRank(normalizeLabel(signed.label)) >= 3) return null;
  const pair = labelOf(signed.el, signed.label);
  const around = pair ? pairsAround(pair) : inlinePairsAround(signed.el, signed.label);
  if (!around) return null;
  const isDate = (p: Pair) => normalizeField('signDate', [valueText(p, env)], env.order) !== null;
  // (`justBefore`: only the pair right before the date, over dates and sums: the thing that date was bought with.)
  for (const step of justBefore ? [-1] : [-1, 1]) {
    let i = around.at + step;
    // (Over other dates, and over a sum: 月租金 before 签约日期, the flat rented before it.)
    const passed = (p: Pair) => isDate(p) || MONEY_LABEL.test(textOf(p.label));
    while (around.pairs[i] && passed(around.pairs[i] as Pair)) i += step;
    const p = around.pairs[i];
    if (!p) continue;
    const label = textOf(p.label).replace(/[:：]\s*$/, '');
    const text = valueText(p, env);
    const partBeside = [around.pairs[i - 1], around.pairs[i + 1]].some(
      (q) => q && isAddressPart(bareLabel(textOf(q.label))),
    );
    if (!namesNothingElse(label, !partBeside) || !isProductShaped(text, env)) continue;
    const product = normalizeField('product', [text], env.order);
    if (product) return { key: 'product', ...product, source: { via: 'generic', label } };
  }
  return null;
}

// A column of statuses, figures or codes (状态, Amount, Nº, Estado): never what was bought.
// (A deal's stage too: Fase "Cerrado ganado", Stage, Étape, 阶段.)
const FIGURE_OR_STATUS_TITLE =
  /阶段|階段|段階|단계|^(?:stage|phase|fase|etapa|étape|phase de vente|stadium|estágio|этап|стадия|aşama)$|importe|状态|狀態|数量|數量|金额|金額|价格|價格|单价|單價|编号|編號|编码|代码|号码|號碼|status|state|amount|price|qty|quantity|count|number|\bno\.?$|\bid$|^n[º°o]\.?$|estado|situação|situación|statut|stato|montant|importo|betrag|preis|статус|состояние|сумма|сума|durum|tutar|trạng thái|số tiền|الحالة|المبلغ|סטטוס|סכום|وضعیت|مبلغ/i;

/**
 * The column naming what was signed in a table whose column `dateCol` is titled as the sign date (签约日期, Contract
 * date) and no column names a product: the nearest column before it whose title names nothing else, no
 * status, figure or code, and whose every cell is shaped like something bought. -1 when none is.
 */
export function productColumnBesideSigning(
  titles: string[],
  rows: HTMLTableRowElement[],
  dateCol: number,
  env: ReadEnv,
): number {
  const fits = (col: number) => {
    const title = titles[col] ?? '';
    if (!title || !namesNothingElse(title) || FIGURE_OR_STATUS_TITLE.test(title)) return false;
    return rows.every((r) => isProductShaped((r.cells[col]?.textContent ?? '').replace(/\s+/g, ' ').trim(), env, true));
  };
  // Before the date only: a column after it names who is insured or served as often (被保人, Patient).
  for (let col = dateCol - 1; col >= 0; col--) if (fits(col)) return col;
  return -1;
}
