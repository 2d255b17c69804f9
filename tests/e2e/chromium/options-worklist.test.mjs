// Issue #12: the day's work list imported from the options page (not only from the panel's queue): an XLSX file, and
// a GBK CSV whose bad cells are named by row and column with nothing imported until the file is clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import writeXlsxFile from 'write-excel-file/universal';
import { launchExtension } from '../harness.mjs';
import { encodeGbk } from '../../support/encode-gbk.mjs';

let h;
before(async () => {
  h = await launchExtension();
});
after(async () => h?.close());

const shanghaiDate = (offsetDays) =>
  new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

test('the options page imports an XLSX list, and names the bad cells of a GBK CSV by row and column', async () => {
  const options = await h.openExtensionPage('options.html');
  const origin = h.server.origin;
  const section = options.getByTestId('options-worklist');
  await section.getByTestId('worklist-other-site').fill(`${origin}/crm-pages/`);
  await section.getByRole('button', { name: '使用此网站' }).click();

  // A GBK CSV as Chinese Excel saves it, with a date that does not exist on row 3.
  const bad = [
    '客户编号,姓名,手机,回访类型,截止日期',
    `C-301,钱多多,13761234501,持续回访,${shanghaiDate(0)}`,
    'C-302,孙丽华,13761234508,持续回访,2026-02-30',
  ].join('\r\n');
  await section
    .getByTestId('worklist-file')
    .setInputFiles({ name: '清单.csv', mimeType: 'text/csv', buffer: Buffer.from(encodeGbk(bad)) });
  const issues = section.getByTestId('worklist-issues');
  await issues.waitFor();
  assert.match(await issues.textContent(), /第 3 行 · 截止日期/);
  assert.ok(await section.getByTestId('worklist-confirm').isDisabled(), 'nothing is imported while a cell is bad');
  assert.equal(await section.getByTestId('worklist-site').inputValue(), origin);
  await options.screenshot({ path: 'docs/screenshots/options-worklist-zh-CN.png', fullPage: false });

  const rows = [
    ['客户编号', '客户姓名', '手机号码', '回访类型', '截止日期', '客户链接'],
    ['C-311', '吴思远', '13901186211', '持续回访', shanghaiDate(0), `${origin}/crm-pages/hxtd-customer.html`],
    ['C-312', '郑晓彤', '13901186212', '持续回访', shanghaiDate(2), ''],
  ];
  const blob = await writeXlsxFile(rows.map((r) => r.map((value) => ({ value })))).toBlob();
  await section.getByTestId('worklist-file').setInputFiles({
    name: '清单.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(await blob.arrayBuffer()),
  });
  await section.getByTestId('worklist-preview').waitFor();
  await section.getByTestId('worklist-confirm').click();
  await section.getByTestId('worklist-done').waitFor();

  // The panel's queue holds the list.
  const { page, tabId } = await h.openCrmPage('crm-pages/hxtd-customer.html');
  const panel = await h.openPanel(tabId);
  await panel.getByTestId('queue-tab').click();
  await panel.getByTestId('queue-row').filter({ hasText: '吴思远' }).waitFor();
  await panel.getByTestId('queue-row').filter({ hasText: '郑晓彤' }).waitFor();
  await panel.close();
  await page.close();
  await options.close();
});
