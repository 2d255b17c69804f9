// Records in, the month out, retention (server/migrations/0003_records.sql), and the team queue's checkpointed pull.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { agentOf, asUser, loadQueue, makeRecord, startScratchCluster, supervisor } from './helpers.mjs';

const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let cluster;
let admin;
before(async () => {
  cluster = await startScratchCluster();
  admin = await cluster.connect();
});
after(async () => {
  await admin?.end();
  cluster?.stop();
});

const submit = (who, records, customers = [], tenant = 't1') =>
  asUser(admin, agentOf(who, tenant), 'select * from huifang.submit_records($1::jsonb, $2::jsonb)', [
    JSON.stringify(records.map((record) => ({ record, leaseSeq: null }))),
    JSON.stringify(customers),
  ]);

function makeCustomer(key, over = {}) {
  return {
    key,
    origin: 'https://crm.example.com',
    customerId: key,
    context: { name: `客户${key}` },
    sourceUrl: `https://crm.example.com/c/${key}`,
    firstSeenAt: '2026-11-01T01:00:00.000Z',
    lastSeenAt: '2026-11-20T01:00:00.000Z',
    events: {},
    stats: { attempts: 1, lastAttemptAt: null, lastOutcome: null, lastReachedAt: null },
    dueAt: null,
    dueKind: null,
    nextCallBackAt: null,
    ...over,
  };
}

describe('submit_records', () => {
  it('judges each record alone: inserted, duplicate, rejected with the reason; the batch goes on', async () => {
    const rows = await submit('a1', [
      makeRecord({ id: 's-1' }),
      makeRecord({ id: 's-1' }),
      makeRecord({ id: 's-2', startedAt: 'yesterday-ish' }),
      makeRecord({ id: 's-3', outcome: 'teleported' }),
      makeRecord({ id: '' }),
      makeRecord({ id: 's-4', startedAt: '2024-02-29T23:30:00.000Z' }),
    ]);
    assert.deepEqual(
      rows.map((r) => [r.id, r.status]),
      [
        ['s-1', 'inserted'],
        ['s-1', 'duplicate'],
        ['s-2', 'rejected'],
        ['s-3', 'rejected'],
        ['', 'rejected'],
        ['s-4', 'inserted'],
      ],
    );
    assert.match(rows[2].reason, /yesterday-ish/);
    assert.match(rows[3].reason, /call_record_outcome_check|check constraint/);
    assert.match(rows[4].reason, /id: 1–100 characters/);
    // A rejected record leaves no idempotency key behind: fixed, it is accepted.
    assert.equal((await submit('a1', [makeRecord({ id: 's-2' })]))[0].status, 'inserted');
    // Each month is its own partition, made on first use.
    const parts = await admin.query(`select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
      where i.inhparent = 'huifang.call_record'::regclass order by 1`);
    assert.deepEqual(
      parts.rows.map((r) => r.relname),
      ['call_record_2024_02', 'call_record_2026_11'],
    );
  });

  it('twenty first writers of a new month all get their record in (the partition is made once)', async () => {
    const conns = await Promise.all(Array.from({ length: 20 }, () => cluster.connect()));
    try {
      const rows = await Promise.all(
        conns.map((c, i) =>
          asUser(c, agentOf(`w${i}`), 'select * from huifang.submit_records($1::jsonb)', [
            JSON.stringify([{ record: makeRecord({ id: `may-${i}`, startedAt: '2031-05-02T03:00:00.000Z' }) }]),
          ]),
        ),
      );
      assert.deepEqual(new Set(rows.map((r) => r[0].status)), new Set(['inserted']));
    } finally {
      await Promise.all(conns.map((c) => c.end()));
    }
  });

  it('a record id is stored once per tenant, whatever month it claims to start in', async () => {
    const again = await submit('a1', [makeRecord({ id: 's-1', startedAt: '2025-01-01T00:00:00.000Z' })]);
    assert.equal(again[0].status, 'duplicate');
    assert.equal((await submit('a1', [makeRecord({ id: 's-1' })], [], 't2'))[0].status, 'inserted');
  });

  it('stores a 空号 (no-such-number) call and finishes its customer in the team queue, like a wrong number', async () => {
    await loadQueue(admin, ['n-1', 'n-2'], 'tn');
    const rows = await asUser(admin, agentOf('a1', 'tn'), 'select * from huifang.submit_records($1::jsonb)', [
      JSON.stringify([
        { record: makeRecord({ id: 'n-r1', customerKey: 'n-1', outcome: 'no-such-number' }) },
        { record: makeRecord({ id: 'n-r2', customerKey: 'n-2', outcome: 'no-answer' }) },
      ]),
    ]);
    assert.deepEqual(
      rows.map((r) => [r.id, r.status]),
      [
        ['n-r1', 'inserted'],
        ['n-r2', 'inserted'],
      ],
    );
    const queue = await admin.query(
      `select customer_key, status, last_outcome from huifang.queue_item where tenant = 'tn' order by 1`,
    );
    assert.deepEqual(
      queue.rows.map((r) => [r.customer_key, r.status, r.last_outcome]),
      [
        ['n-1', 'done', 'no-such-number'],
        ['n-2', 'open', 'no-answer'],
      ],
    );
  });

  it('refuses a batch that is not an array or too large, as a whole', async () => {
    await assert.rejects(
      asUser(admin, agentOf('a1'), `select * from huifang.submit_records('{}'::jsonb)`),
      /records and customers must be arrays/,
    );
    const many = Array.from({ length: 501 }, (_, i) => ({ record: makeRecord({ id: `m-${i}` }) }));
    await assert.rejects(
      asUser(admin, agentOf('a1'), 'select * from huifang.submit_records($1::jsonb)', [JSON.stringify(many)]),
      /at most 500/,
    );
  });
});

