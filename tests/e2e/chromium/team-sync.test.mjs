// Team sync (#16, docs/team-sync.md) in real Chromium against the real server (PostgreSQL 15 scratch cluster +
// PostGraphile, as `npm test -- server` starts them): the enterprise test build (WXT_SYNC_ORIGIN=http://127.0.0.1:*)
// sends nothing until the agent opts in; two browser profiles contend for one customer — one gets the lease, the
// other is told who holds it; with the server unreachable the panel warns and still records, and the records reach the
// server once it is back, flagged as recorded without the lease.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchExtension, groundTruth, readStore } from '../harness.mjs';
import { startScratchCluster } from '../../../server/src/scratch-cluster.mjs';
import { createApiRole, gql, sign, spawnServer } from '../../../server/tests/gateway-helpers.mjs';

const TEAM_BUILD = path.resolve('.output/chrome-mv3-e2e-team');
const PAGE = 'crm-pages/hxtd-customer.html';

let cluster;
let admin;
let api;
let base;
let a;
let b;
const requests = [];

/** Requests the extension (a page of it or its service worker) made to anything but its own files. */
function watch(h, who) {
  h.context.on('request', (req) => {
    // A service worker's request has no frame (frame() throws).
    const fromExtension = req.serviceWorker() !== null || req.frame().url().startsWith('chrome-extension://');
    if (fromExtension && !req.url().startsWith('chrome-extension://')) requests.push(`${who} ${req.url()}`);
  });
}

before(async () => {
  // The enterprise build for loopback: its own output folder, the store/e2e builds stay connect-src 'none'.
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], {
    env: { ...process.env, WXT_SYNC_ORIGIN: 'http://127.0.0.1:*' },
    stdio: 'ignore',
  });
  assert.ok(fs.existsSync(path.join(TEAM_BUILD, 'manifest.json')), 'the team build was written');
  cluster = await startScratchCluster();
  admin = await cluster.connect();
  await createApiRole(admin);
  api = spawnServer(cluster.host);
  base = await api.ready;
  a = await launchExtension({ extensionDir: TEAM_BUILD });
  b = await launchExtension({ extensionDir: TEAM_BUILD, server: a.server });
  watch(a, 'A');
  watch(b, 'B');
});
after(async () => {
  await a?.close();
  await b?.close();
  await a?.server.close();
  api?.child.kill('SIGKILL');
  await admin?.end();
  cluster?.stop();
});

async function openCustomer(h) {
  const { page, tabId } = await h.openCrmPage(PAGE);
  const panel = await h.openPanel(tabId);
  await panel
    .getByTestId('customer-name')
    .filter({ hasText: groundTruth(PAGE).name })
    .waitFor();
  return { page, panel };
}

/** Records "no answer" (a short ring is confirmed) and waits for the wrap-up. */
async function recordNoAnswer(panel) {
  await panel.getByTestId('outcome-no-answer').click();
  const confirm = panel.getByTestId('confirm-outcome');
  // A ring under 20 s asks for a confirmation first (docs/report.md, "What a record proves").
  await confirm.or(panel.getByTestId('wrap-up')).first().waitFor();
  if (await confirm.isVisible()) await confirm.click();
  await panel.getByTestId('wrap-up').waitFor();
}

async function connect(h, agent, role = 'agent') {
  const options = await h.openExtensionPage('options.html');
  const token = await sign({ tenant: 't1', agent, role }, { expiresIn: '2h' });
  await options.getByTestId('sync-server').fill(base);
  await options.getByTestId('sync-token').fill(token);
  await options.getByTestId('sync-connect').click();
  await options.getByTestId('sync-state').filter({ hasText: agent }).waitFor();
  return options;
}

test('nothing is sent before the agent opts in, even with a call recorded', async () => {
  const { page, panel } = await openCustomer(a);
  await panel.getByTestId('notes').fill('未开启同步的通话');
  await recordNoAnswer(panel);
  const options = await a.openExtensionPage('options.html');
  await options.getByTestId('sync-state').filter({ hasText: '未开启' }).waitFor();
  assert.equal(await panel.getByTestId('team-line').count(), 0, 'no team line while sync is off');
  assert.deepEqual(requests, []);
  assert.deepEqual(await readStore(options, 'outbox'), [], 'nothing queued while sync is off');
  await options.close();
  await panel.close();
  // The next test opens the customer again: the panel must bind to that new tab, not this one.
  await page.close();
});

