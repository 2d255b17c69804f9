// A throwaway PostgreSQL 15 cluster in a temporary directory, listening on a unix socket only (no TCP port, so
// nothing else on the machine can reach it). Used by the SQL tests and `node src/scratch-cluster.mjs` (a dev server:
// prints how to connect, stops on Ctrl-C). As root it runs the server as the `postgres` user (initdb refuses root).
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { migrate } from './migrate.mjs';

const bin = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** Why no cluster can start here, or null. */
export function missingPostgres() {
  if (existsSync(path.join(bin, 'initdb'))) return null;
  return `PostgreSQL 15 is not installed (${bin}/initdb missing): sudo apt-get install -y postgresql-15`;
}

function asOwner(cmd, args) {
  const root = process.getuid?.() === 0;
  const [c, a] = root ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
  const r = spawnSync(c, a, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr || r.stdout}`);
  return r.stdout;
}

/** Starts a cluster with the migrations applied. Returns { host, database, connect(), stop() }. */
export async function startScratchCluster({ maxConnections = 120 } = {}) {
  const missing = missingPostgres();
  if (missing) throw new Error(missing);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'huifang-pg-'));
  if (process.getuid?.() === 0) {
    const { uid, gid } = {
      uid: Number(execFileSync('id', ['-u', 'postgres'])),
      gid: Number(execFileSync('id', ['-g', 'postgres'])),
    };
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  asOwner(path.join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--no-sync',
    '--locale=C.UTF-8',
  ]);
  const opts = `-k ${dir} -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=${maxConnections} -c shared_buffers=32MB`;
  asOwner(path.join(bin, 'pg_ctl'), ['-D', data, '-o', opts, '-l', path.join(dir, 'log'), '-w', 'start']);
  const cluster = {
    host: dir,
    database: 'postgres',
    connect: async (user = 'postgres') => {
      const client = new pg.Client({ host: dir, database: 'postgres', user });
      await client.connect();
      return client;
    },
    stop: () => {
      try {
        asOwner(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  const admin = await cluster.connect();
  try {
    await migrate(admin);
  } finally {
    await admin.end();
  }
  return cluster;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const c = await startScratchCluster();
  console.log(`PostgreSQL 15 on unix socket ${c.host} (database postgres, user postgres), migrations applied.`);
  console.log(`psql -h ${c.host} -U postgres postgres   — Ctrl-C stops and deletes it.`);
  process.on('SIGINT', () => {
    c.stop();
    process.exit(0);
  });
  setInterval(() => {}, 1 << 30);
}
