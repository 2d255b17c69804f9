// Team sync soak: 200 simulated agents on one throwaway PostgreSQL 15 (server/migrations) for 60 s, each looping
// claim_next → submit_records → release_lease on its own connection, as the API would call the functions (direct
// SQL, without the HTTP layer). Prints throughput, claim latency percentiles, and the invariants checked after.
// BENCH_SOAK_SECONDS / BENCH_SOAK_AGENTS override the bounds. Needs postgresql-15 and `npm ci --prefix server`.
import os from 'node:os';
import { asUser, loadQueue, makeRecord, startScratchCluster } from '../../server/tests/helpers.mjs';

const seconds = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
const agents = Number(process.env.BENCH_SOAK_AGENTS ?? 200);
const customers = 40_000;

const cluster = await startScratchCluster({ maxConnections: agents + 20 });
const admin = await cluster.connect();
const keys = Array.from({ length: customers }, (_, i) => `soak-${String(i).padStart(6, '0')}`);
for (let i = 0; i < keys.length; i += 2000)
  await loadQueue(admin, keys.slice(i, i + 2000), 'soak', { kind: 'new-contract' });
const conns = await Promise.all(Array.from({ length: agents }, () => cluster.connect()));
const claimMs = [];
let cycles = 0;
let empty = false;
const loadStart = os.loadavg()[0];
const t0 = performance.now();
const deadline = t0 + seconds * 1000;
await Promise.all(
  conns.map(async (c, n) => {
    const who = { tenant: 'soak', agent: `agent-${n}`, role: 'agent' };
    while (performance.now() < deadline) {
      const s = performance.now();
      const [lease] = await asUser(c, who, 'select * from huifang.claim_next()');
      claimMs.push(performance.now() - s);
      if (!lease.ok) {
        empty = true;
        break;
      }
      const record = makeRecord({
        id: `${lease.customer_key}-1`,
        customerKey: lease.customer_key,
        kind: 'new-contract',
      });
      await asUser(c, who, 'select * from huifang.submit_records($1::jsonb)', [
        JSON.stringify([{ record, leaseSeq: Number(lease.lease_seq) }]),
      ]);
      await asUser(c, who, 'select * from huifang.release_lease($1, $2)', [lease.customer_key, lease.lease_seq]);
      cycles++;
    }
  }),
);
const elapsed = (performance.now() - t0) / 1000;
const overlaps = (
  await admin.query(`select count(*)::int as n from huifang.lease_log a join huifang.lease_log b on a.tenant = b.tenant
    and a.customer_key = b.customer_key and a.lease_seq < b.lease_seq and a.during && b.during`)
).rows[0].n;
const recs = (
  await admin.query(`select count(*)::int as n, count(distinct customer_key)::int as k from huifang.call_record`)
).rows[0];
await Promise.all(conns.map((c) => c.end()));
await admin.end();
cluster.stop();

claimMs.sort((a, b) => a - b);
const pct = (p) => claimMs[Math.min(claimMs.length - 1, Math.floor((p / 100) * claimMs.length))].toFixed(1);
console.log(`## Team sync server soak (PostgreSQL 15, ${agents} agents)

\`npm run bench -- team-sync\`: ${agents} simulated agents, one connection each, loop claim_next → submit_records →
release_lease against a throwaway cluster (fsync off) for ${seconds} s${empty ? ' (queue emptied early)' : ''}; direct SQL,
no HTTP layer. Load average (1 min) ${loadStart.toFixed(1)} before.

| measure | value |
| --- | --- |
| customers called (claim + record + release) | ${cycles} in ${elapsed.toFixed(1)} s |
| throughput | ${(cycles / elapsed).toFixed(0)} calls/s |
| claim_next latency p50 / p95 / p99 | ${pct(50)} / ${pct(95)} / ${pct(99)} ms |
| overlapping leases in the lease log | ${overlaps} |
| records / distinct customers | ${recs.n} / ${recs.k} |`);
