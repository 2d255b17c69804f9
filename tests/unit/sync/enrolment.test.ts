import { deviceLabel, normaliseCode, postAuth, AuthRefusal } from '@/utils/core/sync/enrolment';
import { effectiveSync, renewalDue, renewMarginMs, type SyncConfig } from '@/utils/core/sync/sync-config';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const tokenFor = (exp: number, iat = exp - 900) =>
  `${b64({ alg: 'HS256' })}.${b64({ sub: 'wu', tenant: 't1', role: 'agent', exp, iat })}.sig`;
const now = 1_800_000_000_000;
const sec = now / 1000;
const build = 'https://huifang.corp.example.com';
const base: SyncConfig = { enabled: true, server: build, token: tokenFor(sec + 900), refreshToken: 's'.repeat(96) };

describe('enrolment codes', () => {
  it('reads a code as the server does: case, spaces, dashes, O for 0, I and L for 1', () => {
    expect(normaliseCode('k7qm 4xrt 9d2f')).toBe('K7QM-4XRT-9D2F');
    expect(normaliseCode('K7QM-4XRT-9D2F')).toBe('K7QM-4XRT-9D2F');
    expect(normaliseCode('OOOO-IIII-LLLL')).toBe('0000-1111-1111');
    expect(normaliseCode('K7QM-4XRT')).toBeNull();
    expect(normaliseCode('K7QM-4XRT-9D2U')).toBeNull();
    expect(normaliseCode('')).toBeNull();
  });

  it('names the browser and system only', () => {
    expect(deviceLabel('Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0 Safari/537.36 Edg/131.0')).toBe(
      '回访助手 · Edge 131 · Windows',
    );
    expect(deviceLabel('')).toBe('回访助手 · browser');
  });

  it('a 4xx is a refusal (log in again), a 5xx or a strange reply is a fault (try later)', async () => {
    const reply = (status: number, body: unknown) => async () =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    await expect(postAuth(reply(401, { error: 'ended' }), build, 'refresh', {})).rejects.toBeInstanceOf(AuthRefusal);
    await expect(postAuth(reply(502, { error: 'bad gateway' }), build, 'refresh', {})).rejects.not.toBeInstanceOf(
      AuthRefusal,
    );
    await expect(postAuth(reply(200, { accessToken: 'x' }), build, 'refresh', {})).rejects.toThrow(/not understood/);
  });
});

describe('renewing the token', () => {
  it('five minutes before the end, or a third of a short token’s life', () => {
    expect(renewMarginMs({ sub: 'a', tenant: 't', role: 'agent', exp: 900, iat: 0 })).toBe(300_000);
    expect(renewMarginMs({ sub: 'a', tenant: 't', role: 'agent', exp: 120, iat: 0 })).toBe(40_000);
  });

  it('is due only near the end, with a session secret, and when everything else says send', () => {
    expect(renewalDue(base, {}, build, now)).toBeNull();
    const near = { ...base, token: tokenFor(sec + 200) };
    expect(renewalDue(near, {}, build, now)).toEqual({ origin: build, refreshToken: base.refreshToken });
    expect(renewalDue({ ...base, token: '' }, {}, build, now)).not.toBeNull();
    expect(renewalDue({ ...near, refreshToken: '' }, {}, build, now)).toBeNull();
    expect(renewalDue(near, { teamSyncEnabled: false }, build, now)).toBeNull();
    expect(renewalDue({ ...near, enabled: false }, {}, build, now)).toBeNull();
    expect(renewalDue(near, {}, '', now)).toBeNull();
    expect(renewalDue({ ...near, server: 'https://elsewhere.example.com' }, {}, build, now)).toBeNull();
  });

  it('an expired token with a session is "renewing", without one "expired"', () => {
    const expired = { ...base, token: tokenFor(sec - 10) };
    expect(effectiveSync(expired, {}, build, now)).toMatchObject({ active: false, problem: 'renewing' });
    expect(effectiveSync({ ...expired, refreshToken: undefined }, {}, build, now)).toMatchObject({
      problem: 'token-expired',
    });
  });
});
