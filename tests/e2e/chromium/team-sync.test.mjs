// Team sync (#16, docs/team-sync.md) in real Chromium against the real server (PostgreSQL 15 scratch cluster +
// PostGraphile, as `npm test -- server` starts them): the enterprise test build (WXT_SYNC_ORIGIN=http://127.0.0.1:*)
// sends nothing until the agent opts in; two browser profiles contend for one customer — one gets the lease, the
// other is told who holds it; with the server unreachable the panel warns and still records, and the records reach the
// server once it is back, flagged as recorded without the lease. Agents log in with a supervisor's one-time
// enrolment code (server/migrations/0007); the token renews itself; logout stops all traffic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchExtension, groundTruth, readStore } from '../harness.mjs';
import { startScratchCluster } from '../../../server/src/scratch-cluster.mjs';
import { createApiRole, gql, sign, spawnServer } from '../../../server/tests/gateway-helpers.mjs';

const TEAM_BUILD = path.resolve('.output/chrome-mv3-e2e-team');
// The store-like e2e build (`wxt build --mode e2e`, made before the e2e files run): no WXT_SYNC_ORIGIN.
const STORE_BUILD = path.resolve('.output/chrome-mv3-e2e');
const PAGE = 'crm-pages/hxtd-customer.html';

// Two-minute access tokens: renewal (a third of the life before the end) is part of every run, not a rare event.
const serverEnv = { HUIFANG_TOKEN_SECONDS: '120' };
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
  api = spawnServer(cluster.host, 0, serverEnv);
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

/** A one-time enrolment code for `agent`, issued by the tenant's supervisor through the API. */
async function issueCode(agent, role = 'agent') {
  const boss = await sign({ tenant: 't1', agent: 'boss', role: 'supervisor' });
  const reply = await gql(
    base,
    boss,
    'mutation($agent: String!, $role: String!) { issueEnrolmentCode(input: { agent: $agent, role: $role }) { result { code } } }',
    { agent, role },
  );
  assert.equal(reply.body.errors, undefined, JSON.stringify(reply.body.errors));
  return reply.body.data.issueEnrolmentCode.result.code;
}

/** The agent logs in on the options page with the code their supervisor gave them (typed as a person would). */
async function enrol(h, agent, role = 'agent') {
  const options = await h.openExtensionPage('options.html');
  const code = await issueCode(agent, role);
  await options.getByTestId('sync-server').fill(base);
  await options.getByTestId('sync-code').fill(code.toLowerCase().replace(/-/g, ' '));
  await options.getByTestId('sync-enrol').click();
  await options.getByTestId('sync-state').filter({ hasText: agent }).waitFor();
  return options;
}

/** The other way in: a token from the company's own login, pasted. */
async function connectWithToken(h, agent, role = 'agent') {
  const options = await h.openExtensionPage('options.html');
  const token = await sign({ tenant: 't1', agent, role }, { expiresIn: '2h' });
  await options.getByTestId('sync-server').fill(base);
  await options.getByTestId('sync-token-login').locator('summary').click();
  await options.getByTestId('sync-token').fill(token);
  await options.getByTestId('sync-connect').click();
  await options.getByTestId('sync-state').filter({ hasText: agent }).waitFor();
  return options;
}

