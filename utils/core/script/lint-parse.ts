import type { z } from 'zod';
import { expandBlocks } from './blocks';
import { scriptSourceSchema, type Script } from './schema';
import { locateJsonError } from '../json-locate';
import { measureNesting } from './lint-semantics';
import { migrateScript } from './migrate';
import { callbackKindSchema } from '../callback-kinds';
import { formatJsonPath, type LintError } from './lint-types';

/** Deeper than this, a file is refused before the schema walks it (zod recurses and would overflow). */
export const maxJsonNesting = 64;

const expectedWords: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'text in double quotes',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
};

export type ParseResult = { ok: true; script: Script } | { ok: false; errors: LintError[] };

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === 'number') return String(value);
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
      return {
        code: 'schema',
        message: `Expected ${expectedWords[issue.expected] ?? issue.expected}, got ${describeValue(issue.input)}.`,
      };
    case 'invalid_value':
      return {
        code: 'schema',
        message:
          issue.input === undefined
            ? `"${String(last ?? 'value')}" is missing; use one of: ${issue.values.map(String).join(', ')}.`
            : `${describeValue(issue.input)} is not allowed here; use one of: ${issue.values.map(String).join(', ')}.`,
      };
    case 'unrecognized_keys':
      return {
        code: 'schema',
        message:
          last === 'startByKind'
            ? `${issue.keys.map((key) => `"${key}"`).join(', ')} is not a callback kind; use one of: ${callbackKindSchema.options.join(', ')}.`
            : `Unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')} (not part of the script format).`,
      };
    case 'invalid_union': {
      // A discriminated union (step "type", condition "op"): name the value given and the allowed ones.
      const known = issue as { discriminator?: string; options?: unknown[]; input?: unknown };
      if (known.discriminator && known.options) {
        const given = isRecord(known.input) ? known.input[known.discriminator] : undefined;
        return {
          code: 'schema',
          message:
            given === undefined
              ? `"${known.discriminator}" is missing; use one of: ${known.options.map(String).join(', ')}.`
              : `"${known.discriminator}" is ${describeValue(given)}, which is not one of: ${known.options.map(String).join(', ')}.`,
        };
      }
      return { code: 'schema', message: `This does not match any allowed shape (${describeValue(issue.input)}).` };
    }
    default:
      return { code: 'schema', message: issue.message.endsWith('.') ? issue.message : `${issue.message}.` };
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validates the shape; every failure names its JSON path. */
export function parseScript(input: unknown): ParseResult {
  const nesting = measureNesting(input, maxJsonNesting);
  if (nesting.depth > maxJsonNesting) {
    return {
      ok: false,
      errors: [
        {
          path: formatJsonPath(nesting.path.slice(0, 8)),
          code: 'too-deep',
          message: `The file nests more than ${maxJsonNesting} levels (from here on); a script needs far fewer.`,
        },
      ],
    };
  }
  const migrated = migrateScript(input);
  if (!migrated.ok)
    return {
      ok: false,
      errors: [{ path: formatJsonPath(migrated.path), code: 'format-version', message: migrated.message }],
    };
  const result = scriptSourceSchema.safeParse(migrated.value, { reportInput: true });
  if (result.success) {
    const expanded = expandBlocks(result.data);
    if (expanded.ok) return expanded;
    return {
      ok: false,
      errors: expanded.errors.map((e) => ({ path: formatJsonPath(e.path), code: e.code, message: e.message })),
    };
  }
  const errors = result.error.issues.map((issue) => ({ path: formatJsonPath(issue.path), ...describeIssue(issue) }));
  return { ok: false, errors };
}

/** JSON text → script, with the line and column of a syntax error. */
export function parseScriptJson(text: string): ParseResult & { value?: unknown } {
  // A byte-order mark is allowed and ignored, as in every reader (docs/script-format.md, "Validation rules").
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
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
