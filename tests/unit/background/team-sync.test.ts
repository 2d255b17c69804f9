import { createTeamSync } from '@/utils/background/team-sync';
import { finishCall } from '@/utils/db/callbacks';
import { makeDraft, openTestDb } from '../db/helpers';
import type { SyncConfig } from '@/utils/core/sync/sync-config';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const token = `${b64({ alg: 'HS256' })}.${b64({ sub: '王芳', tenant: 't1', role: 'agent', exp: 4_000_000_000 })}.sig`;
const server = 'http://127.0.0.1:8787';

function fakeApis(config: SyncConfig | undefined, { permitted = true, policy = {} } = {}) {
  const alarms = new Set<string>();
  const store: { teamSync?: SyncConfig } = config ? { teamSync: config } : {};
  return {
    alarms,
    store,
    apis: {
      storage: {
        local: {
          get: async () => ({ ...store }),
          set: async (items: Record<string, unknown>) => void Object.assign(store, items),
        },
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

describe('logging in with an enrolment code', () => {
  const at = (seconds: number) => Math.floor(Date.now() / 1000) + seconds;
  const tokenFor = (exp: number, iat = exp - 900) =>
    `${b64({ alg: 'HS256' })}.${b64({ sub: '吴敏', tenant: 't1', role: 'agent', exp, iat })}.sig`;
  type AuthCall = { url: string; body: Record<string, string> };
  function stubAuth(reply: (url: string, body: Record<string, string>) => [number, unknown]) {
    const calls: AuthCall[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as Record<string, string>;
      calls.push({ url, body });
      const [status, json] = reply(url, body);
      return new Response(JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } });
    });
    return calls;
  }
  const session = (token: string, refreshToken?: string) => ({
    accessToken: token,
    expiresAt: new Date(Date.now() + 900_000).toISOString(),
    sessionExpiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    tenant: 't1',
    agent: '吴敏',
    role: 'agent',
    ...(refreshToken ? { refreshToken } : {}),
  });
  const secret = 'a'.repeat(96);

  it('exchanges the typed code once, keeps token and secret, and starts syncing', async () => {
    const fresh = tokenFor(at(900));
    const calls = stubAuth((url) =>
      url.endsWith('/auth/enrol') ? [200, session(fresh, secret)] : [200, { data: { pullQueue: null } }],
    );
    const db = openTestDb();
    const { apis, store, alarms } = fakeApis(undefined);
    const sync = createTeamSync(db, apis, 'http://127.0.0.1:*');
    await sync.refresh();
    expect(calls).toEqual([]);
    await sync.enrol(server, 'k7qm 4xrt 9d2f', 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36');
    expect(calls[0]).toEqual({
      url: `${server}/auth/enrol`,
      body: { code: 'K7QM-4XRT-9D2F', device: '回访助手 · Chrome 131 · Linux' },
    });
    expect(store.teamSync).toEqual({ enabled: true, server, token: fresh, refreshToken: secret });
    expect(sync.forCalls.identity.value).toEqual({ server: '127.0.0.1:8787', agent: '吴敏' });
    expect(alarms.has('huifang-team-sync')).toBe(true);
  });

  it('refuses a mistyped code before sending anything, and says so when the server refuses it', async () => {
    const calls = stubAuth(() => [401, { error: 'the enrolment code is unknown, expired or already used' }]);
    const { apis, store } = fakeApis(undefined);
    const sync = createTeamSync(openTestDb(), apis, 'http://127.0.0.1:*');
    await sync.refresh();
    await expect(sync.enrol(server, 'K7QM-4XRT', '')).rejects.toThrow('enrolment-code-format');
    expect(calls).toEqual([]);
    await expect(sync.enrol('https://evil.example.com', 'K7QM-4XRT-9D2F', '')).rejects.toThrow('server-not-allowed');
    expect(calls).toEqual([]);
    await expect(sync.enrol(server, 'K7QM-4XRT-9D2F', '')).rejects.toThrow('enrol-refused');
    expect(store.teamSync).toBeUndefined();
  });

  it('sends nothing, not even the code, without the host permission or against a policy switch-off', async () => {
    const calls = stubAuth(() => [200, {}]);
    const denied = createTeamSync(openTestDb(), fakeApis(undefined, { permitted: false }).apis, 'http://127.0.0.1:*');
    await denied.refresh();
    await expect(denied.enrol(server, 'K7QM-4XRT-9D2F', '')).rejects.toThrow('no-permission');
    const off = createTeamSync(
      openTestDb(),
      fakeApis(undefined, { policy: { teamSyncEnabled: false } }).apis,
      'http://127.0.0.1:*',
    );
    await off.refresh();
    await expect(off.enrol(server, 'K7QM-4XRT-9D2F', '')).rejects.toThrow('policy-off');
    expect(calls).toEqual([]);
  });

  it('renews a token near its end from the secret, and not a fresh one', async () => {
    const renewed = tokenFor(at(900));
    const calls = stubAuth(() => [200, session(renewed)]);
    const { apis, store } = fakeApis({ enabled: true, server, token: tokenFor(at(800)), refreshToken: secret });
    const sync = createTeamSync(openTestDb(), apis, 'http://127.0.0.1:*');
    await sync.refresh();
    expect(calls).toEqual([]);
    store.teamSync = { ...store.teamSync!, token: tokenFor(at(120)) };
    await sync.refresh();
    expect(calls).toEqual([{ url: `${server}/auth/refresh`, body: { refreshToken: secret } }]);
    expect(store.teamSync.token).toBe(renewed);
    expect(sync.state.value.active).toBe(true);
  });

  it('an expired token with a live session is renewed before anything is sent; an ended session is dropped', async () => {
    let answer: [number, unknown] = [401, { error: 'the session has ended: log in again with a new enrolment code' }];
    const calls = stubAuth(() => answer);
    const { apis, store, alarms } = fakeApis({ enabled: true, server, token: tokenFor(at(-60)), refreshToken: secret });
    const sync = createTeamSync(openTestDb(), apis, 'http://127.0.0.1:*');
    await sync.refresh();
    expect(calls.map((c) => c.url)).toEqual([`${server}/auth/refresh`]);
    expect(store.teamSync).toMatchObject({ token: '', refreshToken: '' });
    expect(sync.state.value).toMatchObject({ active: false, problem: 'no-token' });
    expect(alarms.size).toBe(0);
    expect((await sync.status()).lastLogin?.error).toMatch(/log in again/);
    // The server unreachable: the session is kept and the alarm stays to renew it later.
    answer = [503, { error: 'down' }];
    store.teamSync = { enabled: true, server, token: tokenFor(at(-60)), refreshToken: secret };
    await sync.refresh();
    expect(store.teamSync.refreshToken).toBe(secret);
    expect(sync.state.value).toMatchObject({ active: false, problem: 'renewing' });
    expect(alarms.has('huifang-team-sync')).toBe(true);
  });

  it('logout drops token and secret, then ends the session on the server once; nothing after', async () => {
    const calls = stubAuth(() => [200, { ok: true }]);
    const { apis, store, alarms } = fakeApis({ enabled: true, server, token: tokenFor(at(900)), refreshToken: secret });
    const db = openTestDb();
    const sync = createTeamSync(db, apis, 'http://127.0.0.1:*');
    await sync.refresh();
    await sync.logout();
    expect(store.teamSync).toEqual({ enabled: false, server, token: '', refreshToken: '' });
    expect(calls).toEqual([{ url: `${server}/auth/logout`, body: { refreshToken: secret } }]);
    expect(alarms.size).toBe(0);
    await recordOne(db, 'after-logout', null);
    await sync.onAlarm();
    await sync.flush(true);
    expect(calls).toHaveLength(1);
  });
});
