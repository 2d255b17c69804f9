import { normaliseAnswer, resolveAnswer } from '@/utils/core/script/answer';
import type { AnswerInput } from '@/utils/core/script/engine-types';
import type { QuestionStep } from '@/utils/core/script/schema';
import { text } from './script-fixture';

const q = (input: QuestionStep['input'], extra: Partial<QuestionStep> = {}): QuestionStep => ({
  id: 'q',
  type: 'question',
  input,
  text: text('问', 'Ask'),
  ...extra,
});
const heard = q('multiple', {
  options: [
    { value: 'friend', label: text('朋友', 'A friend'), goto: 'model' },
    { value: 'ad', label: text('广告', 'An advert') },
    { value: 'other', label: text('其他', 'Other'), flags: ['wants-follow-up'], end: 'done' },
  ],
  next: 'thanks',
});
const score = q('number', {
  min: 0,
  max: 10,
  ranges: [
    { max: 4, flags: ['dissatisfied'], goto: 'why' },
    { min: 9, goto: 'refer' },
  ],
  next: 'close',
});

describe('normaliseAnswer', () => {
  it.each<[string, QuestionStep, AnswerInput, ReturnType<typeof normaliseAnswer>]>([
    ['yes as true', q('yes-no'), true, { ok: true, value: 'yes' }],
    ['否 as no', q('yes-no'), '否', { ok: true, value: 'no' }],
    ['a list in the order of the script', heard, ['other', 'friend'], { ok: true, value: ['friend', 'other'] }],
    ['one choice given as text', heard, 'ad', { ok: true, value: ['ad'] }],
    ['a choice not offered', heard, ['tv'], { ok: false, message: 'Choose among: friend, ad, other.' }],
    ['基本满意', q('satisfaction-4'), '基本满意', { ok: true, value: 'basically-satisfied' }],
    ['a scale answer given as text', q('scale-5'), '4', { ok: true, value: 4 }],
    ['a scale answer out of range', q('scale-5'), 6, { ok: false, message: 'Answer a whole number from 1 to 5.' }],
    ['a number over the maximum', score, 11, { ok: false, message: 'Answer a number from 0 to 10.' }],
    ['an impossible date', q('date'), '2026-02-30', { ok: false, message: 'Answer a date as YYYY-MM-DD.' }],
    ['a real date', q('date'), '2026-02-28', { ok: true, value: '2026-02-28' }],
  ])('takes %s', (_label, step, input, expected) => {
    expect(normaliseAnswer(step, input)).toEqual(expected);
  });
});

describe('resolveAnswer', () => {
  it.each<[string, QuestionStep, Parameters<typeof resolveAnswer>[1], ReturnType<typeof resolveAnswer>]>([
    ['an end among the chosen options wins', heard, ['friend', 'other'], { flags: ['wants-follow-up'], end: 'done' }],
    ['else the first goto in script order', heard, ['ad', 'friend'], { flags: [], to: 'model' }],
    ['else the step next', heard, ['ad'], { flags: [], to: 'thanks' }],
    ['a low score takes its range', score, 3, { flags: ['dissatisfied'], to: 'why' }],
    ['a middle score takes next', score, 7, { flags: [], to: 'close' }],
    ['a high score takes its range', score, 10, { flags: [], to: 'refer' }],
    ['a skipped step takes next', score, undefined, { flags: [], to: 'close' }],
  ])('%s', (_label, step, value, expected) => {
    expect(resolveAnswer(step, value)).toEqual(expected);
  });
});
