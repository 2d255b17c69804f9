// "Generalisation" section of docs/benchmarks.md: the score history of the generic extractor on held-out CRM pages
// (tests/bench/generalise/history.md, written when each score was taken), then this checkout's score now.
// Run alone: npx tsx tests/bench/generalise.bench.ts   (or npm run bench -- generalise)
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { crmNames, repo, scoreTree } from './generalise/run';
import { formatTable, formatTotals } from './generalise/score';

const log = (m: string) => process.stderr.write(`${m}\n`);
// Every held-out folder: the rounds in order (round1, round2, … round10), then the live Dolibarr captures; a new round
// is reported as soon as its folder exists.
const HOLDOUT = 'tests/fixtures/holdout';
const roundNo = (dir: string) => Number(/^round(\d+)$/.exec(dir)?.[1] ?? Number.MAX_SAFE_INTEGER);
const SETS = readdirSync(path.join(repo, HOLDOUT), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort((a, b) => roundNo(a) - roundNo(b) || a.localeCompare(b))
  .map((s) => `${HOLDOUT}/${s}`);

async function main() {
  const history = readFileSync(path.join(repo, 'tests/bench/generalise/history.md'), 'utf8').trim();
  const now: string[] = [];
  let sha = '';
  let crms = new Set<string>();
  for (const dir of SETS) {
    const score = await scoreTree({ dirs: [path.join(repo, dir)], frames: 'product', log });
    sha = score.sha;
    crms = new Set([...crms, ...crmNames(score.pages)]);
    now.push(`#### ${dir}\n\n${formatTable(score.rows)}`);
    log(`${dir}: ${formatTotals(score.totals)}`);
  }
  process.stdout.write(`## Generalisation (held-out CRM pages)

${history}

### This run: commit ${sha}

\`npm run --silent generalise -- ${SETS.join(' ')}\`, per folder (${crms.size} CRM products named by the pages).

${now.join('\n\n')}
`);
}

main().catch((e: unknown) => {
  log((e as Error).message);
  process.exit(1);
});
