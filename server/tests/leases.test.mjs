// Leases on the team queue (server/migrations/0002_leases.sql): grant, renew, release, stale refusals, expiry, the
// late-submit flag, and many agents draining one queue at once with every request sent twice.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { agentOf, asUser, loadQueue, makeRecord, startScratchCluster } from './helpers.mjs';

let cluster;
let admin;
before(async () => {
  cluster = await startScratchCluster({ maxConnections: 100 });
  admin = await cluster.connect();
});
after(async () => {
  await admin?.end();
  cluster?.stop();
});

const claim = (c, who, key) =>
  asUser(c, agentOf(who), 'select * from huifang.claim_customer($1)', [key]).then((r) => r[0]);
const claimNext = (c, who, tenant = 't1') =>
  asUser(c, agentOf(who, tenant), 'select * from huifang.claim_next()').then((r) => r[0]);
const renew = (c, who, key, seq) =>
  asUser(c, agentOf(who), 'select * from huifang.renew_lease($1, $2)', [key, seq]).then((r) => r[0]);
const release = (c, who, key, seq, tenant = 't1') =>
  asUser(c, agentOf(who, tenant), 'select * from huifang.release_lease($1, $2)', [key, seq]).then((r) => r[0]);
const submit = (c, who, items, tenant = 't1') =>
  asUser(c, agentOf(who, tenant), 'select * from huifang.submit_records($1::jsonb)', [JSON.stringify(items)]);
const setLeaseSeconds = (s) => admin.query('update huifang_private.config set lease_seconds = $1', [s]);

describe('one customer, two agents', () => {
  it('grants on server time, refuses the second agent, and says who holds it until when', async () => {
    await loadQueue(admin, ['k-a']);
    const a = await claim(admin, 'a1', 'k-a');
    assert.equal(a.ok, true);
    assert.equal(a.reason, 'granted');
    assert.equal(a.lease_owner, 'a1');
    assert.equal(Number(a.lease_seq), 1);
    assert.equal(a.lease_until.getTime() - a.server_now.getTime(), 600_000);
    const again = await claim(admin, 'a1', 'k-a');
    assert.deepEqual([again.ok, again.reason, Number(again.lease_seq)], [true, 'held', 1]);
    const b = await claim(admin, 'a2', 'k-a');
    assert.deepEqual([b.ok, b.reason, b.lease_owner], [false, 'held-by-other', 'a1']);
  });

  it('refuses a renew or release by another agent or with an old number; a repeated release is answered alike', async () => {
    assert.equal((await renew(admin, 'a2', 'k-a', 1)).reason, 'stale');
    assert.equal((await renew(admin, 'a1', 'k-a', 0)).reason, 'stale');
    assert.equal((await release(admin, 'a2', 'k-a', 1)).reason, 'stale');
    const r = await renew(admin, 'a1', 'k-a', 1);
    assert.deepEqual([r.ok, r.reason], [true, 'renewed']);
    const done = await release(admin, 'a1', 'k-a', 1);
    assert.deepEqual([done.ok, done.reason, done.lease_owner], [true, 'released', null]);
    const twice = await release(admin, 'a1', 'k-a', 1);
    assert.deepEqual([twice.ok, twice.reason], [true, 'released']);
    assert.equal((await release(admin, 'a2', 'k-a', 1)).reason, 'stale');
    const b = await claim(admin, 'a2', 'k-a');
    assert.deepEqual([b.ok, b.reason, Number(b.lease_seq)], [true, 'granted', 2]);
    assert.equal((await renew(admin, 'a1', 'k-a', 1)).reason, 'stale');
  });

  it('after expiry another agent is granted it; the first one’s renew is stale and its record is stored and flagged', async () => {
    await loadQueue(admin, ['k-exp']);
    await setLeaseSeconds(1);
    try {
      const a = await claim(admin, 'a1', 'k-exp');
      await admin.query('select pg_sleep(1.2)');
      const b = await claim(admin, 'a2', 'k-exp');
      assert.deepEqual([b.ok, b.reason, Number(b.lease_seq)], [true, 'granted', Number(a.lease_seq) + 1]);
      assert.equal((await renew(admin, 'a1', 'k-exp', a.lease_seq)).reason, 'stale');
      assert.equal((await release(admin, 'a1', 'k-exp', a.lease_seq)).reason, 'stale');
      const late = await submit(admin, 'a1', [
        {
          record: makeRecord({ id: 'late-1', customerKey: 'k-exp', outcome: 'no-answer' }),
          leaseSeq: Number(a.lease_seq),
        },
      ]);
      assert.deepEqual(late, [{ id: 'late-1', status: 'inserted', reason: null, lease_flag: 'lease-lost' }]);
      const onTime = await submit(admin, 'a2', [
        {
          record: makeRecord({ id: 'ok-1', customerKey: 'k-exp', outcome: 'no-answer' }),
          leaseSeq: Number(b.lease_seq),
        },
      ]);
      assert.equal(onTime[0].lease_flag, null);
      const offline = await submit(admin, 'a2', [
        { record: makeRecord({ id: 'off-1', customerKey: 'k-exp', outcome: 'busy' }), leaseSeq: null },
      ]);
      assert.equal(offline[0].lease_flag, 'no-lease');
      const { rows } = await admin.query(
        `select id, agent, lease_flag from huifang.call_record where customer_key = 'k-exp' order by id`,
      );
      assert.deepEqual(rows, [
        { id: 'late-1', agent: 'a1', lease_flag: 'lease-lost' },
        { id: 'off-1', agent: 'a2', lease_flag: 'no-lease' },
        { id: 'ok-1', agent: 'a2', lease_flag: null },
      ]);
    } finally {
      await setLeaseSeconds(600);
    }
  });

  it('an expired lease nobody took is renewed by its holder, and its record is not flagged', async () => {
    await loadQueue(admin, ['k-slow']);
    await setLeaseSeconds(1);
    try {
      const a = await claim(admin, 'a3', 'k-slow');
      await admin.query('select pg_sleep(1.2)');
      const r = await renew(admin, 'a3', 'k-slow', a.lease_seq);
      assert.deepEqual([r.ok, Number(r.lease_seq)], [true, Number(a.lease_seq)]);
      const s = await submit(admin, 'a3', [
        { record: makeRecord({ id: 'slow-1', customerKey: 'k-slow' }), leaseSeq: Number(a.lease_seq) },
      ]);
      assert.deepEqual([s[0].status, s[0].lease_flag], ['inserted', null]);
    } finally {
      await setLeaseSeconds(600);
    }
  });

  it('the lease log refuses two overlapping leases on one customer even when written directly', async () => {
    await assert.rejects(
      admin.query(`insert into huifang.lease_log (tenant, customer_key, lease_seq, agent, during)
        select tenant, customer_key, lease_seq + 100, 'intruder', during from huifang.lease_log
        where customer_key = 'k-exp' and agent = 'a2'`),
      /conflicting key value violates exclusion constraint/,
    );
  });
});