describe('pull_queue', () => {
  it('sends everything first, then only what changed since the checkpoint, leases included', async () => {
    await loadQueue(admin, ['p-1', 'p-2', 'p-3'], 'tp');
    const pull = (cp) =>
      asUser(admin, agentOf('a1', 'tp'), 'select huifang.pull_queue($1) as q', [cp]).then((r) => r[0].q);
    const first = await pull(null);
    assert.equal(first.full, true);
    assert.deepEqual(
      first.items.map((i) => i.customerKey),
      ['p-1', 'p-2', 'p-3'],
    );
    const quiet = await pull(first.checkpoint);
    assert.deepEqual(quiet.items, []);
    const lease = (await asUser(admin, agentOf('a2', 'tp'), `select * from huifang.claim_customer('p-2')`))[0];
    const next = await pull(quiet.checkpoint);
    assert.deepEqual(
      next.items.map((i) => [i.customerKey, i.leaseOwner, i.leaseSeq]),
      [['p-2', 'a2', 1]],
    );
    assert.equal(Date.parse(next.items[0].leaseUntil), lease.lease_until.getTime());
    await assert.rejects(pull('abc'), /not one this server gave/);
  });

  it('misses no change committed out of order (a slow transaction behind a fast one)', async () => {
    await loadQueue(admin, ['o-1', 'o-2'], 'to');
    const pull = (cp) =>
      asUser(admin, agentOf('a1', 'to'), 'select huifang.pull_queue($1) as q', [cp]).then((r) => r[0].q);
    const start = await pull(null);
    const slow = await cluster.connect();
    try {
      // The slow writer takes its transaction id first and commits last.
      await slow.query('begin');
      await slow.query(`update huifang.queue_item set name = 'slow' where tenant = 'to' and customer_key = 'o-1'`);
      await admin.query(`update huifang.queue_item set name = 'fast' where tenant = 'to' and customer_key = 'o-2'`);
      const mid = await pull(start.checkpoint);
      assert.deepEqual(
        mid.items.map((i) => i.name),
        ['fast'],
      );
      await slow.query('commit');
      const last = await pull(mid.checkpoint);
      assert.ok(
        last.items.some((i) => i.name === 'slow'),
        JSON.stringify(last.items),
      );
    } finally {
      await slow.end();
    }
  });
});

