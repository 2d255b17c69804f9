// Firefox ESR smoke test of the sidebar page, driven by puppeteer-core over WebDriver BiDi (no geckodriver needed).
// BiDi can't open moz-extension:// URLs, so the e2e build's background opens sidepanel.html in a tab at install.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startFixtureServer } from '../fixture-server.mjs';
import { groundTruth } from '../harness.mjs';
import { findPanelPage, launchFirefox } from '../firefox-harness.mjs';

const FIXTURE = 'crm-pages/hxtd-customer.html';
let browser;
let server;

before(async () => {
  server = await startFixtureServer();
  browser = await launchFirefox();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the content script reads a CRM page and the sidebar page shows the customer', async () => {
  const crm = await browser.newPage();
  await crm.goto(server.url(FIXTURE));
  const panel = await findPanelPage(browser);
  const tabId = await panel.evaluate(async (url) => {
    for (let i = 0; i < 100; i++) {
      const [tab] = await browser.tabs.query({ url: 'http://127.0.0.1/*' });
      const stored = tab ? await browser.storage.session.get(`context-${tab.id}`) : {};
      if (tab && tab.url === url && stored[`context-${tab.id}`]) return tab.id;
      await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  }, server.url(FIXTURE));
  assert.notEqual(tabId, null, 'the content script never reported a context');
  await panel.evaluate((id) => {
    location.search = `?tabId=${id}`;
  }, tabId);
  await panel.waitForFunction(
    (name) => document.querySelector('[data-testid=customer-name]')?.textContent?.includes(name),
    { timeout: 10_000 },
    groundTruth(FIXTURE).name,
  );
});

test('an outcome recorded in the sidebar page is written to IndexedDB', async () => {
  const panel = await findPanelPage(browser);
  // Typed at once, as an agent would: the field must stay the same element while the panel settles (its tab lookup
  // and the site check answer after the customer shows; utils/panel/use-tab.ts).
  await panel.waitForSelector('[data-testid=notes]');
  await panel.type('[data-testid=notes]', 'firefox smoke');
  assert.equal(await panel.$eval('[data-testid=notes]', (el) => el.value), 'firefox smoke');
  assert.equal(await panel.evaluate(() => document.activeElement?.id), 'notes', 'the notes field lost the focus');
  // The outcome buttons come with the call's snapshot, which can arrive after the notes field.
  await panel.waitForSelector('[data-testid=outcome-no-answer]');
  // Pressed on the button itself: a mouse click lands where the button was when measured, and the call's snapshot can
  // still grow the panel above it (one run in six under load clicked beside it and recorded nothing).
  await panel.$eval('[data-testid=outcome-no-answer]', (button) => button.click());
  const wanted = (records) => records.some((r) => r.outcome === 'no-answer' && r.notes.includes('firefox smoke'));
  // Read in the page (same origin as the background's database); the connection is closed each time.
  const readRecords = () =>
    panel.evaluate(
      () =>
        new Promise((resolve) => {
          const req = indexedDB.open('huifang');
          req.onerror = () => resolve([]);
          req.onsuccess = () => {
            const db = req.result;
            const done = (rows) => (db.close(), resolve(rows));
            if (!db.objectStoreNames.contains('callbacks')) return done([]);
            const all = db.transaction('callbacks').objectStore('callbacks').getAll();
            all.onsuccess = () => done(all.result.map((r) => ({ outcome: r.outcome, notes: r.notes })));
            all.onerror = () => done([]);
          };
        }),
    );
  // Each read is awaited before the next (the page's sidebar tab is hidden here: no animation-frame polling).
  const deadline = Date.now() + 10_000;
  let records = await readRecords();
  while (!wanted(records) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    records = await readRecords();
  }
  assert.ok(wanted(records), `no such record; stored: ${JSON.stringify(records)}`);
});
