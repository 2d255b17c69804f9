// Lints callback scripts: `npm run --silent check-script -- FILE... | --all-builtin [--json]`; FILE may be a script's
// JSON or a spreadsheet in the layout of docs/script-sheet.md (.xlsx, .csv).
// Findings go to stdout (one per line: file, path, message, code); usage and read errors to stderr. Exit 1 on any error.
import { lintScript, lintScriptJson, type LintError } from '../utils/core/script/lint';
import { builtinPlaybooks } from '../utils/core/playbooks/index';
import { readTextFile } from './read-text';
import { readFileSync, statSync } from 'node:fs';
import { rowsToScriptSource } from '../utils/core/script/sheet';
import { readTable } from '../utils/worklist/read-table';

const maxFileBytes = 2 * 1024 * 1024;
type FileReport = { file: string; errors: LintError[] };

function lintFile(file: string): FileReport {
  const read = readTextFile(file, maxFileBytes);
  if (!read.ok) return { file, errors: [{ path: '$', code: 'unreadable-file', message: read.message }] };
  return { file, errors: lintScriptJson(read.text).errors };
}

/** A script kept as a spreadsheet (docs/script-sheet.md): cells it cannot read, then the linter's findings. */
async function lintSheet(file: string): Promise<FileReport> {
  let bytes: Uint8Array;
  try {
    if (statSync(file).size > maxFileBytes) throw new Error(`larger than ${maxFileBytes / 1024 / 1024} MB`);
    bytes = new Uint8Array(readFileSync(file));
  } catch (err) {
    const message = `Cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`;
    return { file, errors: [{ path: '$', code: 'unreadable-file', message }] };
  }
  const table = await readTable(file, bytes);
  if (!table.ok) return { file, errors: [{ path: '$', code: 'unreadable-file', message: table.message.en }] };
  const read = rowsToScriptSource(table.table);
  if (!read.ok)
    return {
      file,
      errors: read.errors.map((e) => ({
        path: `row ${e.row}, column ${e.column}`,
        code: 'sheet-cell',
        message: `${e.message}.`,
      })),
    };
  return { file, errors: lintScript(read.value).errors };
}

const isSheet = (file: string) => /\.(xlsx|csv)$/i.test(file);

function nameBuiltin(entry: unknown, index: number): string {
  const id = typeof entry === 'object' && entry !== null && 'id' in entry ? entry.id : undefined;
  return `builtin:${typeof id === 'string' ? id : `#${index}`}`;
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const all = argv.includes('--all-builtin');
  const files = argv.filter((arg) => !arg.startsWith('--'));
  const unknown = argv.filter((arg) => arg.startsWith('--') && arg !== '--json' && arg !== '--all-builtin');
  if (unknown.length > 0 || (files.length === 0 && !all)) {
    process.stderr.write(
      `${unknown.length > 0 ? `Unknown option ${unknown.join(' ')}. ` : ''}Usage: check-script FILE... | --all-builtin [--json]\n`,
    );
    return 1;
  }
  const reports: FileReport[] = await Promise.all(
    files.map((file) => (isSheet(file) ? lintSheet(file) : Promise.resolve(lintFile(file)))),
  );
  if (all)
    builtinPlaybooks.forEach((entry, i) =>
      reports.push({ file: nameBuiltin(entry, i), errors: lintScript(entry).errors }),
    );
  const total = reports.reduce((sum, report) => sum + report.errors.length, 0);
  if (json) {
    process.stdout.write(`${JSON.stringify({ scripts: reports.length, errors: total, reports }, null, 2)}\n`);
  } else {
    for (const { file, errors } of reports) {
      for (const error of errors) process.stdout.write(`${file}: ${error.path}: ${error.message} [${error.code}]\n`);
    }
    process.stdout.write(
      `${reports.length} script${reports.length === 1 ? '' : 's'}, ${total} error${total === 1 ? '' : 's'}\n`,
    );
  }
  return total > 0 ? 1 : 0;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
