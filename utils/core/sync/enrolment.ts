import { z } from 'zod';

/**
 * Logging in with an enrolment code (docs/team-sync.md, "Logging in"): the supervisor's one-time code is exchanged
 * once at the server's POST /auth/enrol for an access token and a session secret; POST /auth/refresh renews the
 * token; POST /auth/logout ends the session. The rules are the server's (server/migrations/0007_enrolment.sql);
 * this module checks what the agent typed and what the server answered. Transport injected (`fetch`), so it is pure.
 */

/** Crockford's alphabet as the server prints codes (server/migrations/0007_enrolment.sql, random_code). */
const codePattern = /^[0-9A-HJKMNP-TV-Z]{12}$/;

/** The code as the server reads it (case, spaces and dashes ignored; O→0, I/L→1), or null when it cannot be one. */
export function normaliseCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  return codePattern.test(code) ? `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}` : null;
}

const isoInstant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a date-time');

export const authReplySchema = z.object({
  accessToken: z.string().min(1).max(8000),
  expiresAt: isoInstant,
  sessionExpiresAt: isoInstant,
  tenant: z.string().min(1),
  agent: z.string().min(1),
  role: z.enum(['agent', 'supervisor', 'auditor']),
  /** Only in the reply to /auth/enrol: the session secret is sent once. */
  refreshToken: z.string().min(32).max(500).optional(),
});
export type AuthReply = z.infer<typeof authReplySchema>;

/** The server refused (a bad or used code, an ended session): logging in again is the way on, not retrying. */
export class AuthRefusal extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'AuthRefusal';
  }
}

export type AuthFetch = (url: string, init: RequestInit) => Promise<Response>;

/** One call to the server's /auth/*; throws AuthRefusal for a 4xx, a plain Error for anything else (retry later). */
export async function postAuth(
  fetchFn: AuthFetch,
  origin: string,
  endpoint: 'enrol' | 'refresh' | 'logout',
  body: Record<string, string>,
): Promise<AuthReply | null> {
  const res = await fetchFn(`${origin}/auth/${endpoint}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
    credentials: 'omit',
  });
  const json: unknown = (res.headers.get('content-type') ?? '').includes('json') ? await res.json() : null;
  if (!res.ok) {
    const error = z.object({ error: z.string() }).safeParse(json).data?.error ?? `HTTP ${res.status}`;
    if (res.status >= 400 && res.status < 500) throw new AuthRefusal(error, res.status);
    throw new Error(error);
  }
  if (endpoint === 'logout') return null;
  const reply = authReplySchema.safeParse(json);
  if (!reply.success) throw new Error(`the server's login reply is not understood: ${reply.error.issues[0]?.message}`);
  if (endpoint === 'enrol' && !reply.data.refreshToken) throw new Error('the server sent no session secret');
  return reply.data;
}

/** What the server's session list shows for this extension: the browser and system, no more. */
export function deviceLabel(userAgent: string): string {
  // Edge's string also says Chrome: the more specific name first.
  const browser = /(Edg)\/(\d+)/.exec(userAgent) ?? /(Firefox|Chrome)\/(\d+)/.exec(userAgent);
  const system = /Windows|Mac OS X|Linux|CrOS/.exec(userAgent)?.[0] ?? '';
  const name = browser ? `${browser[1] === 'Edg' ? 'Edge' : browser[1]} ${browser[2]}` : 'browser';
  return `回访助手 · ${name}${system ? ` · ${system.replace('Mac OS X', 'macOS')}` : ''}`;
}