test('two agents contend for one customer: one holds the lease, the other is told who', async () => {
  const optionsA = await connect(a, '王芳');
  const optionsB = await connect(b, '张强');
  await optionsA.getByTestId('team-sync').screenshot({ path: 'docs/screenshots/options-team-sync.png' });
  const { panel: panelA } = await openCustomer(a);
  // The supervisor puts the customer the page shows into the team queue (its key as the extension stores it).
  const [customer] = await readStore(optionsA, 'customers');
  const supervisor = await sign({ tenant: 't1', agent: 'boss', role: 'supervisor' });
  const put = await gql(
    base,
    supervisor,
    'mutation($item: JSON!) { upsertCustomer(input: { item: $item }) { clientMutationId } }',
    {
      item: { customerKey: customer.key, name: groundTruth(PAGE).name },
    },
  );
  assert.equal(put.body.errors, undefined, JSON.stringify(put.body.errors));

  await panelA.getByTestId('notes').fill('王芳先拨');
  await panelA.locator('[data-testid=team-lease][data-lease=held]').waitFor({ timeout: 20_000 });
  assert.match(await panelA.getByTestId('team-synced').innerText(), /已同步到 127\.0\.0\.1/);

  const { page: pageB, panel: panelB } = await openCustomer(b);
  await panelB.getByTestId('notes').fill('张强也想拨');
  const heldByOther = panelB.locator('[data-testid=team-lease][data-lease=held-by-other]');
  await heldByOther.waitFor({ timeout: 20_000 });
  assert.match(await heldByOther.innerText(), /王芳 正在处理此客户/);
  await panelB.screenshot({ path: 'docs/screenshots/team-lease-panel.png' });

  // A records: the record reaches the server under A's lease; History shows it synced.
  await recordNoAnswer(panelA);
  await panelA.locator('[data-testid=sync-badge][data-state=sent]').first().waitFor({ timeout: 30_000 });
  const { rows } = await admin.query(
    `select agent, lease_flag from huifang.call_record where tenant = 't1' and customer_key = $1`,
    [customer.key],
  );
  assert.deepEqual(rows, [{ agent: '王芳', lease_flag: null }]);

  // B cannot reach the server: the call is still recorded, queued, and says so.
  api.child.kill('SIGKILL');
  await recordNoAnswer(panelB);
  await panelB.locator('[data-testid=sync-badge][data-state=pending]').first().waitFor({ timeout: 20_000 });
  await panelB.getByTestId('new-attempt').click();
  await panelB.getByTestId('notes').fill('服务器不通时再拨');
  const offline = panelB.locator('[data-testid=team-lease][data-lease=offline]');
  await offline.waitFor({ timeout: 30_000 });
  assert.equal(await offline.innerText(), '离线：无法锁定，仍可记录');
  await panelB.screenshot({ path: 'docs/screenshots/team-offline.png' });
  await recordNoAnswer(panelB);
  const queued = (await readStore(optionsB, 'outbox')).filter((r) => r.state === 'pending');
  assert.equal(queued.length, 2, 'both offline records wait in the outbox');

  // The server is back: "立即同步" (like coming back online) sends both at once, without waiting out the backoff;
  // the server stores them, flagged as recorded without the lease.
  api = spawnServer(cluster.host, Number(new URL(base).port));
  base = await api.ready;
  await optionsB.getByTestId('sync-now').click();
  await panelB.locator('[data-testid=sync-flag][data-flag=no-lease]').first().waitFor({ timeout: 30_000 });
  const stored = await admin.query(
    `select agent, lease_flag from huifang.call_record where tenant = 't1' and agent = '张强' order by started_at`,
  );
  assert.deepEqual(
    stored.rows.map((r) => r.lease_flag),
    ['no-lease', 'no-lease'],
  );
  assert.deepEqual(
    (await readStore(optionsB, 'outbox')).map((r) => r.state),
    ['sent', 'sent'],
  );
  // Only the sync server was ever asked for anything.
  assert.deepEqual(
    requests.filter((r) => !r.includes(`${base}/graphql`)),
    [],
  );
  for (const p of [optionsA, optionsB, panelA, panelB, pageB]) await p.close();
});

test('a supervisor builds the 月报 from the server’s records (monthly_export, paged)', async () => {
  const options = await connect(a, 'boss', 'supervisor');
  await options.reload();
  await options.getByTestId('report-from-server').check();
  await options.getByTestId('build-report').click();
  await options.getByTestId('report').waitFor();
  // The three calls of the test above (one by 王芳, two by 张强) are the month's; none was due, all unanswered.
  assert.match(await options.getByTestId('report').innerText(), /王芳[\s\S]*张强|张强[\s\S]*王芳/);
  await options.close();
});
