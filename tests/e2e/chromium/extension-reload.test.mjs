// The extension updated, reloaded, or turned off and on while the agent is mid-call (docs/architecture.md, "An update
// or a reload of the extension"). What Chrome does: every page of the extension dies with it — the side panel (here
// the panel as a tab) closes, the overlay's framed page goes — and the content script in the CRM page is cut off
// (its runtime id is gone); the browser injects the new run's content script only into pages loaded after.
// What the agent gets: the call is kept (its draft, autosaved within a second; resumed, not offered), the open overlay
// comes back by itself with the call, a fresh panel carries on with it, and while the extension is off the overlay
// says so instead of vanishing. One record at the end.
//
// Playwright reports no new service worker after a reload (the target id is kept: microsoft/playwright#39475), so
// after it everything is read from extension pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { giveOpenItemsReason, launchExtension, readStore, groundTruth, overlayHostState } from '../harness.mjs';

const FILE = 'crm-pages/hxtd-customer.html';
const shot = (name) => path.join(os.tmpdir(), `huifang-${name}.png`);

let h;
before(async () => {
  h = await launchExtension();
});
after(async () => h?.close());

/** chrome://extensions, where the agent (or a test) reloads, turns off and on an unpacked extension. */
async function extensionsPage() {
  const page = await h.context.newPage();
  await page.goto('chrome://extensions');
  // Chromium turns off an unpacked extension that reloads while developer mode is off ("unsupported developer
  // extension"); whoever runs one unpacked has developer mode on.
  await page.evaluate(() => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));
  // The call may answer before the setting holds; a reload before it would turn the extension off, not reload it.
  await until(
    () => page.evaluate(() => chrome.developerPrivate.getProfileConfiguration().then((c) => c.inDeveloperMode)),
    (on) => on === true,
    'developer mode never came on',
  );
  return page;
}

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
 * The overlay's framed page of the extension's current run, showing the call. An earlier run's frame may still be
 * listed (and show its last state) for a moment after the run ended: it is passed in `not`. On a timeout the error
 * names what was there instead (the page's frames, the overlay hosts, the frame's own text), so a failure says which
 * part never came.
 */
async function overlayFrame(page, not = [], manager = null) {
  const current = () =>
    page.frames().find((f) => f.url().includes('/overlay.html') && !not.includes(f) && !f.isDetached());
  try {
    return await until(
      async () => {
        const frame = current();
        return frame && (await frame.getByTestId('step').count()) ? frame : null;
      },
      (x) => typeof x === 'object' && x !== null,
      'the overlay never showed the call',
    );
  } catch (err) {
    const frame = current();
    const seen = {
      frames: page.frames().map((f) => f.url()),
      hosts: await overlayHostState(h.context, page).catch((e) => e.message),
      overlayText: frame
        ? (
            await frame
              .locator('body')
              .innerText()
              .catch((e) => e.message)
          ).slice(0, 300)
        : null,
      // Whether the extension came back after the reload, or stayed off (and why).
      extension: manager
        ? await manager
            .evaluate(
              (id) => chrome.management.get(id).then((e) => ({ enabled: e.enabled, reason: e.disabledReason })),
              h.extensionId,
            )
            .catch((e) => e.message)
        : null,
    };
    throw new Error(`${err.message}; seen: ${JSON.stringify(seen)}`, { cause: err });
  }
}

const stepOf = (view) => view.getByTestId('step').getAttribute('data-step-id');

