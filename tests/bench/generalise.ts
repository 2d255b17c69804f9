// How well the generic extractor (adapters off) reads CRM pages it was not written against.
//
//   npm run --silent generalise -- DIR... [--commit SHA] [--frames product|top|best] [--json FILE]
//                                        [--min-accuracy PCT] [--max-wrong N] [--max-invented N] [--min-no-customer N]
//                                        [--all-negatives] [--stable-only]
//
// --frames product (default) uses the commit's own chooseFrame() over every frame's extraction, as the product
// does; top scores the top document only; best takes the frame with the most fields.
// DIR holds NAME.html + NAME.json pages (ground truth as tests/fixtures/crm-pages/README.md, plus `frames` for the
// documents the page's frames load). --commit scores another commit's extractor from a temporary git worktree.
// Prints one markdown row per page and the totals; the thresholds make it exit 1 when the score is below them.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FrameMode } from './generalise/run-chromium';
import { crmNames, repo, scoreTree } from './generalise/run';
import { formatTable, formatTotals } from './generalise/score';

const log = (m: string) => process.stderr.write(`${m}\n`);

interface Args {
  dirs: string[];
  commit?: string;
  frames: FrameMode;
  json?: string;
  minAccuracy?: number;
  maxWrong?: number;
  maxInvented?: number;
  minNoCustomer?: number;
  allNegatives: boolean;
  stableOnly: boolean;
}

function usage(message: string): never {
  log(`generalise: ${message}`);
  log(
    'usage: npm run --silent generalise -- DIR... [--commit SHA] [--frames product|top|best] [--json FILE] ' +
      '[--min-accuracy PCT] [--max-wrong N] [--max-invented N] [--min-no-customer N] [--all-negatives] [--stable-only]',
  );
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { dirs: [], frames: 'product', allNegatives: false, stableOnly: false };
  const number = (flag: string, v: string | undefined) => {
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n)) usage(`${flag} needs a number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const next = () => argv[++i];
    if (a === '--commit') args.commit = next() ?? usage('--commit needs a commit id');
    else if (a === '--frames') {
      const v = next();
      if (v !== 'top' && v !== 'best' && v !== 'product') usage('--frames is product, top or best');
      args.frames = v;
    } else if (a === '--json') args.json = next() ?? usage('--json needs a file');
    else if (a === '--min-accuracy') args.minAccuracy = number(a, next());
    else if (a === '--max-wrong') args.maxWrong = number(a, next());
    else if (a === '--max-invented') args.maxInvented = number(a, next());
    else if (a === '--min-no-customer') args.minNoCustomer = number(a, next());
    else if (a === '--all-negatives') args.allNegatives = true;
    else if (a === '--stable-only') args.stableOnly = true;
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else args.dirs.push(path.resolve(a));
  }
  if (!args.dirs.length) usage('no page folder given');
  return args;
}

function describeFrames(mode: FrameMode, frameChoice: boolean): string {
  if (mode === 'best') return 'the frame with the most fields (an upper bound)';
  if (mode === 'top') return 'top document only';
  return frameChoice
    ? "every frame extracted, the commit's chooseFrame() picks"
    : 'top document only (this commit has no frame choice)';
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const {
    sha,
    pages,
    rows,
    totals: t,
    frameChoice,
  } = await scoreTree({
    dirs: args.dirs,
    commit: args.commit,
    frames: args.frames,
    stableOnly: args.stableOnly,
    log,
  });
  process.stdout.write(
    `Extractor of commit ${sha}, adapters off; frames: ${describeFrames(args.frames, frameChoice)}; ` +
      `${pages.length} pages (${t.positive} records, ${t.negative} no-customer pages) from ${crmNames(pages).size} CRMs in ${args.dirs.map((d) => path.relative(repo, d) || '.').join(', ')}.\n\n` +
      `${formatTable(rows)}\n`,
  );
  if (args.json)
    writeFileSync(
      args.json,
      `${JSON.stringify({ commit: sha, frames: args.frames, frameChoice, totals: t, rows }, null, 2)}\n`,
    );
  const failures: string[] = [];
  const accuracy = t.fields ? (100 * t.right) / t.fields : 100;
  if (args.minAccuracy !== undefined && accuracy < args.minAccuracy)
    failures.push(`accuracy ${accuracy.toFixed(1)} % < ${args.minAccuracy} %`);
  if (args.maxWrong !== undefined && t.wrong > args.maxWrong) failures.push(`${t.wrong} wrong > ${args.maxWrong}`);
  if (args.maxInvented !== undefined && t.invented > args.maxInvented)
    failures.push(`${t.invented} invented > ${args.maxInvented}`);
  if (args.minNoCustomer !== undefined && t.noCustomer < args.minNoCustomer)
    failures.push(`${t.noCustomer} no-customer page(s) gave no customer < ${args.minNoCustomer}`);
  if (args.allNegatives && t.noCustomer < t.negative)
    failures.push(`${t.negative - t.noCustomer} no-customer page(s) gave a customer`);
  if (t.errors) failures.push(`${t.errors} page(s) failed to extract`);
  log(formatTotals(t));
  if (failures.length) {
    log(`below the thresholds: ${failures.join('; ')}`);
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  log(`generalise: ${(e as Error).message}`);
  process.exit(2);
});
