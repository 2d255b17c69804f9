import { createTeamSync } from '@/utils/background/team-sync';
import { finishCall } from '@/utils/db/callbacks';
import { makeDraft, openTestDb } from '../db/helpers';
import type { SyncConfig } from '@/utils/core/sync/sync-config';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const token = `${b64({ alg: 'HS256' })}.${b64({ sub: '王芳', tenant: 't1', role: 'agent', exp: 4_000_000_000 })}.sig`;
const server = 'http://127.0.0.1:8787';

function fakeApis(config: SyncConfig | undefined, { permitted = true, policy = {} } = {}) {
  const alarms = new Set<string>();
  return {
    alarms,
    apis: {
      storage: {
        local: { get: async () => (config ? { teamSync: config } : {}) },
        managed: { get: async () => policy },
      },
      permissions: { contains: async () => permitted },
      alarms: {
        create: async (name: string) => void alarms.add(name),
        clear: async (name: string) => alarms.delete(name),
      },
    },
  };
}

type Reply = (query: string, variables: Record<string, unknown>) => unknown;
function stubServer(reply: Reply) {
  const calls: { url: string; query: string; variables: Record<string, unknown>; auth: string | null }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
    calls.push({ url, ...body, auth: new Headers(init.headers).get('authorization') });
    return new Response(JSON.stringify(reply(body.query, body.variables)), {
      headers: { 'content-type': 'application/json' },
    });
  });
  return calls;
}

async function recordOne(db: ReturnType<typeof openTestDb>, id: string, leaseSeq: number | null) {
  const draft = makeDraft(`crm:https://crm.example.com#${id}`, id, { outcome: 'reached' });
  await finishCall(db, draft, { endedAt: new Date(), now: new Date(), sync: { leaseSeq } });
}

afterEach(() => vi.unstubAllGlobals());

describe('team sync in the background', () => {
  it.each([
    ['off (the default)', undefined, true],
    ['on but without the host permission', { enabled: true, server, token }, false],
    ['on with a server this build may not reach', { enabled: true, server: 'https://evil.example.com', token }, true],
  ])('sends nothing and sets no alarm when %s', async (_, config, permitted) => {
    const calls = stubServer(() => ({}));
    const db = openTestDb();
    const { apis, alarms } = fakeApis(config, { permitted });
    const sync = createTeamSync(db, apis, 'http://127.0.0.1:*');
    await sync.refresh();
    await recordOne(db, 'r1', null);
    await sync.flush(true);
    await sync.pull();
    await sync.onAlarm();
    expect(calls).toEqual([]);
    expect(alarms.size).toBe(0);
    expect(sync.syncFor('x')).toBeUndefined();
    expect(sync.forCalls.identity.value).toBeNull();
  });

  it('sends the outbox with the token and the lease, marks what the server stored, and pulls from its checkpoint', async () => {
    const calls = stubServer((query, variables) => {
      if (query.includes('submitRecords')) {
        const records = variables.records as { record: { id: string } }[];
        return {
          data: {
            submitRecords: {
              result: records.map((r) => ({
                rowId: r.record.id,
                status: 'inserted',
                reason: null,
                leaseFlag: r.record.id === 'r2' ? 'no-lease' : null,
              })),
            },
          },
        };
      }
      return {
        data: {
          pullQueue: {
            checkpoint: '42',
            serverNow: '2026-11-29T03:00:00Z',
            full: variables.checkpoint === null,
            items: [],
          },
        },
      };
    });
    const db = openTestDb();
    const { apis, alarms } = fakeApis({ enabled: true, server, token });
    const sync = createTeamSync(db, apis, 'http://127.0.0.1:*');
    await sync.refresh();
    expect(alarms.has('huifang-team-sync')).toBe(true);
    expect(sync.forCalls.identity.value).toEqual({ server: '127.0.0.1:8787', agent: '王芳' });
    await recordOne(db, 'r1', 3);
    await recordOne(db, 'r2', null);
    await sync.flush();
    expect(calls[0]).toMatchObject({ url: `${server}/graphql`, auth: `Bearer ${token}` });
    expect((calls[0]?.variables.records as { leaseSeq: number | null }[]).map((r) => r.leaseSeq)).toEqual([3, null]);
    expect((await db.outbox.toArray()).map((r) => [r.recordId, r.state, r.leaseFlag])).toEqual([
      ['r1', 'sent', null],
      ['r2', 'sent', 'no-lease'],
    ]);
    await sync.pull();
    await sync.pull();
    expect(calls.filter((c) => c.query.includes('pullQueue')).map((c) => c.variables.checkpoint)).toEqual([null, '42']);
  });

  it('keeps the records when the server cannot be reached, retries after the backoff, and at once when asked', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const db = openTestDb();
    const { apis } = fakeApis({ enabled: true, server, token });
    const sync = createTeamSync(db, apis, 'http://127.0.0.1:*');
    await sync.refresh();
    await recordOne(db, 'r1', null);
    await sync.flush();
    const [row] = await db.outbox.toArray();
    expect(row).toMatchObject({ state: 'pending', tries: 1 });
    expect(row!.notBefore).toBeGreaterThan(Date.now());
    expect((await sync.status()).lastFlush?.error).toMatch(/Failed to fetch/);

    const calls = stubServer((_, variables) => ({
      data: {
        submitRecords: {
          result: (variables.records as { record: { id: string } }[]).map((r) => ({
            rowId: r.record.id,
            status: 'duplicate',
            reason: null,
            leaseFlag: null,
          })),
        },
      },
    }));
    await sync.flush();
    expect(calls).toHaveLength(0);
    await sync.flush(true);
    expect(calls).toHaveLength(1);
    expect((await db.outbox.toArray())[0]?.state).toBe('sent');
  });
});
