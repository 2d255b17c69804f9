import { spawnSync } from 'node:child_process';

function runDue(args: string[], tz = 'UTC') {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/due.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: tz },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run due', () => {
  it.each(['UTC', 'America/New_York', 'Asia/Shanghai'])('prints the same Shanghai answer on a machine in %s', (tz) => {
    const day = runDue(['--kind', 'letter-complaint', '--event', '2026-02-13T17:30:00Z'], tz);
    expect(day.code).toBe(0);
    expect(JSON.parse(day.stdout)).toEqual({ due: '2026-02-28', warnings: [] });
    const hours = runDue(['--kind', 'power-repair', '--event', '2025-09-30T20:00Z', '--disaster'], tz);
    expect(JSON.parse(hours.stdout)).toEqual({ due: '2025-10-03T04:00:00+08:00', warnings: [] });
  });

  it('says in words when the count rests on a year without a State Council notice', () => {
    const r = runDue(['--kind', 'letter-report', '--event', '2026-12-25']);
    const out = JSON.parse(r.stdout);
    expect(out.due).toBe('2027-01-11');
    expect(out.warnings).toHaveLength(1);
    expect(out.warnings[0]).toMatch(/2027.*not in the calendar data/);
  });

  it.each([
    [['--event', '2025-01-01'], '--kind'],
    [['--kind', 'nope', '--event', '2025-01-01'], '--kind'],
    [['--kind', 'new-contract'], '--event'],
    [['--kind', 'new-contract', '--event', '2025-02-30'], '--event'],
    [['--kind', 'new-contract', '--event', 'tomorrow'], '--event'],
    [['--kind', 'new-contract', '--event', '2025-02-03', '--holiday', '2025-13-01'], '--holiday'],
    [['--kind', 'new-contract', '--event', '2025-02-03', '--tz', 'Mars/Olympus'], '--tz'],
    [['--kind', 'new-contract', '--event', '2025-02-03', '--bogus'], 'bogus'],
    [['--kind', 'new-contract', '--event', '9999-12-01'], 'covers 2020–2030; 9999 is outside it'],
    [['--kind', 'new-contract', '--event', '0500-01-01'], '0500 is outside it'],
    [['--kind', 'new-contract', '--event', '0000-01-01T00:00:00Z'], '0000 is outside it'],
    [['--kind', 'new-contract', '--event', '2030-12-28'], 'the deadline falls in 2031'],
    [['--kind', 'new-contract', '--kind', 'termination', '--event', '2025-02-03'], 'more than once'],
  ])('exits 1 naming the bad argument for %j', (args, name) => {
    const r = runDue(args);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(name);
  });
});
