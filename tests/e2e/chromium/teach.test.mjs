// Teach mode on a CRM with no adapter: the agent picks the element holding a field; Huifang keeps it for the site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchExtension, readStore } from '../harness.mjs';

const FILE = 'teach/no-adapter.html';
const ADDRESS = '杭州市西湖区文三路 259 号 3 幢 502 室';
let h;
before(async () => {
  h = await launchExtension();
});
after(async () => h?.close());

test('the agent picks the address on the page; the site adapter reads it from then on, also after a reload', async () => {
  const { page, tabId } = await h.openCrmPage(FILE);
  const first = await h.waitForContext(tabId, (c) => c.fields.name?.value === '钱文静');
  assert.equal(first.fields.address, undefined, 'the page labels no address');
  const panel = await h.openPanel(tabId);
  await panel.getByTestId('customer-name').filter({ hasText: '钱文静' }).waitFor();

  await panel.getByTestId('teach-address').click();
  await page.bringToFront();
  // Click only once the picker is on the page: before that, the click is the page's own and teaches nothing.
  await page.locator('huifang-picker').waitFor({ state: 'attached' });
  await page.hover('#home');
  await page.click('#home');
  const taught = await h.waitForContext(tabId, (c) => c.fields.address?.value === ADDRESS);
  assert.equal(taught.fields.address.source.via, 'taught');
  assert.equal(await page.locator('#home').textContent(), ADDRESS, 'the page itself is unchanged');

  // A field that is not a key field is offered in the "pick another field" list.
  await panel.bringToFront();
  await panel.getByTestId('teach-other').selectOption('product');
  await page.bringToFront();
  await page.locator('huifang-picker').waitFor({ state: 'attached' });
  await page.hover('#policy-badge');
  await page.click('#policy-badge');
  await h.waitForContext(
    tabId,
    (c) => c.fields.product?.value === '鑫享人生年金保险' && c.fields.address?.value === ADDRESS,
  );

  await page.reload();
  await h.waitForContext(
    tabId,
    (c) =>
      c.fields.address?.value === ADDRESS &&
      c.fields.product?.value === '鑫享人生年金保险' &&
      c.extractedAt !== taught.extractedAt,
  );
  await panel.close();
  await page.close();
});

test('Esc cancels picking and nothing is taught', async () => {
  const { page, tabId } = await h.openCrmPage(FILE);
  const panel = await h.openPanel(tabId);
  await panel.getByTestId('customer-name').filter({ hasText: '钱文静' }).waitFor();
  await panel.getByTestId('teach-idNumber').click();
  await page.bringToFront();
  // The picker is on the page (it takes the keys from then on), and gone after Esc: the click after that is the
  // page's own and cannot teach anything, so there is nothing to wait for before reading the store.
  const picker = page.locator('huifang-picker');
  await picker.waitFor({ state: 'attached' });
  await page.hover('table');
  await page.keyboard.press('Escape');
  await picker.waitFor({ state: 'detached' });
  await page.click('table td');
  const context = await h.storedContext(tabId);
  assert.equal(context.fields.idNumber, undefined);
  const adapters = await readStore(panel, 'siteAdapters');
  assert.deepEqual(
    adapters.map((row) => Object.keys(row.adapter.fields).sort()),
    [['address', 'product']],
    'only the earlier picks are stored',
  );
  await panel.close();
  await page.close();
});
