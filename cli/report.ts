// npm run --silent report -- --month YYYY-MM [--csv] [--lang zh-CN|en] [--tz ZONE] [--now ISO]
//   [--passphrase-env VAR] FILE...
// Merges several agents' export files (huifang-export envelopes, read by utils/core/export) into one monthly
// report: JSON on stdout, or CSV with --csv. A record exported by several agents counts once.
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { assertTimeZone, defaultTimeZone } from '../utils/core/calendar/zoned-time';
import { checkImportSize, readExport } from '../utils/core/export';
import { type Escalation, escalationSchema } from '../utils/core/rules/escalations';
import { buildMonthlyReport, monthSchema } from '../utils/core/report/monthly-report';
import { reportToCsv } from '../utils/core/report/report-csv';
import type { CallbackRecord } from '../utils/core/schemas/callback-record';
import type { Customer } from '../utils/core/schemas/customer';
import { localeSchema } from '../utils/core/script/localized';

function fail(message: string): never {
  process.stderr.write(`report: ${message}\n`);
  process.exit(1);
}

function readArgs() {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      options: {
        month: { type: 'string' },
        csv: { type: 'boolean' },
        lang: { type: 'string' },
        tz: { type: 'string' },
        now: { type: 'string' },
        'passphrase-env': { type: 'string' },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err));
  }
}

async function main(): Promise<void> {
  const { values: args, positionals: files } = readArgs();
  if (args.month === undefined) fail('--month is required (YYYY-MM)');
  if (!monthSchema.safeParse(args.month).success) fail(`--month "${args.month}" is not a month (YYYY-MM)`);
  if (files.length === 0) fail('no export FILE given');
  const timeZone = args.tz ?? defaultTimeZone;
  try {
    assertTimeZone(timeZone);
  } catch {
    fail(`--tz "${timeZone}" is not a time zone name`);
  }
  const now = args.now === undefined ? Date.now() : Date.parse(args.now);
  if (Number.isNaN(now)) fail(`--now "${args.now}" is not an ISO datetime`);
  const lang = localeSchema.safeParse(args.lang ?? 'zh-CN');
  if (!lang.success) fail(`--lang "${args.lang}" must be zh-CN or en`);
  let passphrase: string | undefined;
  if (args['passphrase-env'] !== undefined) {
    passphrase = process.env[args['passphrase-env']];
    if (!passphrase) fail(`--passphrase-env: the variable ${args['passphrase-env']} is empty or not set`);
  }

  const records: CallbackRecord[] = [];
  const customers: Customer[] = [];
  const escalations: Escalation[] = [];
  const agents: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      const tooBig = checkImportSize(statSync(file).size);
      if (tooBig) fail(`${file}: ${tooBig.message}`);
      text = readFileSync(file, 'utf8');
    } catch (err) {
      fail(`${file}: cannot read (${err instanceof Error ? err.message : String(err)})`);
    }
    const result = await readExport(text, { passphrase, yieldNow: async () => {} });
    if (!result.ok) {
      fail(
        `${file}: ${result.problems
          .slice(0, 5)
          .map((p) => p.message)
          .join('; ')}`,
      );
    }
    records.push(...result.envelope.records);
    customers.push(...result.envelope.customers);
    agents.push(result.envelope.agent);
    let skipped = 0;
    for (const raw of result.envelope.escalations ?? []) {
      const parsed = escalationSchema.safeParse(raw);
      if (parsed.success) escalations.push(parsed.data);
      else skipped += 1;
    }
    if (skipped > 0) process.stderr.write(`report: ${file}: ${skipped} escalation entries not understood, left out\n`);
  }
  // The same customer from several files: the one seen last carries the current deadline.
  const latest = new Map<string, Customer>();
  for (const c of customers) {
    const seen = latest.get(c.key);
    if (!seen || Date.parse(c.lastSeenAt) >= Date.parse(seen.lastSeenAt)) latest.set(c.key, c);
  }
  const report = buildMonthlyReport({
    month: args.month,
    now,
    timeZone,
    records,
    customers: [...latest.values()],
    escalations,
    agents,
  });
  process.stdout.write(args.csv ? reportToCsv(report, lang.data) : JSON.stringify(report, null, 2) + '\n');
}

main().catch((err: unknown) => fail(err instanceof Error ? err.message : String(err)));
