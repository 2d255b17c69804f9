// What the customer bought, from a short table of purchases inside the record (cards held, latest orders, contracts,
// purchase history): its latest row is what was bought and when (docs/adapters.md, "What was bought, when, and who
// owns it").
import { normalizeLabel } from '../../core/normalize/text';
import { readColumn } from '../apply-adapter';
import { normalizeField } from '../fields';
import { listOf } from '../list';
import type { Found, ReadEnv } from '../types';
import { keyForLabel, labelRank } from './dictionary';
import { productColumnBesideSigning } from './beside-signing';
import { isTdHeaderRow } from './regions';
import { sectionTitleOf } from './section';
import { gridOf } from './table-grid';
import { rowsOfTable } from '../split-table';

/** More rows than this are a ledger of consumption (a shop's receipts), not a record's few purchases. */
export const MAX_PURCHASE_ROWS = 5;

// A column of dates with no word of signing: the order's or purchase's date (日期, 下单时间, Date, Ngày, التاريخ …).
// Words of a period's end (到期日, 有效期至, Expiry) are none of these.
// A document's date in a table of documents (单据日期, 單據日期), and the bare date words of Latvian, Serbian and Kazakh
// (Datums, Датум, Күні).
const ORDER_DATE =
  /^(?:日期|时间|下单(?:时间|日期)|订购(?:时间|日期)|订货(?:时间|日期)|购买(?:时间|日期)|成交(?:时间|日期)|购卡(?:时间|日期)|办卡(?:时间|日期)|开单(?:时间|日期)|开票日期|单据日期|單據日期|date|order date|purchase date|invoice date|fecha|data|datum|datums|датум|дата|күні|дата замовлення|дата заказа|ngày|ngày mua|ngày đặt|التاريخ|تاريخ الطلب|日付|注文日|날짜|주문일|תאריך רכישה|תאריך הזמנה|købsdato|köpdatum|kjøpsdato|ordredato|orderdatum)$/;

// The goods column of a table of orders or documents, under a title no field label claims (品名, Detalle, Артикал,
// Prece, Artikel: the line's goods, beside its date and amount).
// (Plurals too, "Artikelen", "Artículos", "Товары"; and a product joined with a service, "Produto / serviço".)
const GOODS_WORD =
  '商品|商品名|商品・サービス|服务名称|品名|品項|品项|货品|貨品|项目|項目|服务项目|消费项目|治疗项目|detalle|artículos?|articulos?|artikal|артикал|artikl|artikel|artikelen|artikels|articles?|articol[io]|artigos?|prece|preces|preke|prekė|prekės|товар|товары|товари|item|items|goods|products?|produtos?|productos?|prodott[io]|produits?|produkte?|מוצר|מוצרים|פריט|פריטים|סדרה|vare|varer|vara|varor';
const SERVICE_WORD =
  'services?|serviços?|servicios?|servizi|servizio|prestations?|dienstleistung(?:en)?|услуги|послуги|שירות|טיפול|טיפולים';
const GOODS_COLUMN = new RegExp(`^(?:${GOODS_WORD})(?:\\s*/\\s*(?:${GOODS_WORD}|${SERVICE_WORD}))?$`);

