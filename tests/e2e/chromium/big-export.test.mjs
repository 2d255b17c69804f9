// A store bigger than one runtime message (Chrome refuses a message over 64 MB): its export file is imported from the
// panel and exported again, whole, over the port of big data calls (docs/architecture.md, "Big data calls"), with
// progress shown while the background works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { giveOpenItemsReason, groundTruth, launchExtension } from '../harness.mjs';

const FILE = 'crm-pages/hxtd-customer.html';
const RECORDS = 20_000;
const MESSAGE_LIMIT = 64 * 1024 * 1024;

let h;
before(async () => {
  h = await launchExtension();
});
after(async () => h?.close());

/** How many rows a store holds, counted in the page (reading 80 MB of rows back would only measure the harness). */
const countRows = (page, store) =>
  page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('huifang');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const count = req.result.transaction(name, 'readonly').objectStore(name).count();
          count.onsuccess = () => {
            resolve(count.result);
            req.result.close();
          };
          count.onerror = () => reject(count.error);
        };
      }),
    store,
  );

async function exportJson(panel, to) {
  const [download] = await Promise.all([
    panel.waitForEvent('download', { timeout: 300_000 }),
    panel.getByTestId('export-json').click(),
  ]);
  await download.saveAs(to);
  return to;
}

test(`${RECORDS} records (over 64 MB) are imported and exported again from the panel, with progress`, async () => {
  const { page, tabId } = await h.openCrmPage(FILE);
  const panel = await h.openPanel(tabId);
  await panel
    .getByTestId('customer-name')
    .filter({ hasText: groundTruth(FILE).name })
    .waitFor();

  // One real record, exported: the template of the big file (the format as this build writes it).
  await panel.getByTestId('notes').fill('模板记录');
  await panel.getByTestId('outcome-reached').click();
  await giveOpenItemsReason(panel);
  await panel.getByTestId('history').filter({ hasText: '模板记录' }).waitFor();
  const template = JSON.parse(fs.readFileSync(await exportJson(panel, path.join(h.profile, 'one.json')), 'utf8'));
  const [record] = template.records;
  assert.ok(record, 'the template export holds the record');

  // 20,000 calls to 2,000 customers, each with a long note: a file well over one message.
  const note = '客户反映的情况较多，需要逐条记录并在下次回访时核实。'.repeat(60);
  const big = {
    ...template,
    records: Array.from({ length: RECORDS }, (_, i) => ({
      ...record,
      id: `big-${i}`,
      customerKey: `crm:http://big.example#${i % 2000}`,
      notes: `${i} ${note}`,
    })),
    customers: [],
  };
  const bigPath = path.join(h.profile, 'big.json');
  fs.writeFileSync(bigPath, JSON.stringify(big));
  const size = fs.statSync(bigPath).size;
  assert.ok(size > MESSAGE_LIMIT, `the file is ${size} bytes`);

  // Every status the panel shows meanwhile (progress comes and goes while the background works).
  await panel.evaluate(() => {
    const seen = (window.statusesSeen = []);
    const look = () => {
      const text = document.querySelector('[data-testid=data-status]')?.textContent ?? null;
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await panel.getByTestId('import-file').setInputFiles(bigPath);
  await panel
    .getByTestId('data-status')
    .filter({ hasText: `已导入 ${RECORDS} 条记录` })
    .waitFor({ timeout: 300_000 });
  assert.equal(await countRows(panel, 'callbacks'), RECORDS + 1);
  const statuses = await panel.evaluate(() => window.statusesSeen);
  assert.ok(
    statuses.some((s) => /^(读取中|校验中|写入中)… \d+%$/.test(s)),
    `progress was shown: ${JSON.stringify(statuses)}`,
  );

  // And out again, whole.
  const again = JSON.parse(fs.readFileSync(await exportJson(panel, path.join(h.profile, 'again.json')), 'utf8'));
  assert.equal(again.records.length, RECORDS + 1);
  assert.ok(fs.statSync(path.join(h.profile, 'again.json')).size > MESSAGE_LIMIT);
  const back = again.records.find((r) => r.id === 'big-19999');
  assert.equal(back.notes, `19999 ${note}`);
  await panel.close();
  await page.close();
});
