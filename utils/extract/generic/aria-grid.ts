// Tables drawn without <table>: ARIA grids of div rows (Vexip's vxp-table, Wijmo's FlexGrid, AG Grid: role=grid or
// role=table, rows role=row, the first row the column titles). Read as a detached <table> of their texts, so the
// purchases reader (purchases.ts) reads them as it reads tables.
import { listOf } from '../list';

/** Div rows enough for a header and a few data rows; more is a list, not a record's purchases. */
const MAX_ROWS = 12;
const GRID = '[role="grid"], [role="table"], [role="treegrid"]';

/** The ARIA grids (not <table> elements) inside `root`. */
export function ariaGridsIn(root: Element): Element[] {
  return listOf(root.querySelectorAll(GRID)).filter((el) => el.tagName !== 'TABLE');
}

/**
 * A detached <table> holding `grid`'s texts: its first row's cells as <th>, the other rows' as <td>. Null when the grid
 * has fewer than three rows or more than a dozen, or its rows differ in their number of cells.
 */
export function tableOfGrid(grid: Element): HTMLTableElement | null {
  const rows = listOf(grid.querySelectorAll('[role="row"]')).filter((r) => r.closest(GRID) === grid);
  if (rows.length < 3 || rows.length > MAX_ROWS) return null;
  const cellsOf = (row: Element) => {
    const marked = listOf(row.querySelectorAll('[role="cell"], [role="gridcell"], [role="columnheader"]'));
    return marked.length > 0 ? marked : listOf(row.children);
  };
  const width = cellsOf(rows[0] as Element).length;
  if (width < 3 || rows.some((r) => cellsOf(r).length !== width)) return null;
  const doc = grid.ownerDocument;
  const table = doc.createElement('table');
  rows.forEach((row, i) => {
    const tr = doc.createElement('tr');
    for (const cell of cellsOf(row)) {
      const c = doc.createElement(i === 0 ? 'th' : 'td');
      c.textContent = (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
      tr.append(c);
    }
    table.append(tr);
  });
  return table;
}
