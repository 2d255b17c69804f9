import type { ReportSheet } from '@/utils/core/report/report-sheets';

// The 月报's sections as tables, from the same sheets the XLSX and CSV are written from (docs/report.md), so the
// screen, the workbook and the CSV can never disagree.

export function ReportTables({ sheets, skip = [] }: { sheets: readonly ReportSheet[]; skip?: readonly number[] }) {
  return (
    <div class="report-tables">
      {sheets.map((sheet, index) =>
        skip.includes(index) ? null : (
          <table key={sheet.name} data-testid={`report-sheet-${index}`}>
            <caption>{sheet.name}</caption>
            <thead>
              <tr>
                {sheet.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sheet.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>{cell === null ? '—' : String(cell)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ),
      )}
    </div>
  );
}
