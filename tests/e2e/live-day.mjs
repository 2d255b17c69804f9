// A try-out on the live Dolibarr (docs: PROTOCOL's live instance), not part of the suite: node tests/e2e/live-day.mjs
// Needs the e2e build. Writes screenshots to $SHOTS (default /tmp/day-shots) and the captured edit form there.
import fs from 'node:fs';
import { launchExtension, overlayFrame } from './harness.mjs';
const h = await launchExtension();
const out = process.env.SHOTS ?? '/tmp/day-shots';
const base = 'http://127.0.0.1:8080';
const page = await h.context.newPage();
await page.setViewportSize({ width: 1280, height: 900 });
await page.goto(`${base}/index.php`);
if (await page.locator('#username').count()) {
  await page.fill('#username', 'admin');
  await page.fill('#password', 'Admin-Huifang-2026');
  await page.locator('input[type=submit], button[type=submit]').first().click();
  await page.waitForLoadState('load');
}
/**
 * Screenshots `page` once the overlay in `frame` shows its customer: the name is in the frame's DOM some 100 ms before
 * the out-of-process frame is composited into the page, so wait for two of the frame's animation frames and then until
 * the overlay's area of the page is no longer blank (a blank 358 × 460 area is a PNG of about 1 kB).
 */
async function overlayShot(frame, path) {
  await frame.getByTestId('customer-name').waitFor({ timeout: 15_000 });
  await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const box = await (await frame.frameElement()).boundingBox();
  for (let i = 0; i < 50 && box; i++) {
    if ((await page.screenshot({ clip: box })).length > 8_000) break;
    await page.waitForTimeout(100);
  }
  await page.screenshot({ path });
}
const step = async (name, fn) => {
  try {
    await fn();
    console.log('OK  ', name);
  } catch (e) {
    console.log('FAIL', name, e.message.split('\n')[0]);
  }
};
await page.goto(`${base}/societe/card.php?socid=1`);
const tabId = await h.tabIdOf(page);
await h.waitForContext(tabId).catch((e) => console.log('no context', e.message));
const panel = await h.openPanel(tabId);
await step('overlay body on a third-party card', async () => {
  await panel.getByTestId('toggle-overlay').click({ timeout: 15_000 });
  const frame = await overlayFrame(page);
  await overlayShot(frame, `${out}/dolibarr-overlay.png`);
  console.log('   overlay text:', (await frame.locator('body').innerText()).slice(0, 200).replace(/\s+/g, ' '));
});
await page.screenshot({ path: `${out}/dolibarr-overlay-any.png` });
await step('overlay stays open after a page load', async () => {
  await page.goto(`${base}/contact/card.php?id=1`);
  await overlayShot(await overlayFrame(page), `${out}/dolibarr-contact-overlay.png`);
});
await step('mid-call, the CRM edit form keeps the call', async () => {
  await panel.getByTestId('customer-name').waitFor({ timeout: 15_000 });
  const name = (await panel.getByTestId('customer-name').textContent()).trim();
  await panel.locator('body').focus();
  await panel.keyboard.press('y');
  await panel.keyboard.press('m');
  await panel.keyboard.type('客户要求改地址，正在编辑');
  await panel.keyboard.press('Escape');
  await panel.getByText('已自动保存').waitFor();
  await page.goto(`${base}/contact/card.php?id=1&action=edit`);
  fs.writeFileSync(`${out}/dolibarr-contact-edit-zh_CN.html`, await page.content());
  // The form's report reached the background (not a guessed 2.5 s).
  await h.waitForContext(tabId, (c) => c.url?.includes('action=edit'));
  await panel.getByTestId('customer-name').filter({ hasText: name }).waitFor({ timeout: 10_000 });
  const notes = await panel.locator('#notes').inputValue();
  if (!notes.includes('正在编辑')) throw new Error(`notes lost: ${notes}`);
  if (await panel.getByTestId('manual-save').count()) throw new Error('a manual-entry form shows');
  await panel.screenshot({ path: `${out}/dolibarr-edit-panel.png` });
  await page.screenshot({ path: `${out}/dolibarr-edit-page.png` });
  await page.goto(`${base}/contact/card.php?id=1`);
  await h.waitForContext(tabId, (c) => c.url?.endsWith('/contact/card.php?id=1'));
  await panel.getByTestId('customer-name').filter({ hasText: name }).waitFor({ timeout: 10_000 });
  if (!(await panel.locator('#notes').inputValue()).includes('正在编辑')) throw new Error('notes lost after the edit');
});
await step('my calls today after a record', async () => {
  await panel.keyboard.press('Shift+K');
  await panel.getByTestId('history-tab').click();
  await panel.getByTestId('my-day-call').first().waitFor({ timeout: 10_000 });
  await panel.screenshot({ path: `${out}/dolibarr-my-day.png` });
});
await step('key help', async () => {
  await panel.getByRole('tab').first().click();
  await panel.locator('body').focus();
  await panel.keyboard.press('?');
  await panel.getByTestId('key-help').waitFor();
  await panel.screenshot({ path: `${out}/key-help.png` });
  await panel.getByTestId('language').selectOption('en');
  // The help re-renders in English a moment after the switch.
  await panel.getByTestId('key-help').filter({ hasText: 'Record the outcome' }).waitFor();
  await panel.screenshot({ path: `${out}/key-help-en.png` });
  await panel.getByTestId('language').selectOption('zh-CN');
  await panel.keyboard.press('Escape');
});
await h.close();
