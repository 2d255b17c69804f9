// How an open overlay learns that the extension went away (utils/overlay/extension-watch.ts): a port it holds to the
// background drops. The same port drops when Chrome stops an idle service worker (30 s without events), which must
// not read as "Huifang was turned off": the overlay keeps its call, connects again, and still says so when the
// extension really goes later. Nothing here waits on a timer: each step waits for the event it follows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchExtension, groundTruth, overlayFrame, overlayHostState } from '../harness.mjs';

const FILE = 'crm-pages/hxtd-customer.html';

let h;
before(async () => {
  h = await launchExtension();
});
after(async () => h?.close());

/** Waits (bounded) until `read()` gives a value `ok` accepts; the bound only turns a hang into a failure. */
async function until(read, ok, what, ms = 30_000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    last = await read().catch((err) => `error: ${err.message}`);
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}; last seen: ${JSON.stringify(last)?.slice(0, 500)}`);
}

/**
 * The content script's world in `page`, through DevTools (Playwright reaches only the page's own world): `watchNext`
 * resolves on the content script's next `runtime.connect` of the watch port.
 */
async function contentScriptWorld(page) {
  const cdp = await h.context.newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const { type, frameId } = context.auxData ?? {};
    // Playwright keeps a world of its own in every frame; the content script's is named after the extension.
    if (type === 'isolated' && frameId === frameTree.frame.id && !context.name.startsWith('__playwright'))
      worlds.push(context.id);
  });
  await cdp.send('Runtime.enable');
  const evaluate = async (expression) => {
    const contextId = worlds.at(-1);
    if (contextId === undefined) throw new Error('no content script world in the page');
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  };
  return {
    /** From now on, the next connect of the watch port (through `chrome` or `browser`, whichever WXT's `browser` is). */
    armWatchConnect: () =>
      evaluate(`{
        const runtimes = new Set([globalThis.chrome?.runtime, globalThis.browser?.runtime].filter(Boolean));
        globalThis.__nextWatch = new Promise((resolve) => {
          for (const runtime of runtimes) {
            const connect = runtime.connect;
            runtime.connect = function (...args) {
              const port = connect.apply(this, args);
              if (args[0]?.name === 'extension-watch') resolve(args[0].name);
              return port;
            };
          }
        });
        runtimes.size;
      }`),
    watchConnected: () => evaluate('globalThis.__nextWatch'),
    detach: () => cdp.detach(),
  };
}

/** Stops every service worker of the profile (what Chrome does to an idle one); resolves once it is reported. */
async function stopWorkers(page) {
  const cdp = await h.context.newCDPSession(page);
  const statuses = [];
  const listeners = new Set();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) if (v.scriptURL.endsWith('/background.js')) statuses.push(v.runningStatus);
    for (const fn of listeners) fn();
  });
  await cdp.send('ServiceWorker.enable');
  /** Resolves once the worker has been reported in `status` (after the stop, for any other status). */
  const reached = (status, what) =>
    new Promise((resolve, reject) => {
      const seen = () =>
        status === 'stopped'
          ? statuses.includes(status)
          : statuses.includes('stopped') && statuses.lastIndexOf(status) > statuses.indexOf('stopped');
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`${what}: ${statuses}`));
      }, 30_000);
      const check = () => {
        if (!seen()) return;
        clearTimeout(timer);
        listeners.delete(check);
        resolve();
      };
      listeners.add(check);
      check();
    });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await reached('stopped', 'the worker was never reported stopped');
  return { reached, detach: () => cdp.detach() };
}

test('an idle stop of the background leaves the open overlay as it is; the extension turned off later: it says so', async () => {
  const { page, tabId } = await h.openCrmPage(FILE);
  await page.setViewportSize({ width: 1200, height: 800 });
  await h.serviceWorker.evaluate(
    ([origin, p]) => chrome.storage.local.set({ [`overlay-placement:${origin}`]: p }),
    [new URL(page.url()).origin, { x: 824, y: 16, collapsed: false }],
  );
  const name = groundTruth(FILE).name;
  const panel = await h.openPanel(tabId);
  await panel.getByTestId('customer-name').filter({ hasText: name }).waitFor();
  await panel.getByTestId('toggle-overlay').click();
  const frame = await overlayFrame(page);
  await frame.getByTestId('customer-name').filter({ hasText: name }).waitFor();
  const step = await frame.getByTestId('step').getAttribute('data-step-id');
  // The agent works in the overlay alone: the panel is closed.
  await panel.close();

  // The worker stops. The watch port drops with it; the content script finds the extension still there and
  // connects again (which starts a new worker): the overlay is not told the extension went.
  const world = await contentScriptWorld(page);
  await world.armWatchConnect();
  const mgr = await h.context.newPage();
  await mgr.goto('chrome://extensions');
  const stop = await stopWorkers(mgr);
  assert.equal(await world.watchConnected(), 'extension-watch', 'the watch connected again after the stop');
  await stop.reached('running', 'no worker ran again');
  assert.deepEqual(
    await overlayHostState(h.context, page),
    { hosts: 1, orphan: false, text: null },
    'the overlay is not orphaned',
  );
  await frame.getByTestId('customer-name').filter({ hasText: name }).waitFor();
  assert.equal(await frame.getByTestId('step').getAttribute('data-step-id'), step, 'the overlay keeps its step');
  await stop.detach();
  await world.detach();

  // Turned off now: the reconnected port drops and the overlay says so, in the panel's language, with no timer.
  await mgr.evaluate(() => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));
  await mgr.evaluate((id) => chrome.management.setEnabled(id, false), h.extensionId);
  const notice = await until(
    () => overlayHostState(h.context, page),
    (n) => n.orphan && /刷新此页面/.test(n.text ?? ''),
    'the overlay never said Huifang was turned off (in Chinese, as the panel)',
  );
  assert.equal(notice.hosts, 1);
  await mgr.evaluate((id) => chrome.management.setEnabled(id, true), h.extensionId);
  await mgr.close();
  await page.close();
});
