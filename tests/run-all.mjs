// Runs every suite (typecheck, lint, unit, builds, e2e in Chromium and Firefox, web-ext lint)
// and ends with one plain line "N passed, N failed". Exits non-zero on any failure.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findBrowsers } from './e2e/browsers.mjs';

const only = process.argv.slice(2); // e.g. `npm test -- unit e2e` runs just those steps
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'huifang-test-'));
let passed = 0;
let failed = 0;
const failures = [];

const missing = findBrowsers().missing;
if (missing.length && (only.length === 0 || only.some((s) => s.startsWith('e2e')))) {
  console.error(`\nMissing browser(s): ${missing.map((m) => m.binary).join(', ')}.`);
  console.error(
    `Install them with:\n\n  sudo apt-get update && sudo apt-get install -y ${missing.map((m) => m.apt).join(' ')}\n`,
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}

function run(cmd, args, extraEnv = {}) {
  console.log(`\n▶ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  return r.status === 0;
}

function step(name, fn) {
  if (only.length && !only.includes(name)) return;
  const t0 = Date.now();
  let result;
  try {
    result = fn();
  } catch (err) {
    console.error(err);
    result = { passed: 0, failed: 1 };
  }
  if (typeof result === 'boolean') result = result ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  passed += result.passed;
  failed += result.failed;
  if (result.failed) failures.push(name);
  console.log(
    `◀ ${name}: ${result.passed} passed, ${result.failed} failed (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );
}

function vitestCounts() {
  const out = path.join(tmp, 'vitest.json');
  const ok = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (!fs.existsSync(out)) return { passed: 0, failed: 1 };
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  const failedFiles = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  const counted = { passed: report.numPassedTests, failed: report.numFailedTests + failedFiles };
  if (!ok && counted.failed === 0) counted.failed = 1;
  return counted;
}

function nodeTestCounts(dir) {
  const out = path.join(tmp, `${path.basename(dir)}.tap`);
  const ok = run('node', [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${out}`,
    dir,
  ]);
  const tap = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  const num = (k) => Number(tap.match(new RegExp(`^# ${k} (\\d+)$`, 'm'))?.[1] ?? 0);
  const counted = { passed: num('pass'), failed: num('fail') + num('cancelled') };
  if (!ok && counted.failed === 0) counted.failed = 1;
  return counted;
}

/** Runs a command with its output held back, to be printed whole once it ends (steps that run side by side). */
function runHeld(cmd, args) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(cmd, args, { env: process.env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', (err) => resolve({ ok: false, out: `${out}${err.message}\n`, seconds: 0 }));
    child.on('close', (code) => resolve({ ok: code === 0, out, seconds: (Date.now() - t0) / 1000 }));
  });
}

/**
 * Steps that are single-threaded (typecheck, lint, format) run side by side on CI's two cores; each still reports as
 * its own step, in order, with its whole output.
 */
async function sideBySide(steps) {
  const chosen = steps.filter(([name]) => !only.length || only.includes(name));
  const results = await Promise.all(chosen.map(([, cmd, args]) => runHeld(cmd, args)));
  chosen.forEach(([name, cmd, args], i) => {
    const { ok, out, seconds } = results[i];
    console.log(`\n▶ ${cmd} ${args.join(' ')}`);
    if (out) process.stdout.write(out);
    passed += ok ? 1 : 0;
    failed += ok ? 0 : 1;
    if (!ok) failures.push(name);
    console.log(`◀ ${name}: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed (${seconds.toFixed(1)} s)`);
  });
}

await sideBySide([
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '--log-level=warn', '.']],
]);
step('unit', vitestCounts);
// The team-sync server's SQL (server/migrations) on a throwaway PostgreSQL 15 cluster: leases, RLS, records, month.
step('server', () => {
  if (!fs.existsSync('server/node_modules/pg')) {
    console.error('server/node_modules is missing: run `npm ci --prefix server` (what .ci/run does).');
    return false;
  }
  if (!fs.existsSync('/usr/lib/postgresql/15/bin/initdb')) {
    console.error('PostgreSQL 15 is missing: sudo apt-get install -y postgresql-15');
    return false;
  }
  return nodeTestCounts('server/tests/');
});
step('e2e', () => {
  if (!run('npx', ['wxt', 'build', '--mode', 'e2e'])) return false;
  return nodeTestCounts('tests/e2e/chromium/');
});
step('web-ext-lint', () => {
  if (!run('npx', ['wxt', 'build', '-b', 'firefox'])) return false;
  return run('npx', [
    'web-ext',
    'lint',
    '--source-dir',
    '.output/firefox-mv3',
    '--self-hosted',
    '--warnings-as-errors=false',
  ]);
});
step('e2e-firefox', () => {
  if (!run('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e'])) return false;
  return nodeTestCounts('tests/e2e/firefox/');
});

if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
