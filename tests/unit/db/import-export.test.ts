import { readFileSync } from 'node:fs';
import { exportRecords } from '@/utils/db/export-records';
import { importFile, importText } from '@/utils/db/import-records';
import { finishCall } from '@/utils/db/callbacks';
import { listAudit } from '@/utils/db/audit';
import type { HuifangDb } from '@/utils/db/app-db';
import { deriveCustomers } from '@/utils/core/export/migrate';
import { exportEnvelopeSchema } from '@/utils/core/export/envelope';
import { makeDraft, makeRecord, openTestDb, snapshot } from './helpers';

const now = new Date('2026-11-27T08:00:00.000Z');
const noWait = async () => {};
const opts = { agent: 'agent-li', now, yieldNow: noWait };

async function seed(db: HuifangDb, n: number) {
  const records = Array.from({ length: n }, (_, i) => makeRecord(i));
  await db.transaction('rw', db.callbacks, db.customers, async () => {
    await db.callbacks.bulkAdd(records);
    await db.customers.bulkAdd(deriveCustomers(records));
  });
  return records;
}

async function exportJson(db: HuifangDb, extra: Partial<Parameters<typeof exportRecords>[1]> = {}) {
  const result = await exportRecords(db, { format: 'json', ...opts, ...extra });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result;
}

describe('export → wipe → import round trip', () => {
  it('gives back identical records and customers for 10k generated records', async () => {
    const source = openTestDb();
    await seed(source, 10_000);
    const before = await snapshot(source);
    const progress: number[] = [];
    const file = await exportJson(source, { onProgress: (p) => p.phase === 'read' && progress.push(p.done) });
    expect(file.records).toBe(10_000);
    expect(progress.at(-1)).toBe(10_000);
    expect(progress.length).toBeGreaterThan(1);

    const target = openTestDb();
    const result = await importText(target, file.text, opts);
    expect(result).toMatchObject({ ok: true, report: { added: 10_000, identical: 0, conflicts: [] } });
    const after = await snapshot(target);
    expect(after.callbacks).toEqual(before.callbacks);
    expect(after.customers).toEqual(before.customers);
    // 10k rows through fake-indexeddb take several seconds, far more on a machine busy with other suites.
  }, 90_000);

  it('round-trips an encrypted export, and a wrong passphrase or a flipped byte imports nothing', async () => {
    const source = openTestDb();
    await seed(source, 20);
    const file = await exportJson(source, { passphrase: 'pass 1' });
    expect(file.text).not.toContain('rec-0000001');
    const target = openTestDb();
    const wrong = await importText(target, file.text, { ...opts, passphrase: 'pass 2' });
    expect(!wrong.ok && wrong.problems[0]?.message).toBe('wrong passphrase or damaged file');
    const sealed = JSON.parse(file.text);
    const ct: string = sealed.ciphertext;
    sealed.ciphertext = ct.slice(0, 100) + (ct[100] === 'A' ? 'B' : 'A') + ct.slice(101);
    const flipped = await importText(target, JSON.stringify(sealed), { ...opts, passphrase: 'pass 1' });
    expect(!flipped.ok && flipped.problems[0]?.message).toBe('wrong passphrase or damaged file');
    expect(await target.callbacks.count()).toBe(0);
    const right = await importText(target, file.text, { ...opts, passphrase: 'pass 1' });
    expect(right.ok && right.report.added).toBe(20);
  });
});

