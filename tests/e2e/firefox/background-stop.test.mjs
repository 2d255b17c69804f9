// Firefox stops an idle background page even while the sidebar is connected (after 30 s; here after 1 s, by pref):
// the call lives there (docs/architecture.md, "A stopped service worker"). The sidebar connects again, the new
// background page resumes the call from its draft, and one record holds the answers from before and after the stop.
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
  browser = await launchFirefox({ 'extensions.background.idle.timeout': 1000 });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The background page's start time: another value means another background page. */
const backgroundStart = (panel) =>
  panel.evaluate(async () => (await browser.runtime.getBackgroundPage())?.performance.timeOrigin ?? null);

/** Resolves once `condition` (evaluated in the page, awaited) holds; bounded so a stuck run says what it waited for. */
async function until(panel, what, condition, arg) {
  const end = Date.now() + 30_000;
  while (Date.now() < end) {
    if (await panel.evaluate(condition, arg).catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(`not within 30 s: ${what}`);
}

/**
 * From now on, where the step's first answer button is at each change of the page, while the step is `step`. A
 * background started again must show the call as it was: a line that goes (it was the kind's reason) moves the
 * answers under the agent's pointer, and a click aimed a moment before lands beside the button, or on another.
 */
const watchAnswerPlace = (panel, step) =>
  panel.evaluate((id) => {
    const places = [];
    const note = () => {
      const el = document.querySelector('[data-testid=step]');
      const button = el?.dataset.stepId === id ? el.querySelector('button.answer') : null;
      const place = button ? Math.round(button.getBoundingClientRect().top) : null;
      if (place !== null && places.at(-1) !== place) places.push(place);
    };
    note();
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
    window.__answerPlaces = places;
  }, step);
const answerPlaces = (panel) => panel.evaluate(() => window.__answerPlaces);

const stepId = (panel) => panel.evaluate(() => document.querySelector('[data-testid=step]')?.dataset.stepId ?? null);

const records = (panel) =>
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
          all.onsuccess = () => done(all.result.map((r) => ({ notes: r.notes, answers: Object.keys(r.answers) })));
          all.onerror = () => done([]);
        };
      }),
  );

test('the background page stops mid-call: the sidebar keeps the call and one record holds all of it', async () => {
  const crm = await browser.newPage();
  await crm.goto(server.url(FIXTURE));
  const panel = await findPanelPage(browser);
  await panel.bringToFront();
  const tabId = await panel.evaluate(async (url) => {
    for (let i = 0; i < 300; i++) {
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
  await until(
    panel,
    'the customer on show',
    (name) => document.querySelector('[data-testid=customer-name]')?.textContent?.includes(name),
    groundTruth(FIXTURE).name,
  );
  await panel.waitForSelector('[data-testid=step] button.answer');

  // The first answer: the call is on.
  const first = await stepId(panel);
  await panel.click('[data-testid=step] button.answer');
  await until(
    panel,
    'the step after the first answer',
    (id) => document.querySelector('[data-testid=step]')?.dataset.stepId !== id,
    first,
  );
  const second = await stepId(panel);
  await watchAnswerPlace(panel, second);

  // Idle: the background page is stopped (a later one answers getBackgroundPage with another start time).
  const started = await backgroundStart(panel);
  let now = started;
  for (const end = Date.now() + 30_000; now === started && Date.now() < end;) {
    await sleep(300);
    now = await backgroundStart(panel);
  }
  assert.notEqual(now, started, 'the background page was stopped and started again');
  assert.equal(await stepId(panel), second, 'the sidebar still shows the call');

  // The next answer and a note reach the new background page, which carries on with the same call.
  const note = `火狐后台重启后的备注 ${Date.now()}`;
  await panel.click('[data-testid=step] button.answer');
  await until(
    panel,
    'the step after the second answer',
    (id) => document.querySelector('[data-testid=step]')?.dataset.stepId !== id,
    second,
  ).catch(async (err) => {
    err.message += `; the answer button's top while on that step: ${await answerPlaces(panel)}`;
    throw err;
  });
  assert.equal((await answerPlaces(panel)).length, 1, `the answer button moved: ${await answerPlaces(panel)}`);
  await panel.type('[data-testid=notes]', note);
  assert.equal(await panel.$eval('[data-testid=notes]', (el) => el.value), note);
  await panel.click('[data-testid=outcome-no-answer]');
  const end = Date.now() + 30_000;
  let mine = [];
  while (mine.length === 0 && Date.now() < end) {
    mine = (await records(panel)).filter((r) => r.notes === note);
    if (mine.length === 0) await sleep(100);
  }
  assert.equal(mine.length, 1, `one record with the note; stored: ${JSON.stringify(await records(panel))}`);
  assert.ok(mine[0].answers.includes(first) && mine[0].answers.includes(second), `answers: ${mine[0].answers}`);
});
