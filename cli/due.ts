// npm run --silent due -- --kind KIND --event DATE_OR_DATETIME [--disaster] [--days N] [--tz ZONE]
//   [--holiday YYYY-MM-DD]... [--workday YYYY-MM-DD]... [--lang en|zh-CN] [--verbose]
// Prints {"due": …, "warnings": […]}; --verbose adds the limit, the clause and the rule summary.
import { callbackKindSchema, callbackKinds } from '../utils/core/callback-kinds';
import { isCivilDate } from '../utils/core/calendar/civil-date';
import { parseEventInput } from '../utils/core/calendar/event-input';
import { createWorkingCalendar } from '../utils/core/calendar/working-calendar';
import { assertTimeZone, defaultTimeZone } from '../utils/core/calendar/zoned-time';
import { computeDue } from '../utils/core/rules/compute-due';
import { localeSchema, pickText } from '../utils/core/script/localized';
import { readCliArgs } from './args';

function fail(message: string): never {
  process.stderr.write(`due: ${message}\n`);
  process.exit(1);
}

function readArgs() {
  const parsed = readCliArgs(
    process.argv.slice(2),
    {
      kind: { type: 'string' },
      event: { type: 'string' },
      disaster: { type: 'boolean' },
      days: { type: 'string' },
      tz: { type: 'string' },
      holiday: { type: 'string', multiple: true },
      workday: { type: 'string', multiple: true },
      lang: { type: 'string' },
      verbose: { type: 'boolean' },
    },
    false,
  );
  return parsed.ok ? parsed.values : fail(parsed.message);
}

const args = readArgs();
if (args.kind === undefined) fail('--kind is required (one of: ' + callbackKinds.join(', ') + ')');
const kind = callbackKindSchema.safeParse(args.kind);
if (!kind.success) fail(`--kind "${args.kind}" is not a callback kind (one of: ${callbackKinds.join(', ')})`);
if (args.event === undefined) fail('--event is required (YYYY-MM-DD or an ISO datetime)');
const timeZone = args.tz ?? defaultTimeZone;
try {
  assertTimeZone(timeZone);
} catch {
  fail(`--tz "${timeZone}" is not a time zone name`);
}
// Years the bundled calendar has no data for are refused before any arithmetic (docs/rules.md, "Calendar range").
const calendarYears = createWorkingCalendar().coveredYears();
const firstYear = Math.min(...calendarYears.notice, ...calendarYears.statutory);
const lastYear = Math.max(...calendarYears.notice, ...calendarYears.statutory);
const eventYear = /^\s*(\d{4,})-/.exec(args.event)?.[1];
if (eventYear !== undefined && !(Number(eventYear) >= firstYear && Number(eventYear) <= lastYear)) {
  fail(`--event "${args.event}": the working-day calendar covers ${firstYear}–${lastYear}; ${eventYear} is outside it`);
}
const parsed = parseEventInput(args.event, timeZone);
if (!parsed.ok) fail(`--event: ${parsed.message}`);
let days: number | undefined;
if (args.days !== undefined) {
  days = Number(args.days);
  if (!/^-?\d+$/.test(args.days) || Math.abs(days) > 3650) fail(`--days "${args.days}" is not a whole number of days`);
}
for (const [name, list] of [
  ['--holiday', args.holiday],
  ['--workday', args.workday],
] as const) {
  for (const d of list ?? []) if (!isCivilDate(d)) fail(`${name} "${d}" is not a date (YYYY-MM-DD)`);
}
const lang = localeSchema.safeParse(args.lang ?? 'en');
if (!lang.success) fail(`--lang "${args.lang}" must be en or zh-CN`);

const calendar = createWorkingCalendar({ extraHolidays: args.holiday ?? [], extraWorkdays: args.workday ?? [] });
const result = computeDue(kind.data, parsed.event, calendar, { timeZone, disaster: args.disaster ?? false, days });
const dueYear = result.due === null ? null : Number(result.due.slice(0, 4));
if (dueYear !== null && !(dueYear >= firstYear && dueYear <= lastYear)) {
  fail(`the deadline falls in ${dueYear}, past the working-day calendar (${firstYear}–${lastYear})`);
}
const warnings = result.warnings.map((w) => pickText(w.text, lang.data));
const out = args.verbose
  ? {
      due: result.due,
      warnings,
      limit: result.limit,
      clause: pickText(result.clause.label, lang.data),
      rule: pickText(result.summary, lang.data),
    }
  : { due: result.due, warnings };
process.stdout.write(JSON.stringify(out) + '\n');
