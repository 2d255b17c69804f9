// Lints callback scripts: `npm run --silent check-script -- FILE... | --all-builtin [--json]`.
// Findings go to stdout (one per line: file, path, message, code); usage and read errors to stderr. Exit 1 on any error.
import { lintScript, lintScriptJson, type LintError } from '../utils/core/script/lint';
import { builtinPlaybooks } from '../utils/core/playbooks/index';
import { readTextFile } from './read-text';

const maxFileBytes = 2 * 1024 * 1024;
type FileReport = { file: string; errors: LintError[] };

function lintFile(file: string): FileReport {
  const read = readTextFile(file, maxFileBytes);
  if (!read.ok) return { file, errors: [{ path: '$', code: 'unreadable-file', message: read.message }] };
  return { file, errors: lintScriptJson(read.text).errors };
}

function nameBuiltin(entry: unknown, index: number): string {
  const id = typeof entry === 'object' && entry !== null && 'id' in entry ? entry.id : undefined;
  return `builtin:${typeof id === 'string' ? id : `#${index}`}`;
}

function main(argv: string[]): number {
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
  const reports: FileReport[] = files.map(lintFile);
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

process.exitCode = main(process.argv.slice(2));
