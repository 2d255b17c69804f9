import type { CallbackKind } from '../callback-kinds';
import { getKindRule } from '../rules/kind-rules';
import type { Condition, DateUnit } from './condition-schema';
import { labelField } from './placeholders';
import { readNumber } from './number-text';

export { readNumber } from './number-text';
import type { LocalizedText } from './localized';
import type { CustomField } from './schema';

/** What a condition is judged against. Working days come from the caller's calendar (see docs/script-format.md). */
export type ConditionInput = {
  context: Readonly<Record<string, string | undefined>>;
  kinds: readonly CallbackKind[];
  /** Today as YYYY-MM-DD in the customer's time zone. */
  today: string;
  /** Working days after `from` up to and including `to` (0 when equal). */
  countWorkingDays?: (fromIsoDate: string, toIsoDate: string) => number;
  customFields?: readonly CustomField[];
};

/** One tested leaf, in words: met or not. */
export type ConditionReason = { matched: boolean; text: LocalizedText };
export type Judgement = { matched: boolean; reasons: ConditionReason[] };

const unitWords: Record<DateUnit, [string, string]> = {
  'working-days': ['个工作日', 'working days'],
  days: ['天', 'days'],
  months: ['个月', 'months'],
};

function readDate(value: string | undefined): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value?.trim() ?? '');
  if (!match) return null;
  const date = new Date(`${match[0]}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || !date.toISOString().startsWith(match[0]) ? null : match[0];
}

function shiftDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function shiftMonths(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const total = year * 12 + (month - 1) + months;
  const lastDay = new Date(Date.UTC(Math.floor(total / 12), (total % 12) + 1, 0)).getUTCDate();
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** How far `date` lies before today in the unit; null when it cannot be told. */
function measureAge(
  date: string,
  unit: DateUnit,
  input: ConditionInput,
  amount: number,
): { within: boolean; older: boolean } | null {
  if (date > input.today) return { within: false, older: false };
  if (unit === 'days')
    return { within: date >= shiftDays(input.today, -amount), older: date < shiftDays(input.today, -amount) };
  if (unit === 'months')
    return { within: date >= shiftMonths(input.today, -amount), older: date < shiftMonths(input.today, -amount) };
  if (!input.countWorkingDays) return null;
  const count = input.countWorkingDays(date, input.today);
  return { within: count <= amount, older: count > amount };
}

type NumberCondition = Extract<Condition, { op: 'gt' | 'gte' | 'lt' | 'lte' | 'between' }>;
/** [met, not met, English]: 不小于 negated is 小于, not 不不小于. */
const numberWords: Record<NumberCondition['op'], [string, string, string]> = {
  gt: ['大于', '不大于', 'greater than'],
  gte: ['不小于', '小于', 'at least'],
  lt: ['小于', '不小于', 'less than'],
  lte: ['不大于', '大于', 'at most'],
  between: ['介于', '不介于', 'between'],
};

function judgeNumber(
  condition: NumberCondition,
  value: number | null,
  raw: string,
  say: (matched: boolean, zh: string, en: string) => ConditionReason,
): ConditionReason {
  if (value === null)
    return say(
      false,
      raw === '' ? '缺失，无法比较数值' : `“${raw}”不是可识别的数字`,
      raw === '' ? 'is missing, so no number to compare' : `“${raw}” is not a number that can be read`,
    );
  const [zhWord, zhNot, enWord] = numberWords[condition.op];
  const bound =
    condition.op === 'between'
      ? { zh: `${condition.min} 与 ${condition.max} 之间`, en: `${condition.min} and ${condition.max}` }
      : { zh: String(condition.value), en: String(condition.value) };
  const matched =
    condition.op === 'between'
      ? value >= condition.min && value <= condition.max
      : condition.op === 'gt'
        ? value > condition.value
        : condition.op === 'gte'
          ? value >= condition.value
          : condition.op === 'lt'
            ? value < condition.value
            : value <= condition.value;
  return matched
    ? say(true, ` ${value} ${zhWord} ${bound.zh}`, `${value} is ${enWord} ${bound.en}`)
    : say(false, ` ${value} ${zhNot} ${bound.zh}`, `${value} is not ${enWord} ${bound.en}`);
}

function judgeLeaf(
  condition: Exclude<Condition, { op: 'all' | 'any' | 'not' }>,
  input: ConditionInput,
): ConditionReason {
  if (condition.op === 'kind') {
    const due = condition.in.filter((kind) => input.kinds.includes(kind));
    const names = (due.length > 0 ? due : condition.in).map((kind) => getKindRule(kind).label);
    const zh = names.map((name) => name['zh-CN']).join('、');
    const en = names.map((name) => name.en).join(', ');
    return due.length > 0
      ? { matched: true, text: { 'zh-CN': `到期的回访类型：${zh}`, en: `Due callback kind: ${en}` } }
      : { matched: false, text: { 'zh-CN': `未到期：${zh}`, en: `Not due: ${en}` } };
  }
  const zhField = labelField(condition.field, 'zh-CN', input.customFields);
  const enField = labelField(condition.field, 'en', input.customFields);
  const raw = input.context[condition.field]?.trim() ?? '';
  const say = (matched: boolean, zh: string, en: string): ConditionReason => ({
    matched,
    text: { 'zh-CN': `${zhField}${zh}`, en: `${enField} ${en}` },
  });
  switch (condition.op) {
    case 'exists':
      return raw !== '' ? say(true, '已填写', 'is filled in') : say(false, '缺失', 'is missing');
    case 'equals':
      return raw === condition.value
        ? say(true, `为“${condition.value}”`, `is “${condition.value}”`)
        : say(false, `不是“${condition.value}”`, `is not “${condition.value}”`);
    case 'in':
      return condition.values.includes(raw)
        ? say(true, `为“${raw}”`, `is “${raw}”`)
        : say(false, `不在 ${condition.values.join('、')} 之中`, `is not one of ${condition.values.join(', ')}`);
    case 'contains':
      return raw.includes(condition.value)
        ? say(true, `“${raw}”包含“${condition.value}”`, `“${raw}” contains “${condition.value}”`)
        : say(false, `“${raw}”不包含“${condition.value}”`, `“${raw}” does not contain “${condition.value}”`);
    case 'starts-with':
      return raw.startsWith(condition.value)
        ? say(true, `“${raw}”以“${condition.value}”开头`, `“${raw}” starts with “${condition.value}”`)
        : say(false, `“${raw}”不以“${condition.value}”开头`, `“${raw}” does not start with “${condition.value}”`);
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
    case 'between':
      return judgeNumber(condition, readNumber(raw), raw, say);
    default:
      break;
  }
  const date = readDate(raw);
  if (date === null)
    return say(
      false,
      raw === '' ? '缺失，无法比较日期' : '不是可识别的日期',
      raw === '' ? 'is missing, so no date to compare' : 'is not a date that can be read',
    );
  if (condition.op === 'date-before')
    return date < condition.date
      ? say(true, ` ${date} 早于 ${condition.date}`, `${date} is before ${condition.date}`)
      : say(false, ` ${date} 不早于 ${condition.date}`, `${date} is not before ${condition.date}`);
  if (condition.op === 'date-after')
    return date > condition.date
      ? say(true, ` ${date} 晚于 ${condition.date}`, `${date} is after ${condition.date}`)
      : say(false, ` ${date} 不晚于 ${condition.date}`, `${date} is not after ${condition.date}`);
  const [zhUnit, enUnit] = unitWords[condition.unit];
  const age = measureAge(date, condition.unit, input, condition.amount);
  if (age === null)
    return say(
      false,
      ' 无法按工作日计算（缺少工作日历）',
      'cannot be counted in working days (no working-day calendar)',
    );
  const enAmount = `${condition.amount} ${condition.amount === 1 ? enUnit.replace(/s$/, '') : enUnit}`;
  const span = { zh: `最近 ${condition.amount} ${zhUnit}内`, en: `the last ${enAmount}` };
  if (condition.op === 'date-within') {
    return age.within
      ? say(true, ` ${date} 在${span.zh}`, `${date} is within ${span.en}`)
      : say(false, ` ${date} 不在${span.zh}`, `${date} is not within ${span.en}`);
  }
  return age.older
    ? say(true, ` ${date} 距今超过 ${condition.amount} ${zhUnit}`, `${date} is more than ${enAmount} ago`)
    : say(false, ` ${date} 距今未超过 ${condition.amount} ${zhUnit}`, `${date} is not more than ${enAmount} ago`);
}

/** Judges a condition tree and lists each leaf's reason, met or not (for `not`, the reason is inverted). */
export function judgeCondition(condition: Condition, input: ConditionInput): Judgement {
  if (condition.op === 'all' || condition.op === 'any') {
    const parts = condition.of.map((child) => judgeCondition(child, input));
    const matched = condition.op === 'all' ? parts.every((part) => part.matched) : parts.some((part) => part.matched);
    return { matched, reasons: parts.flatMap((part) => part.reasons) };
  }
  if (condition.op === 'not') {
    const inner = judgeCondition(condition.of, input);
    const reasons = inner.reasons.map((reason) => ({
      matched: !reason.matched,
      text: { 'zh-CN': `并非：${reason.text['zh-CN']}`, en: `Not so: ${reason.text.en}` },
    }));
    return { matched: !inner.matched, reasons };
  }
  const reason = judgeLeaf(condition, input);
  return { matched: reason.matched, reasons: [reason] };
}
