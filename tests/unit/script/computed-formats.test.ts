import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { normaliseAnswer } from '@/utils/core/script/answer';
import { addComputedValues } from '@/utils/core/script/computed';
import { lintParsedScript } from '@/utils/core/script/lint';
import { formatMoney } from '@/utils/core/script/number-text';
import { renderText } from '@/utils/core/script/placeholders';
import type { CustomField, QuestionStep, Script } from '@/utils/core/script/schema';
import { rankScripts } from '@/utils/core/script/select';
import { loadExample, text } from './script-fixture';

const calendar = createWorkingCalendar();
const computedFields: CustomField[] = [
  {
    key: 'firstRepayment',
    label: text('首期还款日', 'first repayment'),
    type: 'date',
    compute: { from: 'signDate', add: 1, unit: 'months' },
  },
  {
    key: 'coolingOffEnd',
    label: text('犹豫期截止日', 'end of the cooling-off period'),
    type: 'date',
    compute: { from: 'signDate', add: 15, unit: 'days' },
  },
  {
    key: 'replyBy',
    label: text('答复期限', 'reply by'),
    type: 'date',
    compute: { from: 'signDate', add: 5, unit: 'working-days' },
  },
  {
    key: 'secondRepayment',
    label: text('第二期还款日', 'second repayment'),
    type: 'date',
    compute: { from: 'firstRepayment', add: 1, unit: 'months' },
  },
];

describe('computed dates', () => {
  it.each<[string, string, Record<string, string>]>([
    [
      'a plain signing date',
      '2026-11-20',
      {
        firstRepayment: '2026-12-20',
        coolingOffEnd: '2026-12-05',
        replyBy: '2026-11-27',
        secondRepayment: '2027-01-20',
      },
    ],
    // Five working days from Friday 13 February 2026: Saturday 14 is a make-up working day (1), the Spring Festival
    // 15–23 is off, then 24, 25, 26, 27 (国办发明电〔2025〕7号).
    [
      'month ends and holidays',
      '2026-02-13',
      {
        firstRepayment: '2026-03-13',
        coolingOffEnd: '2026-02-28',
        replyBy: '2026-02-27',
        secondRepayment: '2026-04-13',
      },
    ],
    [
      'the end of a month is clamped',
      '2026-01-31',
      {
        firstRepayment: '2026-02-28',
        coolingOffEnd: '2026-02-15',
        replyBy: '2026-02-06',
        secondRepayment: '2026-03-28',
      },
    ],
  ])('%s', (_label, signDate, expected) => {
    const values = addComputedValues({ customFields: computedFields }, { signDate }, calendar);
    expect(values).toEqual({ signDate, ...expected });
  });

  it('leaves a gap, never a guess, when the source is missing or not a date, or there is no calendar', () => {
    expect(addComputedValues({ customFields: computedFields }, { signDate: '2026-02-30' }, calendar)).toEqual({
      signDate: '2026-02-30',
    });
    const noCalendar = addComputedValues({ customFields: computedFields }, { signDate: '2026-11-20' });
    expect(noCalendar).not.toHaveProperty('replyBy');
    expect(noCalendar.firstRepayment).toBe('2026-12-20');
    const rendered = renderText('首期还款日是{{replyBy|date}}', noCalendar, {
      locale: 'zh-CN',
      customFields: computedFields,
    });
    expect(rendered).toBe('首期还款日是【缺：答复期限】');
  });

  it('a page value of the same name is replaced by the computation', () => {
    const values = addComputedValues(
      { customFields: computedFields },
      { signDate: '2026-11-20', firstRepayment: 'x' },
      calendar,
    );
    expect(values.firstRepayment).toBe('2026-12-20');
  });

  it('conditions read computed dates when scripts are ranked', () => {
    const script: Script = {
      ...loadExample(),
      customFields: computedFields,
      appliesWhen: { op: 'date-after', field: 'firstRepayment', date: '2026-12-01' },
    };
    const [ranked] = rankScripts([script], {
      context: { signDate: '2026-11-20' },
      kinds: ['software-checkin'],
      today: '2026-11-27',
      calendar,
    });
    expect(ranked?.applies).toBe(true);
    expect(ranked?.reasons[1]?.text['zh-CN']).toBe('首期还款日 2026-12-20 晚于 2026-12-01');
  });

  it.each<[string, CustomField, string]>([
    [
      'a computed field not typed date',
      { key: 'x', label: text('x', 'x'), compute: { from: 'signDate', add: 1, unit: 'days' } },
      '"x" is computed as a date; declare it with "type": "date".',
    ],
    [
      'from a text field',
      { key: 'x', label: text('x', 'x'), type: 'date', compute: { from: 'name', add: 1, unit: 'days' } },
      '"x" is computed from "name", which is not a date field declared before it; use birthDate, signDate, today.',
    ],
    [
      'working days backwards',
      { key: 'x', label: text('x', 'x'), type: 'date', compute: { from: 'today', add: -2, unit: 'working-days' } },
      '"x": working days count forward only; "add" must be 0 or more (got -2).',
    ],
  ])('the linter refuses %s', (_label, field, message) => {
    const script = { ...loadExample(), customFields: [field] };
    expect(lintParsedScript(script).map((e) => e.message)).toEqual([message]);
  });
});