describe('monthly_export', () => {
  it('returns our export envelope: check-export accepts it and `report` gives the same 月报 as the agents’ own files', async () => {
    const agents = ['wang', 'zhang'];
    const outcomes = ['reached', 'no-answer', 'busy', 'refused', 'call-back-later', 'reached'];
    const byAgent = Object.fromEntries(agents.map((a) => [a, []]));
    const customers = [];
    for (let i = 0; i < 24; i++) {
      const agent = agents[i % 2];
      const key = `m-${i % 9}`;
      const outcome = outcomes[i % outcomes.length];
      byAgent[agent].push(
        makeRecord({
          id: `month-${i}`,
          customerKey: key,
          agent,
          kind: i % 3 ? 'new-contract' : 'hesitation-period',
          outcome,
          callBackAt: outcome === 'call-back-later' ? '2026-11-25T02:00:00.000Z' : null,
          satisfaction: outcome === 'reached' ? 'satisfied' : null,
          startedAt: new Date(Date.UTC(2026, 10, 1 + i, 2)).toISOString(),
          endedAt: new Date(Date.UTC(2026, 10, 1 + i, 2, 4)).toISOString(),
          recordedAt: new Date(Date.UTC(2026, 10, 1 + i, 2, 5)).toISOString(),
        }),
      );
      if (i < 9) customers.push(makeCustomer(key));
    }
    // One record from the next month (Shanghai time) and one the month before: not in November's envelope.
    byAgent.wang.push(
      makeRecord({ id: 'dec-1', customerKey: 'm-1', agent: 'wang', startedAt: '2026-11-30T16:30:00.000Z' }),
    );
    byAgent.wang.push(
      makeRecord({ id: 'oct-1', customerKey: 'm-1', agent: 'wang', startedAt: '2026-10-31T15:59:00.000Z' }),
    );
    for (const a of agents) {
      const res = await submit(a, byAgent[a], customers, 'tm');
      assert.ok(
        res.every((r) => r.status === 'inserted'),
        JSON.stringify(res),
      );
    }
    const env = (await asUser(admin, supervisor('tm'), `select huifang.monthly_export('2026-11') as e`))[0].e;
    assert.equal(env.records.length, 24);
    assert.equal(env.filters.from, '2026-10-31T16:00:00.000Z');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'huifang-month-'));
    const serverFile = path.join(dir, 'server.json');
    writeFileSync(serverFile, JSON.stringify(env));
    const agentFiles = agents.map((a) => {
      const f = path.join(dir, `${a}.json`);
      const own = byAgent[a].filter((r) => r.id !== 'dec-1' && r.id !== 'oct-1');
      writeFileSync(f, JSON.stringify({ ...env, agent: a, records: own, customers }));
      return f;
    });
    const tsx = path.join(repo, 'node_modules', '.bin', 'tsx');
    const check = spawnSync(tsx, [path.join(repo, 'cli/check-export.ts'), serverFile], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stdout + check.stderr);
    const report = (files) => {
      const r = spawnSync(
        tsx,
        [path.join(repo, 'cli/report.ts'), '--month', '2026-11', '--now', '2026-12-01T00:00:00Z', ...files],
        {
          encoding: 'utf8',
        },
      );
      assert.equal(r.status, 0, r.stderr);
      return JSON.parse(r.stdout);
    };
    assert.deepEqual(report([serverFile]), report(agentFiles));
    const audit = await admin.query(`select action, detail from huifang.audit_log where tenant = 'tm'`);
    assert.deepEqual(audit.rows, [{ action: 'monthly-export', detail: { month: '2026-11', records: 24 } }]);
  });

  it('is for supervisors and auditors, and refuses a month that is not YYYY-MM', async () => {
    await assert.rejects(
      asUser(admin, agentOf('wang', 'tm'), `select huifang.monthly_export('2026-11')`),
      /role agent may not/,
    );
    const env = (
      await asUser(
        admin,
        { tenant: 'tm', agent: 'aud', role: 'auditor' },
        `select huifang.monthly_export('2026-11') as e`,
      )
    )[0].e;
    assert.equal(env.records.length, 24);
    await assert.rejects(asUser(admin, supervisor('tm'), `select huifang.monthly_export('2026-13')`), /is not YYYY-MM/);
  });
});

