// Tables drawn in two: Element's el-table, Ant's and vxe's tables with a fixed header draw the header cells in one
// table and the rows in another, both inside the table's own wrapper.
import { listOf } from './list';

/** The rows of the body table drawn after `header`, a table holding only its header; [] when there is none. */
export function bodyRowsAfter(header: HTMLTableElement): HTMLTableRowElement[] {
  let wrapper: Element | null = header.parentElement;
  for (let depth = 0; wrapper && depth < 4; depth++, wrapper = wrapper.parentElement) {
    const tables = listOf(wrapper.querySelectorAll('table'));
    const body = tables.slice(tables.indexOf(header) + 1).find((t) => t.querySelector('td') !== null);
    if (body) return listOf((body as HTMLTableElement).rows);
  }
  return [];
}

/**
 * The rows of `table` read as one table: its own rows, or — a table of header cells only — its header row followed by
 * the body table's rows.
 */
export function rowsOfTable(table: HTMLTableElement): HTMLTableRowElement[] {
  const rows = listOf(table.rows);
  if (rows.length !== 1 || table.querySelector('td') !== null || !rows[0]?.querySelector('th')) return rows;
  return [...rows, ...bodyRowsAfter(table)];
}
