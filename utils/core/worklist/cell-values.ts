// Wired by #12 (the agent's day: onboarding, work list, next customer); until then reached only by its tests.
import { addDays } from '../calendar/civil-date';
import { normalizeDate } from '../normalize/date';

/** A cell as the readers give it: CSV gives text; XLSX also numbers, booleans and dates (read as UTC wall-clock). */
export type Cell = string | number | boolean | Date | null;
export type Table = Cell[][];

export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return String(cell);
  return String(cell)
    .replace(/[\u00a0\u3000]/g, ' ')
    .trim();
}

const pad = (n: number) => String(n).padStart(2, '0');
const TIME_TAIL = /[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/;

/**
 * A date cell as event input: 'YYYY-MM-DD', or 'YYYY-MM-DDTHH:mm:ss' (wall-clock, in the customer's zone) when the
 * cell has a time. Excel dates arrive as Date objects holding the wall-clock time in UTC, or as serial numbers when
 * the cell lost its date format; text in the forms normalizeDate reads (2026/11/20, 2026年11月20日, 20/11/2026…).
 */
export function cellDate(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined || typeof cell === 'boolean') return null;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    const date = cell.toISOString().slice(0, 10);
    const [h, m, s] = [cell.getUTCHours(), cell.getUTCMinutes(), cell.getUTCSeconds()];
    return h || m || s ? `${date}T${pad(h)}:${pad(m)}:${pad(s)}` : date;
  }
  if (typeof cell === 'number') {
    // Excel's serial day 1 is 1900-01-01 with the 1900 leap-year bug: day 0 is 1899-12-30 for every date after March 1900.
    if (cell < 61 || cell > 2_958_465) return null;
    const whole = Math.floor(cell);
    const date = addDays('1899-12-30', whole);
    const seconds = Math.round((cell - whole) * 86_400);
    if (!seconds) return date;
    return `${date}T${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
  }
  const text = cellText(cell);
  if (!text) return null;
  const date = normalizeDate(text, 'ymd');
  if (!date) return null;
  const time = TIME_TAIL.exec(text);
  if (!time) return date;
  const [hh, mm, ss] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)];
  if (hh > 23 || mm > 59 || ss > 59) return null;
  return `${date}T${pad(hh)}:${pad(mm)}:${pad(ss)}`;
}
