import type { z } from 'zod';
import { scriptSchema, type Script } from './schema';
import { locateJsonError } from './json-locate';
import { formatJsonPath, type LintError } from './lint-types';

export type ParseResult = { ok: true; script: Script } | { ok: false; errors: LintError[] };

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function describeIssue(issue: z.core.$ZodIssue): Pick<LintError, 'message' | 'code'> {
  const last = issue.path.at(-1);
  const isTranslation = last === 'en' || last === 'zh-CN';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined && issue.path.length === 1 && last === 'start') {
        return { code: 'no-start', message: 'The script names no start step ("start").' };
      }
      if (issue.input === undefined) {
        return {
          code: isTranslation ? 'missing-translation' : 'schema',
          message: isTranslation
            ? `The ${String(last)} text is missing.`
            : `"${String(last ?? 'value')}" is required but missing.`,
        };
      }
      return { code: 'schema', message: `Expected ${issue.expected}, found ${describeValue(issue.input)}.` };
    case 'invalid_value':
      return {
        code: 'schema',
        message: `${describeValue(issue.input)} is not allowed here; use one of: ${issue.values.map(String).join(', ')}.`,
      };
    case 'unrecognized_keys':
      return {
        code: 'schema',
        message: `Unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')} (not part of the script format).`,
      };
    case 'invalid_union':
      return { code: 'schema', message: 'This does not match any allowed shape; check "type" or "op".' };
    default:
      return { code: 'schema', message: issue.message.endsWith('.') ? issue.message : `${issue.message}.` };
  }
}

/** Validates the shape; every failure names its JSON path. */
export function parseScript(input: unknown): ParseResult {
  const result = scriptSchema.safeParse(input);
  if (result.success) return { ok: true, script: result.data };
  const errors = result.error.issues.map((issue) => ({ path: formatJsonPath(issue.path), ...describeIssue(issue) }));
  return { ok: false, errors };
}

/** JSON text → script, with the line and column of a syntax error. */
export function parseScriptJson(text: string): ParseResult & { value?: unknown } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const location = locateJsonError(text);
    if (!location) {
      const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 200);
      return {
        ok: false,
        errors: [{ path: '$', code: 'invalid-json', message: `The file is not valid JSON: ${message}` }],
      };
    }
    const message = `The file is not valid JSON at line ${location.line}, column ${location.column} (inside ${location.path}): expected ${location.expected}.`;
    return { ok: false, errors: [{ path: location.path, code: 'invalid-json', message }] };
  }
  return { ...parseScript(value), value };
}
