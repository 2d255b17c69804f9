import { judgeCondition, type ConditionInput } from '@/utils/core/script/condition-eval';
import type { Condition } from '@/utils/core/script/schema';
import { rankScripts } from '@/utils/core/script/select';
import { loadExample, text } from './script-fixture';

// A toy calendar for the tests: Monday to Friday are working days.
function countWeekdays(from: string, to: string): number {
  let count = 0;
  for (
    let day = Date.parse(`${from}T00:00:00Z`) + 86_400_000;
    day <= Date.parse(`${to}T00:00:00Z`);
    day += 86_400_000
  ) {
    const weekday = new Date(day).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}

// 2026-11-27 is a Friday.
const base: ConditionInput = {
  context: { signDate: '2026-11-20', product: '稳健理财一号', mobile: '13812345678' },
  kinds: ['new-contract'],
  today: '2026-11-27',
  countWorkingDays: countWeekdays,
};

describe('judgeCondition', () => {
  it.each<[string, Condition, Partial<ConditionInput>, boolean]>([
    [
      'signed 5 working days ago is within 5',
      { op: 'date-within', field: 'signDate', amount: 5, unit: 'working-days' },
      {},
      true,
    ],
    [
      'signed 5 working days ago is not within 4',
      { op: 'date-within', field: 'signDate', amount: 4, unit: 'working-days' },
      {},
      false,
    ],
    [
      'the weekend does not count as working days',
      { op: 'date-within', field: 'signDate', amount: 5, unit: 'working-days' },
      { context: { signDate: '2026-11-19' } },
      false,
    ],
    ['7 calendar days', { op: 'date-within', field: 'signDate', amount: 7, unit: 'days' }, {}, true],
    ['6 calendar days', { op: 'date-within', field: 'signDate', amount: 6, unit: 'days' }, {}, false],
    [
      'older than 1 month',
      { op: 'date-older-than', field: 'signDate', amount: 1, unit: 'months' },
      { context: { signDate: '2026-10-26' } },
      true,
    ],
    [
      'a month back from 31 March is the end of February',
      { op: 'date-within', field: 'signDate', amount: 1, unit: 'months' },
      { today: '2026-03-31', context: { signDate: '2026-02-28' } },
      true,
    ],
    [
      'a date in the future is not within the last days',
      { op: 'date-within', field: 'signDate', amount: 5, unit: 'days' },
      { context: { signDate: '2026-12-01' } },
      false,
    ],
    [
      'working days without a calendar',
      { op: 'date-within', field: 'signDate', amount: 5, unit: 'working-days' },
      { countWorkingDays: undefined },
      false,
    ],
    [
      'a date that cannot be read',
      { op: 'date-after', field: 'signDate', date: '2026-01-01' },
      { context: { signDate: '去年' } },
      false,
    ],
    ['equals', { op: 'equals', field: 'product', value: '稳健理财一号' }, {}, true],
    ['in', { op: 'in', field: 'product', values: ['A', 'B'] }, {}, false],
    ['exists on a blank value', { op: 'exists', field: 'email' }, { context: { email: ' ' } }, false],
    ['not', { op: 'not', of: { op: 'exists', field: 'email' } }, {}, true],
    [
      'any',
      {
        op: 'any',
        of: [
          { op: 'exists', field: 'email' },
          { op: 'kind', in: ['new-contract'] },
        ],
      },
      {},
      true,
    ],
    [
      'all',
      {
        op: 'all',
        of: [
          { op: 'exists', field: 'email' },
          { op: 'kind', in: ['new-contract'] },
        ],
      },
      {},
      false,
    ],
  ])('%s', (_label, condition, change, expected) => {
    expect(judgeCondition(condition, { ...base, ...change }).matched).toBe(expected);
  });

  it('says why in both languages', () => {
    const { reasons } = judgeCondition({ op: 'date-within', field: 'signDate', amount: 5, unit: 'working-days' }, base);
    expect(reasons).toEqual([
      {
        matched: true,
        text: {
          'zh-CN': '签约日期 2026-11-20 在最近 5 个工作日内',
          en: 'signing date 2026-11-20 is within the last 5 working days',
        },
      },
    ]);
  });
});

describe('rankScripts', () => {
  const recent = {
    ...loadExample(),
    id: 'recent',
    kinds: ['new-contract' as const],
    appliesWhen: { op: 'date-within' as const, field: 'signDate', amount: 5, unit: 'working-days' as const },
  };
  const general = {
    ...loadExample(),
    id: 'general',
    kinds: ['new-contract' as const, 'continuous' as const],
    appliesWhen: undefined,
  };
  const stale = {
    ...loadExample(),
    id: 'stale',
    kinds: ['new-contract' as const],
    appliesWhen: { op: 'date-older-than' as const, field: 'signDate', amount: 1, unit: 'months' as const },
  };
  const other = { ...loadExample(), id: 'other', title: text('其他', 'Other') };

  it('puts the scripts that apply first, the more specific one on top, and keeps the rest', () => {
    const ranked = rankScripts([other, stale, general, recent], base);
    expect(ranked.map((entry) => [entry.script.id, entry.applies])).toEqual([
      ['recent', true],
      ['general', true],
      ['stale', false],
      ['other', false],
    ]);
    expect(ranked[0]?.reasons.map((reason) => reason.text.en)).toEqual([
      'Serves the due New-contract callback',
      'signing date 2026-11-20 is within the last 5 working days',
    ]);
    expect(ranked[2]?.reasons.at(-1)).toEqual({
      matched: false,
      text: expect.objectContaining({ en: 'signing date 2026-11-20 is not more than 1 month ago' }),
    });
  });

  it('lets priority break a tie', () => {
    const ranked = rankScripts([general, { ...general, id: 'preferred', priority: 5 }], base);
    expect(ranked.map((entry) => entry.script.id)).toEqual(['preferred', 'general']);
  });
});
