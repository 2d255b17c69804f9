// Issue #12, "done when": an agent's morning in Chromium — first-run setup, a work list imported from XLSX and from a
// GBK CSV (both generated here), the queue's due counts, "next customer" opening each record on the fixture CRM
// pages, three calls with different outcomes and a mid-call switch that leaks nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import writeXlsxFile from 'write-excel-file/universal';
import { giveOpenItemsReason, launchExtension, readStore } from '../harness.mjs';
import { encodeGbk } from '../../support/encode-gbk.mjs';

let h;
before(async () => {
  h = await launchExtension();
});
after(async () => h?.close());

/** Today and a day in the future, in Asia/Shanghai, as the agent's list would write them. */
function shanghaiDate(offsetDays) {
  const d = new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function xlsxList(origin) {
  const rows = [
    ['客户编号', '客户姓名', '手机号码', '产品名称', '回访类型', '签约日期', '客户链接'],
    [
      '1032',
      '王建国',
      '13901186247',
      '华瑞稳健收益3号',
      '新签约回访',
      '2025-10-30',
      `${origin}/crm-pages/hxtd-customer.html`,
    ],
    ['', '周雅琴', '13817426390', '稳盈增利1号', '新签约', '2025-10-28', `${origin}/crm-pages/wukongcrm-customer.html`],
  ];
  const blob = await writeXlsxFile(rows.map((r) => r.map((value) => ({ value })))).toBlob();
  return Buffer.from(await blob.arrayBuffer());
}

function gbkCsv(origin) {
  const text = [
    '客户编号,姓名,手机,回访类型,截止日期,链接',
    `1856234871239876609,赵子轩,15868123457,持续回访,${shanghaiDate(0)},${origin}/crm-pages/jeecgboot-customer.html`,
    `1856234871239876609,赵子轩,15868123457,持续回访,${shanghaiDate(3)},`,
    `C-88,孙丽华,13761234508,持续回访,${shanghaiDate(5)},`,
  ].join('\r\n');
  return Buffer.from(encodeGbk(text));
}

async function importList(panel, file) {
  await panel.getByTestId('worklist-file').setInputFiles(file);
  await panel.getByTestId('worklist-preview').waitFor();
  await panel.getByTestId('worklist-confirm').click();
  await panel.getByTestId('worklist-done').waitFor();
}

test('an agent’s morning: setup, two lists, the queue, next customer, three calls, a switch that leaks nothing', async () => {
  // A first run: the e2e build starts past the setup, so clear it as a new agent would find it.
  await h.serviceWorker.evaluate(async () => {
    // The background marks the seeding only after writing it (entrypoints/background.ts); a loaded machine may be slow.
    for (let i = 0; i < 600 && !(await chrome.storage.local.get('e2e-setup-seeded'))['e2e-setup-seeded']; i++)
      await new Promise((r) => setTimeout(r, 50));
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...settings, profile: { ...settings.profile, setupDoneAt: null } } });
  });
  const { page, tabId } = await h.openCrmPage('crm-pages/espocrm-contact.html');
  const origin = new URL(page.url()).origin;
  const panel = await h.openPanel(tabId);

  // 1. Setup: one screen; the scripts then say the company's name.
  await panel.getByTestId('setup').waitFor();
  await panel.getByTestId('setup-save').click();
  await panel.getByText(/请填写/).waitFor();
  await panel.getByTestId('setup-agentName').fill('李娜');
  await panel.getByTestId('setup-agentId').fill('A-017');
  await panel.getByTestId('setup-companyName').fill('华瑞财富');
  await panel.getByTestId('setup-servicePhone').fill('400-800-1234');
  await panel.getByTestId('setup-industry').selectOption('wealth');
  await panel.screenshot({ path: 'docs/screenshots/setup-zh-CN.png' });
  await panel.getByTestId('setup-save').click();
  await panel.getByTestId('setup').waitFor({ state: 'detached' });
  const settings = await h.serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
  assert.equal(settings.agent, '李娜');
  assert.deepEqual(
    { ...settings.profile, setupDoneAt: typeof settings.profile.setupDoneAt },
    {
      agentId: 'A-017',
      companyName: '华瑞财富',
      servicePhone: '400-800-1234',
      industry: 'wealth',
      setupDoneAt: 'string',
    },
  );

  // 2. Two lists: an XLSX and a GBK CSV (Chinese Excel's "CSV (逗号分隔)").
  await panel.getByTestId('queue-tab').click();
  await panel.getByTestId('open-import').click();
  await importList(panel, {
    name: '11月新签约.xlsx',
    mimeType: 'application/octet-stream',
    buffer: await xlsxList(origin),
  });
  await importList(panel, { name: '持续回访.csv', mimeType: 'text/csv', buffer: gbkCsv(origin) });
  assert.match(await panel.getByTestId('worklist-done').textContent(), /2 条回访（合并重复 1 行）/);
  await panel.getByTestId('open-import').click();

  // 3. The queue with its due counts.
  const counts = panel.getByTestId('queue-counts');
  await counts.filter({ hasText: '逾期 2 · 今天 1 · 即将 1' }).waitFor();
  await panel.screenshot({ path: 'docs/screenshots/queue-zh-CN.png' });

  const name = panel.getByTestId('customer-name');
  // 4. Call 1: "next customer" opens the most overdue record (周雅琴) in this tab; reached.
  await panel.getByTestId('next-customer').click();
  await name.filter({ hasText: '周雅琴' }).waitFor({ timeout: 15_000 });
  assert.equal(await panel.getByTestId('list-mismatch').count(), 0, 'the page is the listed customer');
  await panel.getByTestId('step').waitFor();
  assert.match(await panel.getByTestId('step').textContent(), /华瑞财富/, 'the script says the company set up');
  await panel.locator('body').focus();
  await panel.keyboard.press('y');
  await panel.getByTestId('outcome-reached').click();
  await giveOpenItemsReason(panel);
  // The call ends cleanly: what was recorded and what is next, no script restarted at step 1, no stale deadline or
  // attempt count; keys do not start another call by accident.
  const wrap = panel.getByTestId('wrap-up');
  await wrap.filter({ hasText: '已记录：接通 · 周雅琴 · 新签约回访' }).waitFor();
  assert.match(await panel.getByTestId('wrap-next').textContent(), /本次回访已完成/);
  assert.match(await panel.getByTestId('deadline').textContent(), /新签约回访已完成（\d{4}-\d{2}-\d{2}）/);
  assert.equal(await panel.getByTestId('attempts').count(), 0, 'no attempt count once the callback is done');
  assert.equal(await panel.getByTestId('step').count(), 0, 'the script does not silently restart');
  await panel.screenshot({ path: 'docs/screenshots/wrap-up-zh-CN.png' });

  // 5. A stray key on the wrap-up, then J: the next customer (王建国). Had the key started a call on 周雅琴, the
  // next page would find her call bound and ask to switch: the key's event goes to the call before J's page exists
  // (J's page is loaded, read and reported after the key was sent), so the panel shows one or the other.
  await panel.locator('body').focus();
  await panel.keyboard.press('y');
  await panel.keyboard.press('j');
  await panel
    .locator('[data-testid=switch-customer], [data-testid=customer-name]:has-text("王建国")')
    .first()
    .waitFor({ timeout: 15_000 });
  assert.equal(await panel.getByTestId('switch-customer').count(), 0, 'a stray key starts no new call');
  await name.filter({ hasText: '王建国' }).waitFor();
  await panel.getByTestId('step').waitFor();
  assert.equal(await panel.getByTestId('wrap-up').count(), 0, '周雅琴’s wrap-up stays with her');
  assert.equal(await panel.getByText(/已记录/).count(), 0, 'no "recorded" carried onto the next card');
  await panel.keyboard.press('y');
  await panel.getByTestId('step-announce').filter({ hasText: '2' }).waitFor();
  // Another kind after the call began: asked first, never mixed into this call's script.
  await panel.getByTestId('kind').selectOption('termination');
  await panel.getByTestId('kind-keep').click();
  assert.equal(await panel.getByTestId('kind').inputValue(), 'new-contract');
  await panel.getByTestId('notes').fill('王先生要求下午回电');
  await page.goto(`${origin}/crm-pages/jeecgboot-customer.html`);
  await panel.getByTestId('switch-customer').click({ timeout: 15_000 });
  await name.filter({ hasText: '赵子轩' }).waitFor({ timeout: 15_000 });
  assert.equal(await panel.getByTestId('notes').inputValue(), '', 'the note stays with 王建国');
  assert.equal(await panel.getByTestId('resume-draft').count(), 0, '赵子轩 is offered no draft');

  // 6. Call 2 on 赵子轩: no answer; the wrap-up gives the next try (another half-day), attempt 2 of 3.
  await panel.getByTestId('step').waitFor();
  await panel.getByTestId('outcome-no-answer').click();
  await panel.getByTestId('wrap-up').filter({ hasText: '已记录：未接' }).waitFor();
  assert.match(
    await panel.getByTestId('wrap-next').textContent(),
    /下次拨打：\d{4}-\d{2}-\d{2} \d{2}:\d{2}（第 2 \/ 3 次）|近期没有可用的回访时段/,
  );

  // 7. Call 3: back to 王建国 from the queue; his draft (with his note) resumes; refused.
  await panel.getByTestId('queue-tab').click();
  await panel.getByTestId('queue-row').filter({ hasText: '王建国' }).getByRole('button').click();
  await name.filter({ hasText: '王建国' }).waitFor({ timeout: 15_000 });
  await panel.getByTestId('resume-draft').click({ timeout: 10_000 });
  // The resumed draft reaches the panel with the next snapshot: wait for it rather than read at once.
  await panel
    .waitForFunction(() => document.querySelector('[data-testid=notes]')?.value === '王先生要求下午回电', null, {
      timeout: 15_000,
    })
    .catch(() => undefined);
  assert.equal(await panel.getByTestId('notes').inputValue(), '王先生要求下午回电');
  await panel.getByTestId('outcome-refused').click();
  // This call's own wrap-up, so the store is read only once the record is written.
  await panel.getByTestId('wrap-up').filter({ hasText: '已记录：拒访' }).waitFor();

  // What was recorded: three outcomes, each note under its own customer, nothing of 王 under 赵.
  const records = await readStore(panel, 'callbacks');
  const byName = (n) => records.filter((r) => JSON.stringify(r).includes(n));
  assert.deepEqual(
    byName('周雅琴').map((r) => r.outcome),
    ['reached'],
  );
  assert.deepEqual(
    byName('赵子轩').map((r) => r.outcome),
    ['no-answer'],
  );
  assert.equal(byName('赵子轩')[0].notes, '');
  const wang = records.filter((r) => r.customerKey.endsWith('#1032'));
  assert.deepEqual(
    wang.map((r) => [r.outcome, r.notes]),
    [['refused', '王先生要求下午回电']],
  );
  for (const d of await readStore(panel, 'drafts')) assert.doesNotMatch(JSON.stringify(d), /王先生/);

  // The queue now: two done, 赵子轩 with one attempt made.
  await panel.getByTestId('queue-tab').click();
  await counts.filter({ hasText: '已完成 2' }).waitFor();
  assert.match(await panel.getByTestId('queue-row').filter({ hasText: '赵子轩' }).textContent(), /剩 2 次/);
  await panel.close();
  await page.close();
});
