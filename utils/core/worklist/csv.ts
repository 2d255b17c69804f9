// Wired by #12 (the agent's day: onboarding, work list, next customer); until then reached only by its tests.
// RFC 4180 CSV as CRMs and Excel write it: quoted fields may hold commas, quotes ("") and line breaks.

export type CsvResult =
  { ok: true; rows: string[][]; delimiter: string } | { ok: false; line: number; message: string };

const candidates = [',', '\t', ';'] as const;

/** The delimiter of the header line: the candidate found most often outside quotes (Excel writes ";" in some locales). */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const outside = firstLine.replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const d of candidates) {
    const count = outside.split(d).length - 1;
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

/** Rows of cells; blank lines are dropped. An unclosed quote is an error naming the line it opened on. */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): CsvResult {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let quoteLine = 0;
  let line = 1;
  const endRow = () => {
    row.push(cell);
    if (row.some((c) => c.trim() !== '')) rows.push(row);
    row = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
    } else cell += ch;
  }
  if (quoted) return { ok: false, line: quoteLine, message: 'a quoted cell is never closed (missing ")' };
  if (cell !== '' || row.length) endRow();
  return { ok: true, rows, delimiter };
}
