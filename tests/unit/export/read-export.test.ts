import { readFileSync } from 'node:fs';
import { buildExportEnvelope, serializeExport } from '@/utils/core/export/write-export';
import { checkImportSize, readExport } from '@/utils/core/export/read-export';
import { noExportFilters } from '@/utils/core/export/envelope';
import { makeRecord } from '../db/helpers';

const now = new Date('2026-11-27T08:00:00Z');
const noWait = () => Promise.resolve();

function validText(n = 3) {
  const built = buildExportEnvelope({
    records: Array.from({ length: n }, (_, i) => makeRecord(i)),
    customers: [],
    agent: 'agent-li',
    filters: noExportFilters,
    now,
  });
  if (!built.ok) throw new Error('fixture invalid');
  return serializeExport(built.envelope);
}

describe('readExport: the whole file is checked before anything is written', () => {
  it('reads back what was written', async () => {
    const result = await readExport(await validText(), { yieldNow: noWait });
    expect(result.ok && result.envelope.records.map((r) => r.id)).toEqual([
      'rec-0000000',
      'rec-0000001',
      'rec-0000002',
    ]);
  });

  it.each([
    ['a truncated file', (t: string) => t.slice(0, t.length - 40), /ends too early/],
    ['a stray comma', (t: string) => t.replace('"records":[', '"records":[,'), /line 1, column \d+/],
  ])('reports %s with its position', async (_name, damage, message) => {
    const text = damage(await validText());
    const result = await readExport(text, { yieldNow: noWait });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.code).toBe('parse');
    expect(result.problems[0]?.position).toBeTypeOf('number');
    expect(result.problems[0]?.message).toMatch(message);
  });

  it.each([
    ['{"a":[,1]}', 6],
    ['{"a":1}}', 7],
    ['{"a":tru}', 8],
    ['[1,2', 4],
  ])('finds the position of the error in %s', async (text, position) => {
    const result = await readExport(text, { yieldNow: noWait });
    expect(!result.ok && result.problems[0]?.position).toBe(position);
  });

  it('gives line and column on a multi-line file', async () => {
    const result = await readExport('{\n  "format": "huifang-export",\n  "version": 2,,\n}', { yieldNow: noWait });
    expect(!result.ok && result.problems[0]).toMatchObject({ code: 'parse', line: 3, column: 16 });
  });

  it('names the JSON path of an invalid value', async () => {
    const text = (await validText()).replace('"startedAt":"2026-01-01T00:37:00.000Z"', '"startedAt":"yesterday"');
    const result = await readExport(text, { yieldNow: noWait });
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['records[1].startedAt']);
  });

  it('refuses a newer format version and says to update Huifang', async () => {
    const text = (await validText()).replace('"version":2', '"version":3');
    const result = await readExport(text, { yieldNow: noWait });
    expect(!result.ok && result.problems[0]).toMatchObject({ code: 'newer-version' });
    expect(!result.ok && result.problems[0]?.message).toMatch(/update Huifang/i);
  });

  it('migrates the frozen version-1 file, then validates it', async () => {
    const text = readFileSync('tests/unit/export/fixtures/export-v1.json', 'utf8');
    const result = await readExport(text, { yieldNow: noWait });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.envelope.records.map((r) => [r.id, r.revision, r.supersedes, r.dueAt])).toEqual([
      ['v1-rec-1', 0, null, null],
      ['v1-rec-2', 0, null, null],
      ['v1-rec-3', 0, null, null],
    ]);
    expect(result.envelope.records[0]?.recordedAt).toBe('2025-06-02T02:10:00.000Z');
    const c100 = result.envelope.customers.find((c) => c.key === 'crm:https://crm.example.com#C100');
    expect(c100).toMatchObject({
      customerId: 'C100',
      events: { signDate: '2025-05-30' },
      stats: { attempts: 2, lastOutcome: 'reached' },
    });
    expect(result.envelope.customers).toHaveLength(2);
  });

  it('names the path of a bad value inside an old-version file', async () => {
    const raw = JSON.parse(readFileSync('tests/unit/export/fixtures/export-v1.json', 'utf8'));
    raw.records[2].outcome = 'maybe';
    const result = await readExport(JSON.stringify(raw), { yieldNow: noWait });
    expect(!result.ok && result.problems[0]?.path).toBe('records[2].outcome');
  });

  it('rejects duplicate record ids and lists them', async () => {
    const built = buildExportEnvelope({
      records: [makeRecord(1), makeRecord(2), makeRecord(1), makeRecord(3), makeRecord(3)],
      customers: [],
      agent: 'a',
      filters: noExportFilters,
      now,
    });
    if (!built.ok) throw new Error('fixture invalid');
    const result = await readExport(await serializeExport(built.envelope), { yieldNow: noWait });
    expect(!result.ok && result.problems[0]).toMatchObject({
      code: 'duplicate-ids',
      ids: ['rec-0000001', 'rec-0000003'],
    });
  });

  it.each([
    ['not JSON at all', 'hello'],
    ['another JSON document', '{"records":[]}'],
  ])('refuses %s', async (_n, text) => {
    const result = await readExport(text, { yieldNow: noWait });
    expect(result.ok).toBe(false);
  });

  it('checks the size before reading', () => {
    expect(checkImportSize(600 * 1024 * 1024)?.code).toBe('too-large');
    expect(checkImportSize(10 * 1024 * 1024)).toBeNull();
  });

  it('stops when cancelled during validation', async () => {
    const controller = new AbortController();
    const result = await readExport(await validText(50), {
      chunkSize: 10,
      signal: controller.signal,
      yieldNow: noWait,
      onProgress: (p) => p.phase === 'validate' && p.done >= 20 && controller.abort(),
    });
    expect(!result.ok && result.problems[0]?.code).toBe('cancelled');
  });

  it('asks for the passphrase of an encrypted file and refuses a wrong one', async () => {
    const built = buildExportEnvelope({
      records: [makeRecord(1)],
      customers: [],
      agent: 'a',
      filters: noExportFilters,
      now,
    });
    if (!built.ok) throw new Error('fixture invalid');
    const sealed = await serializeExport(built.envelope, { passphrase: 'right' });
    expect((await readExport(sealed, { yieldNow: noWait })).ok).toBe(false);
    const wrong = await readExport(sealed, { passphrase: 'wrong', yieldNow: noWait });
    expect(!wrong.ok && wrong.problems[0]?.message).toBe('wrong passphrase or damaged file');
    const right = await readExport(sealed, { passphrase: 'right', yieldNow: noWait });
    expect(right.ok && right.encrypted && right.envelope.records[0]?.id).toBe('rec-0000001');
  });
});
