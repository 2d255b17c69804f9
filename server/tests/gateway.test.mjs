// The HTTP face (server/src/serve.mjs, PostGraphile 5 on Node 22) over a scratch cluster: tokens are verified, the
// claims reach row-level security, and killing the API in the middle of a stream of batches loses or doubles nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadQueue, makeRecord, startScratchCluster } from './helpers.mjs';
import { createApiRole, gql, sign, spawnServer } from './gateway-helpers.mjs';

let cluster;
let admin;
let api;
let base;
before(async () => {
  cluster = await startScratchCluster();
  admin = await cluster.connect();
  await createApiRole(admin);
  api = spawnServer(cluster.host);
  base = await api.ready;
});
after(async () => {
  api?.child.kill('SIGKILL');
  await admin?.end();
  cluster?.stop();
});

const submitMutation = `mutation($records: JSON!) {
  submitRecords(input: { records: $records }) { result { rowId status reason leaseFlag } }
}`;
const claimMutation = `mutation { claimNext(input: {}) { result { ok reason customerKey leaseOwner leaseSeq leaseUntil } } }`;

describe('tokens', () => {
  it('refuses a request without a token, with a bad signature, a wrong audience or an expired token', async () => {
    assert.equal((await gql(base, null, claimMutation)).status, 401);
    const claims = { tenant: 't1', agent: 'wang', role: 'agent' };
    assert.equal(
      (await gql(base, await sign(claims, { key: 'another-secret-of-at-least-32-bytes!!' }), claimMutation)).status,
      401,
    );
    assert.equal((await gql(base, await sign(claims, { audience: 'other' }), claimMutation)).status, 401);
    const expired = await gql(base, await sign(claims, { expiresIn: '-5m' }), claimMutation);
    assert.equal(expired.status, 401);
    assert.match(expired.body.errors[0].message, /invalid token/);
    const noRole = await gql(base, await sign({ tenant: 't1', agent: 'wang', role: 'admin' }), claimMutation);
    assert.equal(noRole.status, 401);
  });

  it('passes the claims to PostgreSQL: an agent claims from their tenant’s queue, reads only their tenant', async () => {
    await loadQueue(admin, ['g-1'], 'tg');
    await loadQueue(admin, ['h-1'], 'th');
    const token = await sign({ tenant: 'tg', agent: 'wang', role: 'agent' });
    const r = await gql(base, token, claimMutation);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual(
      [
        r.body.data.claimNext.result.ok,
        r.body.data.claimNext.result.customerKey,
        r.body.data.claimNext.result.leaseOwner,
      ],
      [true, 'g-1', 'wang'],
    );
    const q = await gql(base, token, `{ allQueueItems { nodes { customerKey } } }`);
    assert.deepEqual(q.body.data.allQueueItems.nodes, [{ customerKey: 'g-1' }]);
    const denied = await gql(
      base,
      token,
      `mutation { upsertCustomer(input: { item: { customerKey: "x" } }) { clientMutationId } }`,
    );
    assert.match(denied.body.errors[0].message, /role agent may not/);
  });
});

const auth = async (endpoint, body) => {
  const res = await fetch(`${base}/auth/${endpoint}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
};

describe('logging in with an enrolment code', () => {
  it('a supervisor’s code becomes a session whose access token works, renews, and stops at logout', async () => {
    const boss = await sign({ tenant: 'te', agent: 'boss', role: 'supervisor' });
    const issued = await gql(
      base,
      boss,
      'mutation { issueEnrolmentCode(input: { agent: "吴敏" }) { result { code expiresAt } } }',
    );
    assert.equal(issued.body.errors, undefined, JSON.stringify(issued.body.errors));
    const { code } = issued.body.data.issueEnrolmentCode.result;
    assert.equal((await auth('enrol', { code: 'AAAA-BBBB-CCCC' })).status, 401);
    assert.equal((await auth('enrol', {})).status, 400);
    const login = await auth('enrol', { code, device: 'e2e' });
    assert.equal(login.status, 200, JSON.stringify(login.body));
    assert.deepEqual([login.body.tenant, login.body.agent, login.body.role], ['te', '吴敏', 'agent']);
    const minutes = (Date.parse(login.body.expiresAt) - Date.now()) / 60_000;
    assert.ok(minutes > 14 && minutes <= 15, `a 15-minute access token, was ${minutes}`);
    assert.equal((await auth('enrol', { code })).status, 401, 'a code is used once');

    // The access token is an ordinary bearer token for the API; the claims are the session's.
    const claim = await gql(base, login.body.accessToken, claimMutation);
    assert.equal(claim.status, 200);
    assert.equal(claim.body.data.claimNext.result.reason, 'empty');
    const renewed = await auth('refresh', { refreshToken: login.body.refreshToken });
    assert.equal(renewed.status, 200);
    assert.equal(renewed.body.agent, '吴敏');
    assert.equal(renewed.body.refreshToken, undefined, 'the refresh secret is not sent again');
    assert.equal((await gql(base, renewed.body.accessToken, claimMutation)).status, 200);

    assert.equal((await auth('logout', { refreshToken: login.body.refreshToken })).status, 200);
    const after = await auth('refresh', { refreshToken: login.body.refreshToken });
    assert.equal(after.status, 401);
    assert.match(after.body.error, /log in again/);
    assert.equal((await fetch(`${base}/auth/enrol`)).status, 405);
  });
});

describe('the API killed mid-batch', () => {
  it('every record stored exactly once after the client resends what was not acknowledged', async () => {
    const token = await sign({ tenant: 'tk', agent: 'zhang', role: 'agent' });
    const batches = Array.from({ length: 40 }, (_, b) =>
      Array.from({ length: 50 }, (_, i) => ({
        record: makeRecord({ id: `kill-${b}-${i}`, customerKey: `k-${b}`, agent: 'zhang', outcome: 'no-answer' }),
        leaseSeq: null,
      })),
    );
    const acknowledged = new Set();
    const send = async (b) => {
      const r = await gql(base, token, submitMutation, { records: batches[b] });
      if (r.status !== 200 || r.body.errors) throw new Error(JSON.stringify(r.body.errors ?? r.status));
      for (const x of r.body.data.submitRecords.result) assert.notEqual(x.status, 'rejected', x.reason);
      acknowledged.add(b);
    };
    // Batches go out four at a time; the server is killed once a few have been answered.
    const inflight = [];
    let killed = false;
    const errors = [];
    for (let b = 0; b < batches.length; b++) {
      inflight.push(send(b).catch((e) => errors.push(e)));
      if (b % 4 === 3) await Promise.all(inflight.splice(0));
      if (!killed && acknowledged.size >= 8) {
        inflight.push(send(b + 1).catch(() => {}));
        api.child.kill('SIGKILL');
        killed = true;
        await Promise.all(inflight.splice(0));
        break;
      }
    }
    assert.equal(killed, true, errors.join('\n'));
    const port = Number(new URL(base).port);
    api = spawnServer(cluster.host, port);
    base = await api.ready;
    // The outbox resends every batch it has no answer for; ids make the resends harmless.
    const results = [];
    for (let b = 0; b < batches.length; b++) {
      if (acknowledged.has(b)) continue;
      const r = await gql(base, token, submitMutation, { records: batches[b] });
      results.push(...r.body.data.submitRecords.result);
    }
    assert.ok(results.every((x) => x.status === 'inserted' || x.status === 'duplicate'));
    const { rows } = await admin.query(`select count(*)::int as n, count(distinct id)::int as d
      from huifang.call_record where tenant = 'tk'`);
    assert.deepEqual(rows[0], { n: 2000, d: 2000 });
  });
});
