// Parity: does the built extension see what `npm run generalise` scores? For each held-out page, the scorer's reading
// (this tree's extractor in every frame through CDP, its chooseFrame()) is compared with what the product's background
// chose for the tab (the e2e build of this tree, the page served at its URL hint, its origins enabled as a user would):
// the customer's fields, the URL record id and the frame. Every page where they differ is listed.
//
//   bash /work/coord/heavy.sh npm run --silent generalise:product -- DIR... [--json FILE] [--no-build] [--stable-only]
//
// Builds the e2e extension first (`wxt build --mode e2e`) so both sides are the same commit; --no-build uses the build
// in .output/chrome-mv3-e2e as it is. Exits 1 when a page differs (docs/benchmarks.md, "Product and scorer parity").
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { BROWSER_ARGS, CHROMIUM, waitForContentScript } from '../e2e/browsers.mjs';
import { loadHoldout, type HoldoutPage } from './generalise/corpus';
import { compareSides, formatParity, sideOf, type PageParity, type ParitySide } from './generalise/parity';
import { bundleExtractor, extractFrames } from './generalise/run-chromium';
import { repo } from './generalise/run';

const log = (m: string) => process.stderr.write(`${m}\n`);

/** The extension APIs the service worker is asked about (evaluated there, not in Node). */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
};

interface Args {
  dirs: string[];
  json?: string;
  build: boolean;
  stableOnly: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { dirs: [], build: true, stableOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--json') args.json = argv[++i];
    else if (a === '--no-build') args.build = false;
    else if (a === '--stable-only') args.stableOnly = true;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.dirs.push(path.resolve(a));
  }
  if (!args.dirs.length || (args.json === undefined && argv.includes('--json')))
    throw new Error('usage: generalise-product.ts DIR... [--json FILE] [--no-build] [--stable-only]');
  return args;
}

const NOW_SETTLE_MS = 300;
/** The e2e build (tests/e2e/harness.mjs loads the same one). */
const EXTENSION_DIR = path.join(repo, '.output/chrome-mv3-e2e');
const withoutHash = (u: string) => u.replace(/#.*$/, '');
const originOf = (u: string) => new URL(u).origin;
/**
 * A frame as both sides name it: the top document, else its URL without the fragment. A frame the page's script wrote
 * with document.open takes its creator's URL (DevTools reports that) while the extension is told about:blank.
 */
function frameName(url: string | null | undefined, top: boolean, page: HoldoutPage): string {
  if (top) return 'top';
  const bare = withoutHash(url ?? '?');
  return bare === withoutHash(page.url) ? 'about:blank' : bare;
}

/** Serves the page at its URL hint and its frames' documents (and nothing else: 404), as the scorer does. */
async function servePage(tab: Page, page: HoldoutPage): Promise<void> {
  await tab.route(/^https?:/, async (route) => {
    const url = withoutHash(route.request().url());
    const body = url === withoutHash(page.url) ? page.html : page.frames.get(url);
    if (body === undefined) await route.fulfill({ status: 404, body: '' });
    else await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}

/** A copy of the e2e build with the pages' origins enabled (granted at install, as a user grants a site). */
function extensionFor(pages: HoldoutPage[]): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hf-parity-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { host_permissions?: string[] };
  const origins = new Set<string>();
  for (const p of pages) {
    origins.add(originOf(p.url));
    for (const u of p.frames.keys()) origins.add(originOf(u));
  }
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...[...origins].map((o) => `${o}/*`)];
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The scorer's side: every frame extracted through CDP, the tree's chooseFrame() picks (as `npm run generalise`). */
async function scorerSides(pages: HoldoutPage[]): Promise<Map<string, ParitySide>> {
  const { script, choice } = await bundleExtractor(repo, repo);
  if (!choice) throw new Error('this tree has no frame choice (utils/extract/frame-choice.ts)');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...BROWSER_ARGS, '--disable-site-isolation-trials', '--disable-features=IsolateOrigins,site-per-process'],
  });
  const sides = new Map<string, ParitySide>();
  try {
    for (const page of pages) {
      const { results, chosen = -1 } = await extractFrames(browser, page, script, true);
      const r = chosen >= 0 ? results[chosen] : undefined;
      sides.set(page.name, sideOf(r?.context ?? null, r ? frameName(r.url, chosen === 0, page) : null));
    }
  } finally {
    await browser.close();
  }
  return sides;
}

