import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeEnvelope, serializeExport } from '@/utils/core/export/write-export';
import { noExportFilters } from '@/utils/core/export/envelope';
import { makeRecord } from '../db/helpers';

function run(...args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['cli/check-export.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('check-export CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'huifang-check-'));

  it('accepts a valid (older) file and prints a summary on stdout', () => {
    const r = run('tests/unit/export/fixtures/export-v1.json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ ok: true, migratedFrom: 1, records: 3, customers: 2 });
  });

  it('exits 1 naming the bad path', () => {
    const raw = JSON.parse(readFileSync('tests/unit/export/fixtures/export-v1.json', 'utf8'));
    raw.records[1].startedAt = 'soon';
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(raw));
    const r = run(file);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('records[1].startedAt');
  });

  // Three PBKDF2 derivations at 600k iterations (the floor, docs/data.md) and two CLI starts: seconds when the machine is
  // idle, far more when it is shared; the generous limit keeps the result a matter of behaviour, not of speed.
  it('opens an encrypted file with --passphrase and refuses a wrong one', { timeout: 180_000 }, async () => {
    const envelope = makeEnvelope({
      records: [makeRecord(1)],
      customers: [],
      agent: 'a',
      filters: noExportFilters,
      now: new Date('2026-11-27T00:00:00Z'),
    });
    const file = join(dir, 'sealed.json');
    writeFileSync(file, await serializeExport(envelope, { passphrase: 'p1' }));
    expect(run(file, '--passphrase', 'p1').code).toBe(0);
    const wrong = run(file, '--passphrase', 'p2');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('wrong passphrase or damaged file');
  });
});
