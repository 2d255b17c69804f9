// Runs a commit's generic extractor (adapters off) on held-out pages in headless Chromium, the way the content
// script runs: in an isolated world of each frame, on the live DOM (open and declarative shadow roots, computed
// styles), after the page's own scripts had their time. Pages are served at their real-CRM URL through request
// interception, so the URL (record ids in path, query or hash) is what the product would see.
import { existsSync } from 'node:fs';
import { BROWSER_ARGS, CHROMIUM } from '../../e2e/browsers.mjs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import type { HoldoutPage } from './corpus';
import { fieldKeys, scorePage, type FrameResult, type LooseContext, type PageScore } from './score';

/**
 * top: the top document only (the product before it ran in every frame);
 * product: the scored commit's own chooseFrame() (utils/extract/frame-choice.ts) over every frame's report, as its
 * background does; the top document when the commit has none;
 * best: the frame whose context has the most fields (an upper bound, not the product).
 */
export type FrameMode = 'top' | 'product' | 'best';

const NOW = '2026-11-27T10:00:00.000Z';

/** Pages scored side by side (GENERALISE_PAGES_AT_ONCE, default 3). */
const PAGES_AT_ONCE = Math.max(1, Number(process.env.GENERALISE_PAGES_AT_ONCE) || 3);

/** `@/x` and `@@/x` resolve inside the scored tree (the WXT aliases), bare packages in this repo's node_modules. */
function aliasPlugin(root: string): Plugin {
  return {
    name: 'huifang-alias',
    setup(b) {
      b.onResolve({ filter: /^@@?\// }, (args) =>
        b.resolve(`./${args.path.replace(/^@@?\//, '')}`, { resolveDir: root, kind: args.kind }),
      );
    },
  };
}

/**
 * The extractor of the tree at `root` as one script that defines `__hfScore(nowIso)` → JSON text, and
 * `__hfChoose(reportsJson)` → JSON text when the tree has a frame choice.
 */
export async function bundleExtractor(root: string, modulesRoot: string): Promise<{ script: string; choice: boolean }> {
  const choiceFile = path.join(root, 'utils/extract/frame-choice.ts');
  const choice = existsSync(choiceFile);
  // The frame's area as the tree's content script reports it (0 for a hidden or off-screen frame), where it has one.
  const areaFile = path.join(root, 'utils/extract/frame-area.ts');
  const area = existsSync(areaFile) ? 'area.frameArea(window)' : 'innerWidth * innerHeight';
  const entry = `
import * as extract from ${JSON.stringify(path.join(root, 'utils/extract/index.ts'))};
${choice ? `import * as frames from ${JSON.stringify(choiceFile)};` : ''}
${existsSync(areaFile) ? `import * as area from ${JSON.stringify(areaFile)};` : ''}
globalThis.__hfScore = (nowIso) => {
  try {
    // As the content script (entrypoints/crm.content): a srcdoc / about:blank frame reads as its creator's page.
    const url = location.protocol === 'about:' ? document.baseURI : location.href;
    const context = extract.extractCustomer(document, url, new Date(nowIso), undefined, { adapters: [] });
    return JSON.stringify({ context: context ?? null, area: ${area} });
  } catch (e) {
    return JSON.stringify({ error: String((e && e.stack) || e), area: ${area} });
  }
};
${choice ? 'globalThis.__hfChoose = (reports) => JSON.stringify(frames.chooseFrame(JSON.parse(reports)));' : ''}`;
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'generalise-entry.ts' },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    tsconfigRaw: {},
    nodePaths: [path.join(modulesRoot, 'node_modules')],
    plugins: [aliasPlugin(root)],
    logLevel: 'error',
  });
  return { script: out.outputFiles[0]?.text ?? '', choice };
}

interface FrameNode {
  frame: { id: string; url: string; urlFragment?: string };
  childFrames?: FrameNode[];
}

function flatten(node: FrameNode, out: FrameNode['frame'][] = []): FrameNode['frame'][] {
  out.push(node.frame);
  for (const c of node.childFrames ?? []) flatten(c, out);
  return out;
}

