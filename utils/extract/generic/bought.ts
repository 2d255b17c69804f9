// What was bought, and when: the one place that decides the record's product and sign date from what the readers
// collect — its labelled fields (index.ts), its tables (purchases.ts), its order history (order-lines.ts) and its
// deals (won-deal.ts). The rule, step by step, is docs/adapters.md, "Session 19: what was bought".
import { IDENTIFYING_FIELDS } from '../fields';
import { normalizeLabel } from '../../core/normalize/text';
import { isHidden } from '../dom';
import { listOf } from '../list';
import type { Found, ReadEnv } from '../types';
import type { Candidate } from './collect';
import { isJoiningLabel, isTariffLabel, keyForLabel, labelRank, namesContract } from './dictionary';
import {
  CONTRACT_KEYS,
  dataRowsUpToTwo,
  latestPurchase,
  oneRowContract,
  productBesideDate,
  type ContractKey,
} from './purchases';
import { ariaGridsIn, divTablesIn, slottedTable, tableOfGrid } from './aria-grid';
import { productBesideSigning } from './beside-signing';
import { latestOrderLine } from './order-lines';
import { isExcludedRegion, relatedListOf, type RegionCache } from './regions';
import { latestWonDeal } from './won-deal';

// A start date (Subscription start) beside the schedule of a running service (Next delivery, Next billing, 下次配送):
// the service period's start, not the day a contract was signed. A start date alone, or a contract's, is the sign date.
const START_LABEL = /\b(?:start|started|begin|begins|beginn|début|inicio|início)\b|开始|起始/i;
const CONTRACT_WORD = /contract|agreement|sign|vertrag|contrat|contrato|合同|签/i;
const SCHEDULE =
  /next\s+(?:delivery|billing|bill|payment|charge|shipment|renewal|invoice|order|box)|renews?\s+on|nächste|prochaine|próxim[ao]|下次|下一次|下期/i;

/** A sign date field that is a running service's start: never the sign date (the field reader skips it). */
export function startsRunningService(c: Candidate): boolean {
  if (!START_LABEL.test(c.label) || CONTRACT_WORD.test(c.label)) return false;
  let box = c.el.parentElement;
  for (let i = 0; box && i < 4; i++, box = box.parentElement) {
    const text = box.textContent ?? '';
    if (text.length > 600) return false;
    if (box.childElementCount >= 2 && SCHEDULE.test(text)) return true;
  }
  return false;
}

/** Adds `f` to the record's values unless a value of its field is there already. */
function addIfMissing(found: Found[], have: Set<string>, f: Found | null | undefined): void {
  if (!f || have.has(f.key)) return;
  found.push(f);
  have.add(f.key);
}

/**
 * A holdings row's purchase date dates the product beside it (理财 | 稳盈 182 天 | 购买日 | date): that product, when no
 * field named one. `signed` is the field the sign date was read from.
 */
export function addProductBesideDate(
  found: Found[],
  have: Set<string>,
  signed: Candidate | undefined,
  env: ReadEnv,
): void {
  if (signed && !have.has('product')) addIfMissing(found, have, productBesideDate(signed.el, signed.label, env));
}

/** Takes `key`'s value out of `found` when `weak` says so; returns it, or null. */
function setAside(found: Found[], have: Set<string>, key: string, weak: (f: Found) => boolean): Found | null {
  const at = found.findIndex((f) => f.key === key);
  const f = found[at];
  if (!f || !weak(f)) return null;
  found.splice(at, 1);
  have.delete(key);
  return f;
}

const labelOf = (f: Found) => normalizeLabel(f.source.label ?? '');

// A joining or card-opening date (isJoiningLabel) with nothing bought: the record's purchases may still date a signing.
const joinedWithNothingBought = (have: Set<string>) => (f: Found) => !have.has('product') && isJoiningLabel(labelOf(f));

// A product whose label names something not bought (the customer's car 车型, a licence class enrolled for, a product of
// interest: labelRank 3): a table of what was bought may still name the product.
const namesNothingBought = (f: Found) => labelRank(labelOf(f)) >= 3;

