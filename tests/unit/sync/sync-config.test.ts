import {
  buildAllows,
  effectiveSync,
  originOf,
  readTokenClaims,
  syncConfigDefaults,
  type SyncConfig,
} from '@/utils/core/sync/sync-config';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const token = (claims: object) => `${b64({ alg: 'HS256' })}.${b64(claims)}.signature`;
const wang = token({ sub: '王芳', tenant: 't1', role: 'agent', exp: 2_000_000_000 });
const now = Date.parse('2026-11-29T03:00:00Z');
const on = (over: Partial<SyncConfig> = {}): SyncConfig => ({
  enabled: true,
  server: 'https://sync.corp.example.com',
  token: wang,
  ...over,
});

describe('team sync settings', () => {
  it('reads the claims of a token, Chinese names included, and refuses what is not a token', () => {
    expect(readTokenClaims(wang)).toEqual({ sub: '王芳', tenant: 't1', role: 'agent', exp: 2_000_000_000 });
    expect(readTokenClaims('not-a-token')).toBeNull();
    expect(readTokenClaims(token({ sub: 'x', tenant: 't1', role: 'admin' }))).toBeNull();
  });

  it.each([
    ['https://sync.corp.example.com', 'https://sync.corp.example.com'],
    ['https://sync.corp.example.com/', 'https://sync.corp.example.com'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['https://sync.corp.example.com/graphql', null],
    ['ftp://x', null],
    ['sync.corp.example.com', null],
  ])('origin of %s is %s', (input, origin) => expect(originOf(input)).toBe(origin));

  it.each([
    ['', 'https://a.example.com', false],
    ['https://a.example.com', 'https://a.example.com', true],
    ['https://a.example.com', 'https://b.example.com', false],
    ['http://127.0.0.1:*', 'http://127.0.0.1:40123', true],
    ['http://127.0.0.1:*', 'http://127.0.0.10:80', false],
  ])('a build for %s reaches %s: %s', (build, origin, allowed) => expect(buildAllows(build, origin)).toBe(allowed));

  it('is off by default, in a build without sync, and when the policy says so', () => {
    const build = 'https://sync.corp.example.com';
    expect(effectiveSync(syncConfigDefaults, {}, build, now)).toMatchObject({ active: false, problem: 'off' });
    expect(effectiveSync(on(), {}, '', now)).toMatchObject({ active: false, problem: 'build-without-sync' });
    expect(effectiveSync(on(), { teamSyncEnabled: false }, build, now)).toMatchObject({
      active: false,
      problem: 'policy-off',
    });
  });

  it('is on with a server the build allows and a live token; the policy server wins over the typed one', () => {
    const build = 'https://sync.corp.example.com';
    expect(effectiveSync(on(), {}, build, now)).toMatchObject({
      active: true,
      origin: build,
      claims: { sub: '王芳' },
      policyServer: false,
    });
    const policy = { teamSyncServer: build, teamSyncEnabled: true };
    expect(effectiveSync(on({ enabled: false, server: 'https://evil.example.com' }), policy, build, now)).toMatchObject(
      { active: true, origin: build, policyServer: true },
    );
  });

  it.each([
    [on({ server: 'https://other.example.com' }), 'server-not-allowed'],
    [on({ server: 'nonsense' }), 'bad-server'],
    [on({ token: '' }), 'no-token'],
    [on({ token: 'abc' }), 'bad-token'],
    [on({ token: token({ sub: 'a', tenant: 't', role: 'agent', exp: 1 }) }), 'token-expired'],
  ])('names what is wrong (%#)', (config, problem) =>
    expect(effectiveSync(config, {}, 'https://sync.corp.example.com', now)).toMatchObject({ active: false, problem }),
  );
});
