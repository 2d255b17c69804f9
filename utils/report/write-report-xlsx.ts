import writeXlsxFile, { type Row, type Sheet } from 'write-excel-file/universal';
import type { ReportSheet } from '../core/report/report-sheets';

// The 月报 workbook (docs/report.md): one sheet per section, a bold header row kept in view, text written as text
// (never a formula), numbers as numbers.

/** Column widths from the longest text in each column (a CJK character counts twice). */
function widths(sheet: ReportSheet): { width: number }[] {
  const length = (v: unknown) => [...String(v ?? '')].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  return sheet.columns.map((title, i) => ({
    width: Math.min(60, Math.max(8, length(title), ...sheet.rows.map((r) => length(r[i]))) + 2),
  }));
}

export function toWorkbookSheets(sheets: readonly ReportSheet[]): Sheet<Blob>[] {
  return sheets.map((s) => {
    const header: Row = s.columns.map((value) => ({ value, type: String, fontWeight: 'bold' }));
    const rows: Row[] = s.rows.map((row) =>
      row.map((value) =>
        value === null ? null : typeof value === 'number' ? { value, type: Number } : { value, type: String },
      ),
    );
    return { sheet: s.name, data: [header, ...rows], columns: widths(s), stickyRowsCount: 1 };
  });
}

/** The workbook as a Blob, for a download or for a test to read back. */
export function writeReportXlsx(sheets: readonly ReportSheet[]): Promise<Blob> {
  return writeXlsxFile(toWorkbookSheets(sheets)).toBlob();
}
