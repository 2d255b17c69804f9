// What the customer bought, from the lines of a record's purchase history (最近订单, 消费记录, Orders, Belege, Riwayat
// Transaksi): each line a date, a reference, the goods and their price, written as table cells or parts joined by
// " · ". The latest line's goods and date are the product and the sign date (docs/adapters.md, "Round 16: what was
// bought").
import { normalizeLabel } from '../../core/normalize/text';
import { memoByString } from '../../core/memo';
import { isHidden, textLongerThan } from '../dom';
import { normalizeField } from '../fields';
import { listOf } from '../list';
import type { Found, ReadEnv } from '../types';
import { elementsByTag } from '../walk';
import { toSimplified } from './dictionary';
import { MAX_PURCHASE_ROWS } from './purchases';
import { isPrice } from '../../core/normalize/price';

// A heading over a record's purchases, orders or receipts (a count after it is dropped: "Orders (4)"). Not invoices:
// an invoice's date is no signing (tests/fixtures/holdout/README.md, rounds 14-15).
const ORDER_HEADING = new RegExp(
  '^(?:' +
    [
      '(?:最近|近期|历史|歷史|历次)?(?:订单|訂單|购买|購買|消费|消費|交易|配镜|配鏡|购药|购物|購物|成交)(?:记录|纪录|紀錄|記錄|明细|明細|历史|歷史|列表)?',
      '(?:recent |latest |last )?(?:orders|purchases|transactions|receipts)',
      '(?:order|purchase|transaction|buying) history',
      'belege|bestellungen|käufe|kaufhistorie',
      'bestellingen|aankopen',
      'commandes|achats|historique des (?:achats|commandes)',
      'pedidos|compras|(?:historial|histórico) de (?:compras|pedidos)',
      'ordini|acquisti',
      'заказы|покупки|история (?:заказов|покупок)|замовлення|історія (?:замовлень|покупок)',
      '(?:son )?siparişler|satın alımlar',
      'riwayat (?:transaksi|pembelian|pesanan)|transaksi|pembelian|pesanan',
      'đơn hàng|lịch sử (?:mua hàng|đơn hàng)',
      'คำสั่งซื้อ|ประวัติการซื้อ',
      '注文履歴|購入履歴|注文|購入',
      '(?:최근\\s?)?(?:주문|구매)\\s?(?:내역|이력)|주문|구매',
      'الطلبات|المشتريات',
      'zamówienia|zakupy',
      'הזמנות|רכישות',
    ].join('|') +
    ')$',
);

const COUNT_AFTER = /\s*[(（]\s*\d+\s*[)）]\s*$/;

// Memoised: a page repeats its short texts, and the SPA observer re-reads the same page.
const isOrderHeading = memoByString((text: string): boolean =>
  ORDER_HEADING.test(toSimplified(normalizeLabel(text.replace(COUNT_AFTER, '')))),
);

