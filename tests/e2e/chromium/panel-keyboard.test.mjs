// Issue 6 in real Chromium, keyboard only: a new-contract callback completed on two different fixture CRMs, a
// no-answer recorded on a third and found in the queue; screenshots of the panel (zh-CN, English) for the README.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchExtension, readStore } from '../harness.mjs';

let h;
before(async () => {
  h = await launchExtension();
});
after(async () => h?.close());

/** Opens a fixture and waits for its customer (the harness waited for the content script's registration at launch). */
const openCrm = (file) => h.openCrmPage(file);

/** Walks the script with keys only: Y for yes/no, 1 for choices, typed text + Enter, Enter for say steps. */
async function walkScript(panel) {
  for (let i = 0; i < 60; i++) {
    if (await panel.getByTestId('script-done').count()) return i;
    const step = panel.getByTestId('step');
    const id = await step.getAttribute('data-step-id');
    const free = panel.getByTestId('free-answer');
    if (await free.count()) {
      // A puts the focus in the typed answer (unless it is there already, from the step before).
      if (!(await panel.evaluate(() => document.activeElement?.dataset.testid === 'free-answer'))) {
        await panel.keyboard.press('a');
        await panel.waitForFunction(() => document.activeElement?.dataset.testid === 'free-answer');
      }
      await panel.keyboard.type('1');
      await panel.keyboard.press('Enter');
    } else if (await step.locator('button.answer kbd', { hasText: /^Y$/ }).count()) {
      await panel.keyboard.press('y');
    } else if (await step.locator('button.answer').count()) {
      await panel.keyboard.press('1');
    } else {
      await panel.keyboard.press('Enter');
    }
    await panel.waitForFunction((prev) => {
      const el = document.querySelector('[data-testid=step]');
      return !el || el.getAttribute('data-step-id') !== prev;
    }, id);
  }
  throw new Error('the script did not finish in 60 steps');
}

async function completeNewContract(file, expectedName) {
  const { page, tabId } = await openCrm(file);
  const panel = await h.openPanel(tabId);
  await panel.getByTestId('customer-name').filter({ hasText: expectedName }).waitFor();
  await panel.getByTestId('step').waitFor();
  await panel.locator('body').focus();
  const announce = panel.getByTestId('step-announce');
  assert.match(await announce.textContent(), /1/);
  await panel.keyboard.press('s'); // start the call timer
  const steps = await walkScript(panel);
  assert.ok(steps >= 3, `walked ${steps} steps`);
  await panel.keyboard.press('m');
  await panel.waitForFunction(() => document.activeElement?.id === 'notes');
  await panel.keyboard.type(`新签约回访完成 ${file}`);
  await panel.keyboard.press('Escape');
  await panel.keyboard.press('Shift+C');
  // Required items no answer proves (回避销售人员…) are open: the question takes the keyboard, the reason is typed.
  await panel.waitForFunction(() => document.activeElement?.dataset.testid === 'open-items-reason');
  await panel.keyboard.type('回避情况已在系统核实');
  await panel.keyboard.press('Enter');
  await panel
    .getByTestId('history')
    .filter({ hasText: `新签约回访完成 ${file}` })
    .waitFor();
  const records = await readStore(panel, 'callbacks');
  const record = records.find((r) => r.notes === `新签约回访完成 ${file}`);
  assert.equal(record.outcome, 'reached');
  assert.equal(record.kind, 'new-contract');
  assert.equal(record.scriptId, 'wealth-new-contract');
  assert.equal(record.openItemsReason, '回避情况已在系统核实');
  assert.ok(record.path.length >= 3, 'the record keeps the path');
  assert.ok(Object.keys(record.answers).length >= 1, 'the record keeps the answers');
  return { page, panel };
}

test('keyboard only: a new-contract callback on hxtd', async () => {
  const { page, panel } = await completeNewContract('crm-pages/hxtd-customer.html', '王建国');
  await panel.close();
  await page.close();
});

test('keyboard: the key help opens and closes; X ticks the next checklist item, C moves to the list', async () => {
  const { page, tabId } = await openCrm('crm-pages/hxtd-customer.html');
  const panel = await h.openPanel(tabId);
  await panel.getByTestId('step').waitFor();
  await panel.locator('body').focus();
  await panel.keyboard.press('?');
  const help = panel.getByTestId('key-help');
  await help.waitFor();
  for (const text of ['Shift+K', '空号', '勾选本步的下一项', '到输入框填写答案'])
    await help.getByText(text).first().waitFor();
  await panel.screenshot({ path: 'docs/screenshots/key-help-zh-CN.png' });
  await panel.keyboard.press('Escape');
  await help.waitFor({ state: 'detached' });

  const legend = panel.getByTestId('checklist').locator('legend');
  const done = async () => Number((await legend.textContent()).match(/(\d+)\s*\/\s*\d+/)[1]);
  const before = await done();
  await panel.keyboard.press('x');
  await panel.waitForFunction(
    (n) =>
      Number(document.querySelector('[data-testid=checklist] legend').textContent.match(/(\d+)\s*\/\s*\d+/)[1]) === n,
    before + 1,
  );
  await panel.keyboard.press('c');
  await panel.waitForFunction(() => document.activeElement?.matches('[data-testid=checklist] input[type=checkbox]'));
  const first = await panel.evaluate(() => document.activeElement.dataset.checkId);
  await panel.keyboard.press('Space');
  await panel.waitForFunction((n) => {
    const m = document.querySelector('[data-testid=checklist] legend').textContent.match(/(\d+)\s*\/\s*\d+/);
    return Number(m[1]) === n;
  }, before + 2);
  assert.ok(first, 'the focus is on an item');
  await panel.keyboard.press('Escape');
  await panel.close();
  await page.close();
});

