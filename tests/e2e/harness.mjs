// Launches Debian's Chromium with the built e2e extension (.output/chrome-mv3-e2e) and gives tests what they need.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, CHROMIUM, waitForContentScript } from './browsers.mjs';
import { startFixtureServer } from './fixture-server.mjs';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3-e2e');

/** Hostname mapped to 127.0.0.1 but NOT enabled for Huifang: the content script must not run there. */
export const UNGRANTED_HOST = 'crm.not-enabled.test';

export { BROWSER_ARGS };

/**
 * @param {{ locale?: string, userDataDir?: string, server?: object, extensionDir?: string }} options
 * Reuse `userDataDir` to relaunch the same profile (e.g. after killing the browser).
 */
export async function launchExtension({ locale = 'zh-CN', userDataDir, server, extensionDir = EXTENSION_DIR } = {}) {
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build --mode e2e\` first.`);
  }
  const profile = userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'huifang-e2e-'));
  const fixtures = server ?? (await startFixtureServer());
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${locale}`,
      `--host-resolver-rules=MAP ${UNGRANTED_HOST} 127.0.0.1`,
      ...BROWSER_ARGS,
    ],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  await waitForContentScript(serviceWorker);

  /** The Chrome tab id of a Playwright page (looked up by URL through the extension's service worker). */
  async function tabIdOf(page, { ungranted = false } = {}) {
    const url = page.url();
    // Up to 20 s: a busy machine can be slow to report a new tab to the extension.
    for (let i = 0; i < 200; i++) {
      // Without host permission the extension can't see a tab's URL: take the newest tab it can't see into.
      const id = await serviceWorker.evaluate(
        async ([u, blind]) => {
          const tabs = await chrome.tabs.query({});
          if (blind) return tabs.filter((t) => !t.url).sort((a, b) => b.id - a.id)[0]?.id ?? null;
          // An SPA may already have pushed another query string: match on the address without it.
          const bare = (x) => x?.split(/[?#]/)[0];
          return tabs.find((t) => t.url === u)?.id ?? tabs.find((t) => bare(t.url) === bare(u))?.id ?? null;
        },
        [url, ungranted],
      );
      if (id !== null) return id;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no tab for ${url}`);
  }

  /** The context the background holds for a tab (null until the content script has sent one). */
  function storedContext(tabId) {
    return serviceWorker.evaluate(
      async (key) => (await chrome.storage.session.get(key))[key] ?? null,
      `context-${tabId}`,
    );
  }

  async function waitForContext(tabId, predicate = (c) => c !== null, timeoutMs = 20_000) {
    const end = Date.now() + timeoutMs;
    let last = null;
    while (Date.now() < end) {
      last = await storedContext(tabId);
      if (last && predicate(last)) return last;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`context of tab ${tabId} not as expected; last: ${JSON.stringify(last)?.slice(0, 500)}`);
  }

  /** Opens a fixture page (path under tests/fixtures/) and resolves once the content script has reported. */
  async function openCrmPage(file, { host, waitForContext: wait = true } = {}) {
    const page = await context.newPage();
    const url = host ? fixtures.url(file).replace('127.0.0.1', host) : fixtures.url(file);
    await page.goto(url);
    const tabId = await tabIdOf(page, { ungranted: host === UNGRANTED_HOST });
    if (wait) await waitForContext(tabId);
    return { page, tabId };
  }

  /** Opens the panel as a tab bound to `tabId` (the real side panel can't be driven headless). */
  async function openPanel(tabId, { width = 400, height = 900 } = {}) {
    const panel = await context.newPage();
    await panel.setViewportSize({ width, height });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html${tabId === undefined ? '' : `?tabId=${tabId}`}`);
    return panel;
  }

  async function openExtensionPage(name) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${name}`);
    return page;
  }

  async function close() {
    await context.close().catch(() => undefined);
    if (!server) await fixtures.close();
  }

  return {
    context,
    extensionId,
    serviceWorker,
    server: fixtures,
    profile,
    tabIdOf,
    storedContext,
    waitForContext,
    openCrmPage,
    openPanel,
    openExtensionPage,
    close,
  };
}

