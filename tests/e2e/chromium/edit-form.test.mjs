// Issue #12: mid-call, the agent opens the CRM's own edit form of the record on show (Dolibarr's 变更): the call stays
// on screen with its notes, no manual-entry form hides it, and back on the card it goes on to a record. Served from
// real Dolibarr 20.0.2 captures (tests/fixtures/real-crm/, real-crm-forms/) at Dolibarr's own addresses, so the record id in the URL
// is what it is live.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launchExtension, readStore } from '../harness.mjs';

let h;
before(async () => {
  h = await launchExtension();
});
after(async () => h?.close());

const capture = (file) => (route) =>
  route.fulfill({ contentType: 'text/html; charset=utf-8', body: fs.readFileSync(`tests/fixtures/${file}`) });

test('the CRM’s edit form of the record keeps the call: card, notes and answers stay, and the record is whole', async () => {
  const page = await h.context.newPage();
  await page.route(/\/contact\/card\.php\?id=2$/, capture('real-crm/dolibarr-contact-card-zh_CN.html'));
  await page.route(
    /\/contact\/card\.php\?id=2&action=edit$/,
    capture('real-crm-forms/dolibarr-contact-edit-zh_CN.html'),
  );
  const card = `${h.server.origin}/contact/card.php?id=2`;
  await page.goto(card);
  const tabId = await h.tabIdOf(page);
  await h.waitForContext(tabId, (c) => c?.fields?.name?.value === '李伟');
  const panel = await h.openPanel(tabId);
  await panel.getByTestId('customer-name').filter({ hasText: '李伟' }).waitFor();
  await panel.getByTestId('step').waitFor();
  await panel.locator('body').focus();
  await panel.keyboard.press('y');
  await panel.keyboard.press('m');
  await panel.waitForFunction(() => document.activeElement?.id === 'notes');
  const note = '客户要求更新手机号，正在系统中修改';
  await panel.keyboard.type(note);
  await panel.keyboard.press('Escape');
  await panel.getByText('已自动保存').waitFor();

  await page.goto(`${card}&action=edit`);
  // The content script has read the form: the background holds the form's report (every page reports one, with its
  // address, customer or not) and has given it to the call in the same step.
  await h.waitForContext(tabId, (c) => c.url?.includes('action=edit'));
  // The call has taken it: the panel's next event is handled after it, and its echo shows in the panel.
  await panel.getByTestId('timer-toggle').click();
  await panel.locator('.timer .ring').waitFor();
  await panel.getByTestId('customer-name').filter({ hasText: '李伟' }).waitFor();
  assert.equal(await panel.locator('#notes').inputValue(), note, 'the notes stay');
  assert.equal(await panel.getByTestId('manual-save').count(), 0, 'no manual-entry form');
  assert.equal(await panel.getByTestId('resume-draft').count(), 0, 'no draft to resume: the call goes on');
  await panel.screenshot({ path: 'docs/screenshots/edit-form-keeps-call-zh-CN.png' });

  await page.goto(card);
  await h.waitForContext(tabId, (c) => c?.url?.endsWith('?id=2'));
  await panel.getByTestId('customer-name').filter({ hasText: '李伟' }).waitFor();
  await panel.locator('body').focus();
  await panel.keyboard.press('Shift+N');
  // Recorded at once, or after the panel's question (a short ring, open items): answered with its button.
  let record = null;
  for (let i = 0; i < 100 && !record; i++) {
    record = (await readStore(panel, 'callbacks')).find((r) => r.notes === note) ?? null;
    const confirm = panel.getByTestId('confirm-outcome');
    if (!record && (await confirm.count())) await confirm.click().catch(() => undefined);
    if (!record) await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(record, 'one record with the notes');
  assert.equal(record.outcome, 'no-answer');
  assert.equal(record.context.name, '李伟');
  await panel.close();
  await page.close();
});
