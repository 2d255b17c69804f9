import { isSatisfaction } from '../schemas/outcomes';
import type { AnswerInput, AnswerValue } from './engine-types';
import type { ScriptFlag } from './flags';
import type { QuestionStep, Step } from './schema';

export type Normalised = { ok: true; value: AnswerValue } | { ok: false; message: string };

const satisfactionWords: Record<string, string> = {
  满意: 'satisfied',
  比较满意: 'fairly-satisfied',
  基本满意: 'basically-satisfied',
  不满意: 'dissatisfied',
};
const yesWords = new Set(['yes', 'y', 'true', '是', '对']);
const noWords = new Set(['no', 'n', 'false', '否', '不是']);

function toNumber(input: AnswerInput): number | null {
  if (typeof input === 'number') return Number.isFinite(input) ? input : null;
  if (typeof input === 'string' && input.trim() !== '' && Number.isFinite(Number(input))) return Number(input);
  return null;
}

function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** Checks an answer against the question and returns the stored form, or a sentence saying what is wrong. */
export function normaliseAnswer(step: QuestionStep, input: AnswerInput): Normalised {
  const values = (step.options ?? []).map((option) => option.value);
  switch (step.input) {
    case 'yes-no': {
      const word = String(input).trim().toLowerCase();
      if (yesWords.has(word)) return { ok: true, value: 'yes' };
      if (noWords.has(word)) return { ok: true, value: 'no' };
      return { ok: false, message: 'Answer yes or no.' };
    }
    case 'single':
      return typeof input === 'string' && values.includes(input)
        ? { ok: true, value: input }
        : { ok: false, message: `Choose one of: ${values.join(', ')}.` };
    case 'multiple': {
      const chosen = Array.isArray(input) ? input : typeof input === 'string' ? [input] : null;
      if (!chosen || chosen.some((value) => !values.includes(value)))
        return { ok: false, message: `Choose among: ${values.join(', ')}.` };
      return { ok: true, value: values.filter((value) => chosen.includes(value)) };
    }
    case 'satisfaction-4': {
      const text = String(input).trim();
      const value = satisfactionWords[text] ?? text;
      return isSatisfaction(value)
        ? { ok: true, value }
        : {
            ok: false,
            message:
              'Answer satisfied, fairly-satisfied, basically-satisfied or dissatisfied (满意/比较满意/基本满意/不满意).',
          };
    }
    case 'scale-5': {
      const value = toNumber(input);
      return value !== null && Number.isInteger(value) && value >= 1 && value <= 5
        ? { ok: true, value }
        : { ok: false, message: 'Answer a whole number from 1 to 5.' };
    }
    case 'number': {
      const value = toNumber(input);
      if (value === null) return { ok: false, message: 'Answer a number.' };
      if ((step.min !== undefined && value < step.min) || (step.max !== undefined && value > step.max)) {
        return { ok: false, message: `Answer a number from ${step.min ?? '-∞'} to ${step.max ?? '∞'}.` };
      }
      return { ok: true, value };
    }
    case 'date':
      return typeof input === 'string' && isRealDate(input)
        ? { ok: true, value: input }
        : { ok: false, message: 'Answer a date as YYYY-MM-DD.' };
    case 'datetime': {
      // A time the customer agreed (a call-back, an appointment): local wall time, as the agent heard it.
      const match =
        typeof input === 'string' ? /^(\d{4}-\d{2}-\d{2})[T ]([01]\d|2[0-3]):([0-5]\d)$/.exec(input.trim()) : null;
      return match?.[1] && isRealDate(match[1])
        ? { ok: true, value: `${match[1]}T${match[2]}:${match[3]}` }
        : { ok: false, message: 'Answer a date and time as YYYY-MM-DDTHH:mm (e.g. 2026-12-01T14:30).' };
    }
    case 'text':
      return typeof input === 'string' ? { ok: true, value: input } : { ok: false, message: 'Answer with text.' };
  }
}

export type Resolution = { flags: ScriptFlag[]; to?: string; end?: string };

/** Where a done step leads with this answer (see "Where an answer leads" in docs/script-format.md). */
export function resolveAnswer(step: Step, value: AnswerValue | undefined): Resolution {
  const chosen: { goto?: string; end?: string; flags?: ScriptFlag[] }[] = [];
  if (step.type === 'question' && value !== undefined) {
    const picked = Array.isArray(value) ? value : [String(value)];
    for (const option of step.options ?? []) if (picked.includes(option.value)) chosen.push(option);
    if (typeof value === 'number') {
      const range = step.ranges?.find(
        (r) => (r.min === undefined || value >= r.min) && (r.max === undefined || value <= r.max),
      );
      if (range) chosen.push(range);
    }
  }
  const flags = [...new Set([...(step.flags ?? []), ...chosen.flatMap((choice) => choice.flags ?? [])])];
  const ending = chosen.find((choice) => choice.end !== undefined);
  if (ending?.end !== undefined) return { flags, end: ending.end };
  const going = chosen.find((choice) => choice.goto !== undefined);
  if (going?.goto !== undefined) return { flags, to: going.goto };
  if (step.next !== undefined) return { flags, to: step.next };
  if (step.end !== undefined) return { flags, end: step.end };
  return { flags };
}