describe('import guarantees', () => {
  it('importing the same file twice changes nothing', async () => {
    const source = openTestDb();
    await seed(source, 50);
    const file = await exportJson(source);
    const target = openTestDb();
    await importText(target, file.text, opts);
    const once = await snapshot(target);
    const again = await importText(target, file.text, { ...opts, now: new Date('2026-11-28T00:00:00Z') });
    expect(again).toMatchObject({
      ok: true,
      report: { added: 0, identical: 50, conflicts: [], customersAdded: 0, customersUpdated: 0 },
    });
    expect(await snapshot(target)).toEqual(once);
  });

  it('reports records with the same id but different content, and keeps both versions', async () => {
    const target = openTestDb();
    await seed(target, 5);
    const mine = await target.callbacks.get('rec-0000002');
    const source = openTestDb();
    await seed(source, 8);
    const theirs = { ...makeRecord(2), notes: 'edited elsewhere' };
    await source.callbacks.put(theirs);
    const file = await exportJson(source);
    const result = await importText(target, file.text, opts);
    expect(result).toMatchObject({ ok: true, report: { added: 3, identical: 4, conflicts: ['rec-0000002'] } });
    const kept = await target.callbacks.get('rec-0000002');
    const aside = (await target.conflicts.where('recordId').equals('rec-0000002').toArray()).map((c) => c.record);
    expect([kept, ...aside]).toHaveLength(2);
    expect([kept, ...aside]).toEqual(expect.arrayContaining([mine, theirs]));
  });

  it('gives the same records whatever order two conflicting files are imported in', async () => {
    const a = openTestDb();
    await seed(a, 6);
    await a.callbacks.put({ ...makeRecord(1), outcome: 'busy', notes: 'A' });
    const b = openTestDb();
    await seed(b, 6);
    await b.callbacks.put({ ...makeRecord(1), notes: 'B', revision: 0 });
    await b.callbacks.put({ ...makeRecord(3), notes: 'B3' });
    const fileA = (await exportJson(a)).text;
    const fileB = (await exportJson(b)).text;
    const ab = openTestDb();
    const ba = openTestDb();
    for (const [db, files] of [
      [ab, [fileA, fileB]],
      [ba, [fileB, fileA]],
    ] as const) {
      for (const text of files) expect((await importText(db, text, opts)).ok).toBe(true);
    }
    const rows = async (db: HuifangDb) => ({
      callbacks: await db.callbacks.orderBy('id').toArray(),
      conflicts: (await db.conflicts.orderBy('key').toArray()).map((c) => c.record),
    });
    expect(await rows(ab)).toEqual(await rows(ba));
    expect((await rows(ab)).conflicts.map((r) => r.id)).toEqual(['rec-0000001', 'rec-0000003']);
  });

  it('writes nothing when any record in the file is invalid, and names it', async () => {
    const source = openTestDb();
    await seed(source, 30);
    const file = await exportJson(source);
    const envelope = JSON.parse(file.text);
    envelope.records[12].startedAt = '2026-13-45';
    const target = openTestDb();
    await seed(target, 2);
    const before = await snapshot(target);
    const result = await importText(target, JSON.stringify(envelope), opts);
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['records[12].startedAt']);
    expect(await snapshot(target)).toEqual(before);
  });

  it('rejects duplicate ids inside one file and lists them; nothing written', async () => {
    const source = openTestDb();
    await seed(source, 4);
    const envelope = JSON.parse((await exportJson(source)).text);
    envelope.records.push(envelope.records[1], envelope.records[3]);
    const target = openTestDb();
    const result = await importText(target, JSON.stringify(envelope), opts);
    expect(!result.ok && result.problems[0]).toMatchObject({
      code: 'duplicate-ids',
      ids: ['rec-0000001', 'rec-0000003'],
    });
    expect(await target.callbacks.count()).toBe(0);
  });

  it('leaves the database unchanged when the import is cancelled while writing', async () => {
    const source = openTestDb();
    await seed(source, 3000);
    const file = await exportJson(source);
    const target = openTestDb();
    await seed(target, 3);
    const before = await snapshot(target);
    const controller = new AbortController();
    const result = await importText(target, file.text, {
      ...opts,
      chunkSize: 500,
      signal: controller.signal,
      onProgress: (p) => p.phase === 'write' && p.done >= 1000 && controller.abort(),
    });
    expect(!result.ok && result.problems[0]?.code).toBe('cancelled');
    expect(await snapshot(target)).toEqual(before);
  });

  it('previews an import (dry run) without writing, and reports progress while importing', async () => {
    const source = openTestDb();
    await seed(source, 1200);
    const file = await exportJson(source);
    const target = openTestDb();
    const preview = await importText(target, file.text, { ...opts, dryRun: true });
    expect(preview).toMatchObject({ ok: true, report: { added: 1200, identical: 0 } });
    expect(await target.callbacks.count()).toBe(0);
    const phases = new Set<string>();
    await importText(target, file.text, { ...opts, chunkSize: 500, onProgress: (p) => phases.add(p.phase) });
    expect([...phases]).toEqual(['parse', 'validate', 'write']);
    expect(await target.callbacks.count()).toBe(1200);
  });

  it('checks the size before reading a very large file', async () => {
    const target = openTestDb();
    let read = false;
    const file = { size: 700 * 1024 * 1024, text: async () => ((read = true), '{}') };
    const result = await importFile(target, file, opts);
    expect(!result.ok && result.problems[0]?.code).toBe('too-large');
    expect(read).toBe(false);
  });

  it('refuses a newer format with "update Huifang", and imports the frozen version-1 file', async () => {
    const target = openTestDb();
    const text = readFileSync('tests/unit/export/fixtures/export-v1.json', 'utf8');
    const newer = await importText(target, text.replace('"version": 1', '"version": 9'), opts);
    expect(!newer.ok && newer.problems[0]?.message).toMatch(/update Huifang/i);
    expect(await target.callbacks.count()).toBe(0);
    const older = await importText(target, text, opts);
    expect(older).toMatchObject({ ok: true, report: { added: 3, migratedFrom: 1, customersAdded: 2 } });
    expect((await target.customers.get('crm:https://crm.example.com#C100'))?.stats.attempts).toBe(2);
  });

  it('merges imported records into an existing customer’s totals and audits the import without personal data', async () => {
    const target = openTestDb();
    await finishCall(target, makeDraft('crm:https://crm.example.com#C1', 'local-1', { outcome: 'busy' }), {
      endedAt: null,
      now,
    });
    const source = openTestDb();
    await seed(source, 997 + 2);
    const result = await importText(target, (await exportJson(source)).text, opts);
    expect(result.ok).toBe(true);
    const c1 = await target.customers.get('crm:https://crm.example.com#C1');
    expect(c1?.stats.attempts).toBe(3);
    const [entry] = await listAudit(target);
    expect(entry).toMatchObject({ action: 'import', counts: { added: 999 } });
    expect(JSON.stringify(entry)).not.toMatch(/客户|1380013/);
  });
});