test('keyboard only: a new-contract callback on 悟空CRM, screenshots in zh-CN and English', async () => {
  const { page, tabId } = await openCrm('crm-pages/wukongcrm-customer.html');
  const shot = await h.openPanel(tabId, { width: 400, height: 900 });
  await shot.getByTestId('customer-name').filter({ hasText: '周雅琴' }).waitFor();
  // Keys act on the script once it is shown (before that there is no question to answer).
  await shot.getByTestId('step').waitFor();
  await shot.locator('body').focus();
  await shot.keyboard.press('y');
  await shot.getByText('已自动保存').waitFor();
  await shot.screenshot({ path: 'docs/screenshots/panel-zh-CN.png' });
  await shot.getByTestId('language').selectOption('en');
  await shot.getByText('Step ', { exact: false }).first().waitFor();
  await shot.screenshot({ path: 'docs/screenshots/panel-en.png' });
  await shot.getByTestId('language').selectOption('zh-CN');
  // The choice is stored before the panel closes (the panel shows a language only once storage has it): closing at
  // once could lose it and leave every later panel in English.
  await shot.getByText('已自动保存').waitFor();
  await shot.close();
  // The call lives in the background, one per tab: the panel reopened shows it still going, nothing to resume.
  const again = await h.openPanel(tabId);
  await again.getByTestId('customer-name').filter({ hasText: '周雅琴' }).waitFor();
  await again.getByText('已自动保存').waitFor();
  assert.equal(await again.getByTestId('resume-draft').count(), 0);
  await again.close();
  // Closing the tab keeps the call as a draft: another tab on the same customer offers it; discard it there.
  await page.close();
  const other = await openCrm('crm-pages/wukongcrm-customer.html');
  const offer = await h.openPanel(other.tabId);
  await offer.getByTestId('discard-draft').click();
  await offer.getByTestId('discard-draft').waitFor({ state: 'detached' });
  await offer.close();
  await other.page.close();
  const done = await completeNewContract('crm-pages/wukongcrm-customer.html', '周雅琴');
  await done.panel.close();
  await done.page.close();
});

test('keyboard only: a no-answer on a third CRM shows up in the queue', async () => {
  const { page, tabId } = await openCrm('crm-pages/jeecgboot-customer.html');
  const panel = await h.openPanel(tabId);
  const name = (await panel.getByTestId('customer-name').textContent()).trim();
  await panel.getByTestId('step').waitFor();
  await panel.locator('body').focus();
  await panel.keyboard.press('s');
  await panel.keyboard.press('Shift+N');
  // Hung up before 20 s of ringing: the panel asks; Enter confirms, and the record is marked.
  await panel.getByTestId('short-ring-warning').waitFor();
  await panel.waitForFunction(() => document.activeElement?.dataset.testid === 'confirm-outcome');
  await panel.keyboard.press('Enter');
  await panel.getByTestId('history').filter({ hasText: '未接' }).waitFor();
  const tab = panel.getByTestId('queue-tab');
  await tab.focus();
  await panel.keyboard.press('Enter');
  await panel.getByTestId('queue-row').filter({ hasText: name }).waitFor();
  // My calls today (History tab): the call is there, counted, and opens the customer's page.
  await panel.getByTestId('history-tab').click();
  await panel.getByTestId('my-day-call').filter({ hasText: name }).filter({ hasText: '未接' }).waitFor();
  await panel.getByTestId('my-day-counts').filter({ hasText: '未接' }).waitFor();
  await panel.screenshot({ path: 'docs/screenshots/my-day-zh-CN.png' });
  const url = page.url();
  await page.goto('about:blank');
  await panel.getByTestId('my-day-call').filter({ hasText: name }).getByTestId('my-day-open').click();
  await page.waitForURL(url);
  const records = await readStore(panel, 'callbacks');
  assert.ok(
    records.some((r) => r.outcome === 'no-answer' && r.callBackAt && r.shortRingConfirmed === true),
    'no-answer recorded with the next try time, marked as a confirmed short ring',
  );
  await panel.close();
  await page.close();
});