async function isolatedWorld(cdp: CDPSession, frameId: string): Promise<number> {
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId,
    worldName: 'huifang-generalise',
  });
  return executionContextId;
}

async function extractInFrame(
  cdp: CDPSession,
  frameId: string,
  script: string,
): Promise<Omit<FrameResult, 'url'> & { contextId?: number }> {
  try {
    const executionContextId = await isolatedWorld(cdp, frameId);
    const r = await cdp.send('Runtime.evaluate', {
      expression: `${script}\n;__hfScore(${JSON.stringify(NOW)})`,
      contextId: executionContextId,
      returnByValue: true,
    });
    if (r.exceptionDetails) return { context: null, error: r.exceptionDetails.text };
    const parsed = JSON.parse(String(r.result.value)) as {
      context?: LooseContext | null;
      error?: string;
      area?: number;
    };
    return {
      context: parsed.context ?? null,
      error: parsed.error,
      area: parsed.area ?? 0,
      contextId: executionContextId,
    };
  } catch (e) {
    return { context: null, error: (e as Error).message };
  }
}

const withoutHash = (u: string) => u.replace(/#.*$/, '');

/** One tab that scores pages one after another (see `openTab`). */
export interface ScoringTab {
  /** Every frame's extraction on one page, top document first, and — with `choose` — the frame the commit's
   * chooseFrame() picks from them (-1: none). */
  extract(page: HoldoutPage, script: string, choose?: boolean): Promise<{ results: FrameResult[]; chosen?: number }>;
  close(): Promise<void>;
}

const localeOf = (page: HoldoutPage) => (page.truth.lang.startsWith('zh') ? 'zh-CN' : 'en-US');

/**
 * A tab per locale, reused from page to page. A fresh browser context per page cost about 0.4 s of CPU (a new
 * renderer, the 550 KB extractor compiled cold in it); navigating one tab keeps the renderer and V8's code cache, and
 * a page's scripts, timers and DOM end with its navigation (docs/benchmarks.md, "Time to score").
 */
export function openTab(browser: Browser): ScoringTab {
  interface Slot {
    context: BrowserContext;
    tab: Page;
    cdp: CDPSession;
    current?: HoldoutPage;
  }
  const slots = new Map<string, Promise<Slot>>();
  const open = async (locale: string): Promise<Slot> => {
    const context = await browser.newContext({ locale });
    const tab = await context.newPage();
    const slot: Slot = { context, tab, cdp: await context.newCDPSession(tab) };
    await tab.route('**/*', async (route) => {
      const page = slot.current;
      const url = withoutHash(route.request().url());
      const body = page && (url === withoutHash(page.url) ? page.html : page.frames.get(url));
      if (body === undefined) await route.fulfill({ status: 404, body: '' });
      else await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    });
    return slot;
  };
  const slotFor = (locale: string) => {
    let s = slots.get(locale);
    if (!s) slots.set(locale, (s = open(locale)));
    return s;
  };
  return {
    async extract(page, script, choose = false) {
      const locale = localeOf(page);
      const slot = await slotFor(locale);
      try {
        const { tab, cdp } = slot;
        // Same document but for the hash would be a same-document navigation that keeps the last page's DOM.
        if (withoutHash(tab.url()) === withoutHash(page.url)) await tab.goto('about:blank');
        slot.current = page;
        await tab.goto(page.url, { waitUntil: 'load', timeout: 30_000 });
        await tab.waitForTimeout(page.truth.settle_ms ?? 300);
        const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: FrameNode };
        const results: FrameResult[] = [];
        const all = flatten(frameTree);
        // The top frame's isolated world, where the bundle (and its __hfChoose) is already compiled.
        let topWorld: number | undefined;
        for (const f of all) {
          const { contextId, ...result } = await extractInFrame(cdp, f.id, script);
          topWorld ??= contextId;
          results.push({ url: f.url + (f.urlFragment ?? ''), ...result });
        }
        if (!choose || !all[0]) return { results };
        // The commit's own frame choice, run in the top frame: every frame's report as its background keeps them.
        const reports = results.map((r, i) => ({
          frameId: i,
          url: r.url,
          context: r.context,
          area: r.area ?? 0,
          focusedAt: 0,
          at: i,
        }));
        // Called in the top frame's world, compiled there for its extraction: not the 550 KB bundle a second time.
        const reused = topWorld !== undefined;
        const contextId = topWorld ?? (await isolatedWorld(cdp, all[0].id));
        const r = await cdp.send('Runtime.evaluate', {
          expression: `${reused ? '' : `${script}\n;`}__hfChoose(${JSON.stringify(JSON.stringify(reports))})`,
          contextId,
          returnByValue: true,
        });
        const choice = JSON.parse(String(r.result.value)) as { frameId: number | null };
        return { results, chosen: choice.frameId ?? -1 };
      } catch (e) {
        // A page that broke its tab (a hung navigation, a crashed renderer) must not leak into the next page.
        slots.delete(locale);
        await slot.context.close().catch(() => undefined);
        throw e;
      }
    },
    async close() {
      for (const s of slots.values()) await (await s).context.close().catch(() => undefined);
      slots.clear();
    },
  };
}

