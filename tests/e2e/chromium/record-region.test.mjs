// One record, one region, in real Chromium: a record inside an iframe (also one written by the page's script into an
// about:blank iframe) and one inside shadow roots reach the panel;
// a list page gives "no customer" and puts nobody in the queue (docs/adapters.md).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchExtension, readStore } from '../harness.mjs';

let h;
before(async () => {
  h = await launchExtension();
});
after(async () => h?.close());

test('a record inside an iframe of a workbench is read into the panel (the hidden tab frame is not)', async () => {
  const { page, tabId } = await h.openCrmPage('frames/workbench.html', { waitForContext: false });
  const context = await h.waitForContext(tabId, (c) => c.fields.name?.value === '周晓梅');
  assert.equal(context.fields.mobile?.value, '13661234567');
  assert.equal(context.fields.idNumber?.value, '110105198803124023');
  assert.equal(context.fields.customerId?.value, 'KH-20931');
  const panel = await h.openPanel(tabId);
  await panel.getByTestId('customer-name').filter({ hasText: '周晓梅' }).waitFor({ timeout: 10_000 });
  // The frame is named by its title, not its address (F13).
  await panel.getByTestId('frame-notes').filter({ hasText: '客户信息读取自页面中的框架：客户详情' }).waitFor();
  // Which number is the mobile and which the landline, each as the page wrote it once revealed (F8).
  await panel.keyboard.press('r');
  await panel.getByTestId('customer-phone').filter({ hasText: '136 6123 4567' }).waitFor();
  const phoneLine = (await panel.locator('.phone-line').innerText()).replace(/\s+/g, ' ');
  assert.match(phoneLine, /手机 136 6123 4567 住宅电话 0512-6758 3321/);
  // Gender and birth date from the valid ID number: shown as derived, in the summary, not asked for (F9).
  await panel.locator('.more-fields summary').click();
  const row = async (key) => (await panel.locator(`[data-field=${key}]`).innerText()).replace(/\s+/g, ' ');
  assert.match(await row('gender'), /^女 来源：由身份证号推出/);
  assert.match(await row('birthDate'), /^1988-03-12 来源：由身份证号推出/);
  assert.match(await panel.getByTestId('customer-summary').innerText(), /^女 · \d+ 岁 · 安享年金2号$/);
  assert.equal(await panel.getByTestId('teach-gender').count(), 0);
  assert.equal(await panel.getByTestId('teach-birthDate').count(), 0);
  assert.doesNotMatch(await panel.getByTestId('teach-other').innerText(), /性别|出生日期/);
  if (process.env.HUIFANG_SHOT) await panel.screenshot({ path: process.env.HUIFANG_SHOT, fullPage: true });
  await panel.close();
  await page.close();
});

test('a record a page script writes into an about:blank iframe (document.open) is read into the panel, and the next one', async () => {
  const { page, tabId } = await h.openCrmPage('frames/written-blank.html', { waitForContext: false });
  const first = await h.waitForContext(tabId, (c) => c.fields.name?.value === '欧阳秋雁');
  assert.equal(first.fields.mobile?.value, '13770458812');
  assert.equal(first.fields.customerId?.value, 'HF-77310');
  assert.equal(first.frame?.url, 'about:blank');
  const panel = await h.openPanel(tabId);
  await panel.getByTestId('customer-name').filter({ hasText: '欧阳秋雁' }).waitFor({ timeout: 10_000 });
  // A frame with no address of its own is named by its heading, never "about:blank" (F13).
  await panel.getByTestId('frame-notes').filter({ hasText: '客户信息读取自页面中的框架：客户资料' }).waitFor();
  assert.doesNotMatch(await panel.locator('body').innerText(), /about:blank/);
  // Written over the frame's document after the content script has read it: the same frame's script reads it.
  await page.click('#next');
  const next = await h.waitForContext(tabId, (c) => c.fields.name?.value === '司马文轩');
  assert.equal(next.fields.mobile?.value, '15951873306');
  assert.equal(next.fields.idNumber?.value, '320106197512034417');
  await panel.getByTestId('customer-name').filter({ hasText: '司马文轩' }).waitFor({ timeout: 10_000 });
  await panel.close();
  await page.close();
});

test('a record inside open shadow roots is read into the panel', async () => {
  const { page, tabId } = await h.openCrmPage('shadow/record.html', { waitForContext: false });
  const context = await h.waitForContext(tabId, (c) => c.fields.mobile?.value === '13912340000');
  assert.equal(context.fields.email?.value, 'zheng@example.cn');
  assert.equal(context.fields.product?.value, '稳健理财A');
  assert.equal(context.fields.name?.value, '郑海涛');
  const panel = await h.openPanel(tabId);
  await panel.getByTestId('customer-name').filter({ hasText: '郑海涛' }).waitFor({ timeout: 10_000 });
  await panel.close();
  await page.close();
});

test('a list page gives "no customer" and no queue entry', async () => {
  const probe = await h.openExtensionPage('sidepanel.html');
  const before = (await readStore(probe, 'customers')).map((c) => c.customerKey);
  await probe.close();
  const { page, tabId } = await h.openCrmPage('lists/customers.html', { waitForContext: false });
  const context = await h.waitForContext(tabId, (c) => c.noCustomer === 'list');
  assert.deepEqual(context.fields, {});
  const panel = await h.openPanel(tabId);
  await panel.getByTestId('no-customer').waitFor({ timeout: 10_000 });
  const after = (await readStore(panel, 'customers')).map((c) => c.customerKey);
  assert.deepEqual(after, before, 'the list page added no customer to the queue');
  await panel.close();
  await page.close();
});
