import type { Script } from '@/utils/core/script/schema';
import { rowsToCsv, rowsToScriptSource, scriptToRows, type SheetError } from '@/utils/core/script/sheet';
import { pickText, type LocalizedText, type Locale } from '@/utils/core/script/localized';

// The options page's spreadsheet round trip (docs/script-sheet.md): the XLSX reader and writer load only when a
// team lead uses them, as in the work-list import.

export type SheetImport = { ok: true; json: string } | { ok: false; errors: (SheetError | { message: string })[] };

/** A dropped or chosen XLSX/CSV file → the script's JSON text, for the editor (which lints it as usual). */
export async function importScriptSheet(fileName: string, bytes: Uint8Array, locale: Locale): Promise<SheetImport> {
  const { readTable } = await import('@/utils/worklist/read-table');
  const table = await readTable(fileName, bytes);
  if (!table.ok) return { ok: false, errors: [{ message: pickText(table.message as LocalizedText, locale) }] };
  const read = rowsToScriptSource(table.table);
  if (!read.ok) return { ok: false, errors: read.errors };
  return { ok: true, json: `${JSON.stringify(read.value, null, 2)}\n` };
}

export function exportScriptCsv(script: Script): Blob {
  return new Blob([rowsToCsv(scriptToRows(script))], { type: 'text/csv;charset=utf-8' });
}

/** One sheet named after the script, every cell written as text (never a formula). */
export async function exportScriptXlsx(script: Script): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const data = scriptToRows(script).map((row) => row.map((value) => (value === '' ? null : { value, type: String })));
  return writeXlsxFile(data, { sheet: script.id.slice(0, 31) }).toBlob();
}
