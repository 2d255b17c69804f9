// Tables drawn without <table>: ARIA grids of div rows (Vexip's vxp-table, Wijmo's FlexGrid, AG Grid: role=grid or
// role=table, rows role=row, the first row the column titles). Read as a detached <table> of their texts, so the
// purchases reader (purchases.ts) reads them as it reads tables.
import { readLines } from '../dom';
import { listOf } from '../list';
import { elementsIn, elementsWithAttribute, type WalkCache } from '../walk';

/** Div rows enough for a header and a few data rows; more is a list, not a record's purchases. */
const MAX_ROWS = 12;
const GRID = '[role="grid"], [role="table"], [role="treegrid"]';
const GRID_ROLES = new Set(['grid', 'table', 'treegrid']);

/** The ARIA grids (not <table> elements) inside `root`, from the extraction's walk of the page when it has one. */
export function ariaGridsIn(root: Element, walks?: WalkCache): Element[] {
  return elementsWithAttribute(root, walks, ['role']).filter(
    (el) => el.tagName !== 'TABLE' && GRID_ROLES.has(el.getAttribute('role') ?? ''),
  );
}

/**
 * A detached <table> holding `grid`'s texts: its first row's cells as <th>, the other rows' as <td>. Null when the grid
 * has fewer than three rows or more than a dozen, or its rows differ in their number of cells.
 */
export function tableOfGrid(grid: Element): HTMLTableElement | null {
  const rows = listOf(grid.querySelectorAll('[role="row"]')).filter((r) => r.closest(GRID) === grid);
  return tableOfRows(rows, (row) => {
    const marked = listOf(row.querySelectorAll('[role="cell"], [role="gridcell"], [role="columnheader"]'));
    return marked.length > 0 ? marked : listOf(row.children);
  });
}

function tableOfRows(rows: Element[], cellsOf: (row: Element) => Element[]): HTMLTableElement | null {
  if (rows.length < 3 || rows.length > MAX_ROWS) return null;
  const width = cellsOf(rows[0] as Element).length;
  if (width < 3 || rows.some((r) => cellsOf(r).length !== width)) return null;
  return detachedTable(
    (rows[0] as Element).ownerDocument,
    rows.map(cellsOf),
    (cell) => cell.textContent ?? '',
    (_, row) => row === 0,
  );
}

/** A detached <table> of `rows`' cells, each holding `textOf` the cell, a <th> where `isHead` says so. */
function detachedTable(
  doc: Document,
  rows: Element[][],
  textOf: (cell: Element) => string,
  isHead: (cell: Element, row: number) => boolean,
): HTMLTableElement {
  const table = doc.createElement('table');
  rows.forEach((cells, i) => {
    const tr = doc.createElement('tr');
    for (const cell of cells) {
      const c = doc.createElement(isHead(cell, i) ? 'th' : 'td');
      c.textContent = textOf(cell).replace(/\s+/g, ' ').trim();
      tr.append(c);
    }
    table.append(tr);
  });
  return table;
}

const firstClass = (el: Element) => (el.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';

/**
 * Tables drawn with plain divs and no roles (a mobile card's "日期 | 项目 | 金额" rows laid out by CSS grid): a box of
 * three to a dozen rows of one class, each of the same three or more leaf cells, the first row short titles without
 * digits. Each box with its detached table, in page order.
 */
export function divTablesIn(root: Element, walks?: WalkCache): { box: Element; table: HTMLTableElement }[] {
  const tables: { box: Element; table: HTMLTableElement }[] = [];
  for (const box of elementsIn(root, walks)) {
    const n = box.childElementCount;
    if (n < 3 || n > MAX_ROWS || box.tagName === 'TABLE' || box.tagName === 'TBODY' || box.tagName === 'THEAD')
      continue;
    const rows = listOf(box.children);
    // Rows of one class, or a web component's rows (<ui5-table-header-row>, <ui5-table-row>: tags ending in -row).
    const kind = firstClass(rows[0] as Element);
    const classed = !!kind && rows.every((r) => r.tagName !== 'TR' && firstClass(r) === kind);
    if (!classed && !rows.every((r) => /-ROW$/.test(r.tagName))) continue;
    const cells = (row: Element) => listOf(row.children);
    if (rows.some((r) => cells(r).some((c) => c.childElementCount > 0))) continue;
    const titles = cells(rows[0] as Element).map((c) => (c.textContent ?? '').trim());
    if (titles.some((t) => t === '' || [...t].length > 24 || /\d/.test(t))) continue;
    const table = tableOfRows(rows, cells);
    if (table) tables.push({ box, table });
  }
  return tables;
}

/** A detached copy of `table` whose cells hold the texts their slots show (a web component's grid), each cell's kind kept. */
export function slottedTable(table: HTMLTableElement): HTMLTableElement {
  return detachedTable(
    table.ownerDocument,
    listOf(table.rows).map((row) => listOf(row.cells)),
    (cell) => readLines(cell, true).join(' '),
    (cell) => cell.tagName === 'TH',
  );
}