/** One page in a tab of its own (for a one-off look at a page). */
export async function extractFrames(
  browser: Browser,
  page: HoldoutPage,
  script: string,
  choose = false,
): Promise<{ results: FrameResult[]; chosen?: number }> {
  const tab = openTab(browser);
  try {
    return await tab.extract(page, script, choose);
  } finally {
    await tab.close();
  }
}

export function choose(results: FrameResult[], mode: FrameMode): number {
  if (mode !== 'best' || results.length <= 1) return 0;
  let best = 0;
  results.forEach((r, i) => {
    if (fieldKeys(r.context).length > fieldKeys(results[best]?.context ?? null).length) best = i;
  });
  return best;
}

export async function scoreInChromium(
  pages: HoldoutPage[],
  { script, choice }: { script: string; choice: boolean },
  mode: FrameMode,
  log: (m: string) => void,
  concurrency = PAGES_AT_ONCE,
): Promise<PageScore[]> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...BROWSER_ARGS,
      // Keep every frame in the page's process so one CDP session reaches them all.
      '--disable-site-isolation-trials',
      '--disable-features=IsolateOrigins,site-per-process',
    ],
  });
  const rows: PageScore[] = new Array(pages.length);
  const scoreOne = async (tab: ScoringTab, page: HoldoutPage): Promise<PageScore> => {
    let results: FrameResult[];
    let chosen: number | undefined;
    try {
      ({ results, chosen } = await tab.extract(page, script, mode === 'product' && choice));
    } catch (e) {
      results = [{ url: page.url, context: null, error: (e as Error).message }];
    }
    const i = chosen ?? choose(results, mode);
    const row = scorePage(page, i >= 0 ? (results[i]?.context ?? null) : null, i, results.length);
    const error = results[i]?.error;
    if (error) row.error = error.split('\n')[0];
    log(
      `${page.name}: ${row.negative ? (row.noCustomer ? 'no customer ✓' : `customer invented (${row.invented.length} fields)`) : `${row.right}/${row.total}`}` +
        `${row.wrong.length ? `, wrong ${row.wrong.join('; ')}` : ''}${!row.negative && row.invented.length ? `, invented ${row.invented.join('; ')}` : ''}` +
        `${results.length > 1 ? ` [frame ${i} of ${results.length}]` : ''}${row.error ? ` ERROR ${row.error}` : ''}`,
    );
    return row;
  };
  try {
    // A few tabs side by side, each scoring pages one after another: a page's settle wait (truth.settle_ms) and its
    // frames' round trips leave the CPU free for the others. Rows keep the corpus order.
    let next = 0;
    const worker = async () => {
      const tab = openTab(browser);
      try {
        for (let i = next++; i < pages.length; i = next++) rows[i] = await scoreOne(tab, pages[i] as HoldoutPage);
      } finally {
        await tab.close();
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, pages.length) }, worker));
  } finally {
    await browser.close();
  }
  return rows;
}
