// Walks a script without a browser:
//   npm run --silent play -- SCRIPT.json --answers ANSWERS.json [--context CONTEXT.json] [--kind KIND[,KIND]]
//     [--locale zh-CN|en] [--now ISO]
// SCRIPT.json may also be builtin:ID, a built-in playbook (e.g. builtin:dealer-visit-followup).
// CONTEXT.json: a flat object of field names to text ({ "name": "李伟", "signDate": "2026-11-20", "loanAmount": "150000" })
// or the output of `npm run --silent extract -- page.html` (its `fields` and `extra` are read). docs/script-format.md.
// Prints { script, applies, visited, result, problems } as JSON on stdout; problems with the input go to stderr, exit 1.
import { z } from 'zod';
import { builtinPlaybooks } from '../utils/core/playbooks/index';
import { lintScript, lintScriptJson, type LintResult } from '../utils/core/script/lint';
import { localeSchema } from '../utils/core/script/localized';
import { parseAnswers, playScript } from '../utils/core/script/play';
import { readCliArgs, readNow } from './args';
import { callbackKindSchema, type CallbackKind } from '../utils/core/callback-kinds';
import { createWorkingCalendar } from '../utils/core/calendar/working-calendar';
import { defaultTimeZone, toZonedDate } from '../utils/core/calendar/zoned-time';
import { readTextFile } from './read-text';

const maxFileBytes = 2 * 1024 * 1024;

const flatContextSchema = z.record(z.string().max(200), z.string().max(4000));
/** What `extract` prints: normalised `fields` and the page's other labelled values in `extra` ({ value, … } each). */
const extractOutputSchema = z.object({
  fields: flatContextSchema,
  extra: z.record(z.string().max(200), z.object({ value: z.string().max(4000) })).optional(),
});

/** The flat field → text map placeholders and conditions read; extra values first, standard fields win. */
function readContextFile(value: unknown): Record<string, string> | null {
  const extracted = extractOutputSchema.safeParse(value);
  if (extracted.success) {
    const extra = Object.entries(extracted.data.extra ?? {}).map(([key, field]) => [key, field.value]);
    return { ...Object.fromEntries(extra), ...extracted.data.fields };
  }
  const flat = flatContextSchema.safeParse(value);
  return flat.success ? flat.data : null;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}

function readJson(file: string, what: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const read = readTextFile(file, maxFileBytes);
  if (!read.ok) return { ok: false, message: `The ${what} file: ${read.message}` };
  const text = read.text.charCodeAt(0) === 0xfeff ? read.text.slice(1) : read.text;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      message: `The ${what} file ${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** A lint result for a file or a built-in playbook, or a sentence saying why there is none. */
function loadScript(name: string): LintResult | string {
  if (name.startsWith('builtin:')) {
    const id = name.slice('builtin:'.length);
    const entry = builtinPlaybooks.find((candidate) => candidate.id === id);
    return entry
      ? lintScript(entry)
      : `No built-in playbook "${id}"; there are: ${builtinPlaybooks.map((p) => p.id).join(', ')}.`;
  }
  const read = readTextFile(name, maxFileBytes);
  return read.ok ? lintScriptJson(read.text) : `The script file: ${read.message}`;
}

const usage =
  'Usage: play SCRIPT.json --answers ANSWERS.json [--context CONTEXT.json] [--kind KIND[,KIND]] [--locale zh-CN|en] [--now ISO]';

function main(argv: string[]): number {
  const args = readCliArgs(
    argv,
    {
      answers: { type: 'string' },
      context: { type: 'string' },
      kind: { type: 'string' },
      locale: { type: 'string' },
      now: { type: 'string' },
    },
    true,
  );
  if (!args.ok) return fail(`${args.message}\n${usage}`);
  const [scriptFile, ...extra] = args.positionals;
  const answersFile = args.values.answers;
  if (!scriptFile || !answersFile) return fail(usage);
  if (extra.length > 0) return fail(`One script at a time; also given: ${extra.join(' ')}\n${usage}`);
  const nowArg = readNow(args.values.now);
  if (!nowArg.ok) return fail(nowArg.message);
  const linted = loadScript(scriptFile);
  if (typeof linted === 'string') return fail(linted);
  if (!linted.script) {
    return fail(
      [
        `The script ${scriptFile} has errors:`,
        ...linted.errors.map((e) => `  ${e.path}: ${e.message} [${e.code}]`),
      ].join('\n'),
    );
  }
  const locale = localeSchema.safeParse(args.values.locale ?? 'zh-CN');
  if (!locale.success) return fail('--locale must be zh-CN or en.');
  const now = args.values.now ?? new Date(nowArg.now).toISOString();
  let context: Record<string, string> = {};
  const contextFile = args.values.context;
  if (contextFile) {
    const read = readJson(contextFile, 'context');
    if (!read.ok) return fail(read.message);
    const parsed = readContextFile(read.value);
    if (!parsed)
      return fail(
        `The context file ${contextFile} must be an object of field names to text values ({ "name": "李伟", "signDate": "2026-11-20" }) or the output of \`extract\`.`,
      );
    context = parsed;
  }
  const kinds: CallbackKind[] = [];
  for (const name of args.values.kind?.split(',') ?? []) {
    const kind = callbackKindSchema.safeParse(name.trim());
    if (!kind.success)
      return fail(`--kind "${name}" is not a callback kind; use one of: ${callbackKindSchema.options.join(', ')}.`);
    kinds.push(kind.data);
  }
  const read = readJson(answersFile, 'answers');
  if (!read.ok) return fail(read.message);
  const answers = parseAnswers(read.value, now);
  if (!answers.ok)
    return fail(
      [`The answers file ${answersFile} has errors:`, ...answers.errors.map((e) => `  ${e.path}: ${e.message}`)].join(
        '\n',
      ),
    );
  if (answers.map) {
    const stepIds = new Set(linted.script.steps.map((step) => step.id));
    const unknown = Object.keys(answers.map).filter((key) => !stepIds.has(key));
    if (unknown.length > 0)
      return fail(
        `The answers file ${answersFile} answers steps the script does not have: ${unknown.map((k) => JSON.stringify(k)).join(', ')} (its steps: ${[...stepIds].join(', ')}).`,
      );
  }
  const report = playScript(linted.script, answers, {
    context,
    locale: locale.data,
    now,
    today: toZonedDate(Date.parse(now), defaultTimeZone),
    calendar: createWorkingCalendar(),
    ...(kinds.length > 0 ? { kinds } : {}),
  });
  const script = { id: linted.script.id, version: linted.script.version };
  process.stdout.write(`${JSON.stringify({ script, ...report }, null, 2)}\n`);
  for (const problem of report.problems) process.stderr.write(`event ${problem.event}: ${problem.message}\n`);
  return report.problems.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