/** Where the record's purchases are read: its region, its tables (asked for once, when needed) and its regions. */
export interface RecordPurchases {
  root: Element;
  tables: () => Element[];
  regions: RegionCache;
  env: ReadEnv;
  /** The record has a value identifying its person (a table of several purchases needs one to be the record's). */
  identified: boolean;
  /** The field the sign date was read from, if any: the pair beside it may name what was signed. */
  signed?: Candidate;
  /** The tables beside the record's region, under its parent (asked for once, when nothing bought was read). */
  nearTables?: () => Element[];
}

/** The table of several purchases whose latest row was read: read again once the record's person is known. */
export interface PurchaseTable {
  table?: HTMLTableElement;
}

// A table classed as a data grid (dx-datagrid-table, data-grid): its rows, which may be the record's purchases.
const DATA_GRID_CLASS = /(?:^|[\s_-])(?:data)?grid(?:$|[\s_-])/i;

/**
 * A table excluded as a list by its own data-grid classes alone (the table's and its grid wrappers', DevExtreme's
 * dx-datagrid › dx-datagrid-table), inside a part of the page that is not excluded.
 */
function isOwnDataGrid(table: Element, regions: RegionCache): boolean {
  const isGrid = (el: Element) => DATA_GRID_CLASS.test(el.getAttribute('class') ?? '');
  if (!isGrid(table)) return false;
  let top: Element = table;
  for (let i = 0; i < 4 && top.parentElement && isGrid(top.parentElement); i++) top = top.parentElement;
  return !!top.parentElement && !isExcludedRegion(top.parentElement, regions);
}

/**
 * The record's tables in page order: a one-row table gives the contract fields not read yet; a table of several
 * purchases gives its latest row's product and date when nothing bought or signed was read and the record identifies
 * its person. Returns the first product a one-row table names that was not bought (its car), read only as a last
 * resort.
 */
function readTables(found: Found[], have: Set<string>, record: RecordPurchases, purchase: PurchaseTable): Found | null {
  if (CONTRACT_KEYS.every((key) => have.has(key))) return null;
  const { root, env } = record;
  let notBought: Found | null = null;
  for (const element of record.tables()) {
    const table = element as HTMLTableElement;
    if (!table.rows[0]) continue;
    const data = dataRowsUpToTwo(table);
    // (A related list's table of policies or contracts is read: Salesforce's 保険契約 (3), Contratti.)
    // (Nor a data grid excluded by its own class alone, DevExtreme's dx-datagrid-table under the record's 合同 tab.)
    if (
      isExcludedRegion(table, record.regions) &&
      !/list/i.test(table.className) &&
      !relatedListOf(table, record.regions) &&
      !isOwnDataGrid(table, record.regions)
    )
      continue;
    // A contract table in an inactive tab is not shown, so not the record's (docs/adapters.md, "Hidden content is
    // never read").
    if (isHidden(table, env.cache)) continue;
    if (data.count > 1) {
      // Several rows (cards held, latest orders): a subscription's own delivery orders date no signing. With a sign
      // date read, only the row signed that day names what was signed (a contracts table beside the contract's date).
      if (have.has('product') || !record.identified) continue;
      // (A web component's grid shows its cells through slots: Vaadin's <td><slot name=…> filled from the light DOM.)
      const latest = latestPurchase(table.querySelector('slot') ? slottedTable(table) : table, env, undefined, root);
      const signed = found.find((f) => f.key === 'signDate')?.value;
      if (signed && latest.find((f) => f.key === 'signDate')?.value !== signed) continue;
      for (const f of latest) {
        addIfMissing(found, have, f);
        purchase.table = table;
      }
      continue;
    }
    if (data.count !== 1) continue;
    const wanted = new Set<ContractKey>(CONTRACT_KEYS.filter((key) => !have.has(key)));
    const read = oneRowContract(table, data.row, wanted, root, env);
    for (const f of read.fields) addIfMissing(found, have, f);
    notBought ??= read.notBought;
  }
  // A table drawn as an ARIA grid of div rows (Vexip, Wijmo), or as rows of divs alone (a mobile card's 购买记录): read
  // the same way, its several rows' latest.
  if (have.has('product') || !record.identified) return notBought;
  const grids = ariaGridsIn(root, env.walks).map((box) => ({ box, table: tableOfGrid(box) }));
  for (const { box, table } of grids.some((g) => g.table) ? grids : divTablesIn(root, env.walks)) {
    if (isHidden(box, env.cache) || isExcludedRegion(box, record.regions)) continue;
    const latest = table ? latestPurchase(table, env, undefined, root) : [];
    const signed = found.find((f) => f.key === 'signDate')?.value;
    if (signed && latest.find((f) => f.key === 'signDate')?.value !== signed) continue;
    for (const f of latest) addIfMissing(found, have, f);
    if (latest.length > 0) break;
  }
  // Nothing bought in the record's region: a table of orders in a section beside it, under the same parent (a
  // tourist's 游客信息 fieldset, then 出行订单), unless it lists people (the list behind a quick view).
  if (have.has('product') || have.has('signDate')) return notBought;
  for (const table of record.nearTables?.() ?? []) {
    if (isHidden(table, env.cache) || isExcludedRegion(table, record.regions) || listsPeople(table)) continue;
    const latest = latestPurchase(table as HTMLTableElement, env, undefined, root);
    for (const f of latest) addIfMissing(found, have, f);
    if (latest.length > 0) break;
  }
  return notBought;
}

