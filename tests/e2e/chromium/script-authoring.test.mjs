// A team lead authors a script on the options page (docs/script-format.md, "Getting a script into the extension"):
// the worked loan example is pasted, a broken reference shows its line, the preview reads the sample customer into
// every step (computed first-repayment date, money, 先生) with gaps marked, the flow shows the branches, and saving
// lists the script with its version.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { giveOpenItemsReason, launchExtension, readStore, runScriptToEnd } from '../harness.mjs';

let h;
before(async () => {
  h = await launchExtension();
});
after(async () => h?.close());

test('author, preview and save the loan welcome script on the options page', async () => {
  const options = await h.openExtensionPage('options.html');
  await options.setViewportSize({ width: 1000, height: 1800 });
  const text = fs.readFileSync('docs/examples/loan-welcome.json', 'utf8');

  // A goto to a step that does not exist: the error names its line.
  await options.getByTestId('script-text').fill(text.replace('"goto": "fees" }', '"goto": "feez" }'));
  const lint = options.getByTestId('script-lint');
  await lint.getByText('$.steps[4].options[0].goto').waitFor();
  assert.match(await lint.textContent(), /第 43 行/);
  await options.getByTestId('script-lint').screenshot({ path: 'docs/screenshots/script-authoring-lint-zh-CN.png' });

  await options.getByTestId('script-text').fill(text);
  const preview = options.getByTestId('script-preview');
  await preview.waitFor();
  const read = await preview.textContent();
  assert.match(read, /贷款金额150,000元，首期还款日是2026年12月20日/);
  assert.match(read, /请问是李先生吗/);
  assert.match(read, /所有占位符均已填好/);

  // A customer without a loan amount: the gap is named and marked.
  const customer = JSON.parse(await options.getByTestId('preview-customer').inputValue());
  delete customer.loanAmount;
  await options.getByTestId('preview-customer').fill(JSON.stringify(customer, null, 2));
  await preview.getByText('此客户缺少（将显示为空缺）：贷款金额').waitFor();
  assert.equal(await preview.locator('mark.gap').first().textContent(), '【缺：贷款金额】');
  assert.match(await options.getByTestId('script-flow').textContent(), /否 → ask-time/);
  await options.locator('.script-authoring').screenshot({ path: 'docs/screenshots/script-authoring-zh-CN.png' });

  await options.getByRole('button', { name: '保存草稿' }).click();
  await options.getByTestId('scripts').getByText('车贷新客户欢迎回访').waitFor();
  const row = options.getByTestId('scripts').locator('tr', { hasText: '车贷新客户欢迎回访' });
  assert.match(await row.textContent(), /尚未发布/);
  assert.match(await row.textContent(), /v1 草稿/);
});

