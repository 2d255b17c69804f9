// The supervisor's team day (server/migrations/0008_team_day.sql): per agent what is due, held and finished today,
// the unassigned customers, the queue's totals — only the token's tenant, only for supervisors and auditors.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { agentOf, asUser, loadQueue, makeRecord, startScratchCluster, supervisor } from './helpers.mjs';

let cluster;
let admin;
const now = Date.now();
const hoursAgo = (h) => new Date(now - h * 3_600_000).toISOString();
const tomorrow = new Date(now + 2 * 86_400_000).toISOString();

before(async () => {
  cluster = await startScratchCluster();
  admin = await cluster.connect();
  const put = (tenant, items) =>
    asUser(admin, supervisor(tenant), 'select huifang.upsert_customer(x) from jsonb_array_elements($1::jsonb) x', [
      JSON.stringify(items),
    ]);
  await put('ta', [
    { customerKey: 'w-1', name: '一', dueAt: hoursAgo(0), assignedTo: 'wang' },
    { customerKey: 'w-2', name: '二', dueAt: hoursAgo(72), assignedTo: 'wang' },
    { customerKey: 'w-3', name: '三', assignedTo: 'wang' },
    { customerKey: 'w-4', name: '四', dueAt: tomorrow, assignedTo: 'wang' },
    { customerKey: 'u-1', name: '五', dueAt: hoursAgo(0) },
    { customerKey: 'z-1', name: '六', dueAt: hoursAgo(0), assignedTo: 'zhang' },
  ]);
  await loadQueue(admin, ['b-1'], 'tb', { assignedTo: 'li' });
  await asUser(admin, agentOf('wang', 'ta'), 'select * from huifang.claim_customer($1)', ['w-1']);
  await asUser(admin, agentOf('zhang', 'ta'), 'select * from huifang.submit_records($1::jsonb)', [
    JSON.stringify([
      {
        record: makeRecord({ id: 'z-r1', customerKey: 'z-1', agent: 'zhang', startedAt: new Date(now).toISOString() }),
        leaseSeq: null,
      },
    ]),
  ]);
});
after(async () => {
  await admin?.end();
  cluster?.stop();
});

describe('team_day', () => {
  it('per agent: due today or earlier or undated, held now, attempted and finished today; unassigned last', async () => {
    const [{ d }] = await asUser(admin, supervisor('ta'), 'select huifang.team_day() as d');
    const byAgent = Object.fromEntries(d.agents.map((a) => [a.agent ?? '(unassigned)', a]));
    assert.deepEqual(Object.keys(byAgent), ['wang', 'zhang', '(unassigned)']);
    assert.deepEqual(
      { ...byAgent.wang },
      { agent: 'wang', due: 3, overdue: 1, claimed: 1, attempts: 0, reached: 0, done: 0, flagged: 0 },
    );
    // zhang's reached call finished the customer: no longer due, one attempt, one done.
    assert.deepEqual(
      { ...byAgent.zhang },
      { agent: 'zhang', due: 0, overdue: 0, claimed: 0, attempts: 1, reached: 1, done: 1, flagged: 1 },
    );
    assert.equal(byAgent['(unassigned)'].due, 1);
    assert.equal(d.totals.open, 5);
    assert.equal(d.totals.claimed, 1);
    assert.match(d.day, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(d.timeZone, 'Asia/Shanghai');
  });

  it('an auditor reads it too; an agent may not, and another tenant sees only its own', async () => {
    const auditor = { tenant: 'ta', agent: 'aud', role: 'auditor' };
    assert.equal((await asUser(admin, auditor, 'select huifang.team_day() as d'))[0].d.agents.length, 3);
    await assert.rejects(asUser(admin, agentOf('wang', 'ta'), 'select huifang.team_day()'), { code: '42501' });
    const [{ d }] = await asUser(admin, supervisor('tb'), 'select huifang.team_day() as d');
    assert.deepEqual(
      d.agents.map((a) => a.agent),
      ['li'],
    );
  });
});