/** A table whose column titles name people's fields (姓名, 手机, ID): a list of people, none of them a purchase. */
function listsPeople(table: Element): boolean {
  const header = (table as HTMLTableElement).rows?.[0];
  return listOf(header?.cells ?? []).some((c) => {
    const key = keyForLabel(normalizeLabel(c.textContent ?? ''));
    return key !== undefined && IDENTIFYING_FIELDS.has(key);
  });
}

/**
 * Two things bought, each labelled and dated in its own pairs (私教课包 … 购买日期 2025-11-12, then 会籍卡 … 购买日期
 * 2025-05-06): the one labelled right before the sign date chosen is what was signed then, whatever label ranks first.
 */
function preferProductBesideSigning(found: Found[], signed: Candidate, env: ReadEnv): void {
  const at = found.findIndex((f) => f.key === 'product');
  const beside = at >= 0 ? productBesideSigning(signed, env, true) : null;
  if (!beside || beside.value === found[at]?.value) return;
  // Only a pair labelled as a product itself (not one read by its shape), and only over a product read under a label.
  if (keyForLabel(normalizeLabel(beside.source.label ?? '')) !== 'product' || !found[at]?.source.label) return;
  found[at] = beside;
}

/**
 * Decides the record's product and sign date once its fields are read (their values in `found`): the weak ones set
 * aside, then its tables, its order history and its won deals, the weak ones back last (docs/adapters.md, "Session 19:
 * what was bought"). Returns the table of several purchases it read, for keepHolderPurchase.
 */
