// A company's contact people in a table: a header row naming a name column and a phone, e-mail or job column.
import type { ContactPerson } from '../../core/schemas/customer-context';
import { isHidden, isNeverShown, readLines, type HiddenCache } from '../dom';
import { listOf } from '../list';
import { bodyRowsAfter } from '../split-table';
import type { Scope } from '../composed';
import { addContact, fillNumbers, type ContactSink } from './people';
import { columnOf, type Column } from './words';

function text(cell: Element | undefined, cache: HiddenCache): string {
  return cell ? readLines(cell, false, cache).join(' ').slice(0, 200) : '';
}

/**
 * The column each header cell names; null when they name no person with a detail beside the name, or when the row is
 * labels beside their values (a descriptions table's "姓名 | 张三 | 职位 | 经理", its labels in <th> or not). A row of
 * plain cells (no <th>) is a header only when most of its cells name a column and none writes a number or an address.
 */
export function columnsOf(headerCells: Element[]): (Column | undefined)[] | null {
  const texts = headerCells.map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());
  const th = headerCells.some((c) => c.tagName === 'TH');
  if (th && headerCells.some((c, i) => c.tagName === 'TD' && texts[i])) return null;
  const cols = texts.map((t) => columnOf(t));
  if (!th && (texts.some((t) => /\d|@/.test(t)) || cols.filter(Boolean).length * 2 <= texts.filter(Boolean).length))
    return null;
  // A lone "Nombre" / "Vorname"-like column with no surname column beside it holds the whole name.
  if (!cols.includes('name') && !cols.includes('last') && cols.filter((c) => c === 'first').length === 1)
    cols[cols.indexOf('first')] = 'name';
  const hasName = cols.includes('name') || (cols.includes('first') && cols.includes('last'));
  const hasDetail = cols.some((c) => c === 'phone' || c === 'mobile' || c === 'email' || c === 'title');
  return hasName && hasDetail ? cols : null;
}

/** One person per data row under the header's columns; false once the list is full. */
export function readRows(cols: (Column | undefined)[], rows: HTMLTableRowElement[], sink: ContactSink): boolean {
  for (const row of rows) {
    if (row.querySelector('td') === null || isHidden(row, sink.cache)) continue;
    const cells = listOf(row.cells);
    const at = (c: Column) => text(cells[cols.indexOf(c)], sink.cache);
    const name = cols.includes('name') ? at('name') : `${at('first')} ${at('last')}`.trim();
    if (!name) continue;
    const person: ContactPerson = { name };
    for (const c of ['title', 'phone', 'mobile', 'email'] as const) {
      const v = cols.includes(c) ? at(c) : '';
      if (v) person[c] = v;
    }
    // Numbers in a combined "address / phone / e-mail" cell (Dolibarr's contacts tab).
    fillNumbers(person, readLines(row, false, sink.cache).join(' '), sink.lang);
    if (!addContact(sink, person)) return false;
  }
  return true;
}

/** People listed in tables with a name column and a phone, e-mail or job column, anywhere the page shows them. */
export function contactsOfTables(scopes: Scope[], sink: ContactSink): boolean {
  for (const scope of scopes)
    for (const table of listOf(scope.querySelectorAll('table'))) {
      if (isHidden(table, sink.cache) || isNeverShown(table)) continue;
      const rows = listOf((table as HTMLTableElement).rows);
      const headerRow = rows.find((r) => r.querySelector('th') !== null);
      const cols = headerRow ? columnsOf(listOf(headerRow.cells)) : null;
      if (!headerRow || !cols) continue;
      const data = rows.some((r) => r !== headerRow && r.querySelector('td') !== null)
        ? rows.filter((r) => r !== headerRow)
        : bodyRowsAfter(table as HTMLTableElement);
      if (!readRows(cols, data, sink)) return false;
    }
  return true;
}