describe('40 agents drain 2,000 customers, every request sent twice', () => {
  const agents = 40;
  const customers = 2000;

  it('0 overlapping leases, every customer called once, 0 duplicate rows', async () => {
    const keys = Array.from({ length: customers }, (_, i) => `bulk-${String(i).padStart(5, '0')}`);
    for (let i = 0; i < keys.length; i += 500)
      await loadQueue(admin, keys.slice(i, i + 500), 'bulk', { kind: 'new-contract' });
    // Two connections per agent: each request goes out on both at once, as a retry after a timeout would.
    const conns = await Promise.all(Array.from({ length: agents * 2 }, () => cluster.connect()));
    const stats = { claims: 0, duplicates: 0, inserted: 0, staleRelease: 0 };
    try {
      await Promise.all(
        Array.from({ length: agents }, async (_, n) => {
          const who = `bulk-agent-${n}`;
          const [c1, c2] = [conns[2 * n], conns[2 * n + 1]];
          let calls = 0;
          for (;;) {
            const [x, y] = await Promise.all([claimNext(c1, who, 'bulk'), claimNext(c2, who, 'bulk')]);
            if (!x.ok && !y.ok && x.reason === 'empty' && y.reason === 'empty') break;
            assert.equal(x.ok && y.ok, true, `claim_next twice: ${x.reason}/${y.reason}`);
            // Both copies answer with the same customer and lease.
            assert.deepEqual([x.customer_key, String(x.lease_seq)], [y.customer_key, String(y.lease_seq)]);
            stats.claims++;
            const rec = {
              record: makeRecord({
                id: `${x.customer_key}-call`,
                customerKey: x.customer_key,
                kind: 'new-contract',
                agent: who,
              }),
              leaseSeq: Number(x.lease_seq),
            };
            const [s1, s2] = await Promise.all([submit(c1, who, [rec], 'bulk'), submit(c2, who, [rec], 'bulk')]);
            const statuses = [s1[0].status, s2[0].status].sort();
            assert.deepEqual(statuses, ['duplicate', 'inserted']);
            assert.equal(s1[0].lease_flag ?? s2[0].lease_flag ?? null, null);
            const [r1, r2] = await Promise.all([
              release(c1, who, x.customer_key, x.lease_seq, 'bulk'),
              release(c2, who, x.customer_key, x.lease_seq, 'bulk'),
            ]);
            assert.equal(r1.ok && r2.ok, true, `release twice: ${r1.reason}/${r2.reason}`);
            calls++;
          }
          return calls;
        }),
      );
    } finally {
      await Promise.all(conns.map((c) => c.end()));
    }
    const overlaps = await admin.query(`select count(*)::int as n from huifang.lease_log a join huifang.lease_log b
      on a.tenant = b.tenant and a.customer_key = b.customer_key and a.lease_seq < b.lease_seq and a.during && b.during
      where a.customer_key like 'bulk-%'`);
    assert.equal(overlaps.rows[0].n, 0);
    const recs = await admin.query(`select count(*)::int as n, count(distinct customer_key)::int as k
      from huifang.call_record where customer_key like 'bulk-%'`);
    assert.deepEqual(recs.rows[0], { n: customers, k: customers });
    const open = await admin.query(`select count(*)::int as n from huifang.queue_item
      where customer_key like 'bulk-%' and (status <> 'done' or attempts <> 1 or lease_owner is not null)`);
    assert.equal(open.rows[0].n, 0);
    assert.equal(stats.claims, customers);
  });
});