export function readWhatWasBought(found: Found[], have: Set<string>, record: RecordPurchases): PurchaseTable {
  const joined = setAside(found, have, 'signDate', joinedWithNothingBought(have));
  const notBought = setAside(found, have, 'product', namesNothingBought);
  // A utility's tariff yields to a supply contract: one its tables name (and date), or one named beside its signing
  // date (合同类型 "居民供用水合同", no label of a product by itself).
  const tariff = setAside(found, have, 'product', (f) => isTariffLabel(labelOf(f)));
  // A product whose value dates itself, no sign date read ("前期物业服务协议（2019-06-30 签，随交房）"): a table of
  // purchases whose latest row is later names what was bought since; otherwise it stays.
  const selfDated = have.has('signDate')
    ? null
    : setAside(found, have, 'product', (f) => dateInValue(f.value) !== null);
  const purchase: PurchaseTable = {};
  const before = found.length;
  // The customer's car in a table is the product only when no other table names what was bought (a package card's
  // 卡名 below it); it still comes before the order history.
  const car = readTables(found, have, record, purchase);
  if (selfDated) keepLaterPurchase(found, have, before, selfDated);
  if (tariff) {
    const contract = !have.has('product') && record.signed ? productBesideSigning(record.signed, record.env) : null;
    if (contract && namesContract(contract.source.label ?? '')) addIfMissing(found, have, contract);
    addIfMissing(found, have, tariff);
  }
  // What was signed, named by the pair beside the sign date's field (beside-signing.ts), before the car.
  if (!have.has('product') && record.signed) addIfMissing(found, have, productBesideSigning(record.signed, record.env));
  else if (record.signed) preferProductBesideSigning(found, record.signed, record.env);
  addIfMissing(found, have, car);
  if (!have.has('product') && !have.has('signDate') && record.identified) {
    const ordered = latestOrderLine(record.root, record.env);
    for (const f of ordered.length > 0 ? ordered : latestWonDeal(record.root, record.env)) addIfMissing(found, have, f);
  }
  addIfMissing(found, have, notBought);
  addIfMissing(found, have, joined);
  return purchase;
}

/** The date written inside a value ("…（2019-06-30 签）", "签于 2019年6月30日"), as YYYY-MM-DD; null when none. */
function dateInValue(value: string): string | null {
  const m = /(?:^|\D)((?:19|20)\d{2})[-/.年]\s?(\d{1,2})[-/.月]\s?(\d{1,2})(?!\d)/.exec(value);
  return m ? `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}` : null;
}

/**
 * The tables read after `before` named a product and dated it later than the self-dated one: theirs. Otherwise what
 * they gave is taken back and the self-dated product stays.
 */
function keepLaterPurchase(found: Found[], have: Set<string>, before: number, selfDated: Found): void {
  const read = found.slice(before);
  const product = read.find((f) => f.key === 'product');
  const date = read.find((f) => f.key === 'signDate')?.value;
  if (product && date && date > (dateInValue(selfDated.value) ?? '')) return;
  for (const f of read.filter((f) => f.key === 'product' || f.key === 'signDate')) {
    found.splice(found.indexOf(f), 1);
    have.delete(f.key);
  }
  addIfMissing(found, have, selfDated);
}

/**
 * Once the record's person is known: from the table of several purchases, the latest of those she holds (a policy a
 * spouse took out for a child is the spouse's: purchases.ts, latestPurchase), in place of what its latest row gave.
 */
export function keepHolderPurchase(found: Found[], purchase: PurchaseTable, person: string, env: ReadEnv): void {
  if (!purchase.table) return;
  for (const f of latestPurchase(purchase.table, env, person)) {
    // (What was bought and when; an owner a field named stays.)
    if (f.key === 'owner') continue;
    const at = found.findIndex((g) => g.key === f.key);
    if (at >= 0) found[at] = f;
  }
}

/** A joining date with nothing bought is no signing (dictionary.ts, isJoiningLabel): dropped at the end. */
export function dropJoiningWithoutPurchase(found: Found[]): void {
  const signed = found.find((f) => f.key === 'signDate');
  if (signed && isJoiningLabel(labelOf(signed)) && !found.some((f) => f.key === 'product'))
    found.splice(found.indexOf(signed), 1);
}

const YEAR_MS = 366 * 24 * 3600 * 1000;

/**
 * A sign date more than a year after `now` is no signing: a date written in a calendar the reader does not convert
 * (Bikram Sambat runs 56 years ahead) read as Gregorian. Dropped, as a sign date not shown is asked for
 * (docs/adapters.md, "Session 20: what was bought, by structure").
 */
export function dropFutureSignDate(found: Found[], now: Date): void {
  const at = found.findIndex((f) => f.key === 'signDate');
  const time = at >= 0 ? Date.parse(found[at]?.value ?? '') : NaN;
  if (!Number.isNaN(time) && time > now.getTime() + YEAR_MS) found.splice(at, 1);
}
