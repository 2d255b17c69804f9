// Held-out bad scripts for class 11 of issue #14 (docs/script-format.md, "Validation rules"), with property-based
// tests (fast-check) of the linter: bounds, date literals, operator types and nesting of any depth.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { lintScript, lintScriptJson } from '@/utils/core/script/lint';

/** A script as plain JSON, edited freely to make it bad. */
type Draft = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test data edited by hand
const example: Draft = JSON.parse(readFileSync('tests/fixtures/scripts/example.json', 'utf8'));
const text = example.steps[0].text;
const variant = (change: (s: typeof example) => void) => {
  const s = structuredClone(example);
  change(s);
  return s;
};
const codesAndMessages = (input: unknown) => lintScript(input).errors.map((e) => `${e.path} ${e.code} ${e.message}`);
const numberStep = (extra: object) => ({ id: 'n', type: 'question', input: 'number', text, next: 'close', ...extra });

describe('bad scripts are refused with their path and a message naming the value', () => {
  it.each([
    ['min above max', (s: Draft) => s.steps.push(numberStep({ min: 10, max: 1 })), '$.steps[6].min invalid-range'],
    [
      'a range that no answer falls in',
      (s: Draft) => s.steps.push(numberStep({ ranges: [{ min: 5, max: 2, goto: 'close' }] })),
      '$.steps[6].ranges[0].min invalid-range',
    ],
    [
      'min/max on a yes-no question',
      (s: Draft) => Object.assign(s.steps[1], { min: 1 }),
      '$.steps[1].min wrong-field-type',
    ],
    [
      'a date literal that is no day',
      (s: Draft) => (s.appliesWhen = { op: 'date-before', field: 'signDate', date: '2026-02-30' }),
      '$.appliesWhen.date invalid-date "2026-02-30" is not a real date',
    ],
    [
      'a date operator on a text field',
      (s: Draft) => (s.appliesWhen = { op: 'date-within', field: 'name', amount: 3, unit: 'days' }),
      '"name" is not a date field',
    ],
    ['a fractional version', (s: Draft) => (s.version = 1.5), '$.version schema Expected a whole number, got 1.5.'],
    [
      'an unknown op',
      (s: Draft) => (s.appliesWhen = { op: 'greater', field: 'name' }),
      '"op" is the text "greater", which is not one of: all, any, not, kind, equals, in, exists, contains, starts-with, gt, gte, lt, lte, between, date-within',
    ],
    [
      'a step without a type',
      (s: Draft) => delete s.steps[0].type,
      '"type" is missing; use one of: say, question, use.',
    ],
    ['an unknown key', (s: Draft) => (s.steps[0].colour = 'red'), 'Unknown key "colour"'],
  ])('%s', (_name, change, expected) => {
    expect(codesAndMessages(variant(change)).join('\n')).toContain(expected);
  });

  it('accepts a date operator on a custom field declared as a date', () => {
    const s = variant((x: Draft) => {
      x.customFields = [{ key: 'policyDate', label: text, type: 'date' }];
      x.appliesWhen = { op: 'date-within', field: 'policyDate', amount: 3, unit: 'days' };
    });
    expect(lintScript(s).errors).toEqual([]);
  });

  it('accepts a byte-order mark', () => {
    expect(lintScriptJson('\ufeff' + JSON.stringify(example)).errors).toEqual([]);
  });
});

describe('the linter (property)', () => {
  it('reports invalid-range exactly when min > max', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 }), (min, max) => {
        const s = variant((x: Draft) => {
          x.steps[3] = { ...numberStep({ min, max }), id: 'problems', next: 'satisfaction' };
        });
        const codes = lintScript(s).errors.map((e) => e.code);
        expect(codes.includes('invalid-range')).toBe(min > max);
      }),
    );
  });

  it('reports invalid-date exactly for date literals that are not real days of 2000–2100', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2110 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const s = variant((x: Draft) => (x.appliesWhen = { op: 'date-after', field: 'signDate', date }));
          const real = new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === date && y >= 2000 && y <= 2100;
          expect(lintScript(s).errors.some((e) => e.code === 'invalid-date')).toBe(!real);
        },
      ),
    );
  });

  it('never throws on nesting of any depth, and refuses past 64 levels', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), (depth) => {
        let c: object = { op: 'exists', field: 'name' };
        for (let i = 1; i < depth; i++) c = { op: 'not', of: c };
        const s = variant((x: Draft) => (x.appliesWhen = c));
        const errors = lintScript(s).errors;
        // appliesWhen sits one level inside the script object.
        expect(errors.some((e) => e.code === 'too-deep')).toBe(depth + 1 > 64 || depth > 8);
      }),
      { numRuns: 40 },
    );
  });
});

describe('check-script and play on bad files', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'huifang-bad-scripts-'));
  const run = (args: string[]) => spawnSync('node_modules/.bin/tsx', args, { encoding: 'utf8', timeout: 80_000 });

  it('check-script: a folder is an unreadable-file, GBK is refused as not UTF-8, a BOM is fine', () => {
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'gbk.json'), Buffer.from([0x7b, 0x22, 0xc4, 0xe3, 0x22, 0x3a, 0x31, 0x7d]));
    writeFileSync(join(dir, 'bom.json'), '\ufeff' + JSON.stringify(example));
    const r = run(['cli/check-script.ts', join(dir, 'folder'), join(dir, 'gbk.json'), join(dir, 'bom.json')]);
    expect(r.stdout).toContain('folder: $: ');
    expect(r.stdout).toMatch(/folder: \$: .*is a folder, not a file\. \[unreadable-file\]/);
    expect(r.stdout).toMatch(/gbk\.json: \$: The file is not UTF-8 .*\[unreadable-file\]/);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('3 scripts, 2 errors');
  });

  it.each([
    [['--now', '2026-02-30T00:00:00Z'], 'not a real date'],
    [['--now', 'tomorrow'], '--now'],
    [['--locale', 'en', '--locale', 'zh-CN'], '--locale is given more than once'],
  ])('play refuses %j', (extra, expected) => {
    const r = run([
      'cli/play.ts',
      'tests/fixtures/scripts/example.json',
      '--answers',
      'tests/fixtures/scripts/example-answers.json',
      ...extra,
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(expected);
  });

  it('play reports answer keys that name no step', () => {
    writeFileSync(join(dir, 'answers.json'), JSON.stringify({ convenient: 'yes', colour: 'red' }));
    const r = run(['cli/play.ts', 'tests/fixtures/scripts/example.json', '--answers', join(dir, 'answers.json')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('answers steps the script does not have: "colour"');
  });
});