describe('formats', () => {
  const customFields: CustomField[] = [{ key: 'loanAmount', label: text('贷款金额', 'loan amount'), type: 'number' }];
  const render = (template: string, values: Record<string, string>, locale: 'zh-CN' | 'en' = 'zh-CN') =>
    renderText(template, values, { locale, customFields });

  it.each<[string, Record<string, string>, 'zh-CN' | 'en', string]>([
    ['{{loanAmount|money}}', { loanAmount: '150000' }, 'zh-CN', '150,000元'],
    ['{{loanAmount|money}}', { loanAmount: '15万' }, 'en', 'CNY 150,000'],
    ['{{loanAmount|money}}', { loanAmount: '1234.5' }, 'zh-CN', '1,234.50元'],
    ['{{loanAmount|money}}', { loanAmount: 'about 15' }, 'zh-CN', 'about 15'],
    ['请问是{{name|honorific}}吗', { name: '李伟', gender: 'male' }, 'zh-CN', '请问是李先生吗'],
    ['请问是{{name|honorific}}吗', { name: '欧阳娜娜', gender: '女' }, 'zh-CN', '请问是欧阳女士吗'],
    ['请问是{{name|honorific}}吗', { name: '李伟' }, 'zh-CN', '请问是李伟吗'],
    ['Is this {{name|honorific}}?', { name: '李娜', gender: 'female' }, 'en', 'Is this Ms 李娜?'],
    ['Is this {{name|honorific}}?', { name: 'Jane Doe', gender: 'F' }, 'en', 'Is this Ms Jane Doe?'],
    ['{{mobile|tail}}', { mobile: '13812345678' }, 'zh-CN', '尾号 5678'],
    ['{{mobile|tail}}', { mobile: '13812345678' }, 'en', 'ending in 5678'],
  ])('%s with %j (%s)', (template, values, locale, expected) => {
    expect(render(template, values, locale)).toBe(expected);
  });

  it('formatMoney says null for what is not an amount', () => {
    expect(formatMoney('abc', 'zh-CN')).toBeNull();
  });
});

describe('date-and-time answers', () => {
  const step: QuestionStep = {
    id: 'when',
    type: 'question',
    input: 'datetime',
    text: text('您方便的时间？', 'When suits you?'),
  };
  it.each<[string, string | null]>([
    ['2026-12-01T14:30', '2026-12-01T14:30'],
    ['2026-12-01 09:05', '2026-12-01T09:05'],
    ['2026-02-30T10:00', null],
    ['2026-12-01T24:00', null],
    ['2026-12-01', null],
  ])('%j → %j', (input, stored) => {
    const result = normaliseAnswer(step, input);
    expect(result.ok ? result.value : null).toBe(stored);
    if (!result.ok) expect(result.message).toBe('Answer a date and time as YYYY-MM-DDTHH:mm (e.g. 2026-12-01T14:30).');
  });
});
