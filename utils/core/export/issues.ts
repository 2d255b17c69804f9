import type { z } from 'zod';
import { locateJsonError } from '../json-locate';

/** Why a file cannot be imported; `code` is for the UI to translate, `message` is plain English. */
export interface ImportProblem {
  code:
    | 'too-large'
    | 'parse'
    | 'not-export'
    | 'newer-version'
    | 'passphrase-required'
    | 'decrypt-failed'
    | 'invalid'
    | 'duplicate-ids'
    | 'encoding'
    | 'version-mismatch'
    | 'unknown-keys'
    | 'cancelled';
  message: string;
  /** JSON path of the bad value, e.g. records[12].startedAt */
  path?: string;
  /** Character offset, line and column of a JSON syntax error (1-based line/column). */
  position?: number;
  line?: number;
  column?: number;
  ids?: string[];
}

/** Most problems shown for one file; past this the file is clearly not what the user meant. */
export const maxReportedProblems = 50;

export function formatIssuePath(path: readonly PropertyKey[], prefix: readonly PropertyKey[] = []): string {
  let out = '';
  for (const part of [...prefix, ...path]) {
    // Numbers index arrays; "id=…" names a stored row by its key (database rows have no file position).
    if (typeof part === 'number' || (typeof part === 'string' && part.includes('='))) out += `[${String(part)}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

export function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): ImportProblem[] {
  return issues.slice(0, maxReportedProblems).map((issue) => {
    const path = formatIssuePath(issue.path, prefix);
    return { code: 'invalid', path, message: `${path}: ${issue.message}` };
  });
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

/** Turns JSON.parse's error into a position, whatever engine wording it came in. */
export function describeJsonError(err: unknown, text: string): ImportProblem {
  const raw = err instanceof Error ? err.message : String(err);
  let position: number | undefined;
  const atPosition = /at position (\d+)/.exec(raw);
  const lineCol = /line (\d+) column (\d+)/.exec(raw);
  if (atPosition) position = Number(atPosition[1]);
  else if (lineCol) {
    const [targetLine, targetCol] = [Number(lineCol[1]), Number(lineCol[2])];
    let line = 1;
    let i = 0;
    while (line < targetLine && i < text.length) if (text.charCodeAt(i++) === 10) line++;
    position = i + targetCol - 1;
  } else if (/end of (JSON )?(input|data)/i.test(raw)) position = text.length;
  else position = locateJsonError(text)?.offset;
  if (position === undefined) return { code: 'parse', message: `Not valid JSON: ${raw}` };
  const { line, column } = lineAndColumn(text, position);
  const what =
    position >= text.length
      ? 'the file ends too early (truncated?)'
      : raw.replace(/\s*(at position \d+.*|\(line.*)$/, '').replace(/, ".*" is not valid JSON$/s, '');
  return {
    code: 'parse',
    position,
    line,
    column,
    message: `Not valid JSON at line ${line}, column ${column} (character ${position}): ${what}`,
  };
}
