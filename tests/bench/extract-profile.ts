// Where one extraction's time goes, in real Chromium: a CDP CPU profile of `extractCustomer()` called in a loop on one
// page (a fixture, or the synthetic 20,000-element page), printed as self and inclusive time per function.
// Run: npx tsx tests/bench/extract-profile.ts [fixture-name | big-20k] [calls]   (e.g. sinergiacrm-contact-addresses-tab-zhang-en 400)
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, CHROMIUM } from '../e2e/browsers.mjs';
import { loadFixtures } from '../unit/extract/ground-truth';
import { bigPage, bundlePageScript } from './extract-page';

const root = path.resolve(import.meta.dirname, '../..');
const which = process.argv[2] ?? 'sinergiacrm-contact-addresses-tab-zhang-en';
const calls = Number(process.argv[3] ?? 400);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

async function main() {
  const fixtures = [...loadFixtures(undefined, root), ...loadFixtures(['tests/fixtures/real-crm/suitecrm'], root)];
  const f = fixtures.find((x) => x.name === which);
  const html = which === 'big-20k' ? bigPage() : f?.html;
  if (!html) throw new Error(`no page ${which}`);
  const url = f?.url ?? 'http://127.0.0.1/c/detail';
  // The page script as the other extraction benches bundle it (extract-page.ts): not minified, so the profile's
  // function names are the source's (esbuild renames one only where two modules' names collide).
  const js = await bundlePageScript(
    root,
    `import { extractCustomer } from './utils/extract';
window.hfProfile = { run(url, n) { const now = new Date(); const t0 = performance.now(); for (let i = 0; i < n; i++) extractCustomer(document, url, now); return performance.now() - t0; } };`,
    'profile-page.ts',
  );
  fs.writeFileSync('/tmp/speed/profile-bundle.js', js);
  const server = http.createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...BROWSER_ARGS] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
    await page.addScriptTag({ content: js });
    type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };
    const run = (n: number) =>
      page.evaluate(
        ([u, k]) =>
          (window as never as { hfProfile: { run(u: string, n: number): number } }).hfProfile.run(
            u as string,
            k as number,
          ),
        [url, n] as const,
      );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    // COLD=1: the first call after a fresh load, `calls` loads (the content script's first extraction).
    const cold = process.env.COLD === '1';
    if (!cold) await run(20);
    const profiles: Profile[] = [];
    const t0 = Date.now();
    // Time inside the calls (the page's clock), without the reloads of COLD=1.
    let spent = 0;
    for (let k = 0; k < (cold ? calls : 1); k++) {
      if (cold && k > 0) {
        await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
        await page.addScriptTag({ content: js });
      }
      await cdp.send('Profiler.start');
      spent += await run(cold ? 1 : calls);
      profiles.push(((await cdp.send('Profiler.stop')) as { profile: Profile }).profile);
    }
    const wall = Date.now() - t0;
    // One profile of all: node ids made unique per run.
    const profile: Profile = { nodes: [], samples: [], timeDeltas: [] };
    profiles.forEach((p, k) => {
      const off = k * 1_000_000;
      for (const n of p.nodes) profile.nodes.push({ ...n, id: n.id + off, children: n.children?.map((c) => c + off) });
      profile.samples.push(...p.samples.map((s) => s + off));
      profile.timeDeltas.push(...p.timeDeltas);
    });
    fs.writeFileSync('/tmp/speed/last.cpuprofile', JSON.stringify(profile));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const key = (n: Node) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`;
    // Each sample counts once. Its time delta is not a weight: on a loaded machine the sampler thread is descheduled
    // too, and one sample then carries a whole time slice (session 13 saw 61 % of a run put on one small function).
    const self = new Map<string, number>();
    const incl = new Map<string, number>();
    let total = 0;
    profile.samples.forEach((id) => {
      const n = byId.get(id)!;
      if (n.callFrame.functionName === '(idle)') return;
      total++;
      self.set(key(n), (self.get(key(n)) ?? 0) + 1);
      const seen = new Set<string>();
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const k = key(byId.get(cur)!);
        if (seen.has(k)) continue;
        seen.add(k);
        incl.set(k, (incl.get(k) ?? 0) + 1);
      }
    });
    // A function's share of the samples, and that share of the time per call.
    const perCall = (count: number) => ((count / total) * (spent / calls)).toFixed(3);
    console.log(
      `${which}: ${calls} calls, ${(spent / calls).toFixed(2)} ms/call in the page (${wall} ms wall); ${total} samples (idle left out)`,
    );
    const top = (m: Map<string, number>, k: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, k)
        .map(([n, c]) => `${perCall(c).padStart(8)} ms ${((100 * c) / total).toFixed(1).padStart(5)} %  ${n}`)
        .join('\n');
    console.log('--- self (ms per call) ---\n' + top(self, 40));
    console.log('--- inclusive (ms per call) ---\n' + top(incl, 70));
  } finally {
    await browser.close();
    server.close();
  }
}
await main();
