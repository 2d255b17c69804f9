// Run by server/tests/client.test.mjs (with tsx): the extension's sync client (utils/core/sync) against the real
// server. Env: HUIFANG_BASE (http://127.0.0.1:port), HUIFANG_TOKEN_A / _B (two agents of one tenant). Prints JSON.
import { createLeaseKeeper, type LeaseState } from '../../utils/core/sync/lease-keeper';
import { readResults, takeBatch, type OutboxEntry } from '../../utils/core/sync/outbox';
import { createSyncApi, type GraphqlPost } from '../../utils/core/sync/sync-api';
import { createTeamQueueSource, mergePull } from '../../utils/core/sync/team-queue-source';
import type { CallbackRecord } from '../../utils/core/schemas/callback-record';

const base = process.env.HUIFANG_BASE ?? '';
const poster =
  (token: string): GraphqlPost =>
  async (query, variables) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return res.json();
  };
const a = createSyncApi(poster(process.env.HUIFANG_TOKEN_A ?? ''));
const b = createSyncApi(poster(process.env.HUIFANG_TOKEN_B ?? ''));

const record = (id: string, customerKey: string): CallbackRecord => ({
  id,
  customerKey,
  kind: 'new-contract',
  scriptId: null,
  scriptVersion: null,
  channel: 'phone',
  startedAt: '2026-11-20T02:00:00.000Z',
  endedAt: '2026-11-20T02:04:00.000Z',
  ringSeconds: 10,
  outcome: 'reached',
  callBackAt: null,
  answers: {},
  path: [],
  ticks: {},
  flags: [],
  satisfaction: null,
  notes: '',
  agent: 'wang',
  sourceUrl: 'https://crm.example.com/c/1',
  context: {},
  dueAt: null,
  revision: 0,
  supersedes: null,
  recordedAt: '2026-11-20T02:04:01.000Z',
});

const states: LeaseState['kind'][] = [];
const keeper = createLeaseKeeper(a, { setInterval: () => 0, clearInterval: () => {} }, (s) => states.push(s.kind));
const first = await a.pullQueue(null);
const next = await a.claimNext();
const key = next.customerKey ?? '';
const byB = await b.claimCustomer(key);
await keeper.start(key);
await keeper.renew();
const seq = keeper.seq;
const outbox: OutboxEntry[] = [
  { recordId: 'live-1', leaseSeq: seq, tries: 0, notBefore: 0, rejected: null },
  { recordId: 'live-bad', leaseSeq: seq, tries: 0, notBefore: 0, rejected: null },
];
const batch = takeBatch(outbox, Date.now());
const bad = { ...record('live-bad', key), startedAt: 'not a time' };
const results = await a.submitRecords(
  batch.map((e) => ({ record: e.recordId === 'live-bad' ? bad : record(e.recordId, key), leaseSeq: e.leaseSeq })),
  [],
);
const again = await a.submitRecords([{ record: record('live-1', key), leaseSeq: seq }], []);
const outcome = readResults(batch, results);
await keeper.finish();
const delta = await b.pullQueue(first.checkpoint);
const cache = mergePull(mergePull(new Map(), first.items, true), delta.items, false);
const source = createTeamQueueSource(async () => [...cache.values()], 'li');
const listed = await source.list(new Date());
console.log(
  JSON.stringify({
    firstCount: first.items.length,
    claimed: [next.ok, next.reason],
    byB: [byB.ok, byB.reason, byB.leaseOwner],
    states,
    done: outcome.done,
    rejected: [...outcome.rejected.keys()],
    again: again.map((r) => r.status),
    deltaKeys: delta.items.map((i) => i.customerKey),
    cachedStatus: cache.get(key)?.status,
    listed: listed.map((e) => e.customerKey),
  }),
);
