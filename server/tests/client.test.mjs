// The extension's sync client (utils/core/sync, run with tsx: tests/sync-live/client-against-server.ts) against the
// real HTTP face and SQL: the GraphQL documents, reply schemas, lease keeper, outbox results and queue cache agree.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, it } from 'node:test';
import { loadQueue, startScratchCluster } from './helpers.mjs';
import { createApiRole, sign, spawnServer } from './gateway-helpers.mjs';

const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let cluster;
let admin;
let api;
before(async () => {
  cluster = await startScratchCluster();
  admin = await cluster.connect();
  await createApiRole(admin);
  api = spawnServer(cluster.host);
});
after(async () => {
  api?.child.kill('SIGKILL');
  await admin?.end();
  cluster?.stop();
});

it('claims, sees the other agent refused, renews, sends records with per-id results, releases, pulls the change', async () => {
  const base = await api.ready;
  await loadQueue(admin, ['live-a', 'live-b'], 'tl');
  const r = spawnSync(
    path.join(repo, 'node_modules', '.bin', 'tsx'),
    [path.join(repo, 'tests', 'sync-live', 'client-against-server.ts')],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        HUIFANG_BASE: base,
        HUIFANG_TOKEN_A: await sign({ tenant: 'tl', agent: 'wang', role: 'agent' }),
        HUIFANG_TOKEN_B: await sign({ tenant: 'tl', agent: 'li', role: 'agent' }),
      },
    },
  );
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), {
    firstCount: 2,
    claimed: [true, 'granted'],
    byB: [false, 'held-by-other', 'wang'],
    states: ['held', 'held', 'idle'],
    done: ['live-1'],
    rejected: ['live-bad'],
    again: ['duplicate'],
    deltaKeys: ['live-a'],
    cachedStatus: 'done',
    listed: ['live-b'],
  });
});
