// A table of the record's numbers, one per row beside its type (a telecom's 服务号码 | 号码类型 | 套餐 …: "138… | 移动（主卡）",
// "028-… | 固话"), the rows often joined by the contract's cells spanning them (rowspan): each number is the record's
// mobile or landline by its type word. A type with a note naming another holder (移动（副卡 · 龙某）, a second card a
// relative carries) is someone else's number. A table naming people (a name column) lists their numbers, not the
// record's (docs/adapters.md, "Session 24: round 23's missed fields").
import { EMAIL_IN_TEXT, normalizeLabel } from '../../core/normalize/text';
import { listOf } from '../list';
import { keyForLabel } from './dictionary';
import { OTHER_TYPE, phoneTypeOf } from './phone-types';
import { isMobileShape } from './phone-shape';
import { gridOf } from './table-grid';

const TYPE_CELL = /^(.+?)\s*(?:[(（]\s*([^()（）]{1,24}?)\s*[)）])?$/;
const NUMBER_CELL = /^[+＋]?[\d\s()（）.-]{7,20}$/;
// A column naming people or companies: a list of others with their numbers.
const PERSON_KEYS = new Set(['name', 'owner', 'company']);
const MAX_ROWS = 6;

// A cell's text, or the value of the one control it holds (avue-dynamic's rows of disabled inputs).
function textOf(cell: Element | undefined): string {
  const text = (cell?.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text || !cell) return text;
  const control = cell.querySelector('input, textarea');
  return ((control as HTMLInputElement | null)?.value ?? '').replace(/\s+/g, ' ').trim();
}
// A column of notes beside the numbers (备注, Note): a note naming a relative ("配偶 杨皓然") makes the number theirs.
const NOTE_TITLE =
  /^(?:备注|備註|说明|說明|note|notes|remark|remarks|comment|comments|nota|notas|observación|observaciones|bemerkung|remarque)$/;

/**
 * A number's type read from its type cell (phone-types.ts): 'mobile', 'phone', 'main' (the record's main line),
 * 'other' (someone else's), or null (no type word).
 */
function typeOf(text: string): ReturnType<typeof phoneTypeOf> {
  const m = TYPE_CELL.exec(text);
  return phoneTypeOf(m?.[1]?.trim() ?? '', m?.[2]?.trim());
}

// A date is digits and dashes too (2024-11-02, 02.11.2024): no number to call.
const DATE = /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{4}$/;
const isNumber = (text: string) => NUMBER_CELL.test(text) && !DATE.test(text) && (text.match(/\d/g)?.length ?? 0) >= 7;

export interface TableNumber {
  key: 'mobile' | 'phone' | 'email';
  /** The number or the address, as the cell shows it. */
  value: string;
  cell: Element;
  /** The type cell's word ("移动（主卡）"). */
  type: string;
}

/**
 * The record's numbers a table of typed numbers lists (see above), and its e-mail from a table of typed addresses
 * (类型 | 地址: 个人 · ann@…, 工作 · …): the one typed as the main address, else the first, never one noted as
 * someone else's; [] for any other table.
 */
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
  const typeCols = columns((t) => typeOf(t) !== null);
  if (typeCols.length !== 1) return [];
  const typeCol = typeCols[0] ?? -1;
  const noteCol = titleTexts.findIndex((t) => NOTE_TITLE.test(t));
  const othersNote = (row: (Element | undefined)[]) => noteCol >= 0 && OTHER_TYPE.test(textOf(row[noteCol]));
  const emailCols = columns((t) => EMAIL_IN_TEXT.test(t) && !/\s/.test(t));
  if (emailCols.length === 1) {
    const emailCol = emailCols[0] ?? -1;
    const own = data.filter((row) => !othersNote(row) && typeOf(textOf(row[typeCol])) !== 'other');
    const row = own.find((r) => typeOf(textOf(r[typeCol])) === 'main') ?? own[0];
    const cell = row?.[emailCol];
    return row && cell ? [{ key: 'email', value: textOf(cell), cell, type: textOf(row[typeCol]) }] : [];
  }
  const numberCols = columns(isNumber);
  if (numberCols.length !== 1) return [];
  const numberCol = numberCols[0] ?? -1;
  const out: TableNumber[] = [];
  for (const row of data) {
    const cell = row[numberCol];
    const type = textOf(row[typeCol]);
    const typed = typeOf(type);
    const number = textOf(cell);
    if (othersNote(row)) continue;
    const key = typed === 'main' ? (isMobileShape(number) ? 'mobile' : 'phone') : typed;
    if (cell && (key === 'mobile' || key === 'phone')) out.push({ key, value: number, cell, type });
  }
  return out;
}
