// Build time and raw/gzip sizes of what the extension ships; the budget is ≤25 KB gzip for code injected into CRM pages.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { panelFiles } from './panel-files.mjs';

const RUNS = 5;
const times = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const r = spawnSync('npx', ['wxt', 'build'], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    process.exit(1);
  }
  times.push(performance.now() - t0);
  console.error(`build ${i + 1}/${RUNS}: ${times.at(-1).toFixed(0)} ms`);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(RUNS / 2)];

const outDir = '.output/chrome-mv3';
const kb = (n) => (n / 1024).toFixed(1);
function size(files) {
  const raw = files.reduce((s, f) => s + fs.statSync(path.join(outDir, f)).size, 0);
  const gz = files.reduce((s, f) => s + zlib.gzipSync(fs.readFileSync(path.join(outDir, f)), { level: 9 }).length, 0);
  return { raw, gz };
}
const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8'));
/** A page's JS: its entry chunk plus the shared chunks it imports (read from the HTML's module scripts). */
function pageScripts(html) {
  const text = fs.readFileSync(path.join(outDir, html), 'utf8');
  return [...text.matchAll(/(?:src|href)="\/?(chunks\/[^"]+\.js)"/g)].map((m) => m[1]);
}
const rows = [
  ['content script (injected into every enabled CRM page)', ['content-scripts/crm.js']],
  ['side panel page (JS, with its Chinese texts loaded at boot)', panelFiles(outDir)],
  ['background service worker', [manifest.background.service_worker]],
];
if (fs.existsSync(path.join(outDir, 'overlay.html'))) rows.push(['overlay page (JS)', pageScripts('overlay.html')]);
if (fs.existsSync(path.join(outDir, 'options.html'))) rows.push(['options page (JS)', pageScripts('options.html')]);

const content = size(['content-scripts/crm.js']);
const lines = rows.map(([label, files]) => {
  const s = size(files);
  return `| ${label} | ${kb(s.raw)} | ${kb(s.gz)} |`;
});
console.log(`## Build and bundle size

Command: \`npm run bench -- bundle\` (production Chrome MV3 build, \`wxt build\`, ${RUNS} runs).

Median build time: **${(median / 1000).toFixed(2)} s** (min ${(times[0] / 1000).toFixed(2)} s, max ${(times.at(-1) / 1000).toFixed(2)} s).

| file | raw KB | gzip -9 KB |
| --- | ---: | ---: |
${lines.join('\n')}

Budget for code injected into every CRM page: ≤ 25 KB gzip — now ${kb(content.gz)} KB (${content.gz <= 25 * 1024 ? 'within' : '**over**'} budget).`);
