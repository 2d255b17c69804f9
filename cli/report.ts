// npm run --silent report -- --month YYYY-MM [--csv | --xlsx OUT.xlsx] [--unmask] [--lang zh-CN|en] [--tz ZONE]
//   [--now ISO] [--passphrase-env VAR] FILE...
// Merges several agents' export files into one monthly report (docs/report.md): JSON on stdout, the 月报's sections as
// CSV with --csv, or the workbook (one sheet per section) with --xlsx; names and phones masked unless --unmask. Files are
// streamed record by record (cli/read-export-file.ts) and merged order-independently
// (utils/core/report/merge-sources.ts): a record exported by several agents counts once; the same id with
// different content is a conflict, listed on stderr and under "conflicts", and counted once by a fixed rule.
import { assertTimeZone, defaultTimeZone } from '../utils/core/calendar/zoned-time';
import { describeConflict } from '../utils/core/export/merge';
import { monthSchema } from '../utils/core/report/monthly-report';
import { ReportSources } from '../utils/core/report/merge-sources';
import { writeFile } from 'node:fs/promises';
import { buildReportSheets, sheetsToCsv } from '../utils/core/report/report-sheets';
import { buildSupervisorReport } from '../utils/core/report/supervisor-report';
import { writeReportXlsx } from '../utils/report/write-report-xlsx';
import { localeSchema } from '../utils/core/script/localized';
import { readCliArgs, readNow } from './args';
import { readExportFile } from './read-export-file';

function fail(message: string): never {
  process.stderr.write(`report: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const parsed = readCliArgs(
    process.argv.slice(2),
    {
      month: { type: 'string' },
      csv: { type: 'boolean' },
      xlsx: { type: 'string' },
      unmask: { type: 'boolean' },
      lang: { type: 'string' },
      tz: { type: 'string' },
      now: { type: 'string' },
      'passphrase-env': { type: 'string' },
    },
    true,
  );
  if (!parsed.ok) fail(parsed.message);
  const { values: args, positionals: files } = parsed;
  if (args.month === undefined) fail('--month is required (YYYY-MM)');
  if (!monthSchema.safeParse(args.month).success) fail(`--month "${args.month}" is not a month (YYYY-MM)`);
  const year = Number(args.month.slice(0, 4));
  if (year < 2000 || year > 2100) fail(`--month "${args.month}" is outside the years 2000–2100`);
  if (files.length === 0) fail('no export FILE given');
  const timeZone = args.tz ?? defaultTimeZone;
  try {
    assertTimeZone(timeZone);
  } catch {
    fail(`--tz "${timeZone}" is not a time zone name`);
  }
  const now = readNow(args.now);
  if (!now.ok) fail(now.message);
  const lang = localeSchema.safeParse(args.lang ?? 'zh-CN');
  if (!lang.success) fail(`--lang "${args.lang}" must be zh-CN or en`);
  let passphrase: string | undefined;
  if (args['passphrase-env'] !== undefined) {
    passphrase = process.env[args['passphrase-env']];
    if (!passphrase) fail(`--passphrase-env: the variable ${args['passphrase-env']} is empty or not set`);
  }
  const twice = files.find((f, i) => files.indexOf(f) !== i);
  if (twice) fail(`${twice} is given more than once`);

  const sources = new ReportSources();
  for (const file of files) {
    const source = sources.records.addSource(file);
    const result = await readExportFile(
      file,
      {
        record: (r, i) => sources.addRecord(r, source, i),
        customer: (c) => sources.addCustomer(c),
        escalation: (e) => sources.addEscalation(e),
        review: (r) => sources.addReview(r),
      },
      passphrase,
    );
    if (!result.ok) {
      fail(
        result.problems
          .slice(0, 10)
          .map((p) => `${file}: ${p.message}`)
          .join('\n'),
      );
    }
    sources.agents.add(result.agent);
  }
  if (sources.skippedReviews > 0)
    process.stderr.write(`report: ${sources.skippedReviews} QA review entries not understood, left out\n`);
  if (sources.skippedEscalations > 0) {
    process.stderr.write(`report: ${sources.skippedEscalations} escalation entries not understood, left out\n`);
  }
  const merged = sources.finish();
  if (!merged.ok) fail(merged.problems.slice(0, 20).join('\n'));
  for (const c of merged.conflicts) process.stderr.write(`report: conflict: ${describeConflict(c)}\n`);
  const full = buildSupervisorReport({
    month: args.month,
    now: now.now,
    timeZone,
    records: merged.records,
    customers: merged.customers,
    escalations: merged.escalations,
    reviews: merged.reviews,
    agents: [...sources.agents],
  });
  const sheets = buildReportSheets(full, { lang: lang.data, unmask: args.unmask });
  if (args.xlsx !== undefined) {
    await writeFile(args.xlsx, new Uint8Array(await (await writeReportXlsx(sheets)).arrayBuffer()));
    process.stderr.write(`report: wrote ${args.xlsx} (${sheets.length} sheets)\n`);
  } else if (args.csv) process.stdout.write(sheetsToCsv(sheets));
  else {
    const json = {
      ...full.monthly,
      byAgent: full.agents,
      escalationList: full.escalations,
      qa: full.qa,
      outstanding: full.outstanding,
      conflicts: merged.conflicts,
    };
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
  }
}

main().catch((err: unknown) => fail(err instanceof Error ? err.message : String(err)));
