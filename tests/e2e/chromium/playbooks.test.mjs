// Every built-in playbook runs end to end in the panel on a fixture page: pick the callback kind, go through the
// script by keyboard, record the outcome; the record names the playbook that ran.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchExtension, readStore, runScriptToEnd } from '../harness.mjs';

// kind the agent picks → the playbook that applies first for it (utils/core/playbooks/README.md)
const PLAYBOOK_OF_KIND = {
  'software-checkin': 'software-checkin',
  'new-contract': 'wealth-new-contract',
  continuous: 'wealth-continuous',
  'complaint-followup': 'wealth-complaint-followup',
  termination: 'wealth-termination',
  'hesitation-period': 'insurance-hesitation',
  'travel-post-use': 'travel-callbacks',
  'power-repair': 'power-callback',
  'dealer-visit-followup': 'dealer-visit-followup',
};

let h;
before(async () => {
  h = await launchExtension();
});
after(async () => h?.close());

for (const [kind, playbook] of Object.entries(PLAYBOOK_OF_KIND)) {
  test(`${playbook} runs end to end for a ${kind} callback`, async () => {
    const { page, tabId } = await h.openCrmPage('crm-pages/jeecgboot-customer.html');
    const panel = await h.openPanel(tabId);
    await panel.getByTestId('customer-name').waitFor();
    await panel
      .getByRole('combobox', { name: /回访类型|Callback kind|类型/ })
      .first()
      .selectOption(kind);
    // The step of this kind's playbook: keys pressed on the previous script's step would be dropped by the call.
    await panel.locator(`[data-script-id="${playbook}"] [data-testid=step]`).waitFor();
    await panel.locator('body').click({ position: { x: 2, y: 2 } });
    const moves = await runScriptToEnd(panel);
    assert.ok(moves > 2, `${playbook}: only ${moves} moves`);
    await panel.getByTestId('outcome-reached').click();
    // A playbook whose required items no answer can prove (e.g. 回避销售人员) asks for the reason first.
    await panel.locator('[data-testid=outcome-confirm], [data-testid=wrap-up], [data-testid=status]').first().waitFor();
    if (await panel.getByTestId('outcome-confirm').count()) {
      await panel.getByTestId('open-items-reason').fill('主管抽检时补充');
      await panel.getByTestId('confirm-outcome').click();
    }
    let record;
    for (let i = 0; i < 100 && !record; i++) {
      record = (await readStore(panel, 'callbacks')).find((r) => r.kind === kind);
      if (!record) await panel.waitForTimeout(100);
    }
    // Read only to explain a missing record: a status line that is not there would wait out the 30 s default.
    const status = record
      ? ''
      : await panel
          .getByTestId('status')
          .textContent({ timeout: 1_000 })
          .catch(() => '(no status)');
    assert.ok(
      record,
      `no ${kind} record; panel status: ${status}; kinds stored: ${(await readStore(panel, 'callbacks')).map((r) => r.kind)}`,
    );
    assert.equal(record.scriptId, playbook);
    assert.equal(record.outcome, 'reached');
    assert.ok(record.path.length > 2);
    await panel.close();
    await page.close();
  });
}