/** The text of every script of a build. */
function scriptsOf(dir) {
  return fs
    .readdirSync(dir, { recursive: true })
    .filter((f) => /\.m?js$/.test(f))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

test('the store build bundles no sync code; the team build does', () => {
  assert.ok(
    fs.existsSync(path.join(STORE_BUILD, 'manifest.json')),
    `${STORE_BUILD}: run \`wxt build --mode e2e\` first`,
  );
  // Names only the engine has: its GraphQL calls, its login endpoints, its transport.
  const markers = [
    'claimNext',
    'claimCustomer',
    'submitRecords',
    'pullQueue',
    'monthlyExportPage',
    '/auth/',
    'huifang-team-sync',
    '/graphql',
  ];
  const store = scriptsOf(STORE_BUILD);
  const team = scriptsOf(TEAM_BUILD);
  assert.deepEqual(
    markers.filter((m) => store.includes(m)),
    [],
    'the store build holds sync code',
  );
  assert.deepEqual(
    markers.filter((m) => !team.includes(m)),
    [],
    'the team build lacks sync code (the check would prove nothing)',
  );
  const csp = (dir) =>
    JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')).content_security_policy.extension_pages;
  assert.match(csp(STORE_BUILD), /connect-src 'none'/);
  assert.match(csp(TEAM_BUILD), /connect-src http:\/\/127\.0\.0\.1:\*/);
});

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
  const optionsA = await enrol(a, '王芳');
  assert.match(await optionsA.getByTestId('sync-state').innerText(), /王芳（t1，坐席）/);
  await optionsA.getByTestId('sync-enrolled').waitFor();
  const optionsB = await connectWithToken(b, '张强');
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
  api = spawnServer(cluster.host, Number(new URL(base).port), serverEnv);
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
  // Only the sync server was ever asked for anything: its API and its login endpoints.
  assert.deepEqual(
    requests.filter((r) => !r.includes(`${base}/graphql`) && !r.includes(`${base}/auth/`)),
    [],
  );
  for (const p of [optionsA, optionsB, panelA, panelB, pageB]) await p.close();
});