// A document's reference: one to three words, one of them a code of five or more digits, or of four beside a letter or
// a sign (#LH10427, INV/KS/2511/0877, 配镜单 PJ202511160031, Offerte OFF-2025-118; a year, 2027, is none). Goods
// named with a model code have more words around it.
const CODE_TOKEN = /^[#№]?[\p{L}\d][\p{L}\d\-/_.]*$/u;

function isCode(token: string): boolean {
  const digits = token.match(/\d/g)?.length ?? 0;
  return CODE_TOKEN.test(token) && (digits >= 5 || (digits >= 4 && /\D/.test(token)));
}

export function isReference(part: string): boolean {
  const tokens = part.split(/\s+/).filter(Boolean);
  return tokens.length > 0 && tokens.length <= 3 && tokens.some(isCode);
}

// Several goods of one order, each with its quantity ("A ×1、B ×1", "A ×2, B ×1"): the first is the product.
const WITH_QUANTITY = /\s?[×xX✕*]\s?\d+$/;

function firstGoods(text: string): string {
  const items = text.split(/\s*[、,，;；]\s*/);
  return items.length > 1 && items.every((i) => WITH_QUANTITY.test(i)) ? (items[0] ?? text) : text;
}

const LINE_SEPARATOR = /\s+[·•|]\s+/;

function partsOf(line: Element): string[] {
  if (line.tagName === 'TR')
    return listOf((line as HTMLTableRowElement).cells).map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());
  return (line.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .split(LINE_SEPARATOR)
    .map((p) => p.trim());
}

/**
 * One order line's date and goods: the first part that is a date, and the part right before the first price (an
 * order line names its goods, then what they cost) when it is neither a date, a reference nor a labelled value.
 */
// A one-word status ("Fulfilled", "offen", 已发货): no goods.
const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

function isStatusWord(part: string): boolean {
  const text = part.trim();
  return !/\d/.test(text) && !/\s/.test(text) && (!CJK.test(text) || [...text].length <= 3);
}

// A labelled part ("Recipient: …", "收货人：…"; not a time, 14:20): the line records more than a purchase.
const LABELLED = /\p{L}\s*[:：]/u;

const dateAtOf = (parts: string[], env: ReadEnv) =>
  parts.findIndex((p) => p !== '' && normalizeField('signDate', [p], env.order) !== null);

/**
 * One order line's date and goods: the first part that is a date, and the part right before the first price (an
 * order line names its goods, then what they cost) when it is neither a date, a reference, a status word nor a
 * labelled value. A line with a labelled part (an order's recipient) is not read.
 */
function readLine(parts: string[], heading: string, env: ReadEnv): { date: Found; product: Found } | null {
  if (parts.length < 3 || parts.some((p) => LABELLED.test(p))) return null;
  const dateAt = dateAtOf(parts, env);
  const priceAt = parts.findIndex(isPrice);
  if (dateAt < 0 || priceAt < 1) return null;
  const goods = parts[priceAt - 1] ?? '';
  if (
    priceAt - 1 === dateAt ||
    !/\p{L}/u.test(goods) ||
    isStatusWord(goods) ||
    isReference(goods) ||
    normalizeField('signDate', [goods], env.order) !== null
  )
    return null;
  const date = normalizeField('signDate', [parts[dateAt] ?? ''], env.order);
  const product = normalizeField('product', [firstGoods(goods)], env.order);
  if (!date || !product) return null;
  const source = { via: 'generic' as const, label: heading };
  return { date: { key: 'signDate', ...date, source }, product: { key: 'product', ...product, source } };
}

const BLOCK_LINE = new Set(['P', 'LI', 'DIV', 'TR', 'DD']);

/** The lines under a heading: the rows of a table, the paragraphs or items of the blocks after it, or those blocks. */
function linesAfter(heading: Element): Element[] {
  const lines: Element[] = [];
  let sibling = heading.nextElementSibling;
  for (let i = 0; sibling && i < 8; i++, sibling = sibling.nextElementSibling) {
    if (/^H[1-6]$/.test(sibling.tagName)) break;
    if (sibling.tagName === 'TABLE') lines.push(...listOf((sibling as HTMLTableElement).rows));
    else if (sibling.tagName === 'UL' || sibling.tagName === 'OL') lines.push(...listOf(sibling.children));
    else {
      const inner = listOf(sibling.children).filter((c) => BLOCK_LINE.has(c.tagName));
      lines.push(...(inner.length > 0 ? inner : [sibling]));
    }
  }
  return lines;
}

const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'caption', 'div', 'span', 'b', 'strong'];

/**
 * The product and sign date of the latest line of a record's purchase history: a heading naming orders, purchases or
 * receipts over two to five dated lines, of which the latest (the first on a tie) names goods before a price.
 * Returns [] when no such history is shown.
 */
export function latestOrderLine(root: Element, env: ReadEnv): Found[] {
  // From the walk's index of tags (a selector list is matched element by element, docs/benchmarks.md).
  const headings =
    elementsByTag(root, env.walks, HEADING_TAGS) ?? listOf(root.querySelectorAll(HEADING_TAGS.join(', ')));
  for (const heading of headings) {
    if (heading.childElementCount > 1 || textLongerThan(heading, 40)) continue;
    const text = heading.textContent ?? '';
    if (!isOrderHeading(text) || isHidden(heading, env.cache)) continue;
    const dated = linesAfter(heading).flatMap((line) => {
      const parts = partsOf(line);
      const at = dateAtOf(parts, env);
      const date = at < 0 ? null : normalizeField('signDate', [parts[at] ?? ''], env.order);
      return date ? [{ parts, date: date.value }] : [];
    });
    if (dated.length === 0 || dated.length > MAX_PURCHASE_ROWS) continue;
    // The latest line (the first on a tie) or nothing: an older purchase never stands in for it.
    const latest = dated.reduce((a, b) => (b.date > a.date ? b : a));
    const read = readLine(latest.parts, text.trim(), env);
    if (read) return [read.product, read.date];
  }
  return [];
}
