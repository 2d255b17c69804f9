// A team lead authors a script on the options page (docs/script-format.md, "Getting a script into the extension"):
// the worked loan example is pasted, a broken reference shows its line, the preview reads the sample customer into
// every step (computed first-repayment date, money, 先生) with gaps marked, the flow shows the branches, and saving
// lists the script with its version.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launchExtension } from '../harness.mjs';

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

  await options.getByRole('button', { name: '保存为新版本' }).click();
  await options.getByTestId('scripts').getByText('车贷新客户欢迎回访').waitFor();
  const row = options.getByTestId('scripts').locator('tr', { hasText: '车贷新客户欢迎回访' });
  assert.match(await row.textContent(), /v1/);
});