/** Rejects after `ms` only to turn a hang into a failure that says what was awaited; `clear` when done. */
function bound(ms, what) {
  let timer;
  const promise = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} (not within ${ms / 1000} s)`)), ms);
  });
  return { promise, clear: () => clearTimeout(timer) };
}

const isOverlayFrame = (f) => f.url().includes('/overlay.html') && !f.isDetached();

/**
 * The overlay's framed page in `page` (one not in `not`): the one there, else the next to load, awaited as the event
 * (Playwright's `framenavigated`), not by looking every so often.
 */
export async function overlayFrame(page, { not = [] } = {}) {
  const ok = (f) => isOverlayFrame(f) && !not.includes(f);
  let listener;
  const next = new Promise((resolve) => {
    listener = (f) => ok(f) && resolve(f);
    page.on('framenavigated', listener);
  });
  const limit = bound(60_000, 'the overlay frame never loaded');
  try {
    return page.frames().find(ok) ?? (await Promise.race([next, limit.promise]));
  } finally {
    page.off('framenavigated', listener);
    limit.clear();
  }
}

/** Resolves once `page` has no overlay frame, awaiting each one's `framedetached`. */
export async function overlayFrameGone(page) {
  for (let frame = page.frames().find(isOverlayFrame); frame; frame = page.frames().find(isOverlayFrame)) {
    const f = frame;
    let listener;
    const detached = new Promise((resolve) => {
      listener = (d) => d === f && resolve();
      page.on('framedetached', listener);
    });
    const limit = bound(60_000, 'the overlay frame stayed');
    try {
      if (!f.isDetached()) await Promise.race([detached, limit.promise]);
    } finally {
      page.off('framedetached', listener);
      limit.clear();
    }
  }
}

/**
 * The overlay hosts on `page`: how many, whether one shows the "extension went away" state, and the text of its notice
 * (the host's shadow root is closed: read through DevTools).
 */
export async function overlayHostState(context, page) {
  const cdp = await context.newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const all = (node) =>
      [node, ...(node.children ?? []), ...(node.shadowRoots ?? [])].flatMap((n) => (n === node ? [n] : all(n)));
    const hosts = all(root).filter((n) => n.nodeName === 'HUIFANG-OVERLAY');
    const alert = hosts.flatMap((host) => all(host)).find((n) => (n.attributes ?? []).join('|').includes('role|alert'));
    const text = (n) => (n.nodeType === 3 ? n.nodeValue : (n.children ?? []).map(text).join(' '));
    return {
      hosts: hosts.length,
      orphan: hosts.some((n) => n.attributes.includes('data-orphan')),
      text: alert ? text(alert) : null,
    };
  } finally {
    await cdp.detach();
  }
}

/** Reads every row of an object store of the extension's database from an extension page. */
export function readStore(extensionPage, storeName, dbName = 'huifang') {
  return extensionPage.evaluate(
    ([db, store]) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open(db);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction(store, 'readonly');
          const all = tx.objectStore(store).getAll();
          all.onsuccess = () => {
            resolve(all.result);
            req.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    [dbName, storeName],
  );
}

/**
 * Answers the panel's question before a "reached" record (docs/report.md, "What a record proves"): required checklist
 * items of the path are still open, so the agent gives the reason the record keeps.
 */
export async function giveOpenItemsReason(view, reason = '客户时间有限，其余事项约定下次补问') {
  await view.getByTestId('open-items-reason').fill(reason);
  await view.getByTestId('confirm-outcome').click();
  await view.getByTestId('outcome-confirm').waitFor({ state: 'detached' });
}

/** The step moved on (or the script ended) since `id`. */
const moved = (panel, id) =>
  panel.waitForFunction(
    (prev) =>
      document.querySelector('[data-testid=script-done]') ||
      document.querySelector('[data-testid=step]')?.dataset.stepId !== prev,
    id,
  );

/**
 * Answers each step with its first choice (Y on a yes/no question; a multiple choice gets its first option, then
 * Enter), a say step or a typed-answer question with Enter (said / skipped), until the script says it is done. The key
 * is chosen from the step on show and each move is waited for: no key is pressed on a guess.
 */
export async function runScriptToEnd(panel) {
  for (let moves = 0; moves < 150; moves++) {
    if (await panel.getByTestId('script-done').count()) return moves;
    const step = panel.getByTestId('step');
    const before = await step.getAttribute('data-step-id');
    const answers = step.locator('button.answer');
    if (await step.locator('button.answer kbd', { hasText: /^Y$/ }).count()) await panel.keyboard.press('y');
    else if (await answers.count()) {
      await panel.keyboard.press('1');
      // A multiple choice keeps the pick (pressed) until Enter; a single choice moves on.
      await panel.waitForFunction(
        (prev) =>
          document.querySelector('[data-testid=script-done]') ||
          document.querySelector('[data-testid=step]')?.dataset.stepId !== prev ||
          document.querySelector('[data-testid=step] button.answer')?.getAttribute('aria-pressed') === 'true',
        before,
      );
      if ((await step.count()) && (await step.getAttribute('data-step-id')) === before)
        await panel.keyboard.press('Enter');
    } else await panel.keyboard.press('Enter');
    await moved(panel, before);
  }
  throw new Error(`the script never ended; stuck at ${await panel.getByTestId('step').getAttribute('data-step-id')}`);
}

/** Ground truth of a fixture page: `fields`, or for an SPA page the settled (last) customer. */
export function groundTruth(file) {
  const json = JSON.parse(fs.readFileSync(path.resolve('tests/fixtures', file.replace(/\.html$/, '.json')), 'utf8'));
  return json.fields;
}

/** Writes one PNG with two screenshots side by side (drawn by the browser itself, no image library needed). */
export async function composeSideBySide(context, left, right, outPath) {
  const page = await context.newPage();
  const toUrl = (png) => `data:image/png;base64,${png.toString('base64')}`;
  await page.setContent('<body style="margin:0;display:flex;gap:0;background:#888"><img id=a><img id=b></body>');
  await page.evaluate(
    async ([a, b]) => {
      const load = (el, src) =>
        new Promise((r) => {
          el.onload = r;
          el.src = src;
        });
      await Promise.all([load(document.getElementById('a'), a), load(document.getElementById('b'), b)]);
    },
    [toUrl(left), toUrl(right)],
  );
  const size = await page.evaluate(() => {
    const [a, b] = [document.getElementById('a'), document.getElementById('b')];
    return { width: a.naturalWidth + b.naturalWidth, height: Math.max(a.naturalHeight, b.naturalHeight) };
  });
  await page.setViewportSize(size);
  fs.mkdirSync(path.dirname(outPath), { recursive: true });
  await page.locator('body').screenshot({ path: outPath });
  await page.close();
}