test('from a spreadsheet to a published script an agent records a call with', async () => {
  const options = await h.openExtensionPage('options.html');
  await options.setViewportSize({ width: 1100, height: 1800 });

  // The team lead's sheet (docs/script-sheet.md) becomes the script's JSON in the editor, linted clean.
  await options.getByTestId('script-import-sheet').setInputFiles('docs/examples/car-loan-welcome.csv');
  await options.getByTestId('script-lint').getByText('话术有效：车贷欢迎回访（表格版） v1').waitFor();
  assert.match(await options.getByTestId('publish-diff').textContent(), /首次发布/);
  await options.getByTestId('flow-graph').locator('[data-node="greet"]').waitFor();
  await options.getByTestId('script-publish').click();
  await options.getByTestId('scripts-status').getByText('已发布：车贷欢迎回访（表格版） v1').waitFor();
  const row = options.getByTestId('scripts').locator('tr', { hasText: '车贷欢迎回访（表格版）' });
  assert.match(await row.textContent(), /正在使用 v1/);

  // The agent's panel on a loan customer: the published script applies; the loan amount is taught once.
  const { page, tabId } = await h.openCrmPage('authoring/car-loan-customer.html');
  const panel = await h.openPanel(tabId);
  await panel.getByTestId('customer-name').filter({ hasText: '李伟' }).waitFor();
  await panel
    .getByRole('combobox', { name: /回访类型|Callback kind|类型/ })
    .first()
    .selectOption('new-contract');
  await panel.getByTestId('step').waitFor();
  await panel.getByTestId('teach-other').selectOption('loanAmount');
  await page.bringToFront();
  // Click only once the picker is on the page: before that, the click is the page's own and teaches nothing.
  await page.locator('huifang-picker').waitFor({ state: 'attached' });
  await page.hover('#loan-figure');
  await page.click('#loan-figure');
  const taught = await h.waitForContext(tabId, (c) => c.extra?.loanAmount?.value?.includes('150,000'));
  assert.ok(taught.extra.loanAmount.source, 'the taught value says where it came from');
  await panel.bringToFront();
  // The card lists the custom value with where it came from.
  const more = panel.locator('details.more-fields');
  await more.locator('summary').click();
  const amountRow = more.locator('dl.fields > *', { hasText: '贷款金额' }).first();
  await amountRow.waitFor();
  assert.match(await more.textContent(), /贷款金额[\s\S]*150,000[\s\S]*来源：/);
  await panel.screenshot({ path: 'docs/screenshots/authoring-panel-custom-field-zh-CN.png' });

  // Back on the options page: the preview reads the customer of that tab, the taught amount filled in.
  await options.bringToFront();
  await options.getByTestId('preview-from-tab').click();
  await options
    .getByTestId('preview-tab-status')
    .getByText(/已读入 李伟/)
    .waitFor();
  const preview = await options.getByTestId('script-preview').textContent();
  assert.match(preview, /贷款金额150,000/);
  assert.match(preview, /请问是李先生吗/);
  await options.locator('.script-checker').screenshot({ path: 'docs/screenshots/script-authoring-publish-zh-CN.png' });

  // The call: the record names the published script and its version.
  await panel.bringToFront();
  await panel.locator('body').click({ position: { x: 2, y: 2 } });
  await panel.locator('[data-script-id="car-loan-welcome"] [data-testid=step]').waitFor();
  await runScriptToEnd(panel);
  await panel.getByTestId('outcome-reached').click();
  await panel.locator('[data-testid=outcome-confirm], [data-testid=wrap-up], [data-testid=status]').first().waitFor();
  if (await panel.getByTestId('outcome-confirm').count()) await giveOpenItemsReason(panel);
  let record;
  for (let i = 0; i < 100 && !record; i++) {
    record = (await readStore(panel, 'callbacks')).find((r) => r.scriptId === 'car-loan-welcome');
    if (!record) await panel.waitForTimeout(100);
  }
  assert.ok(record, 'a record of the published script');
  assert.equal(record.scriptVersion, 1);
  assert.equal(record.outcome, 'reached');

  // A second version: a draft is not used until published, and publishing lists what changed.
  const sheet = fs.readFileSync('docs/examples/car-loan-welcome.csv', 'utf8');
  await options.bringToFront();
  await options.getByTestId('script-import-sheet').setInputFiles({
    name: 'car-loan-welcome-v2.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(sheet.replace('version,1', 'version,2').replace('感谢您的配合！', '感谢您的耐心配合！')),
  });
  await options.getByTestId('script-lint').getByText('话术有效：车贷欢迎回访（表格版） v2').waitFor();
  const diff = await options.getByTestId('publish-diff').textContent();
  assert.match(diff, /与已发布 v1 相比的改动（1 处）/);
  assert.match(diff, /修改步骤 close text/);
  await options.getByRole('button', { name: '保存草稿' }).click();
  await options
    .getByTestId('scripts-status')
    .getByText(/草稿已保存/)
    .waitFor();
  assert.match(await row.textContent(), /正在使用 v1/);
  assert.match(await row.textContent(), /v2 草稿/);
  await options.close();
  await panel.close();
  await page.close();
});
