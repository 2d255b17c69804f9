// Applies server/migrations/NNNN_name.sql in order, each in its own transaction, recorded with its SHA-256 in
// huifang_meta.migrations. An applied file that changed is refused (migrations are append-only).
// CLI: DATABASE_URL=postgres://… node src/migrate.mjs   (or the PG* variables libpq reads). Run it as the database
// owner or a superuser: migration 1 creates the roles huifang_owner and huifang_user and the btree_gist extension.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

/** The migration files, in order: [{ version, name, sql, sha256 }]. */
export function readMigrations(dir = migrationsDir) {
  const files = readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
  return files.map((file, i) => {
    const version = Number(file.slice(0, 4));
    if (version !== i + 1) throw new Error(`migrations: expected version ${i + 1}, found ${file}`);
    const sql = readFileSync(path.join(dir, file), 'utf8');
    return { version, name: file, sql, sha256: createHash('sha256').update(sql).digest('hex') };
  });
}

/** Applies what is missing; returns the names applied. `client` is a connected pg.Client. */
export async function migrate(client, migrations = readMigrations()) {
  await client.query('create schema if not exists huifang_meta');
  await client.query(`create table if not exists huifang_meta.migrations (
    version integer primary key, name text not null, sha256 text not null, applied_at timestamptz not null default now())`);
  // One migrator at a time (two servers starting together).
  await client.query('select pg_advisory_lock(7070160)');
  try {
    const { rows } = await client.query('select version, name, sha256 from huifang_meta.migrations order by version');
    const applied = new Map(rows.map((r) => [r.version, r]));
    const done = [];
    for (const m of migrations) {
      const seen = applied.get(m.version);
      if (seen) {
        if (seen.sha256 !== m.sha256) {
          throw new Error(`migrations: ${m.name} changed after it was applied (add a new migration instead)`);
        }
        continue;
      }
      await client.query('begin');
      try {
        await client.query(m.sql);
        await client.query('insert into huifang_meta.migrations (version, name, sha256) values ($1, $2, $3)', [
          m.version,
          m.name,
          m.sha256,
        ]);
        await client.query('commit');
      } catch (err) {
        await client.query('rollback');
        throw new Error(`migrations: ${m.name} failed: ${err.message}`, { cause: err });
      }
      done.push(m.name);
    }
    const extra = [...applied.keys()].filter((v) => v > migrations.length);
    if (extra.length) throw new Error(`migrations: the database has versions this code does not know: ${extra}`);
    return done;
  } finally {
    await client.query('select pg_advisory_unlock(7070160)');
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const client = new pg.Client(process.env.DATABASE_URL ? { connectionString: process.env.DATABASE_URL } : {});
  try {
    await client.connect();
    const done = await migrate(client);
    console.log(done.length ? `applied ${done.join(', ')}` : 'up to date');
  } catch (err) {
    console.error(err.message);
    process.exitCode = 1;
  } finally {
    await client.end();
  }
}
