import { judgeCondition, readNumber, type ConditionInput } from '@/utils/core/script/condition-eval';
import type { Condition } from '@/utils/core/script/condition-schema';
import { lintParsedScript, lintScript, type LintError } from '@/utils/core/script/lint';
import type { Script } from '@/utils/core/script/schema';
import { loadExample, text } from './script-fixture';

const base: ConditionInput = {
  context: { product: '安心车贷 36 期', loanAmount: '150,000元', rate: '3.85' },
  kinds: ['new-contract'],
  today: '2026-11-27',
};

describe('text and number conditions (format v2)', () => {
  it.each<[string, Condition, boolean, string]>([
    ['contains', { op: 'contains', field: 'product', value: '车贷' }, true, '产品“安心车贷 36 期”包含“车贷”'],
    [
      'contains, not met',
      { op: 'contains', field: 'product', value: '房贷' },
      false,
      '产品“安心车贷 36 期”不包含“房贷”',
    ],
    ['starts-with', { op: 'starts-with', field: 'product', value: '安心' }, true, '产品“安心车贷 36 期”以“安心”开头'],
    ['gt', { op: 'gt', field: 'loanAmount', value: 100000 }, true, 'loanAmount 150000 大于 100000'],
    ['gte at the bound', { op: 'gte', field: 'loanAmount', value: 150000 }, true, 'loanAmount 150000 不小于 150000'],
    [
      'gte not met says 小于',
      { op: 'gte', field: 'loanAmount', value: 200000 },
      false,
      'loanAmount 150000 小于 200000',
    ],
    ['lt', { op: 'lt', field: 'rate', value: 4 }, true, 'rate 3.85 小于 4'],
    ['lte not met', { op: 'lte', field: 'rate', value: 3 }, false, 'rate 3.85 大于 3'],
    [
      'between',
      { op: 'between', field: 'loanAmount', min: 100000, max: 200000 },
      true,
      'loanAmount 150000 介于 100000 与 200000 之间',
    ],
    ['a missing number is not met', { op: 'gt', field: 'other', value: 1 }, false, 'other缺失，无法比较数值'],
  ])('%s', (_label, condition, matched, zh) => {
    const judged = judgeCondition(condition, base);
    expect(judged.matched).toBe(matched);
    expect(judged.reasons[0]?.text['zh-CN']).toBe(zh);
  });

  it('says in English too, and a value that is not a number is named', () => {
    const judged = judgeCondition({ op: 'gt', field: 'product', value: 1 }, base);
    expect(judged.reasons[0]?.text.en).toBe('product “安心车贷 36 期” is not a number that can be read');
  });

  it.each<[string, number | null]>([
    ['150,000', 150000],
    ['¥150000.50', 150000.5],
    ['15万元', 150000],
    ['１２０００', 12000],
    ['1.2亿', 120000000],
    ['-3', -3],
    ['about 15', null],
    ['1,2,3-4', null],
    ['', null],
  ])('reads %j as %j', (raw, expected) => {
    expect(readNumber(raw)).toBe(expected);
  });
});

function lintWith(change: (script: Script) => void): LintError[] {
  const script = loadExample();
  script.customFields = [
    { key: 'loanAmount', label: text('贷款金额', 'loan amount'), type: 'number' },
    { key: 'contractNo', label: text('合同号', 'contract number') },
  ];
  change(script);
  return lintParsedScript(script);
}

describe('the linter on v2 conditions', () => {
  it('accepts number comparisons on a number field', () => {
    expect(
      lintWith((s) => {
        s.appliesWhen = {
          op: 'all',
          of: [
            { op: 'gt', field: 'loanAmount', value: 100000 },
            { op: 'contains', field: 'product', value: '车贷' },
          ],
        };
      }),
    ).toEqual([]);
  });

  it.each<[string, Condition, Partial<LintError>]>([
    [
      'equals ">100000" is refused with the operator to use',
      { op: 'equals', field: 'loanAmount', value: '>100000' },
      {
        path: '$.appliesWhen.value',
        code: 'misused-operator',
        message:
          '"equals" compares text exactly, so ">100000" would only match that very text; to compare numbers write { "op": "gt", "field": …, "value": 100000 }.',
      },
    ],
    [
      '">= 5" in a list',
      { op: 'in', field: 'loanAmount', values: ['1', '>= 5'] },
      { path: '$.appliesWhen.values', code: 'misused-operator' },
    ],
    [
      'a range written as text',
      { op: 'equals', field: 'loanAmount', value: '100000~200000' },
      { code: 'misused-operator' },
    ],
    [
      'gt on a text field',
      { op: 'gt', field: 'contractNo', value: 3 },
      {
        path: '$.appliesWhen.field',
        code: 'wrong-field-type',
        message:
          '"gt" compares numbers, but "contractNo" is not a number field; declare it in customFields with "type": "number".',
      },
    ],
    ['between upside down', { op: 'between', field: 'loanAmount', min: 5, max: 1 }, { code: 'invalid-range' }],
  ])('%s', (_label, condition, expected) => {
    const errors = lintWith((s) => (s.appliesWhen = condition));
    expect(errors).toEqual([expect.objectContaining(expected)]);
  });

  it('leaves an exact text that merely holds a dash alone (a product code)', () => {
    expect(lintWith((s) => (s.appliesWhen = { op: 'equals', field: 'contractNo', value: '12-34' }))).toEqual([]);
  });

  it('names the allowed ops for an unknown op', () => {
    const script = { ...loadExample(), appliesWhen: { op: 'startsWith', field: 'product', value: '安心' } };
    const [error] = lintScript(script).errors;
    expect(error?.path).toBe('$.appliesWhen.op');
    expect(error?.message).toContain('contains, starts-with, gt, gte, lt, lte, between');
  });

  it('tells {{extra.x}} apart from an unclosed placeholder', () => {
    const errors = lintWith((s) => {
      const step = s.steps[0];
      if (step) step.text = text('您的贷款 {{extra.loanAmount}} 元', 'Your loan of {{loanAmount}}');
    });
    expect(errors).toEqual([
      {
        path: '$.steps[0].text["zh-CN"]',
        code: 'custom-field-prefix',
        message:
          '{{extra.loanAmount}} names a field with a dot; write {{loanAmount}} (a custom field, which is declared in customFields; its page value comes from the site\'s field rules or teach mode), not "extra.loanAmount".',
      },
      expect.objectContaining({ code: 'placeholder-mismatch' }),
    ]);
  });
});
