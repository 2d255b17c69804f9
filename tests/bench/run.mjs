// `npm run bench`: runs every tests/bench/*.bench.{ts,mjs} (each prints one markdown section) and writes docs/benchmarks.md.
// Usage: npm run bench [-- name ...]   (names without .bench.*, e.g. `npm run bench -- bundle extract`)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = path.resolve('tests/bench');
const only = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((f) => /\.bench\.(ts|mjs)$/.test(f))
  .sort()
  .filter((f) => !only.length || only.includes(f.replace(/\.bench\.(ts|mjs)$/, '')));
const out = path.resolve('docs/benchmarks.md');
const previous = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';

/** Sections kept from the last run for benches not run this time. */
function previousSections() {
  const map = new Map();
  for (const block of previous.split(/^(?=## )/m).slice(1)) {
    const file = block.match(/<!-- bench: (\S+) -->/)?.[1];
    if (file) map.set(file, block.trimEnd());
  }
  return map;
}

const sections = previousSections();
const loadBefore = os.loadavg()[0];
let failed = 0;
for (const file of files) {
  console.error(`▶ ${file}`);
  const runner = file.endsWith('.ts') ? ['npx', ['tsx', path.join(dir, file)]] : ['node', [path.join(dir, file)]];
  const r = spawnSync(runner[0], runner[1], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0 || !r.stdout.trim().startsWith('## ')) {
    failed++;
    console.error(`✗ ${file} failed (exit ${r.status})`);
    continue;
  }
  const body = r.stdout.trim().replace(/^(## .*)$/m, `$1\n<!-- bench: ${file} -->`);
  sections.set(file, body);
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const header = `# Benchmarks

Written by \`npm run bench\` (each section by its own file in tests/bench/; run one with \`npm run bench -- NAME\`).
Medians and ratios are measured within one run, since these machines are shared and noisy.

Last run: ${new Date().toISOString()} on ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, Node ${process.version};
load average (1 min) ${loadBefore.toFixed(1)} at the start and ${os.loadavg()[0].toFixed(1)} at the end — on a shared machine, compare the ratios.
`;
fs.writeFileSync(out, `${header}\n${[...sections.values()].join('\n\n')}\n`);
console.error(`wrote ${path.relative(process.cwd(), out)} (${sections.size} sections)`);
process.exit(failed ? 1 : 0);
