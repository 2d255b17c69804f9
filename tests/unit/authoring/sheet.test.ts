import { readFileSync } from 'node:fs';
import { builtinPlaybooks } from '@/utils/core/playbooks';
import { lintScript, parseScriptJson } from '@/utils/core/script/lint';
import type { Script } from '@/utils/core/script/schema';
import { rowsToCsv, rowsToScriptSource, scriptToRows } from '@/utils/core/script/sheet';
import { parseCsv } from '@/utils/core/worklist/csv';

const loan = parseScriptJson(readFileSync('docs/examples/loan-welcome.json', 'utf8'));
if (!loan.ok) throw new Error('the loan example does not parse');
const all: Script[] = [...builtinPlaybooks, loan.script];

/** What a sheet cannot tell apart: an editor hint ($schema) and an empty list of flags. */
function normalise(script: Script): unknown {
  const { $schema: _hint, ...rest } = script;
  return JSON.parse(
    JSON.stringify(rest, (key, value: unknown) =>
      key === 'flags' && Array.isArray(value) && value.length === 0 ? undefined : value,
    ),
  );
}

describe('scripts as a spreadsheet table (docs/script-sheet.md)', () => {
  it.each(all.map((s) => [s.id, s] as const))('%s: script → rows → script gives the same script', (_id, script) => {
    const back = rowsToScriptSource(scriptToRows(script));
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    const linted = lintScript(back.value);
    expect(linted.errors).toEqual([]);
    expect(linted.script).toEqual(normalise(script));
  });

  it('survives CSV: quotes, commas, line breaks and Chinese text', () => {
    const script = all[all.length - 1] as Script;
    const csv = rowsToCsv(scriptToRows(script));
    expect(csv.startsWith('\ufeff')).toBe(true);
    const parsed = parseCsv(csv.slice(1));
    if (!parsed.ok) throw new Error(parsed.message);
    const back = rowsToScriptSource(parsed.rows);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(lintScript(back.value).script).toEqual(normalise(script));
  });

  it('reads a hand-made sheet: Chinese headers, options on the rows under their step', () => {
    const rows = [
      ['[script]'],
      ['项目', '内容'],
      ['id', 'welcome'],
      ['version', '1'],
      ['title zh', '欢迎回访'],
      ['title en', 'Welcome'],
      ['kinds', 'new-contract'],
      ['start', 'greet'],
      [],
      ['[steps]'],
      [
        '步骤编号',
        '类型',
        '回答方式',
        '话术（中文）',
        '话术（英文）',
        '选项值',
        '选项转到',
        '选项结束',
        '下一步',
        '结束结果',
      ],
      ['greet', 'question', 'yes-no', '您好，请问是{{name}}吗？', 'Hello, is that {{name}}?', 'yes', 'bye', '', '', ''],
      ['', '', '', '', '', 'no', '', 'wrong', '', ''],
      ['bye', 'say', '', '再见', 'Goodbye', '', '', '', '', 'done'],
      ['[outcomes]'],
      ['结果', '记录为', '名称（中文）', '名称（英文）'],
      ['done', 'reached', '完成', 'Done'],
      ['wrong', 'wrong-number', '打错', 'Wrong number'],
    ];
    const back = rowsToScriptSource(rows);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    const { errors, script } = lintScript(back.value);
    expect(errors).toEqual([]);
    expect(script?.steps[0]).toMatchObject({
      options: [
        { value: 'yes', goto: 'bye' },
        { value: 'no', end: 'wrong' },
      ],
    });
  });

  it('names the row and column of what it cannot read', () => {
    const back = rowsToScriptSource([
      ['[script]'],
      ['key', 'value'],
      ['version', 'one'],
      ['[fields]'],
      ['key', 'label zh', 'label en', 'type', 'compute'],
      ['firstRepayment', '首期', 'first', 'date', 'signDate plus a month'],
      ['[stepz]'],
    ]);
    expect(back).toEqual({
      ok: false,
      errors: [
        { row: 3, column: 'B', message: '"version" must be a whole number, not "one"' },
        { row: 6, column: 'compute', message: expect.stringContaining('signDate + 1 months') },
        { row: 7, column: 'A', message: expect.stringContaining('unknown section [stepz]') },
      ],
    });
  });
});

describe('docs/examples/car-loan-welcome.csv (the walkthrough’s sheet)', () => {
  it('reads into a script that lints clean', () => {
    const text = readFileSync('docs/examples/car-loan-welcome.csv', 'utf8').replace(/^\ufeff/, '');
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const back = rowsToScriptSource(parsed.rows);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    const { errors, script } = lintScript(back.value);
    expect(errors).toEqual([]);
    expect(script?.id).toBe('car-loan-welcome');
    expect(script?.customFields?.map((f) => f.key)).toEqual(['loanAmount', 'firstRepayment']);
  });
});

describe('the options page’s Excel round trip (utils/ui/script-sheet-io.ts)', () => {
  it('a script exported as .xlsx reads back as the same script', async () => {
    const { exportScriptXlsx, importScriptSheet } = await import('@/utils/ui/script-sheet-io');
    const script = loan.ok ? loan.script : null;
    if (!script) throw new Error('no script');
    const blob = await exportScriptXlsx(script);
    const read = await importScriptSheet('loan.xlsx', new Uint8Array(await blob.arrayBuffer()), 'zh-CN');
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(lintScript(JSON.parse(read.json)).script).toEqual(normalise(script));
  });
});

describe('the walkthrough’s script on its customer', () => {
  it('ranks first for a new-contract callback of a car-loan customer, above the built-in new-contract script', async () => {
    const { rankScripts } = await import('@/utils/core/script/select');
    const parsed = parseCsv(readFileSync('docs/examples/car-loan-welcome.csv', 'utf8').replace(/^\ufeff/, ''));
    if (!parsed.ok) throw new Error(parsed.message);
    const back = rowsToScriptSource(parsed.rows);
    if (!back.ok) throw new Error('bad sheet');
    const mine = lintScript(back.value).script;
    if (!mine) throw new Error('not clean');
    const context = { name: '李伟', gender: 'male', product: '安心车贷 36 期', signDate: '2026-11-20' };
    const ranked = rankScripts([...builtinPlaybooks, mine], { context, kinds: ['new-contract'], today: '2026-11-29' });
    expect(ranked[0]?.script.id).toBe('car-loan-welcome');
    expect(ranked[0]?.applies).toBe(true);
  });
});