test('a token that ran out is renewed from the session; a used code is refused with a clear message', async () => {
  const options = await a.openExtensionPage('options.html');
  const before = await options.evaluate(async () => (await chrome.storage.local.get('teamSync')).teamSync);
  assert.ok(before.refreshToken, 'the session secret is kept');
  // Two minutes later (HUIFANG_TOKEN_SECONDS=120) the token has run out: here it is aged at once.
  const expired = await sign({ tenant: 't1', agent: '王芳', role: 'agent' }, { expiresIn: '-1m' });
  const renewals = () => requests.filter((r) => r.startsWith('A ') && r.includes('/auth/refresh')).length;
  const seen = renewals();
  await options.evaluate(async (token) => {
    const { teamSync } = await chrome.storage.local.get('teamSync');
    await chrome.storage.local.set({ teamSync: { ...teamSync, token } });
  }, expired);
  // The background sees the change, finds the token spent and renews it from the session secret.
  const storedToken = () => options.evaluate(async () => (await chrome.storage.local.get('teamSync')).teamSync.token);
  let token = await storedToken();
  for (let i = 0; i < 150 && (token === expired || token === ''); i++) {
    await new Promise((r) => setTimeout(r, 200));
    token = await storedToken();
  }
  assert.ok(token !== expired && token !== '', 'the token was renewed');
  await options.reload();
  await options.getByTestId('sync-state').filter({ hasText: '王芳' }).waitFor();
  const afterRenew = await options.evaluate(async () => (await chrome.storage.local.get('teamSync')).teamSync);
  assert.notEqual(afterRenew.token, expired);
  assert.notEqual(afterRenew.token, before.token);
  assert.equal(afterRenew.refreshToken, before.refreshToken);
  assert.ok(renewals() > seen, 'the background asked /auth/refresh');

  // A code typed twice (here: B tries the one A already used) is refused, and nothing changes for B.
  const used = await issueCode('赵敏');
  const first = await fetch(`${base}/auth/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: used }),
  });
  assert.equal(first.status, 200);
  const optionsB = await b.openExtensionPage('options.html');
  await optionsB.getByTestId('sync-code').fill(used);
  await optionsB.getByTestId('sync-enrol').click();
  await optionsB.getByTestId('sync-note').filter({ hasText: '登录码无效、已过期或已使用过' }).waitFor();
  await optionsB.getByTestId('sync-state').filter({ hasText: '张强' }).waitFor();
  await optionsB.getByTestId('team-sync').screenshot({ path: 'docs/screenshots/options-team-sync-code-refused.png' });
  await optionsB.close();
  await options.close();
});

test('a supervisor builds the 月报 from the server’s records (monthly_export, paged)', async () => {
  const options = await enrol(a, 'boss', 'supervisor');
  assert.match(await options.getByTestId('sync-state').innerText(), /boss（t1，主管）/);

  // The team's day, per agent (team_day): 王芳's one call, 张强's two recorded without the lease (to check); the
  // customer of the queue is open, due (undated) and assigned to nobody.
  const rowsOf = () =>
    options
      .getByTestId('team-day-row')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.dataset.agent, ...[...tr.querySelectorAll('td')].map((td) => Number(td.textContent))]),
      );
  await options.getByTestId('team-day-row').first().waitFor();
  //                      due overdue held calls reached done to-check
  assert.deepEqual(await rowsOf(), [
    ['张强', 0, 0, 0, 2, 0, 0, 2],
    ['王芳', 0, 0, 0, 1, 0, 0, 0],
    ['', 1, 0, 0, 0, 0, 0, 0],
  ]);
  await options.getByTestId('team-day').screenshot({ path: 'docs/screenshots/options-team-day.png' });
  // Another agent's call reaches the open page at the next refresh (every 30 s), without a reload.
  const li = await sign({ tenant: 't1', agent: '李伟', role: 'agent' });
  const sent = await gql(
    base,
    li,
    'mutation($records: JSON!) { submitRecords(input: { records: $records }) { result { status } } }',
    {
      records: [
        {
          record: {
            ...(await readStore(options, 'callbacks'))[0],
            id: 'li-wei-1',
            agent: '李伟',
            outcome: 'reached',
            startedAt: new Date(Date.now() - 60_000).toISOString(),
            endedAt: new Date().toISOString(),
            recordedAt: new Date().toISOString(),
          },
          leaseSeq: null,
        },
      ],
    },
  );
  assert.equal(sent.body.data?.submitRecords.result[0].status, 'inserted', JSON.stringify(sent.body));
  await options.locator('[data-testid=team-day-row][data-agent=李伟]').waitFor({ timeout: 45_000 });

  await options.reload();
  await options.getByTestId('report-from-server').check();
  await options.getByTestId('build-report').click();
  await options.getByTestId('report').waitFor();
  // The three calls of the test above (one by 王芳, two by 张强) are the month's; none was due, all unanswered.
  assert.match(await options.getByTestId('report').innerText(), /王芳[\s\S]*张强|张强[\s\S]*王芳/);
  await options.close();
});

test('logout ends the session on the server and stops all traffic', async () => {
  const options = await a.openExtensionPage('options.html');
  await options.getByTestId('sync-state').filter({ hasText: 'boss' }).waitFor();
  const { refreshToken } = await options.evaluate(async () => (await chrome.storage.local.get('teamSync')).teamSync);
  await options.getByTestId('sync-logout').click();
  await options.getByTestId('sync-state').filter({ hasText: '未开启' }).waitFor();
  const stored = await options.evaluate(async () => (await chrome.storage.local.get('teamSync')).teamSync);
  assert.deepEqual([stored.token, stored.refreshToken, stored.enabled], ['', '', false]);
  const { rows } = await admin.query(
    `select revoked_by from huifang_private.agent_session
     where agent = 'boss' and refresh_hash = sha256(convert_to($1, 'UTF8'))`,
    [refreshToken],
  );
  assert.deepEqual(rows, [{ revoked_by: 'logout' }]);
  // A call recorded after logout is not queued and nothing is sent.
  const seen = requests.filter((r) => r.startsWith('A ')).length;
  const { page, panel } = await openCustomer(a);
  // The customer was called before: History and a new attempt, or the notes field straight away.
  const newAttempt = panel.getByTestId('new-attempt');
  await newAttempt.or(panel.getByTestId('notes')).first().waitFor();
  if (await newAttempt.isVisible()) await newAttempt.click();
  await panel.getByTestId('notes').fill('退出登录后的通话');
  await recordNoAnswer(panel);
  await panel.getByTestId('wrap-up').waitFor();
  await options.reload();
  await options.getByTestId('sync-state').filter({ hasText: '未开启' }).waitFor();
  assert.equal(await options.getByTestId('sync-now').isDisabled(), true);
  const outbox = await readStore(options, 'outbox');
  assert.ok(
    outbox.every((r) => r.state === 'sent'),
    'nothing new waits to be sent',
  );
  assert.deepEqual(requests.filter((r) => r.startsWith('A ')).slice(seen), []);
  for (const p of [options, panel, page]) await p.close();
});
