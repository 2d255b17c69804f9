import { z } from '../zod';

/**
 * The agent's team-sync settings (storage.local key `teamSync`), off by default: nothing is sent until the agent (or
 * the company's managed policy) turns it on with a server and a login token (docs/team-sync.md, "The extension").
 */
export const syncConfigSchema = z.object({
  enabled: z.boolean(),
  /** The server's origin, e.g. https://huifang.corp.example.com (no path: the API is /graphql). */
  server: z.string().check(z.maxLength(300)),
  /** The bearer token the agent uses now (a JWT: sub, tenant, role, exp): from an enrolment code, or pasted. */
  token: z.string().check(z.maxLength(8000)),
  /**
   * The session secret an enrolment code was exchanged for (server POST /auth/enrol): renews `token` before it
   * expires. Absent when the agent pasted a token (it cannot be renewed) and after logout.
   */
  refreshToken: z.optional(z.string().check(z.maxLength(500))),
});
export type SyncConfig = z.infer<typeof syncConfigSchema>;
export const syncConfigDefaults: SyncConfig = { enabled: false, server: '', token: '' };
export const syncConfigKey = 'teamSync';

/**
 * The enterprise policy (the managed storage area, schema in public/managed-schema.json): when it names a server the
 * agent cannot change it; `teamSyncEnabled: false` turns sync off whatever the agent chose.
 */
export const managedPolicySchema = z.object({
  teamSyncServer: z.optional(z.string().check(z.maxLength(300))),
  teamSyncEnabled: z.optional(z.boolean()),
});
export type ManagedPolicy = z.infer<typeof managedPolicySchema>;

export const tokenClaimsSchema = z.object({
  sub: z.string().check(z.minLength(1), z.maxLength(200)),
  tenant: z.string().check(z.minLength(1), z.maxLength(200)),
  role: z.enum(['agent', 'supervisor', 'auditor']),
  exp: z.optional(z.number()),
  iat: z.optional(z.number()),
});
export type TokenClaims = z.infer<typeof tokenClaimsSchema>;

/** The claims a token carries, read without verifying it (the server verifies it; we only show who we are). */
export function readTokenClaims(token: string): TokenClaims | null {
  const part = token.trim().split('.')[1];
  if (!part) return null;
  try {
    const json = atob(
      part
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(part.length / 4) * 4, '='),
    );
    const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
    return tokenClaimsSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes))).data ?? null;
  } catch {
    return null;
  }
}

/** `https://host[:port]` of a URL the agent typed, or null when it is not an http(s) origin. */
export function originOf(server: string): string | null {
  try {
    const url = new URL(server.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) return null;
    return url.origin;
  } catch {
    return null;
  }
}

/**
 * Whether the build may reach this origin: the enterprise build names its server at build time (its CSP allows only
 * that origin); `http://127.0.0.1:*` allows any loopback port (the test build).
 */
export function buildAllows(buildOrigin: string, origin: string): boolean {
  if (!buildOrigin) return false;
  if (buildOrigin === origin) return true;
  const wildcard = /^(https?:\/\/[^:/]+):\*$/.exec(buildOrigin);
  return !!wildcard && (origin === wildcard[1] || origin.startsWith(`${wildcard[1]}:`));
}

export type SyncProblem =
  | 'build-without-sync'
  | 'off'
  | 'policy-off'
  | 'bad-server'
  | 'server-not-allowed'
  | 'no-token'
  | 'bad-token'
  | 'token-expired'
  | 'renewing';

/** What the background does with the settings: talk to `origin` as `claims`, or nothing, and why. */
export type EffectiveSync =
  | { active: true; origin: string; token: string; claims: TokenClaims; policyServer: boolean }
  | { active: false; problem: SyncProblem; policyServer: boolean };

export function effectiveSync(
  config: SyncConfig,
  policy: ManagedPolicy,
  buildOrigin: string,
  now: number,
): EffectiveSync {
  const policyServer = !!policy.teamSyncServer;
  const off = (problem: SyncProblem): EffectiveSync => ({ active: false, problem, policyServer });
  if (!buildOrigin) return off('build-without-sync');
  if (policy.teamSyncEnabled === false) return off('policy-off');
  if (!config.enabled && policy.teamSyncEnabled !== true) return off('off');
  const origin = originOf(policy.teamSyncServer ?? config.server);
  if (!origin) return off('bad-server');
  if (!buildAllows(buildOrigin, origin)) return off('server-not-allowed');
  const renewable = !!config.refreshToken?.trim();
  if (!config.token.trim()) return off(renewable ? 'renewing' : 'no-token');
  const claims = readTokenClaims(config.token);
  if (!claims) return off(renewable ? 'renewing' : 'bad-token');
  if (claims.exp !== undefined && claims.exp * 1000 <= now) return off(renewable ? 'renewing' : 'token-expired');
  return { active: true, origin, token: config.token.trim(), claims, policyServer };
}

/** How long before its expiry an access token is renewed: 5 minutes, or a third of a shorter token's life. */
export function renewMarginMs(claims: TokenClaims): number {
  const life = claims.exp !== undefined && claims.iat !== undefined ? (claims.exp - claims.iat) * 1000 : Infinity;
  return Math.min(5 * 60_000, life / 3);
}

/**
 * Whether to ask the server for a new access token now (POST /auth/refresh) and where: only when everything but the
 * token's age says "send" — a build with sync, no policy switch-off, sync on, the build's server, a session secret —
 * and the token is missing, unreadable, expired or near its end. Logout drops the secret, so nothing is renewed after.
 */
export function renewalDue(
  config: SyncConfig,
  policy: ManagedPolicy,
  buildOrigin: string,
  now: number,
): { origin: string; refreshToken: string } | null {
  const refreshToken = config.refreshToken?.trim();
  if (!buildOrigin || !refreshToken || policy.teamSyncEnabled === false) return null;
  if (!config.enabled && policy.teamSyncEnabled !== true) return null;
  const origin = originOf(policy.teamSyncServer ?? config.server);
  if (!origin || !buildAllows(buildOrigin, origin)) return null;
  const claims = readTokenClaims(config.token);
  if (claims?.exp !== undefined && claims.exp * 1000 - renewMarginMs(claims) > now) return null;
  if (claims && claims.exp === undefined) return null;
  return { origin, refreshToken };
}
