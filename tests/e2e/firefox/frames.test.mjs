// Reading the record where legacy desks and web-component CRMs put it, in Firefox ESR: an about:blank iframe the
// page's script writes with document.open / write / close (the first record during the page's parse, the next one
// over it on a click), and a record inside open shadow roots. Each reaches the sidebar (docs/adapters.md, "Frames",
// "Shadow roots").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startFixtureServer } from '../fixture-server.mjs';
import { findPanelPage, launchFirefox, storedContextOf } from '../firefox-harness.mjs';

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

/** Opens `file`, waits until the background holds a context naming `name`, and shows that tab in the sidebar page. */
async function openRecord(file, name) {
  const crm = await browser.newPage();
  await crm.goto(server.url(file));
  const panel = await findPanelPage(browser);
  const stored = await storedContextOf(panel, server.url(file), (c) => c.fields?.name?.value === name);
  assert.ok(stored, `no context naming ${name} for ${file}`);
  await panel.evaluate((id) => {
    location.search = `?tabId=${id}`;
  }, stored.tabId);
  await shows(panel, name);
  return { crm, panel, context: stored.context };
}

const shows = (panel, name) =>
  panel.waitForFunction(
    (n) => document.querySelector('[data-testid=customer-name]')?.textContent?.includes(n),
    { timeout: 10_000 },
    name,
  );

test('a record a page script writes into an about:blank iframe is read into the sidebar, and the next one', async () => {
  const file = 'frames/written-blank.html';
  const { crm, panel, context } = await openRecord(file, '欧阳秋雁');
  assert.equal(context.fields.mobile?.value, '13770458812');
  assert.equal(context.fields.customerId?.value, 'HF-77310');
  assert.ok(context.frame, 'read in the page itself, not in its frame');
  await crm.click('#next');
  const next = await storedContextOf(panel, server.url(file), (c) => c.fields?.name?.value === '司马文轩');
  assert.ok(next, 'the record written over the frame was not read');
  assert.equal(next.context.fields.idNumber?.value, '320106197512034417');
  await shows(panel, '司马文轩');
  await crm.close();
});

test('a record inside open shadow roots is read into the sidebar', async () => {
  const { crm, context } = await openRecord('shadow/record.html', '郑海涛');
  assert.equal(context.fields.mobile?.value, '13912340000');
  assert.equal(context.fields.email?.value, 'zheng@example.cn');
  await crm.close();
});
