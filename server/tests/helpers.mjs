// Shared by the SQL tests: a scratch cluster per file and calls made as an API request would make them (role
// huifang_user, JWT claims as transaction-local settings — what server/src/serve.mjs sets per request).
import { startScratchCluster } from '../src/scratch-cluster.mjs';

export { startScratchCluster };

/** Runs `sql` in one transaction as huifang_user with these claims ({tenant, agent, role}); returns the rows. */
export async function asUser(client, claims, sql, params = []) {
  await client.query('begin');
  try {
    await client.query(
      `select set_config('role', 'huifang_user', true), set_config('jwt.claims.tenant', $1, true),
        set_config('jwt.claims.agent', $2, true), set_config('jwt.claims.role', $3, true)`,
      [claims.tenant ?? '', claims.agent ?? '', claims.role ?? ''],
    );
    const { rows } = await client.query(sql, params);
    await client.query('commit');
    return rows;
  } catch (err) {
    await client.query('rollback');
    throw err;
  }
}

export const supervisor = (tenant = 't1') => ({ tenant, agent: 'boss', role: 'supervisor' });
export const agentOf = (agent, tenant = 't1') => ({ tenant, agent, role: 'agent' });

/** A callback record in the export shape (utils/core/schemas/callback-record.ts). */
export function makeRecord(over = {}) {
  return {
    id: 'r-1',
    customerKey: 'c-1',
    kind: 'hesitation-period',
    scriptId: null,
    scriptVersion: null,
    channel: 'phone',
    startedAt: '2026-11-10T02:00:00.000Z',
    endedAt: '2026-11-10T02:05:00.000Z',
    ringSeconds: 12,
    outcome: 'reached',
    callBackAt: null,
    answers: {},
    path: [],
    ticks: {},
    flags: [],
    satisfaction: null,
    notes: '',
    agent: 'a1',
    sourceUrl: 'https://crm.example.com/c/1',
    context: { name: '李伟' },
    dueAt: null,
    revision: 0,
    supersedes: null,
    recordedAt: '2026-11-10T02:05:01.000Z',
    ...over,
  };
}

/** Puts customers into tenant's queue as its supervisor. */
export async function loadQueue(client, keys, tenant = 't1', extra = {}) {
  await asUser(client, supervisor(tenant), `select huifang.upsert_customer(x) from jsonb_array_elements($1::jsonb) x`, [
    JSON.stringify(
      keys.map((k, i) => ({
        customerKey: k,
        name: `客户${i}`,
        dueAt: new Date(Date.UTC(2026, 10, 1, 0, i % 600)).toISOString(),
        ...extra,
      })),
    ),
  ]);
}
