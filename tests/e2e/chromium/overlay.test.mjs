// The in-page overlay as a user gets it: toggled from the panel (or the shortcut's message), framed by the content
// script in a closed shadow root, recording through the background (a frame on the CRM site can't open our database),
// and never covering the page's own dialogs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchExtension, readStore, groundTruth, overlayFrame, overlayFrameGone } from '../harness.mjs';

let h;
before(async () => {
  h = await launchExtension();
});
after(async () => h?.close());

const hostBox = (page) =>
  page.evaluate(() => {
    const el = document.querySelector('huifang-overlay');
    if (!el || el.style.visibility === 'hidden') return null;
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
/** Where the agent left the overlay on this site (else it first opens where it covers none of the page's controls). */
const placeOverlay = (page, placement) =>
  h.serviceWorker.evaluate(
    ([origin, p]) => chrome.storage.local.set({ [`overlay-placement:${origin}`]: p }),
    [new URL(page.url()).origin, placement],
  );
/** The overlay frame's title (its handle's label, in the panel's language) becomes `want`. */
const waitForTitle = async (page, frame, want) =>
  page.waitForFunction(([el, w]) => el.getAttribute('title') === w, [await frame.frameElement(), want]);
const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test('the panel button frames the overlay on the CRM page; it runs the script and records through the background', async () => {
  const file = 'crm-pages/hxtd-customer.html';
  const { page, tabId } = await h.openCrmPage(file);
  await page.setViewportSize({ width: 1200, height: 800 });
  await placeOverlay(page, { x: 824, y: 16, collapsed: false });
  const panel = await h.openPanel(tabId);
  const name = groundTruth(file).name;
  await panel.getByTestId('customer-name').filter({ hasText: name }).waitFor();
  await panel.getByTestId('toggle-overlay').click();

  const frame = await overlayFrame(page);
  await frame.getByTestId('customer-name').filter({ hasText: name }).waitFor({ timeout: 15_000 });
  assert.equal(
    await page.evaluate(() => document.querySelector('huifang-overlay').shadowRoot),
    null,
    'the shadow root is closed to the page',
  );
  await frame.locator('body').click({ position: { x: 5, y: 5 } });
  await frame.locator('body').press('y');
  await frame.getByTestId('step-announce').filter({ hasText: '2' }).waitFor();
  await page.screenshot({ path: 'docs/screenshots/overlay-on-crm.png' });

  const note = `浮窗记录 ${Date.now()}`;
  await frame.getByTestId('notes').fill(note);
  await frame.getByTestId('outcome-no-answer').click();
  let saved = false;
  for (let i = 0; i < 100 && !saved; i++) {
    saved = (await readStore(panel, 'callbacks')).some((r) => r.notes === note && r.outcome === 'no-answer');
    if (!saved) await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(saved, 'the record is in the extension database');
  // …and a side panel opened on the same tab lists it in the customer's history.
  const panel2 = await h.openPanel(tabId);
  await panel2.getByTestId('history').filter({ hasText: note }).waitFor({ timeout: 10_000 });
  await panel2.close();

  // The keyboard shortcut's command reaches the content script as this message.
  await h.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'toggle-overlay' }), tabId);
  await overlayFrameGone(page);
  await panel.close();
  await page.close();
});

test('a page dialog is never covered: the overlay moves beside it, and back when it closes', async () => {
  const { page, tabId } = await h.openCrmPage('crm-pages/wukongcrm-customer.html');
  await page.setViewportSize({ width: 1280, height: 800 });
  await placeOverlay(page, { x: 904, y: 16, collapsed: false });
  await h.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'toggle-overlay' }), tabId);
  await overlayFrame(page);
  await page.waitForFunction(() => document.querySelector('huifang-overlay')?.style.visibility === 'visible');
  const home = await hostBox(page);
  await page.evaluate(() => {
    const d = document.createElement('dialog');
    d.id = 'page-dialog';
    d.textContent = '确认删除该客户？';
    d.style.cssText = 'width:700px;height:420px;margin:40px 0 0 300px';
    document.body.append(d);
    d.showModal();
  });
  const dialog = await page.evaluate(() => {
    const r = document.getElementById('page-dialog').getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
  assert.ok(overlaps(home, dialog), 'the test dialog opens where the overlay was');
  await page.waitForFunction(() => document.querySelector('huifang-overlay').style.zIndex !== '900');
  const beside = await hostBox(page);
  assert.ok(
    beside === null || !overlaps(beside, dialog),
    `overlay ${JSON.stringify(beside)} covers dialog ${JSON.stringify(dialog)}`,
  );
  await page.evaluate(() => document.getElementById('page-dialog').close());
  await page.waitForFunction(() => document.querySelector('huifang-overlay').style.zIndex === '900');
  assert.deepEqual(await hostBox(page), home);
  await page.close();
});

test('the overlay stays open across page loads of its tab, in the panel’s language, until the agent closes it', async () => {
  const file = 'crm-pages/hxtd-customer.html';
  const { page, tabId } = await h.openCrmPage(file);
  const panel = await h.openPanel(tabId);
  await panel.getByTestId('language').selectOption('en');
  // Stored (the panel shows a language once storage has it; the background is told of that change before the
  // overlay, opening, asks it for its labels), so the handle is labelled in English.
  await panel.getByTestId('queue-tab').filter({ hasText: 'Queue' }).waitFor();
  await panel.getByTestId('toggle-overlay').click();
  let frame = await overlayFrame(page);
  await waitForTitle(page, frame, 'Huifang'); // the handle follows the panel language
  await frame.locator('html[lang="en"]').waitFor({ timeout: 15_000 });

  await page.reload();
  frame = await overlayFrame(page);
  await frame.getByTestId('customer-name').waitFor({ timeout: 15_000 });
  await waitForTitle(page, frame, 'Huifang');

  await panel.getByTestId('language').selectOption('zh-CN');
  await panel.getByTestId('queue-tab').filter({ hasText: '队列' }).waitFor();
  await panel.getByTestId('toggle-overlay').click();
  await overlayFrameGone(page);
  // The toggle goes to the page's content script: wait for the reloaded page's own (the stored context is the old
  // page's until the new one reports, so it is cleared first).
  await h.serviceWorker.evaluate((key) => chrome.storage.session.remove(key), `context-${tabId}`);
  await page.reload();
  await h.waitForContext(tabId);
  // Closed stays closed: the next toggle opens it (were it open, the toggle would close it and the frame go away).
  await panel.getByTestId('toggle-overlay').click();
  frame = await overlayFrame(page);
  await waitForTitle(page, frame, '回访助手');
  await panel.getByTestId('toggle-overlay').click();
  await overlayFrameGone(page);
  await panel.close();
  await page.close();
});