test('an update mid-call: the panel closes, the overlay comes back with the call, a fresh panel carries on; off and on: the overlay says so meanwhile; one record', async () => {
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
  const firstFrame = await overlayFrame(page);

  // Mid-call: an answer, the ring timer, a note — saved (the autosave follows each change within about a second).
  const first = await stepOf(panel);
  await panel.getByTestId('step').locator('button.answer').first().click();
  await panel.waitForFunction((id) => document.querySelector('[data-testid=step]')?.dataset.stepId !== id, first);
  const second = await stepOf(panel);
  await panel.getByTestId('timer-toggle').click();
  const note = `更新前的备注 ${Date.now()}`;
  await panel.getByTestId('notes').fill(note);
  await until(
    () => readStore(panel, 'drafts'),
    (drafts) =>
      drafts.some((d) => d.record.notes === note && first in d.record.answers && d.record.ringSeconds !== null),
    'the draft never held the answer, the timer and the note',
  );

  // The extension reloads (what an update does to it).
  const mgr = await extensionsPage();
  const panelClosed = panel.waitForEvent('close');
  await h.serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  await panelClosed;

  // The overlay comes back by itself, on the same step with the same note: the new run's content script replaced
  // the old one's overlay and the new background resumed the call (not offered it).
  const frame = await overlayFrame(page, [firstFrame], mgr);
  assert.equal(await stepOf(frame), second, 'the overlay is on the step of before the reload');
  // In the panel's language (Chinese here), though the new worker's own i18n says en-US: the background speaks the
  // language the views report (utils/background/view-language.ts). The handle is labelled before the frame opens.
  assert.equal(await (await frame.frameElement()).getAttribute('title'), '回访助手', 'the handle is in Chinese');
  await frame.locator('html[lang="zh-CN"]').waitFor();
  await until(
    () => frame.getByTestId('notes').inputValue(),
    (v) => v === note,
    'the overlay lost the note',
  );
  assert.deepEqual(
    { ...(await overlayHostState(h.context, page)), text: undefined },
    { hosts: 1, orphan: false, text: undefined },
    'one overlay on the page, the new run’s',
  );

  // A fresh panel (the agent opens the side panel again) carries on with the call, timer running.
  const fresh = await h.openPanel(tabId);
  await fresh.getByTestId('customer-name').filter({ hasText: name }).waitFor();
  await until(
    () => stepOf(fresh),
    (id) => id === second,
    'the fresh panel is not on the call’s step',
  );
  assert.equal(await fresh.getByTestId('notes').inputValue(), note);
  assert.equal(await fresh.getByTestId('resume-draft').count(), 0, 'resumed, not offered');
  await fresh.locator('.timer .ring').waitFor();

  // Turned off: the overlay says so (no frame, no silent vanishing); the fresh panel closes.
  const id = h.extensionId;
  const freshClosed = fresh.waitForEvent('close');
  await mgr.evaluate((x) => chrome.management.setEnabled(x, false), id);
  await freshClosed;
  const notice = await until(
    () => overlayHostState(h.context, page),
    // In the language of the labels the overlay last had: the panel's.
    (n) => n.orphan && /刷新此页面/.test(n.text ?? ''),
    'the overlay never said Huifang was turned off',
  );
  assert.equal(notice.hosts, 1);
  await page.screenshot({ path: shot('overlay-extension-gone') });

  // On again: the overlay comes back in its place with the call; the agent records from a fresh panel.
  await mgr.evaluate((x) => chrome.management.setEnabled(x, true), id);
  const back = await overlayFrame(page, [firstFrame, frame], mgr);
  assert.equal(await stepOf(back), second);
  assert.equal((await overlayHostState(h.context, page)).orphan, false, 'the notice is gone');
  const last = await h.openPanel(tabId);
  await until(
    () => stepOf(last),
    (x) => x === second,
    'the panel after turning on is not on the call’s step',
  );
  await last.getByTestId('step').locator('button.answer').first().click();
  await last.waitForFunction((x) => document.querySelector('[data-testid=step]')?.dataset.stepId !== x, second);
  await last.getByTestId('outcome-reached').click();
  await giveOpenItemsReason(last);
  await last.getByTestId('history').filter({ hasText: note }).waitFor();
  const records = (await readStore(last, 'callbacks')).filter((r) => r.notes === note);
  assert.equal(records.length, 1, 'one record');
  assert.ok(first in records[0].answers && second in records[0].answers, 'answers from before and after');
  assert.notEqual(records[0].ringSeconds, null, 'the ring time is in the record');
  await mgr.close();
  await last.close();
  await page.close();
});