/** The stored context once it has stopped changing for a second after the page's load (at most 10 s). */
async function settledContext(read: () => Promise<unknown>): Promise<unknown> {
  const end = Date.now() + 10_000;
  let last: unknown = null;
  let lastText = '';
  let since = Date.now();
  while (Date.now() < end) {
    const now = await read();
    const text = JSON.stringify(now, (k, v: unknown) => (k === 'extractedAt' ? undefined : v));
    if (text !== lastText) {
      last = now;
      lastText = text;
      since = Date.now();
    } else if (now !== null && Date.now() - since >= 1000) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return last;
}

/** Chromium with the extension, once its content script is registered (as tests/e2e/harness.mjs launches it). */
async function launchProduct(
  extensionDir: string,
  locale: string,
): Promise<{ context: BrowserContext; worker: Worker }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'hf-parity-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${locale}`,
      ...BROWSER_ARGS,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  await waitForContentScript(worker);
  return { context, worker };
}

/** The tab showing `url` (the extension sees it: the page's origin is enabled). */
async function tabIdOf(worker: Worker, url: string): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const id = await worker.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab for ${url}`);
}

type StoredContext = Parameters<typeof sideOf>[0] & { frame?: { url?: string } };

/** The product's side: the extension's background's stored context for the page's tab, in a browser per locale. */
async function productSides(pages: HoldoutPage[]): Promise<Map<string, ParitySide>> {
  const ext = extensionFor(pages);
  const sides = new Map<string, ParitySide>();
  try {
    for (const locale of ['zh-CN', 'en-US']) {
      const group = pages.filter((p) => (p.truth.lang.startsWith('zh') ? 'zh-CN' : 'en-US') === locale);
      if (!group.length) continue;
      const { context, worker } = await launchProduct(ext.dir, locale);
      try {
        for (const page of group) {
          const tab = await context.newPage();
          try {
            // The scorer's viewport (a Playwright context's default), so frames have the same size on both sides.
            await tab.setViewportSize({ width: 1280, height: 720 });
            await servePage(tab, page);
            await tab.goto(page.url, { waitUntil: 'load', timeout: 30_000 });
            await tab.waitForTimeout(page.truth.settle_ms ?? NOW_SETTLE_MS);
            const tabId = await tabIdOf(worker, tab.url());
            const key = `context-${tabId}`;
            const stored = (await settledContext(() =>
              worker.evaluate(async (k) => (await chrome.storage.session.get(k))[k] ?? null, key),
            )) as StoredContext | null;
            sides.set(page.name, sideOf(stored, frameName(stored?.frame?.url, !stored?.frame, page)));
          } catch (e) {
            log(`${page.name}: ${(e as Error).message}`);
            sides.set(page.name, { values: {}, frame: null, noCustomer: `error: ${(e as Error).message}` });
          } finally {
            await tab.close();
          }
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    ext.cleanup();
  }
  return sides;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const pages = loadHoldout(args.dirs).filter((p) => !(args.stableOnly && p.truth.volatile));
  if (!pages.length) throw new Error(`no NAME.html + NAME.json pages in ${args.dirs.join(', ')}`);
  const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
  if (args.build) {
    log('building the e2e extension of this tree…');
    execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  log(`the scorer on ${pages.length} pages…`);
  const scorer = await scorerSides(pages);
  log('the built extension on the same pages…');
  const product = await productSides(pages);
  const rows: PageParity[] = pages.map((p) =>
    compareSides(
      p.name,
      scorer.get(p.name) ?? { values: {}, frame: null },
      product.get(p.name) ?? { values: {}, frame: null },
    ),
  );
  process.stdout.write(
    `Commit ${sha}${args.build ? '' : ' (extension: the build in .output as it was)'}; ` +
      `${args.dirs.map((d) => path.relative(repo, d) || '.').join(', ')}.\n\n${formatParity(rows)}`,
  );
  if (args.json) writeFileSync(args.json, `${JSON.stringify({ commit: sha, rows }, null, 2)}\n`);
  if (rows.some((r) => !r.same)) process.exitCode = 1;
}

main().catch((e: unknown) => {
  log(`generalise-product: ${(e as Error).message}`);
  process.exit(2);
});
