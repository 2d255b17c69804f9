import { spawnSync } from 'node:child_process';

const tsx = 'node_modules/.bin/tsx';
// Each run starts tsx; on a loaded machine that takes seconds, hence the generous limits.
const run = (args: string[]) => spawnSync(tsx, args, { encoding: 'utf8', timeout: 80_000 });

describe('check-script and play CLIs', { timeout: 180_000 }, () => {
  it('check-script passes a good file and lists the errors of a broken one, with exit codes', () => {
    const good = run(['cli/check-script.ts', 'tests/fixtures/scripts/example.json']);
    expect([good.status, good.stdout]).toEqual([0, '1 script, 0 errors\n']);
    const bad = run([
      'cli/check-script.ts',
      'tests/fixtures/scripts/broken.json',
      'tests/fixtures/scripts/not-json.json',
    ]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(
      'tests/fixtures/scripts/broken.json: $.steps[1].options[1].goto: Step "b" leads to "ghost", which is not a step. [dangling-target]',
    );
    expect(bad.stdout).toContain('Steps "b" → "c" → "b" form a loop that never reaches an end.');
    expect(bad.stdout).toContain(
      'not-json.json: $.title: The file is not valid JSON at line 2, column 12 (inside $.title)',
    );
    expect(bad.stdout.trim().split('\n').at(-1)).toBe('2 scripts, 7 errors');
  });

  it('check-script reads a spreadsheet (docs/script-sheet.md) and names a cell it cannot read by row and column', () => {
    const good = run(['cli/check-script.ts', 'docs/examples/car-loan-welcome.csv']);
    expect([good.status, good.stdout]).toEqual([0, '1 script, 0 errors\n']);
    const bad = run(['cli/check-script.ts', 'tests/fixtures/scripts/bad-sheet.csv']);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(
      'bad-sheet.csv: row 3, column B: "version" must be a whole number, not "one". [sheet-cell]',
    );
  });

  it('play prints the steps visited and the result as JSON', () => {
    const result = run([
      'cli/play.ts',
      'tests/fixtures/scripts/example.json',
      '--answers',
      'tests/fixtures/scripts/example-events.json',
      '--context',
      'tests/fixtures/scripts/example-context.json',
      '--now',
      '2026-11-27T02:00:00Z',
    ]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.visited.map((visit: { step: string }) => visit.step)).toEqual([
      'greet',
      'convenient',
      'problems',
      'satisfaction',
      'close',
    ]);
    expect(report.result).toMatchObject({
      scriptId: 'example-checkin',
      scriptVersion: 1,
      ticks: { 'service-number': '2026-11-27T02:00:00Z' },
      record: { outcome: 'reached', satisfaction: 'dissatisfied' },
    });
  });

  it('play refuses a broken script with its errors on stderr', () => {
    const result = run([
      'cli/play.ts',
      'tests/fixtures/scripts/broken.json',
      '--answers',
      'tests/fixtures/scripts/example-answers.json',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('[dangling-target]');
  });
});
