// Issue #12: "end and switch" mid-call must never carry the first customer's note, answers or draft to the second.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchExtension, readStore } from '../harness.mjs';

let h;
before(async () => {
  h = await launchExtension();
});
after(async () => h?.close());

test('switching customers mid-call leaves A’s note and answers with A: B gets no draft, no note, no answer', async () => {
  const { page, tabId } = await h.openCrmPage('spa/two-customers.html');
  const panel = await h.openPanel(tabId);
  const name = panel.getByTestId('customer-name');
  await name.filter({ hasText: '孙丽华' }).waitFor();
  const firstStep = await panel.getByTestId('step').getAttribute('data-step-id');
  await panel.keyboard.press('y');
  // The call is under way once the answer is taken (the script moved): only then may the page change customer, or
  // the page's next customer could reach the background first and simply be shown (no call to keep or switch).
  await panel.waitForFunction((id) => document.querySelector('[data-testid=step]')?.dataset.stepId !== id, firstStep);
  await panel.getByTestId('notes').fill('孙女士确认了产品，A 的备注');

  await page.click('#next');
  await panel.getByTestId('switch-customer').click({ timeout: 10_000 });
  await name.filter({ hasText: '刘振东' }).waitFor({ timeout: 10_000 });
  assert.equal(await panel.getByTestId('notes').inputValue(), '', 'B starts with an empty note');
  // No wait for "the autosave": the switch saves A's call first, then ends it and shows B (switchToPage in
  // utils/call/call-session.ts); B has no call, so nothing schedules another save. Once A's draft with A's note is in
  // the store, everything the switch wrote is.
  let drafts = [];
  for (const end = Date.now() + 30_000; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    drafts = (await readStore(panel, 'drafts')).map((d) => JSON.stringify(d));
    if (drafts.some((d) => d.includes('A 的备注'))) break;
  }
  const withNote = drafts.filter((d) => d.includes('A 的备注'));
  assert.equal(withNote.length, 1, 'A’s call is kept as one draft');
  assert.match(withNote[0], /孙丽华/, 'the draft with A’s note is A’s');
  assert.doesNotMatch(withNote[0], /刘振东|13598765432/, 'the draft with A’s note is not B’s');
  assert.deepEqual(
    drafts.filter((d) => /刘振东|13598765432/.test(d)),
    [],
    'B has no draft (nothing was done on B yet)',
  );
  assert.equal(await panel.getByTestId('resume-draft').count(), 0, 'B’s card offers no draft to resume');

  // Recording B files nothing of A's under B.
  await panel.getByTestId('step').waitFor();
  await panel.getByTestId('outcome-no-answer').click();
  await panel
    .getByText(/已记录/)
    .first()
    .waitFor({ timeout: 10_000 });
  const records = await readStore(panel, 'callbacks');
  const forB = records.filter((r) => JSON.stringify(r).includes('刘振东') || JSON.stringify(r).includes('13598765432'));
  assert.ok(forB.length >= 1, 'B’s attempt is recorded');
  for (const r of forB) {
    assert.doesNotMatch(JSON.stringify(r), /A 的备注|孙丽华/, 'B’s record holds nothing of A');
    assert.equal(r.notes, '');
  }
  await panel.close();
  await page.close();
});
