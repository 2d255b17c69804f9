// Command-line options for the CLIs: node's parseArgs, plus what it lets through — an option given twice (the
// last would win silently) is refused, as is a value that is not what the option takes.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { describeBadInstant } from '../utils/core/export/date-checks';

type Options = NonNullable<ParseArgsConfig['options']>;

export function readCliArgs<O extends Options>(
  argv: string[],
  options: O,
  allowPositionals: boolean,
):
  | {
      ok: true;
      values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: boolean; tokens: true }>>['values'];
      positionals: string[];
    }
  | { ok: false; message: string } {
  try {
    const parsed = parseArgs({ args: argv, options, strict: true, allowPositionals, tokens: true });
    const seen = new Set<string>();
    for (const token of parsed.tokens) {
      if (token.kind !== 'option' || options[token.name]?.multiple) continue;
      if (seen.has(token.name)) return { ok: false, message: `--${token.name} is given more than once; give it once` };
      seen.add(token.name);
    }
    return { ok: true, values: parsed.values, positionals: parsed.positionals };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

/** `--now` is an instant with its zone (e.g. 2026-11-03T08:00:00Z): a real date and time, never guessed. */
export function readNow(value: string | undefined): { ok: true; now: number } | { ok: false; message: string } {
  if (value === undefined) return { ok: true, now: Date.now() };
  const bad = describeBadInstant(value);
  return bad ? { ok: false, message: `--now: ${bad}` } : { ok: true, now: Date.parse(value) };
}
