import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeEnvelope, noExportFilters } from '@/utils/core/export';
import { agentA, agentB, agentC, customers, escalations } from './october-scenario';

const dir = mkdtempSync(join(tmpdir(), 'huifang-report-'));
function writeExport(
  name: string,
  agent: string,
  body: Parameters<typeof makeEnvelope>[0]['records'],
  extra: Partial<Parameters<typeof makeEnvelope>[0]> = {},
) {
  const path = join(dir, name);
  const envelope = makeEnvelope({
    records: body,
    customers: [],
    agent,
    filters: noExportFilters,
    now: new Date('2025-11-02T00:00:00Z'),
    ...extra,
  });
  writeFileSync(path, JSON.stringify(envelope));
  return path;
}
const fileA = writeExport('a.json', 'A', agentA, { escalations: [...escalations, { id: 'junk' }] });
const fileB = writeExport('b.json', 'B', agentB, { customers });
const fileC = writeExport('c.json', 'C', agentC);

function runReport(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/report.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'America/New_York' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run report', () => {
  it('merges three agents’ exports into one October report', () => {
    const r = runReport(['--month', '2025-10', '--now', '2025-11-03T08:00:00Z', fileA, fileB, fileC]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    // Same figures as the hand-computed table, less the two due items only the panel knows (c8, c10).
    expect(report.totals).toEqual({
      due: 9,
      onTime: 4,
      late: 2,
      outstanding: 3,
      overdue: 3,
      coveragePct: 66.7,
      onTimePct: 44.4,
      attempts: 10,
    });
    expect(report.agents).toEqual(['A', 'B', 'C']);
    expect(report.escalations).toMatchObject({ opened: 2, open: 1, handled: 1 });
    expect(r.stderr).toContain('1 escalation entries not understood');
  });

  it('writes the 月报 sections as CSV with --csv, labelled as in the workbook', () => {
    const r = runReport([
      '--month',
      '2025-10',
      '--now',
      '2025-11-03T08:00:00Z',
      '--csv',
      '--lang',
      'en',
      fileA,
      fileB,
      fileC,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"【By kind】"');
    expect(r.stdout).toContain('"New-contract callback","篇六 第八条","5","3","2","1","2","2","60","40","100","7"');
  });

  it('writes the workbook with --xlsx', async () => {
    const out = join(dir, 'report.xlsx');
    const r = runReport(['--month', '2025-10', '--now', '2025-11-03T08:00:00Z', '--xlsx', out, fileA, fileB, fileC]);
    expect(r.code).toBe(0);
    const { default: readXlsxFile } = await import('read-excel-file/node');
    const sheets = await readXlsxFile(out);
    expect(sheets.map((s) => s.sheet)).toEqual([
      '概况',
      '分类型',
      '分专员',
      '满意度',
      '上报事项',
      '抽检',
      '未完成客户',
    ]);
  });

  it.each([
    [['--month', '2025-13', 'x.json'], '--month'],
    [['x.json'], '--month'],
    [['--month', '2025-10'], 'FILE'],
    [['--month', '2025-10', join(dir, 'missing.json')], 'missing.json'],
    [['--month', '2025-10', '--now', 'soon', 'x.json'], '--now'],
    [['--month', '2025-10', '--now', '2025-02-30T00:00:00Z', 'x.json'], 'not a real date'],
    [['--month', '2025-10', '--month', '2025-11', 'x.json'], 'more than once'],
    [['--month', '9999-10', 'x.json'], 'outside the years'],
  ])('exits 1 naming what is wrong for %j', (args, name) => {
    const r = runReport(args);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(name);
  });

  it('refuses a damaged export and names the file and the place', () => {
    const bad = join(dir, 'bad.json');
    const envelope = JSON.parse(
      JSON.stringify(
        makeEnvelope({ records: agentA, customers: [], agent: 'A', filters: noExportFilters, now: new Date() }),
      ),
    );
    envelope.records[1].startedAt = 'yesterday';
    writeFileSync(bad, JSON.stringify(envelope));
    const r = runReport(['--month', '2025-10', fileA, bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.json');
    expect(r.stderr).toContain('records[1] (id "R3").startedAt');
  });

  it('gives the same figures whatever the order of the files, and reports a record that differs between them', () => {
    const changed = agentB.map((r, i) => (i === 0 ? { ...r, outcome: 'no-answer' as const } : r));
    const fileB2 = writeExport('b2.json', 'B2', changed);
    const args = ['--month', '2025-10', '--now', '2025-11-03T08:00:00Z'];
    const ab = runReport([...args, fileA, fileB, fileC, fileB2]);
    const ba = runReport([...args, fileB2, fileC, fileB, fileA]);
    expect(ab.code).toBe(0);
    expect(JSON.parse(ab.stdout)).toEqual(JSON.parse(ba.stdout));
    expect(ab.stderr).toContain(`conflict: record "${agentB[0]?.id}" differs between files`);
    expect(JSON.parse(ab.stdout).conflicts).toHaveLength(1);
  });

  it('counts a record corrected twice (by two agents) once, and refuses a correction loop naming file and record', () => {
    const [first] = agentA;
    if (!first) throw new Error('fixture');
    const fix = (id: string, recordedAt: string) => ({
      ...first,
      id,
      revision: 1,
      supersedes: first.id,
      recordedAt,
      satisfaction: 'dissatisfied' as const,
    });
    const one = writeExport('fix1.json', 'A', [first, fix('F1', '2025-10-20T00:00:00Z')]);
    const two = writeExport('fix2.json', 'B', [first, fix('F2', '2025-10-21T00:00:00Z')]);
    const args = ['--month', '2025-10', '--now', '2025-11-03T08:00:00Z'];
    const r = runReport([...args, one, two]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).totals.attempts).toBe(1);
    const loop = writeExport('loop.json', 'A', [
      { ...first, id: 'L1', revision: 1, supersedes: 'L2' },
      { ...first, id: 'L2', revision: 1, supersedes: 'L1' },
    ]);
    const bad = runReport([...args, loop]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/loop\.json: records\[\d\] \(id "L\d"\)\.(revision|supersedes)/);
  });
});
