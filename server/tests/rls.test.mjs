// Row-level security from the JWT claims (server/migrations/0001_tables.sql): tenants never see each other, agents
// never write as someone else, API requests write only through the functions, and no claims means nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { agentOf, asUser, loadQueue, makeRecord, startScratchCluster, supervisor } from './helpers.mjs';

let cluster;
let admin;
before(async () => {
  cluster = await startScratchCluster();
  admin = await cluster.connect();
  await loadQueue(admin, ['a-1', 'a-2'], 'ta');
  await loadQueue(admin, ['b-1'], 'tb');
  for (const [tenant, who, id] of [
    ['ta', 'wang', 'ra-1'],
    ['ta', 'zhang', 'ra-2'],
    ['tb', 'li', 'rb-1'],
  ]) {
    await asUser(admin, agentOf(who, tenant), 'select * from huifang.submit_records($1::jsonb)', [
      JSON.stringify([
        {
          record: makeRecord({
            id,
            customerKey: `${tenant[1]}-1`,
            agent: who,
            outcome: 'no-answer',
            startedAt: new Date().toISOString(),
          }),
          leaseSeq: null,
        },
      ]),
    ]);
  }
});
after(async () => {
  await admin?.end();
  cluster?.stop();
});

const ids = (rows) => rows.map((r) => r.id ?? r.customer_key).sort();

describe('reading', () => {
  it('an agent reads their own records and their tenant’s queue, nothing of another tenant', async () => {
    assert.deepEqual(ids(await asUser(admin, agentOf('wang', 'ta'), 'select id from huifang.call_record')), ['ra-1']);
    assert.deepEqual(ids(await asUser(admin, agentOf('wang', 'ta'), 'select customer_key from huifang.queue_item')), [
      'a-1',
      'a-2',
    ]);
    assert.deepEqual(ids(await asUser(admin, agentOf('li', 'tb'), 'select customer_key from huifang.queue_item')), [
      'b-1',
    ]);
    const pulled = (await asUser(admin, agentOf('li', 'tb'), 'select huifang.pull_queue(null) as q'))[0].q;
    assert.deepEqual(
      pulled.items.map((i) => i.customerKey),
      ['b-1'],
    );
  });

  it('a supervisor and an auditor read their whole tenant, not the other one', async () => {
    assert.deepEqual(ids(await asUser(admin, supervisor('ta'), 'select id from huifang.call_record')), [
      'ra-1',
      'ra-2',
    ]);
    const auditor = { tenant: 'ta', agent: 'aud', role: 'auditor' };
    assert.deepEqual(ids(await asUser(admin, auditor, 'select id from huifang.call_record')), ['ra-1', 'ra-2']);
    const team = await asUser(admin, supervisor('ta'), 'select agent from huifang.team_today order by agent');
    assert.deepEqual(
      team.map((r) => r.agent),
      ['wang', 'zhang'],
    );
    const mine = await asUser(admin, agentOf('wang', 'ta'), 'select agent from huifang.team_today');
    assert.deepEqual(
      mine.map((r) => r.agent),
      ['wang'],
    );
  });

  it('without claims, or with an unknown role, a request sees nothing and may do nothing', async () => {
    assert.deepEqual(await asUser(admin, {}, 'select id from huifang.call_record'), []);
    assert.deepEqual(await asUser(admin, {}, 'select customer_key from huifang.queue_item'), []);
    await assert.rejects(asUser(admin, {}, 'select * from huifang.claim_next()'), /no tenant\/agent/);
    await assert.rejects(
      asUser(admin, { tenant: 'ta', agent: 'x', role: 'admin' }, 'select * from huifang.claim_next()'),
      /role admin may not/,
    );
    await assert.rejects(
      asUser(admin, { tenant: 'ta', agent: 'aud', role: 'auditor' }, 'select * from huifang.claim_next()'),
      /role auditor/,
    );
  });
});

describe('writing', () => {
  it('API requests cannot write tables directly, nor call the private functions', async () => {
    await assert.rejects(
      asUser(
        admin,
        agentOf('wang', 'ta'),
        `insert into huifang.call_record (tenant, id, agent, customer_key, kind,
        outcome, revision, started_at, recorded_at, body) values ('ta', 'x', 'zhang', 'a-1', 'k', 'reached', 0, now(), now(), '{}')`,
      ),
      /permission denied/,
    );
    await assert.rejects(
      asUser(
        admin,
        agentOf('wang', 'ta'),
        `update huifang.queue_item set lease_owner = 'wang', lease_until = now() + interval '1 day'`,
      ),
      /permission denied/,
    );
    await assert.rejects(
      asUser(admin, agentOf('wang', 'ta'), `select huifang_private.ensure_month(now())`),
      /permission denied/,
    );
    await assert.rejects(
      asUser(admin, agentOf('wang', 'ta'), `select * from huifang_private.record_key`),
      /permission denied/,
    );
  });

  it('a record is stored as the token’s agent and tenant, whatever the body says', async () => {
    await asUser(admin, agentOf('wang', 'ta'), 'select * from huifang.submit_records($1::jsonb)', [
      JSON.stringify([{ record: makeRecord({ id: 'spoof-1', agent: 'zhang', customerKey: 'b-1' }), leaseSeq: null }]),
    ]);
    const { rows } = await admin.query(`select tenant, agent from huifang.call_record where id = 'spoof-1'`);
    assert.deepEqual(rows, [{ tenant: 'ta', agent: 'wang' }]);
  });

  it('even the functions’ owner cannot write a row for another agent or tenant (RLS is forced on it)', async () => {
    const asOwner = async (claims, sql) => {
      await admin.query('begin');
      try {
        await admin.query(
          `select set_config('jwt.claims.tenant', $1, true), set_config('jwt.claims.agent', $2, true),
          set_config('jwt.claims.role', $3, true)`,
          [claims.tenant, claims.agent, claims.role],
        );
        await admin.query('set local role huifang_owner');
        return (await admin.query(sql)).rows;
      } finally {
        await admin.query('rollback');
      }
    };
    const insert = (agent, tenant) => `insert into huifang.call_record (tenant, id, agent, customer_key, kind, outcome,
      revision, started_at, recorded_at, body) values ('${tenant}', 'own-1', '${agent}', 'a-1', 'k', 'reached', 0,
      '2026-11-10T00:00:00Z', now(), '{}')`;
    await assert.rejects(asOwner(agentOf('wang', 'ta'), insert('zhang', 'ta')), /row-level security/);
    await assert.rejects(asOwner(agentOf('wang', 'ta'), insert('wang', 'tb')), /row-level security/);
    await asOwner(agentOf('wang', 'ta'), insert('wang', 'ta'));
    assert.deepEqual(
      await asOwner(agentOf('wang', 'ta'), `select id from huifang.call_record where tenant = 'tb'`),
      [],
    );
  });

  it('an agent cannot release, renew or claim in another tenant, nor put customers in the queue', async () => {
    const lease = (await asUser(admin, agentOf('li', 'tb'), `select * from huifang.claim_customer('b-1')`))[0];
    assert.equal(lease.ok, true);
    const other = (
      await asUser(admin, agentOf('li', 'ta'), `select * from huifang.release_lease('b-1', $1)`, [lease.lease_seq])
    )[0];
    assert.equal(other.reason, 'not-in-queue');
    await assert.rejects(
      asUser(admin, agentOf('wang', 'ta'), `select huifang.upsert_customer('{"customerKey":"z"}')`),
      /role agent may not/,
    );
  });
});
