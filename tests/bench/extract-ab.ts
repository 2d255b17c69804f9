// Is a speed change faster? Main-thread CPU time of `extractCustomer()` (adapter on) of this checkout against another
// commit's, both bundled into one page and timed in alternated batches of 10 calls: CDP `Performance.getMetrics`
// TaskDuration with `timeDomain: 'threadTicks'` around each batch (docs/benchmarks.md, session 10: on a shared machine
// wall-clock figures move 2–4×, these CPU figures repeat within about 1 %).
// Run: npx tsx tests/bench/extract-ab.ts COMMIT [fixture-name | big-20k] [calls]
// SLICED=<loads>: instead, the content script's first extraction in slices after each of <loads> fresh loads (first
// answer, longest slice, long tasks > 50 ms), ours and COMMIT's in turn.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, CHROMIUM } from '../e2e/browsers.mjs';
import { loadFixtures } from '../unit/extract/ground-truth';
import { bigPage, bundlePageScript } from './extract-page';

const root = path.resolve(import.meta.dirname, '../..');
const base = process.argv[2] ?? 'main';
const which = process.argv[3] ?? 'sinergiacrm-contact-addresses-tab-zhang-en';
const calls = Number(process.argv[4] ?? 300);

const bundle = (dir: string, global: string): Promise<string> =>
  bundlePageScript(
    dir,
    `import { extractCustomer, extractSteps } from './utils/extract';
import { observeRecord } from './utils/extract/observe';
window.${global} = (url, n) => { const now = new Date('2026-11-29T10:00:00Z'); let r; for (let i = 0; i < n; i++) r = extractCustomer(document, url, now); return JSON.stringify(r); };
// The first extraction as the content script runs it (observe.ts, in slices), as extract.bench.ts times it.
window.${global}Sliced = async (url) => {
  const slices = [];
  const long = [];
  const po = new PerformanceObserver((l) => { for (const e of l.getEntries()) long.push(e.duration); });
  try { po.observe({ type: 'longtask' }); } catch {}
  const t0 = performance.now();
  const host = { isValid: true, setTimeout: (h, ms) => window.setTimeout(h, ms), addEventListener: (t, type, h) => t.addEventListener(type, h), onInvalidated() {} };
  await new Promise((resolve) => {
    const obs = observeRecord({ host, doc: document, extract: () => extractCustomer(document, url, new Date()), steps: () => extractSteps(document, url, new Date()), onSlice: (ms) => slices.push(ms), send: (c) => { obs.stop(); resolve(c); } });
  });
  const ms = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 100));
  po.disconnect();
  return { ms, longest: Math.max(...slices), slices: slices.length, longTasks: long.length };
};`,
    `${global}.ts`,
  );

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main() {
  const fixtures = [...loadFixtures(undefined, root), ...loadFixtures(['tests/fixtures/real-crm/suitecrm'], root)];
  const f = fixtures.find((x) => x.name === which);
  const html = which === 'big-20k' ? bigPage() : f?.html;
  if (!html) throw new Error(`no page ${which}`);
  const url = f?.url ?? 'http://127.0.0.1/c/detail';
  const baseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'huifang-extract-ab-'));
  execFileSync('sh', ['-c', `git archive ${base} utils | tar -x -C ${baseDir}`], { cwd: root });
  const ours = await bundle(root, 'hfOurs');
  const theirs = await bundle(baseDir, 'hfBase');
  fs.rmSync(baseDir, { recursive: true, force: true });
  const server = http.createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...BROWSER_ARGS] });
  try {
    const page = await browser.newPage();
    if (process.env.SLICED) {
      // SLICED=<loads>: the sliced first extraction after a fresh load, ours and the base in turn.
      type Sliced = { ms: number; longest: number; slices: number; longTasks: number };
      const runs: Record<string, Sliced[]> = { hfOurs: [], hfBase: [] };
      for (let i = 0; i < Number(process.env.SLICED); i++)
        for (const [global, script] of [
          ['hfOurs', ours],
          ['hfBase', theirs],
        ] as const) {
          await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
          await page.addScriptTag({ content: script });
          runs[global]?.push(
            await page.evaluate(
              ([g, u]) =>
                (window as unknown as Record<string, (u: string) => Promise<Sliced>>)[`${g}Sliced`]!(u as string),
              [global, url] as const,
            ),
          );
        }
      for (const [global, rs] of Object.entries(runs))
        console.log(
          `${which} ${global === 'hfOurs' ? 'ours' : base}, sliced first extraction over ${rs.length} loads: first answer ${median(rs.map((r) => r.ms)).toFixed(1)} ms, ` +
            `${median(rs.map((r) => r.slices))} slices, longest slice ${median(rs.map((r) => r.longest)).toFixed(1)} ms (worst ${Math.max(...rs.map((r) => r.longest)).toFixed(1)}), ` +
            `long tasks > 50 ms: ${rs.reduce((n, r) => n + r.longTasks, 0)}; load ${os.loadavg()[0]?.toFixed(1)}`,
        );
      return;
    }
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
    await page.addScriptTag({ content: ours });
    await page.addScriptTag({ content: theirs });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const busy = async () =>
      1000 * ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0);
    const run = (global: string, n: number) =>
      page.evaluate(
        ([g, u, k]) =>
          (window as unknown as Record<string, (u: string, k: number) => string>)[g as string]!(
            u as string,
            k as number,
          ),
        [global, url, n] as const,
      );
    const a = await run('hfOurs', 1);
    const b = await run('hfBase', 1);
    if (a !== b) console.log('NOTE: the two extractors read this page differently');
    for (let i = 0; i < 3; i++) await Promise.all([run('hfOurs', 10), run('hfBase', 10)]);
    const cpu = async (global: string) => {
      const t0 = await busy();
      const w0 = Date.now();
      await run(global, 10);
      return { cpu: ((await busy()) - t0) / 10, wall: (Date.now() - w0) / 10 };
    };
    const o: number[] = [];
    const t: number[] = [];
    const ow: number[] = [];
    const tw: number[] = [];
    for (let k = 0; k < calls / 10; k++) {
      // Alternate which goes first, so neither always follows the other's garbage.
      let x: { cpu: number; wall: number };
      let y: { cpu: number; wall: number };
      if (k % 2 === 0) {
        x = await cpu('hfOurs');
        y = await cpu('hfBase');
      } else {
        y = await cpu('hfBase');
        x = await cpu('hfOurs');
      }
      o.push(x.cpu);
      t.push(y.cpu);
      ow.push(x.wall);
      tw.push(y.wall);
    }
    const load = os.loadavg()[0]?.toFixed(1);
    const q = (xs: number[], f: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * f)] ?? 0;
    const ratios = o.map((x, i) => x / (t[i] as number));
    console.log(
      `per-batch ratio quartiles ${q(ratios, 0.25).toFixed(3)} / ${q(ratios, 0.5).toFixed(3)} / ${q(ratios, 0.75).toFixed(3)}; ` +
        `ours quartiles ${q(o, 0.25).toFixed(2)} / ${q(o, 0.75).toFixed(2)}, base ${q(t, 0.25).toFixed(2)} / ${q(t, 0.75).toFixed(2)} ms`,
    );
    console.log(
      `${which}: CPU per call ours ${median(o).toFixed(3)} ms / ${base} ${median(t).toFixed(3)} ms = ×${(median(o) / median(t)).toFixed(3)} ` +
        `(wall ${median(ow).toFixed(2)} / ${median(tw).toFixed(2)} ms; ${calls} calls each; load ${load}; ${new Date().toISOString().slice(11, 16)} UTC)`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}
await main();