// A row of a quote or an offer (Cotización 3391, Понуда …, 方案报价, "… (報價)"): offered, not bought (docs/adapters.md,
// "Session 18: missed values").
// (Albanian Ofertë, Azerbaijani Təklif, Romanian Ofertă, Hungarian Ajánlat, Greek Προσφορά, Swedish Offert, Danish and
// Norwegian Tilbud, Finnish Tarjous, Baltic, Vietnamese, Indonesian, Arabic and Korean words too.)
const QUOTE_WORD =
  /^(?:quote|quotation|offer|cotización|cotizacion|presupuesto|orçamento|orcamento|devis|offre|angebot|offerte|preventivo|offerta|oferta|ofertë|ofertă|понуда|оферта|коммерческое предложение|предложение|пропозиція|teklif|təklif|kommersiya təklifi|ponuda|nabídka|ponuka|ajánlat|árajánlat|προσφορά|offert|tilbud|tarjous|pakkumine|piedāvājums|pasiūlymas|báo giá|penawaran|عرض سعر|عرض أسعار|견적|견적서)(?=$|[\s\d#№:(（-])/u;
const QUOTE_CJK = /报价|報價|見積/;

/** A data row that is a quote or an offer: a cell naming one first, or ending in one in brackets. */
function isQuoteRow(row: HTMLTableRowElement): boolean {
  return listOf(row.cells).some((c) => {
    const text = normalizeLabel(c.textContent ?? '');
    if (text.length > 60) return false;
    const bracketed = /[(（]([^()（）]{1,20})[)）]$/.exec(text)?.[1]?.trim() ?? '';
    return QUOTE_WORD.test(text) || QUOTE_CJK.test(text) || QUOTE_WORD.test(bracketed);
  });
}

const LETTER = /\p{L}/u;

// A row whose status says it was not bought: declined, rejected, cancelled, voided or lost (客户未采纳, 已拒绝, 已作废,
// Declined, Rechazado, Annulé, Abgelehnt, Отклонено, 失注 …): the latest purchase is among the others (docs/adapters.md,
// "Session 19: round 20's last wrong values"). An expired or finished row (已失效, Expired) was still bought.
// (A deal closed and lost too: Closed Lost, Cerrado perdido, Fermé perdu, Geschlossen verloren, Chiuso perso.)
const NOT_BOUGHT_STATUS =
  /^(?:closed|cerrad[oa]|fechad[oa]|fermée?|geschlossen|chius[oa])[\s-]+(?:lost|perdid[oa]|perdue?|verloren|pers[oa])$|未采纳|未採納|未成交|未签约|未簽約|拒绝|拒絕|作废|作廢|已取消|取消订单|取消訂單|辞退|失注|キャンセル|거절|취소|^(?:customer |client )?(?:declined|rejected|cancell?ed|void(?:ed)?|lost|not accepted|refused|rechazad[ao]|cancelad[ao]|anulad[ao]|perdid[ao]|recusad[ao]|refusée?|annulée?|perdue?|abgelehnt|storniert|verloren|rifiutat[ao]|annullat[ao]|pers[ao]|afgewezen|geannuleerd|odrzucon[ya]|anulowan[ya]|отклонен[ао]?|отменен[ао]?|отказ|відхилено|скасовано|reddedildi|iptal edildi|từ chối|đã hủy|ditolak|dibatalkan|مرفوض|ملغى)$/u;

/** A data row whose status cell (any short cell but the product's) says it was not bought. */
function saysNotBought(row: HTMLTableRowElement, productCol: number): boolean {
  return listOf(row.cells).some((c, i) => {
    if (i === productCol) return false;
    const text = normalizeLabel(c.textContent ?? '');
    return text.length > 0 && text.length <= 24 && NOT_BOUGHT_STATUS.test(text);
  });
}

// A service done on a visit (Услуга, 服务项目 beside the staff who did it) is no purchase: a table of visits.
const SERVICE_DONE =
  /^(?:услуга|услуги|послуга|послуги|service|services|服务|服务项目|项目|prestation|prestations|servicio|serviço)$/;

function titleColumn(titles: string[], key: 'product' | 'signDate'): number {
  const keyed = titles.flatMap((t, i) => (t && keyForLabel(t) === key && !SERVICE_DONE.test(t) ? [i] : []));
  if (keyed.length > 0) {
    const best = Math.min(...keyed.map((i) => labelRank(titles[i] ?? '')));
    return keyed.find((i) => labelRank(titles[i] ?? '') === best) ?? -1;
  }
  return titles.findIndex((t) => (key === 'signDate' ? ORDER_DATE : GOODS_COLUMN).test(t));
}

// A section titled by a kind of thing the customer buys and holds (套餐卡, 已购套餐, 次卡, Packages, Subscriptions, Abos,
// Forfaits, Пакеты …), its count after it ("Packages (2)").
const BOUGHT_KIND_TITLE =
  /^(?:已购|购买的|我的)?(?:套餐|套餐卡|卡项|次卡|计次卡|储值卡|会员卡|疗程卡|服务套餐|保养套餐|packages?|plans?|subscriptions?|memberships?|service plans?|pakete|abos?|abonnements?|forfaits?|paquetes|planes|suscripciones|pacotes|planos|assinaturas|pacchetti|abbonamenti|пакеты|тарифы|абонементы|プラン|パッケージ|패키지|이용권)\s*(?:[(（]\s*\d+\s*[)）])?$/i;
// A column titled only "name" (名称, Name, Bezeichnung, Nom): what the row names is the section's kind.
const BARE_NAME_TITLE =
  /^(?:名称|名字|卡名|卡名称|name|bezeichnung|nom|nombre|nome|naam|название|наименование|名前|이름|tên)$/;

/**
 * The column naming what was bought in a table under a section titled by a kind of thing bought (a car-care shop's
 * 套餐卡 "名称 | 办理日期 | 剩余"): its one bare name column, else -1. A bare name elsewhere names a person or a
 * company, never a product (docs/adapters.md, "Session 18: wrong values").
 */
export function boughtKindNameColumn(table: Element, titles: string[], root: Element): number {
  const named = titles.flatMap((t, i) => (BARE_NAME_TITLE.test(t) ? [i] : []));
  if (named.length !== 1) return -1;
  const title = sectionTitleOf(table, root);
  return title && BOUGHT_KIND_TITLE.test(normalizeLabel(title)) ? (named[0] ?? -1) : -1;
}

// A period's end or a due date (到期日, Expiry, Due, Valid until): never the purchase's date.
const NOT_PURCHASE_DATE = /到期|截止|有效期|expir|due|until|valid|end|bis|fin|hasta|(?:^|\s)до(?:\s|$)|срок/;

/**
 * The date column of a table with a product column: by its title's words, else the one column whose every row holds a
 * date under a title of one or two words ("Sana", "Tarih": a date column in a language the words do not list).
 */
function dateColumn(titles: string[], data: HTMLTableRowElement[], env: ReadEnv): number {
  const byWords = titleColumn(titles, 'signDate');
  if (byWords >= 0) return byWords;
  const mixed = titles.findIndex(namesSigningAmongDates);
  if (mixed >= 0) return mixed;
  const dated = titles.flatMap((t, i) =>
    t &&
    t.split(/\s+/).length <= 2 &&
    !NOT_PURCHASE_DATE.test(t) &&
    data.every((r) => normalizeField('signDate', [cellText(r, i)], env.order) !== null)
      ? [i]
      : [],
  );
  return dated.length === 1 ? (dated[0] ?? -1) : -1;
}

/**
 * A column of two kinds of date, one of them a signing ("Data apertura / stipula": an account's opening or a loan's
 * signing, each cell saying which, "Stipula: 18/11/2025").
 */
function namesSigningAmongDates(title: string): boolean {
  const sides = title.split(/\s*\/\s*/);
  return sides.length === 2 && sides.some((side) => keyForLabel(side) === 'signDate');
}

// A cell's date after the word of its kind ("Stipula: 18/11/2025", "Apertura: 12/05/2009").
const KIND_BEFORE_DATE = /^([^\d:：]{2,24})[:：]\s*(?=\d)/u;

/**
 * The sign date a cell of a column of two kinds of date holds: its date, unless a word before it says it is the other
 * kind (an account's "Apertura: …" beside a loan's "Stipula: …").
 */
function signedIn(text: string, env: ReadEnv): ReturnType<typeof normalizeField> {
  const kind = KIND_BEFORE_DATE.exec(text);
  if (!kind) return normalizeField('signDate', [text], env.order);
  if (keyForLabel(normalizeLabel(kind[1] ?? '')) !== 'signDate') return null;
  return normalizeField('signDate', [text.slice(kind[0].length)], env.order);
}

const cellText = (row: HTMLTableRowElement, col: number) =>
  (row.cells[col]?.textContent ?? '').replace(/\s+/g, ' ').trim();

// A column naming who holds each row's policy, contract or card (投保人, Policyholder, Versicherungsnehmer, 持卡人).
const HOLDER_COLUMN =
  /^(?:投保人|持有人|持卡人|购买人|购卡人|签约人|合同人|policy ?holder|holder|account holder|contract holder|versicherungsnehmer|preneur d'assurance|souscripteur|tomador|contratante|assicurato contraente|contraente|страхователь|契約者|계약자)$/;

const sameName = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/**
 * The latest row of a table of two to five purchases under a header of column titles (in <th> or <td> cells) with a
 * product column and a date column: its product and date. A date column alone counts only when its title says a
 * signing (签约日期): a bare date column dates the product beside it, never alone. Returns [] for anything else.
 * With `holder` (the record's name), only a table with a holder column is read, and only the rows `holder` holds: a
 * policy another person took out (a spouse's for a child) is theirs, not the record's (docs/adapters.md, "Round 17:
 * values").
 */
export function latestPurchase(table: HTMLTableElement, env: ReadEnv, holder?: string, root?: Element): Found[] {
  // (A table drawn in two, its header cells in one table and its rows in the next: one table.)
  const rows = rowsOfTable(table);
  const header = rows[0];
  if (!header || header.cells.length < 3) return [];
  const thHeader = header.querySelector('td') === null && header.querySelector('th') !== null;
  if (!thHeader && !isTdHeaderRow(header)) return [];
  const data = rows.slice(1).filter((r) => r.querySelector('td') !== null);
  if (data.length < 2 || data.length > MAX_PURCHASE_ROWS) return [];
  if (data.some((r) => r.cells.length !== header.cells.length)) return [];
  const titles = listOf(header.cells).map((c) => normalizeLabel(c.textContent ?? ''));
  if (holder !== undefined) {
    const holderCol = titles.findIndex((t) => HOLDER_COLUMN.test(t));
    const held = holderCol < 0 ? [] : data.filter((r) => sameName(cellText(r, holderCol), holder));
    if (held.length === 0 || held.length === data.length) return [];
    data.splice(0, data.length, ...held);
  }
  // (A contract's column holding its numbers only, "Vertrag | 4600012871", names no product: the name beside it may.)
  const byTitle = titleColumn(titles, 'product');
  const titledCol = byTitle >= 0 && data.every((r) => !LETTER.test(cellText(r, byTitle))) ? -1 : byTitle;
  // A package section's bare name column (套餐卡: 名称 | 办理日期 | 剩余) when no column names a product.
  let productCol = titledCol < 0 && root ? boughtKindNameColumn(table, titles, root) : titledCol;
  const dateCol = productCol < 0 ? titleColumn(titles, 'signDate') : dateColumn(titles, data, env);
  if (dateCol < 0 || (productCol < 0 && keyForLabel(titles[dateCol] ?? '') !== 'signDate')) return [];
  // No column names a product: the one beside the signing column may (beside-signing.ts).
  if (productCol < 0) productCol = productColumnBesideSigning(titles, data, dateCol, env);
  // Quotes and offers beside the orders: the latest purchase is among what was bought.
  // (And rows whose status says declined or cancelled: not bought.)
  const bought = data.filter((r) => !isQuoteRow(r) && !saysNotBought(r, productCol));
  if (bought.length === 0) return [];
  data.splice(0, data.length, ...bought);
  // The latest date wins; the first row on a tie (lists put the newest first).
  let latest: { row: HTMLTableRowElement; date: Found } | null = null;
  const kinds = namesSigningAmongDates(titles[dateCol] ?? '');
  for (const row of data) {
    const text = cellText(row, dateCol);
    const norm = !text ? null : kinds ? signedIn(text, env) : normalizeField('signDate', [text], env.order);
    if (!norm) continue;
    if (!latest || norm.value > latest.date.value)
      latest = {
        row,
        date: {
          key: 'signDate',
          ...norm,
          source: { via: 'generic', label: (header.cells[dateCol]?.textContent ?? '').trim() },
        },
      };
  }
  if (!latest) return [];
  if (productCol < 0) return [latest.date];
  const text = cellText(latest.row, productCol);
  const product = LETTER.test(text) ? normalizeField('product', [text], env.order) : null;
  if (!product) return [];
  const owner = ownerOfRow(titles, latest.row, header, env);
  return [
    {
      key: 'product',
      ...product,
      source: { via: 'generic', label: (header.cells[productCol]?.textContent ?? '').trim() },
    },
    latest.date,
    ...(owner ? [owner] : []),
  ];
}

/**
 * The staff member a column of the seller's role names in the latest purchase's row (Consultora responsável, 销售顾问):
 * who looks after what the customer bought last, the record's owner when no field names one. A trade's column
 * (Dentista) counts only when no seller's role does (labelRank).
 */
function ownerOfRow(
  titles: string[],
  row: HTMLTableRowElement,
  header: HTMLTableRowElement,
  env: ReadEnv,
): Found | null {
  const cols = titles.flatMap((t, i) => (t && keyForLabel(t) === 'owner' ? [i] : []));
  if (cols.length === 0) return null;
  const best = Math.min(...cols.map((i) => labelRank(titles[i] ?? '')));
  const col = cols.find((i) => labelRank(titles[i] ?? '') === best) ?? -1;
  const norm = col >= 0 ? normalizeField('owner', [cellText(row, col)], env.order) : null;
  return norm
    ? { key: 'owner', ...norm, source: { via: 'generic', label: (header.cells[col]?.textContent ?? '').trim() } }
    : null;
}

/**
 * The date of a table's only row, when the table names what was bought in a column (a one-row contract or order table:
 * Шарт № | Күні | Қызмет | Сомасы): its date column as in latestPurchase — by its title, else the one column of dates.
 */
export function onlyRowDate(table: HTMLTableElement, env: ReadEnv): Found | null {
  const [header, ...rest] = listOf(table.rows);
  const data = rest.filter((r) => r.querySelector('td') !== null);
  if (!header || data.length !== 1 || header.cells.length < 3) return null;
  if (data.some((r) => r.cells.length !== header.cells.length || isQuoteRow(r))) return null;
  const titles = listOf(header.cells).map((c) => normalizeLabel(c.textContent ?? ''));
  if (titleColumn(titles, 'product') < 0) return null;
  const col = dateColumn(titles, data, env);
  const text = col >= 0 && data[0] ? cellText(data[0], col) : '';
  const norm = text ? normalizeField('signDate', [text], env.order) : null;
  return norm
    ? { key: 'signDate', ...norm, source: { via: 'generic', label: (header.cells[col]?.textContent ?? '').trim() } }
    : null;
}

// A purchase's own date (购买日, 认购日期, Purchase date), not a signing's or an account's.
const PURCHASE_DATE_LABEL = /^(?:购买|认购|申购|购入)(?:日|日期|时间)$|^(?:purchase date|date of purchase|bought on)$/;

/**
 * The product a purchase date dates, in a row of a holdings table "kind | product | 购买日 | date" (a bank's 360
 * view: 理财 | 稳盈 182 天 | 购买日 | 2025-09-03): the value two cells before the date, after a kind word no field
 * names. `dateCell` is the cell of the sign date read under that label.
 */
export function productBesideDate(dateCell: Element, label: string, env: ReadEnv): Found | null {
  if (!PURCHASE_DATE_LABEL.test(normalizeLabel(label))) return null;
  const cell = dateCell.closest('td');
  const row = cell?.parentElement;
  if (!cell || !row || row.tagName !== 'TR') return null;
  const cells = listOf((row as HTMLTableRowElement).cells);
  if (cells.length !== 4 || cells[3] !== cell) return null;
  const [kind, value, dateLabel] = cells.map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());
  if (!kind || !value || normalizeLabel(dateLabel ?? '') !== normalizeLabel(label)) return null;
  if (keyForLabel(normalizeLabel(kind)) || keyForLabel(normalizeLabel(value))) return null;
  if (!LETTER.test(value) || [...kind].length > 8) return null;
  const product = normalizeField('product', [value], env.order);
  return product ? { key: 'product', ...product, source: { via: 'generic', label: kind } } : null;
}

/** The fields a record's contract or order names; a one-row table of them gives all three. */
export const CONTRACT_KEYS = ['product', 'signDate', 'businessType'] as const;
export type ContractKey = (typeof CONTRACT_KEYS)[number];

/**
 * A table's data rows (rows holding a cell), counted up to the second, and the last one counted. Column titles in <td>
 * cells (产品名称 | 合约签订日期 | 开通日期) make a header, no data row.
 */
export function dataRowsUpToTwo(table: HTMLTableElement): { count: number; row?: HTMLTableRowElement } {
  const rows = rowsOfTable(table);
  const header = rows[0];
  const joined = rowsUnderContractSpans(table);
  let count = 0;
  let row: HTMLTableRowElement | undefined;
  for (let i = header && isTdHeaderRow(header) ? 1 : 0; i < rows.length && count < 2; i++)
    if (rows[i]?.querySelector('td') && !joined.has(i)) [count, row] = [count + 1, rows[i]];
  return { count, row };
}

// More rows than this are a list, whatever spans them.
const MAX_JOINED_ROWS = 8;

/**
 * The rows (by index) that continue the row above under the contract's cells spanning them: every column titled as
 * the product or the sign date holds the same cell as the row above (rowspan), so the row only adds what else the
 * contract has — its numbers, its lines (a telecom bundle's 服务号码 rows beside one 套餐 and one 签订日期). One
 * contract, not several purchases (docs/adapters.md, "Session 24: round 23's missed fields").
 */
function rowsUnderContractSpans(table: HTMLTableElement): Set<number> {
  const joined = new Set<number>();
  const rows = listOf(table.rows);
  if (rows.length < 3 || rows.length > MAX_JOINED_ROWS + 1) return joined;
  if (!listOf(table.querySelectorAll('td, th')).some((c) => (c.getAttribute('rowspan') ?? '1') !== '1')) return joined;
  const grid = gridOf(rows);
  const titles = grid[0] ?? [];
  const contractCols = titles.flatMap((cell, i) => {
    const key = cell ? keyForLabel(normalizeLabel(cell.textContent ?? '')) : undefined;
    return key === 'product' || key === 'signDate' ? [i] : [];
  });
  if (contractCols.length === 0) return joined;
  for (let r = 2; r < rows.length; r++) {
    const [above, here] = [grid[r - 1] ?? [], grid[r] ?? []];
    if (contractCols.every((i) => !!here[i] && here[i] === above[i] && here[i]?.parentElement !== rows[r]))
      joined.add(r);
  }
  return joined;
}

/** A one-row table's contract fields (oneRowContract): those it names, and a product it names that was not bought. */
export interface ContractRow {
  fields: Found[];
  notBought: Found | null;
}

/**
 * The contract fields of the keys in `wanted` that a one-row table names under its column titles: per key the most
 * specific title (合约签订日期 over 开通日期), else the first; with no product title, a package section's bare name
 * column (套餐卡: 名称 | 办理日期). A product whose title names something not bought (the customer's car, 车型 of a 车辆
 * table: labelRank 3) comes apart as `notBought`. A product read with no sign date is dated by the table's bare date
 * column (Күні, Datums), as a longer table's latest row is.
 */
export function oneRowContract(
  table: HTMLTableElement,
  row: HTMLTableRowElement | undefined,
  wanted: ReadonlySet<ContractKey>,
  root: Element,
  env: ReadEnv,
): ContractRow {
  const read: ContractRow = { fields: [], notBought: null };
  const header = table.rows[0];
  if (!header) return read;
  const tdHeader = isTdHeaderRow(header);
  const headerKeys = listOf(header.cells).map((c) => {
    const label = normalizeLabel(c.textContent ?? '');
    return { label, key: keyForLabel(label) };
  });
  for (const key of CONTRACT_KEYS) {
    if (!wanted.has(key)) continue;
    const titled = headerKeys.filter((h) => h.label && h.key === key);
    const kindCol =
      key === 'product' && titled.length === 0
        ? boughtKindNameColumn(
            table,
            headerKeys.map((h) => h.label),
            root,
          )
        : -1;
    // No product title: the column beside a signing column (签约日期, Contract date) may name it (beside-signing.ts).
    const signingCol = headerKeys.findIndex((h) => h.key === 'signDate');
    const besideCol =
      key === 'product' && titled.length === 0 && kindCol < 0 && signingCol >= 0 && row
        ? productColumnBesideSigning(
            headerKeys.map((h) => h.label),
            [row],
            signingCol,
            env,
          )
        : -1;
    const namedCol = kindCol >= 0 ? kindCol : besideCol;
    const best = namedCol >= 0 ? 0 : Math.min(...titled.map((h) => labelRank(h.label)));
    const labels = new Set(
      namedCol >= 0
        ? [headerKeys[namedCol]?.label ?? '']
        : titled.filter((h) => labelRank(h.label) === best).map((h) => h.label),
    );
    const col = headerKeys.findIndex((h) => labels.has(h.label));
    const cell = tdHeader ? row?.cells[col] : undefined;
    const hit =
      labels.size === 0
        ? null
        : cell
          ? { el: cell, label: (header.cells[col]?.textContent ?? '').trim() }
          : readColumn(table, labels);
    const norm = hit ? normalizeField(key, [(hit.el.textContent ?? '').trim()], env.order) : null;
    if (!hit || !norm) continue;
    const found: Found = { key, ...norm, source: { via: 'generic', label: hit.label } };
    if (key === 'product' && best >= 3) read.notBought = found;
    else read.fields.push(found);
  }
  const product = read.fields.some((f) => f.key === 'product');
  const signed = !wanted.has('signDate') || read.fields.some((f) => f.key === 'signDate');
  const date = product && !signed ? onlyRowDate(table, env) : null;
  if (date) read.fields.push(date);
  return read;
}
