import { describeBadDate } from '../export/date-checks';
import type { Condition } from './condition-schema';
import { formatJsonPath, type LintError } from './lint-types';
import type { Script } from './schema';

/** Fields that hold dates: the date operators (date-within, date-before…) only read these. */
export const dateFieldKeys: readonly string[] = ['birthDate', 'signDate', 'today'];

type Path = (string | number)[];

/**
 * Checks for meaning, not shape (docs/script-format.md, "Validation rules"): bounds in order, real date
 * literals, date operators on date fields, number bounds only on number answers.
 */
export function lintSemantics(script: Script): LintError[] {
  const errors: LintError[] = [];
  const report = (path: Path, code: LintError['code'], message: string) =>
    errors.push({ path: formatJsonPath(path), code, message });
  const numberCustom = new Set(script.customFields?.filter((f) => f.type === 'number').map((f) => f.key));
  const dateCustom = new Set(script.customFields?.filter((f) => f.type === 'date').map((f) => f.key));
  const datesSoFar = new Set(dateFieldKeys);
  script.customFields?.forEach((field, i) => {
    if (field.compute) {
      const { from, unit, add } = field.compute;
      if (field.type !== 'date')
        report(
          ['customFields', i, 'type'],
          'wrong-field-type',
          `"${field.key}" is computed as a date; declare it with "type": "date".`,
        );
      if (!datesSoFar.has(from))
        report(
          ['customFields', i, 'compute', 'from'],
          'wrong-field-type',
          `"${field.key}" is computed from "${from}", which is not a date field declared before it; use ${[...datesSoFar].join(', ')}.`,
        );
      if (unit === 'working-days' && add < 0)
        report(
          ['customFields', i, 'compute', 'add'],
          'invalid-range',
          `"${field.key}": working days count forward only; "add" must be 0 or more (got ${add}).`,
        );
    }
    if (field.type === 'date') datesSoFar.add(field.key);
  });
  script.steps.forEach((step, s) => {
    if (step.type !== 'question') return;
    const numeric = step.input === 'number' || step.input === 'scale-5';
    if (!numeric && (step.min !== undefined || step.max !== undefined)) {
      report(
        ['steps', s, step.min !== undefined ? 'min' : 'max'],
        'wrong-field-type',
        `Step "${step.id}" takes ${step.input} answers; min and max only apply to number and scale-5 questions.`,
      );
    }
    if (step.min !== undefined && step.max !== undefined && step.min > step.max) {
      report(
        ['steps', s, 'min'],
        'invalid-range',
        `Step "${step.id}": min ${step.min} is greater than max ${step.max}.`,
      );
    }
    step.ranges?.forEach((range, r) => {
      if (range.min !== undefined && range.max !== undefined && range.min > range.max) {
        report(
          ['steps', s, 'ranges', r, 'min'],
          'invalid-range',
          `Step "${step.id}", range ${r + 1}: min ${range.min} is greater than max ${range.max}, so no answer falls in it.`,
        );
      }
    });
  });
  // Iterative walk: the schema already capped the depth, but a linter must never be the one to overflow.
  const stack: { c: Condition; path: Path }[] = script.appliesWhen
    ? [{ c: script.appliesWhen, path: ['appliesWhen'] }]
    : [];
  while (stack.length) {
    const { c, path } = stack.pop() as { c: Condition; path: Path };
    if (c.op === 'all' || c.op === 'any')
      c.of.forEach((child, i) => stack.push({ c: child, path: [...path, 'of', i] }));
    else if (c.op === 'not') stack.push({ c: c.of, path: [...path, 'of'] });
    else if (c.op === 'equals' || c.op === 'in') {
      const values = c.op === 'equals' ? [c.value] : c.values;
      const misuse = values.map(describeComparisonText).find((hint) => hint !== null);
      if (misuse)
        report(
          [...path, c.op === 'equals' ? 'value' : 'values'],
          'misused-operator',
          `"${c.op}" compares text exactly, so ${misuse}`,
        );
    } else if (c.op === 'gt' || c.op === 'gte' || c.op === 'lt' || c.op === 'lte' || c.op === 'between') {
      if (!numberCustom.has(c.field))
        report(
          [...path, 'field'],
          'wrong-field-type',
          `"${c.op}" compares numbers, but "${c.field}" is not a number field; declare it in customFields with "type": "number".`,
        );
      if (c.op === 'between' && c.min > c.max)
        report(
          [...path, 'min'],
          'invalid-range',
          `"between": min ${c.min} is greater than max ${c.max}, so nothing is between.`,
        );
    } else if (c.op.startsWith('date-') && 'field' in c) {
      if (!dateFieldKeys.includes(c.field) && !dateCustom.has(c.field)) {
        report(
          [...path, 'field'],
          'wrong-field-type',
          `"${c.op}" compares dates, but "${c.field}" is not a date field; use ${dateFieldKeys.join(', ')} or a custom field declared with "type": "date".`,
        );
      }
      if ((c.op === 'date-before' || c.op === 'date-after') && 'date' in c) {
        const bad = describeBadDate(c.date);
        if (bad) report([...path, 'date'], 'invalid-date', `${bad}.`);
      }
    }
  }
  return errors;
}

const comparisonOps: [RegExp, string][] = [
  [/^>=|^≥/, 'gte'],
  [/^<=|^≤/, 'lte'],
  [/^>/, 'gt'],
  [/^</, 'lt'],
];

/** "…so ">100000" never matches; write { "op": "gt", … }" for a value that reads as a comparison, else null. */
export function describeComparisonText(value: string): string | null {
  const text = value.trim();
  for (const [pattern, op] of comparisonOps) {
    const rest = text.replace(pattern, '').trim();
    if (rest !== text && rest !== '' && Number.isFinite(Number(rest.replace(/,/g, ''))))
      return `${JSON.stringify(value)} would only match that very text; to compare numbers write { "op": "${op}", "field": …, "value": ${Number(rest.replace(/,/g, ''))} }.`;
  }
  const range = /^(-?[\d,.]+)\s*(?:~|～|到|至)\s*(-?[\d,.]+)$/.exec(text);
  if (
    range &&
    Number.isFinite(Number(range[1]?.replace(/,/g, ''))) &&
    Number.isFinite(Number(range[2]?.replace(/,/g, '')))
  )
    return `${JSON.stringify(value)} would only match that very text; for a range write { "op": "between", "field": …, "min": ${Number(range[1]?.replace(/,/g, ''))}, "max": ${Number(range[2]?.replace(/,/g, ''))} }.`;
  return null;
}

/**
 * The deepest nesting of objects and arrays in a parsed JSON value, walked without recursion, so a 10,000-level
 * file is measured instead of overflowing the stack of a recursive validator.
 */
export function measureNesting(value: unknown, stopAt = Infinity): { depth: number; path: Path } {
  let deepest = { depth: 0, path: [] as Path };
  const stack: { v: unknown; depth: number; path: Path }[] = [{ v: value, depth: 0, path: [] }];
  while (stack.length) {
    const { v, depth, path } = stack.pop() as { v: unknown; depth: number; path: Path };
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > deepest.depth) deepest = { depth: depth + 1, path };
    if (deepest.depth > stopAt) break;
    if (Array.isArray(v)) v.forEach((item, i) => stack.push({ v: item, depth: depth + 1, path: [...path, i] }));
    else for (const [k, item] of Object.entries(v)) stack.push({ v: item, depth: depth + 1, path: [...path, k] });
  }
  return deepest;
}
