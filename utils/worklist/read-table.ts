// Wired by #12 (the agent's day: onboarding, work list, next customer); until then reached only by its tests.
import { readSheet } from 'read-excel-file/universal';
import type { Cell, Table } from '@/utils/core/worklist/cell-values';
import { parseCsv } from '@/utils/core/worklist/csv';
import { decodeText } from '@/utils/core/worklist/decode-text';
import type { LocalizedText } from '@/utils/core/script/localized';

// read-excel-file, not the `xlsx` package: xlsx 0.18.5 on npm carries unfixed advisories (prototype pollution, ReDoS).

/** A work-list file bigger than this is refused before it is read (a month's list is a few hundred kB). */
export const maxWorklistBytes = 20 * 1024 * 1024;

export type ReadTableResult =
  { ok: true; table: Table; format: 'xlsx' | 'csv'; encoding: string } | { ok: false; message: LocalizedText };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function toCell(value: unknown): Cell {
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return null;
}

/** The first sheet of an XLSX file, or the rows of a CSV/TSV file in whatever encoding Excel or the CRM wrote it. */
export async function readTable(fileName: string, bytes: Uint8Array): Promise<ReadTableResult> {
  if (bytes.byteLength > maxWorklistBytes)
    return {
      ok: false,
      message: {
        'zh-CN': `文件超过 ${maxWorklistBytes / 1024 / 1024} MB，请分批导出。`,
        en: `The file is larger than ${maxWorklistBytes / 1024 / 1024} MB; export it in parts.`,
      },
    };
  const head = [...bytes.subarray(0, 4)];
  if (OLE.every((b, i) => head[i] === b))
    return {
      ok: false,
      message: {
        'zh-CN': '这是旧版 Excel（.xls）文件：请在 Excel 中另存为 .xlsx 或 CSV 后再导入。',
        en: 'This is an old Excel (.xls) file: save it as .xlsx or CSV in Excel, then import it.',
      },
    };
  if (ZIP.every((b, i) => head[i] === b)) {
    try {
      const copy = bytes.slice().buffer;
      const rows = await readSheet(copy, { trim: true });
      return { ok: true, table: rows.map((r) => r.map(toCell)), format: 'xlsx', encoding: 'xlsx' };
    } catch (err) {
      return {
        ok: false,
        message: {
          'zh-CN': `无法读取 Excel 文件“${fileName}”：${err instanceof Error ? err.message : String(err)}`,
          en: `Cannot read the Excel file "${fileName}": ${err instanceof Error ? err.message : String(err)}`,
        },
      };
    }
  }
  const decoded = decodeText(bytes);
  const csv = parseCsv(decoded.text);
  if (!csv.ok)
    return {
      ok: false,
      message: {
        'zh-CN': `CSV 第 ${csv.line} 行：引号没有闭合。`,
        en: `CSV line ${csv.line}: ${csv.message}.`,
      },
    };
  return { ok: true, table: csv.rows, format: 'csv', encoding: decoded.encoding };
}
