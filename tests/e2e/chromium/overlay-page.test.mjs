// The in-page overlay in real Chromium: utils/overlay/host.ts (bundled as it is) frames overlay.html on a fixture
// CRM page; the framed runner finds its tab, shows the customer, answers keys, and steps aside for a page dialog.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { launchExtension } from '../harness.mjs';

let h;
let hostBundle;
before(async () => {
  h = await launchExtension();
  const out = await build({ entryPoints: ['utils/overlay/host.ts'], bundle: true, write: false, format: 'iife', globalName: 'HuifangOverlay' });
  hostBundle = out.outputFiles[0].text;
});
after(async () => h?.close());

async function openCrm(file) {
  const opened = await h.openCrmPage(file, { waitForContext: false });
  for (let i = 0; i < 3; i++) {
    try {
      await h.waitForContext(opened.tabId, undefined, 4000);
      return opened;
    } catch {
      await opened.page.reload();
    }
  }
  await h.waitForContext(opened.tabId);
  return opened;
}

test('the overlay frames the compact runner on the CRM page and never covers the page dialog', async () => {
  const { page } = await openCrm('crm-pages/hxtd-customer.html');
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.addScriptTag({ content: hostBundle });
  await page.evaluate((src) => {
    const saved = {};
    window.__overlay = window.HuifangOverlay.createOverlayHost({
      doc: document, src, site: location.origin, shadowMode: 'open',
      store: { load: async (s) => saved[s] ?? null, save: async (s, p) => void (saved[s] = p) },
      labels: { title: '回访助手', collapse: '收起', expand: '展开', close: '关闭' },
    });
    return window.__overlay.toggle();
  }, `chrome-extension://${h.extensionId}/overlay.html`);
  const frame = page.frameLocator('huifang-overlay iframe');
  await frame.getByTestId('customer-name').filter({ hasText: '王建国' }).waitFor({ timeout: 15_000 });
  await frame.locator('body').click({ position: { x: 5, y: 5 } });
  await frame.locator('body').press('y');
  await frame.getByTestId('step-announce').filter({ hasText: '2' }).waitFor();
  await page.screenshot({ path: 'docs/screenshots/overlay-on-crm.png' });

  const visibility = () => page.evaluate(() => document.querySelector('huifang-overlay').style.visibility);
  assert.equal(await visibility(), 'visible');
  await page.evaluate(() => {
    const d = document.createElement('dialog');
    d.id = 'page-dialog';
    d.textContent = '确认删除？';
    document.body.append(d);
    d.show();
  });
  await page.waitForFunction(() => document.querySelector('huifang-overlay').style.visibility === 'hidden');
  await page.evaluate(() => document.getElementById('page-dialog').close());
  await page.waitForFunction(() => document.querySelector('huifang-overlay').style.visibility === 'visible');
  await page.evaluate(() => window.__overlay.toggle());
  assert.equal(await page.locator('huifang-overlay').count(), 0);
  await page.close();
});
