// A table's cells by row and column, as the eye reads them: a cell spanning rows or columns stands in each place it
// covers (rowspan, colspan). Read from the attributes (a DOM without layout may not reflect rowSpan).
import { listOf } from '../list';

const spanOf = (cell: Element, attr: string) => Number.parseInt(cell.getAttribute(attr) ?? '', 10) || 1;

/** The rows' cells by column, a cell spanning rows or columns standing in each (rowspan, colspan). */
export function gridOf(rows: HTMLTableRowElement[]): (Element | undefined)[][] {
  const grid: (Element | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of listOf(row.cells)) {
      while (grid[r]?.[col]) col++;
      const rowSpan = Math.max(1, Math.min(spanOf(cell, 'rowspan'), rows.length - r));
      const colSpan = Math.max(1, Math.min(spanOf(cell, 'colspan'), 20));
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) (grid[r + dr] ??= [])[col + dc] = cell;
      col += colSpan;
    }
  });
  return grid;
}