describe('monthly_export_page', () => {
  it('gives the month in pages that add up to monthly_export, each with the customers its records name', async () => {
    const whole = (await asUser(admin, supervisor('tm'), `select huifang.monthly_export('2026-11') as e`))[0].e;
    const records = [];
    const customers = new Map();
    let after = null;
    let pages = 0;
    do {
      const page = (
        await asUser(admin, supervisor('tm'), `select huifang.monthly_export_page('2026-11', $1, 5) as e`, [after])
      )[0].e;
      assert.ok(page.records.length <= 5);
      // Every customer of this month's records was sent: each page carries the ones its records name.
      assert.ok(page.records.every((r) => page.customers.some((c) => c.key === r.customerKey)));
      records.push(...page.records);
      for (const c of page.customers) customers.set(c.key, c);
      assert.deepEqual(page.filters, whole.filters);
      after = page.next;
      pages++;
    } while (after !== null && pages < 20);
    assert.equal(pages, 5, '24 records in pages of 5');
    const byId = (a, b) => (a.id < b.id ? -1 : 1);
    assert.deepEqual([...records].sort(byId), [...whole.records].sort(byId));
    assert.deepEqual(
      [...customers.values()].sort((a, b) => (a.key < b.key ? -1 : 1)),
      whole.customers,
    );
    await assert.rejects(
      asUser(admin, agentOf('wang', 'tm'), `select huifang.monthly_export_page('2026-11')`),
      /role agent may not/,
    );
    await assert.rejects(
      asUser(admin, supervisor('tm'), `select huifang.monthly_export_page('2026-11', null, 0)`),
      /page_size/,
    );
  });
});

describe('purge_before', () => {
  it('refuses any cutoff inside the 3-year floor; dry run counts; a purge deletes only older records and is logged', async () => {
    await submit(
      'old',
      [
        makeRecord({ id: 'old-1', startedAt: '2019-03-01T00:00:00.000Z' }),
        makeRecord({ id: 'old-2', startedAt: '2020-06-01T00:00:00.000Z' }),
        makeRecord({ id: 'new-1', startedAt: '2026-01-01T00:00:00.000Z' }),
      ],
      [],
      'tr',
    );
    const purge = (cutoff, dry) =>
      asUser(admin, supervisor('tr'), 'select huifang.purge_before($1::date, $2) as p', [cutoff, dry]).then(
        (r) => r[0].p,
      );
    const today = (await admin.query(`select (now() at time zone 'Asia/Shanghai')::date::text as d`)).rows[0].d;
    const floor = `${Number(today.slice(0, 4)) - 3}${today.slice(4)}`;
    const dayAfterFloor = new Date(Date.parse(`${floor}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await assert.rejects(purge(dayAfterFloor, true), /retention floor/);
    await assert.rejects(purge(today, false), /retention floor/);
    await assert.rejects(
      asUser(admin, agentOf('old', 'tr'), `select huifang.purge_before('2020-01-01', false)`),
      /role agent/,
    );
    const dry = await purge('2021-01-01', true);
    assert.deepEqual([dry.records, dry.dryRun], [2, true]);
    const done = await purge('2020-01-01', false);
    assert.equal(done.records, 1);
    const left = await admin.query(`select id from huifang.call_record where tenant = 'tr' order by id`);
    assert.deepEqual(
      left.rows.map((r) => r.id),
      ['new-1', 'old-2'],
    );
    // The purged id can come back (its key went with it); a record exactly at the floor stays purgeable only after it.
    assert.equal((await purge(floor, true)).dryRun, true);
    const audit = await admin.query(`select action from huifang.audit_log where tenant = 'tr' order by id`);
    assert.deepEqual(
      audit.rows.map((r) => r.action),
      ['purge-dry-run', 'purge', 'purge-dry-run'],
    );
  });
});
