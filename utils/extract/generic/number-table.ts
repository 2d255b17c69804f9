// A table of the record's numbers, one per row beside its type (a telecom's 服务号码 | 号码类型 | 套餐 …: "138… | 移动（主卡）",
// "028-… | 固话"), the rows often joined by the contract's cells spanning them (rowspan): each number is the record's
// mobile or landline by its type word. A type with a note naming another holder (移动（副卡 · 龙某）, a second card a
// relative carries) is someone else's number. A table naming people (a name column) lists their numbers, not the
// record's (docs/adapters.md, "Session 24: round 23's missed fields").
import { normalizeLabel } from '../../core/normalize/text';
import { listOf } from '../list';
import { keyForLabel } from './dictionary';
import { gridOf } from './table-grid';

const MOBILE_WORD = /^(?:移动|手机|移动电话|手机号|手机号码|mobile|cell|mobil|handy|móvil|celular|gsm)$/i;
const LANDLINE_WORD = /^(?:固话|座机|固定电话|家庭电话|住宅电话|landline|fixed line|home|festnetz|fijo|fixo)$/i;
// A note that keeps the number the record's own: its main line or card (主卡, 主号), the preferred one.
const OWN_NOTE = /^(?:主卡|主号|主号码|本人|首选|常用|默认|main|primary|preferred)$/i;
const TYPE_CELL = /^(.+?)\s*(?:[(（]\s*([^()（）]{1,24}?)\s*[)）])?$/;
const NUMBER_CELL = /^[+＋]?[\d\s()（）.-]{7,20}$/;
// A column naming people or companies: a list of others with their numbers.
const PERSON_KEYS = new Set(['name', 'owner', 'company']);
const MAX_ROWS = 6;

const textOf = (cell: Element | undefined) => (cell?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A number's type read from its type cell: 'mobile', 'phone', 'other' (someone else's), or null (no type word). */
function typeOf(text: string): 'mobile' | 'phone' | 'other' | null {
  const m = TYPE_CELL.exec(text);
  const word = m?.[1]?.trim() ?? '';
  const type = MOBILE_WORD.test(word) ? 'mobile' : LANDLINE_WORD.test(word) ? 'phone' : null;
  if (!type) return null;
  const note = m?.[2]?.trim();
  return !note || OWN_NOTE.test(note) ? type : 'other';
}

// A date is digits and dashes too (2024-11-02, 02.11.2024): no number to call.
const DATE = /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{4}$/;
const isNumber = (text: string) => NUMBER_CELL.test(text) && !DATE.test(text) && (text.match(/\d/g)?.length ?? 0) >= 7;

export interface TableNumber {
  key: 'mobile' | 'phone';
  number: string;
  cell: Element;
  /** The type cell's word ("移动（主卡）"). */
  type: string;
}

/** The record's numbers a table of typed numbers lists (see above); [] for any other table. */
export function numbersOfTable(table: HTMLTableElement): TableNumber[] {
  const rows = listOf(table.rows);
  if (rows.length < 2 || rows.length > MAX_ROWS + 1) return [];
  const grid = gridOf(rows);
  const [titles, ...data] = grid;
  if (!titles) return [];
  const titleTexts = titles.map((c) => normalizeLabel(textOf(c)));
  if (titleTexts.some((t) => PERSON_KEYS.has(keyForLabel(t) ?? ''))) return [];
  const width = Math.max(...grid.map((r) => r.length));
  const columns = (test: (text: string) => boolean) =>
    Array.from({ length: width }, (_, i) => i).filter(
      (i) =>
        !/\d/.test(titleTexts[i] ?? '') &&
        // Each row's own cell: a cell spanning the rows is the contract's, not a row's number or type.
        new Set(data.map((r) => r[i])).size === data.length &&
        data.every((r) => test(textOf(r[i]))),
    );
  const numberCols = columns(isNumber);
  const typeCols = columns((t) => typeOf(t) !== null);
  if (numberCols.length !== 1 || typeCols.length !== 1) return [];
  const [numberCol, typeCol] = [numberCols[0] ?? -1, typeCols[0] ?? -1];
  const out: TableNumber[] = [];
  for (const row of data) {
    const cell = row[numberCol];
    const type = textOf(row[typeCol]);
    const key = typeOf(type);
    if (cell && (key === 'mobile' || key === 'phone')) out.push({ key, number: textOf(cell), cell, type });
  }
  return out;
}
