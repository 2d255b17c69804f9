// Speed work on the extractor must not change what it reads: this compares extractCustomer's whole output (adapter
// on and off) of this checkout with another commit's (default: main) on every fixture and holdout page, in every frame
// of the page, in headless Chromium. Both extractors run in the same page load and the same task, so a page that
// changes by itself (the SPA fixtures) is read in the same state by both.
// Usage: npx tsx tests/bench/extract-same.ts [COMMIT]   → "identical on N pages, M frames" or the pages that differ
// (exit 1). Both dumps are written to $TMPDIR/extract-same-{base,ours}.jsonl for a closer look.
// A held-out round being written blind is skipped: the extractor must not be run on a round before it is frozen and
// scored (docs/benchmarks.md). A round is scored once its gate exists in tests/e2e/chromium/generalise.test.mjs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, CHROMIUM } from '../e2e/browsers.mjs';
import { bundlePageScript } from './extract-page';

const root = path.resolve(import.meta.dirname, '../..');
const base = process.argv[2] ?? 'main';
const log = (msg: string) => process.stderr.write(`${msg}\n`);
// The rounds a gate names ('round10') are scored; any other round folder is still blind.
const GATED = new Set(
  fs.readFileSync(path.join(root, 'tests/e2e/chromium/generalise.test.mjs'), 'utf8').match(/'round\d+'/g) ?? [],
);
const BLIND = {
  test: (p: string) => {
    const round = /holdout\/(round\d+)\//.exec(p)?.[1];
    return round !== undefined && !GATED.has(`'${round}'`);
  },
};

const pageSource = (global: string) => `
import { extractCustomer } from './utils/extract';
window.${global} = (url) => {
  const now = new Date('2026-11-29T10:00:00Z');
  const on = extractCustomer(document, url, now);
  const off = extractCustomer(document, url, now, undefined, { adapters: [] });
  return JSON.stringify({ on, off });
};`;

const bundle = (dir: string, global: string): Promise<string> =>
  bundlePageScript(dir, pageSource(global), `${global}.ts`);

function pages(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? pages(p) : e.name.endsWith('.html') ? [p] : [];
    })
    .filter((p) => !BLIND.test(path.relative(root, p)));
}

/** The URL the page is read at: its truth file's url_hint (the adapter's URL), else a made-up one. */
function urlOf(file: string): { url: string; spa: boolean } {
  let hint = `/${path.basename(file)}`;
  let spa = false;
  try {
    const truth = JSON.parse(fs.readFileSync(file.replace(/\.html$/, '.json'), 'utf8')) as {
      spa?: boolean;
      url_hint?: string;
    };
    spa = !!truth.spa;
    hint = truth.url_hint?.trim().split(/\s+/)[0] || hint;
  } catch {
    // no truth file: a frame's page or a page without ground truth
  }
  return { url: hint.startsWith('http') ? hint : `https://crm.example${hint.startsWith('/') ? '' : '/'}${hint}`, spa };
}

async function main() {
  const baseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-same-'));
  execFileSync('sh', ['-c', `git archive ${base} utils | tar -x -C ${baseDir}`], { cwd: root });
  const baseJs = await bundle(baseDir, 'hfBase');
  const oursJs = await bundle(root, 'hfOurs');
  fs.rmSync(baseDir, { recursive: true, force: true });
  const files = pages(path.join(root, 'tests/fixtures')).sort();
  const server = http.createServer((req, res) => {
    const p = path.join(root, decodeURIComponent((req.url ?? '').split('?')[0] ?? ''));
    if (
      p.startsWith(path.join(root, 'tests/fixtures')) &&
      !BLIND.test(p) &&
      fs.existsSync(p) &&
      fs.statSync(p).isFile()
    )
      res
        .writeHead(200, {
          'content-type': p.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream',
        })
        .end(fs.readFileSync(p));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...BROWSER_ARGS] });
  const baseLines: string[] = [];
  const oursLines: string[] = [];
  const differ: string[] = [];
  let frames = 0;
  try {
    const page = await browser.newPage();
    for (const file of files) {
      const rel = path.relative(root, file);
      const { url, spa } = urlOf(file);
      try {
        await page.goto(`${origin}/${rel}`, { waitUntil: 'load', timeout: 15_000 });
        await page.waitForTimeout(spa ? 1500 : 50);
        for (const [i, frame] of page.frames().entries()) {
          // The top frame at the page's own URL; a child frame at its address (the server's origin made fixed).
          const at = i === 0 ? url : frame.url().replace(origin, 'https://crm.example');
          // Evaluated, not added as script tags: a sandboxed frame runs no page script, the content script reads it.
          const both = (await frame.evaluate(
            `(() => { ${baseJs}; ${oursJs}; return [window.hfBase(${JSON.stringify(at)}), window.hfOurs(${JSON.stringify(at)})]; })()`,
          )) as [string, string];
          const key = `${rel}#${i} ${at}`;
          baseLines.push(`${key}\t${both[0]}`);
          oursLines.push(`${key}\t${both[1]}`);
          if (both[0] !== both[1]) differ.push(key);
          frames++;
        }
      } catch (e) {
        differ.push(`${rel}: ${(e as Error).message.split('\n')[0]}`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  fs.writeFileSync(path.join(os.tmpdir(), 'extract-same-base.jsonl'), `${baseLines.join('\n')}\n`);
  fs.writeFileSync(path.join(os.tmpdir(), 'extract-same-ours.jsonl'), `${oursLines.join('\n')}\n`);
  if (differ.length > 0) {
    log(`DIFFERENT from ${base} (or not read) on ${differ.length} of ${frames} frames:\n${differ.join('\n')}`);
    process.exit(1);
  }
  log(`identical to ${base} on ${files.length} pages, ${frames} frames (adapter on and off)`);
}

main().catch((err: unknown) => {
  log(`extract-same failed: ${(err as Error).stack ?? String(err)}`);
  process.exit(1);
});