describe('export', () => {
  it('applies filters and writes a safe CSV, and logs the export', async () => {
    const db = openTestDb();
    await seed(db, 100);
    const result = await exportRecords(db, {
      format: 'csv',
      lang: 'en',
      filters: { outcomes: ['reached'], agents: ['agent-li'] },
      ...opts,
    });
    if (!result.ok) throw new Error('export failed');
    const lines = result.text.split('\r\n').filter(Boolean);
    expect(result.records).toBe(10);
    expect(lines).toHaveLength(11);
    expect(result.text.startsWith('\uFEFF')).toBe(true);
    expect(result.fileName).toMatch(/\.csv$/);
    expect((await listAudit(db))[0]).toMatchObject({ action: 'export', counts: { records: 10 } });
  });

  it('writes the same file whatever the chunk size, filters emptying whole chunks included', async () => {
    const db = openTestDb();
    await seed(db, 120);
    const filters = { kinds: ['continuous' as const], from: '2026-01-01T10:00:00.000Z' };
    const escalations = [{ id: 'e1' }];
    const one = await exportJson(db, { filters, escalations, chunkSize: 1000 });
    for (const chunkSize of [1, 7, 119, 120]) {
      expect((await exportJson(db, { filters, escalations, chunkSize })).text).toBe(one.text);
    }
    const file = JSON.parse(one.text);
    expect(exportEnvelopeSchema.safeParse(file).success).toBe(true);
    expect(file.escalations).toEqual(escalations);
    expect(file.records.map((r: { id: string }) => r.id)).toEqual(
      (await db.callbacks.toArray())
        .filter((r) => r.kind === 'continuous' && r.startedAt >= '2026-01-01T10:00:00.000Z')
        .map((r) => r.id),
    );
    expect(one.customers).toBe(new Set(file.records.map((r: { customerKey: string }) => r.customerKey)).size);
    const csvSmall = await exportRecords(db, { format: 'csv', ...opts, chunkSize: 7 });
    const csvBig = await exportRecords(db, { format: 'csv', ...opts });
    expect(csvSmall.ok && csvBig.ok && csvSmall.text === csvBig.text).toBe(true);
  });

  it('exports a row the schema accepts after dropping a key it does not know, without that key', async () => {
    const db = openTestDb();
    await seed(db, 3);
    await db.callbacks.put({ ...makeRecord(1), leftover: 'x' } as never);
    const file = JSON.parse((await exportJson(db)).text);
    expect(file.records[1]).toEqual(makeRecord(1));
    expect(file.records[1]).not.toHaveProperty('leftover');
  });

  it('stops at 50 problems, and a cancel between chunks writes nothing', async () => {
    const db = openTestDb();
    await seed(db, 200);
    await db.callbacks.bulkPut(Array.from({ length: 80 }, (_, i) => ({ ...makeRecord(i), outcome: 'lost' as never })));
    const bad = await exportRecords(db, { format: 'json', ...opts, chunkSize: 10 });
    expect(!bad.ok && bad.problems.length).toBe(50);
    const fine = openTestDb();
    await seed(fine, 50);
    const controller = new AbortController();
    const result = await exportRecords(fine, {
      format: 'json',
      ...opts,
      chunkSize: 10,
      signal: controller.signal,
      onProgress: (p) => p.done >= 20 && controller.abort(),
    });
    expect(!result.ok && result.problems[0]?.code).toBe('cancelled');
    expect(await listAudit(fine)).toEqual([]);
  });

  it('refuses to write a file holding a row that does not validate', async () => {
    const db = openTestDb();
    await seed(db, 3);
    await db.callbacks.put({ ...makeRecord(1), outcome: 'lost' as never });
    const result = await exportRecords(db, { format: 'json', ...opts });
    expect(!result.ok && result.problems[0]?.path).toMatch(/^records\[id=rec-0000001\]\.outcome$/);
  });
});
