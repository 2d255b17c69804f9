import type { EngineState, AnswerValue, RaisedFlag } from './engine-types';
import { flagInfo } from './flag-info';
import { pickText, type Locale } from './locale-text';
import { renderSegments, joinSegments, type Segment } from './placeholders';
import type { ChecklistItem, QuestionInput, Script } from './schema';

const defaultLabels: Partial<Record<QuestionInput, Record<string, { 'zh-CN': string; en: string }>>> = {
  'yes-no': { yes: { 'zh-CN': '是', en: 'Yes' }, no: { 'zh-CN': '否', en: 'No' } },
  'satisfaction-4': {
    satisfied: { 'zh-CN': '满意', en: 'Satisfied' },
    'fairly-satisfied': { 'zh-CN': '比较满意', en: 'Fairly satisfied' },
    'basically-satisfied': { 'zh-CN': '基本满意', en: 'Basically satisfied' },
    dissatisfied: { 'zh-CN': '不满意', en: 'Dissatisfied' },
  },
  'scale-5': Object.fromEntries(['1', '2', '3', '4', '5'].map((n) => [n, { 'zh-CN': n, en: n }])),
};

export type OptionView = { value: string; label: string; selected: boolean };
export type ChecklistView = { id: string; text: string; required: boolean; rule: string; tickedAt: string | null };

export type StepView = {
  id: string;
  type: 'say' | 'question';
  input: QuestionInput | null;
  /** The text to read, split so that filled values and gaps can be styled. */
  segments: Segment[];
  /** The same as one string; gaps read 【缺：姓名】 / [missing: name]. */
  text: string;
  note: string | null;
  options: OptionView[];
  answer: AnswerValue | null;
  flags: { flag: RaisedFlag['flag']; label: string; escalate: boolean }[];
  checklist: ChecklistView[];
  canBack: boolean;
  /** The steps the agent has visited, for a breadcrumb. */
  position: number;
};

function listOptions(script: Script, state: EngineState, id: string, locale: Locale): OptionView[] {
  const step = script.steps.find((candidate) => candidate.id === id);
  if (step?.type !== 'question') return [];
  const answer = state.answers[id];
  const chosen = Array.isArray(answer) ? answer : answer === undefined ? [] : [String(answer)];
  const defaults = defaultLabels[step.input];
  const values = defaults ? Object.keys(defaults) : (step.options ?? []).map((option) => option.value);
  return values.map((value) => {
    const option = step.options?.find((candidate) => candidate.value === value);
    const label = option?.label ?? defaults?.[value];
    return { value, label: label ? pickText(label, locale) : value, selected: chosen.includes(value) };
  });
}

function viewChecklist(
  items: readonly ChecklistItem[],
  state: EngineState,
  id: string,
  locale: Locale,
): ChecklistView[] {
  return items
    .filter((item) => item.steps?.includes(id))
    .map((item) => ({
      id: item.id,
      text: pickText(item.text, locale),
      required: item.required,
      rule: item.rule,
      tickedAt: state.ticks[item.id] ?? null,
    }));
}

/** What the panel shows for the current step, rendered with the given context values; null before start. */
export function currentStepView(
  state: EngineState,
  script: Script,
  context: Readonly<Record<string, string | undefined>>,
  locale: Locale,
): StepView | null {
  const step = script.steps.find((candidate) => candidate.id === state.current);
  if (!step) return null;
  const options = { locale, customFields: script.customFields ?? [] };
  const segments = renderSegments(pickText(step.text, locale), context, options);
  return {
    id: step.id,
    type: step.type,
    input: step.type === 'question' ? step.input : null,
    segments,
    text: joinSegments(segments),
    note: step.note ? joinSegments(renderSegments(pickText(step.note, locale), context, options)) : null,
    options: listOptions(script, state, step.id, locale),
    answer: state.answers[step.id] ?? null,
    flags: state.flags
      .filter((flag) => flag.step === step.id)
      .map((flag) => ({
        flag: flag.flag,
        label: pickText(flagInfo[flag.flag].label, locale),
        escalate: flagInfo[flag.flag].escalate,
      })),
    checklist: viewChecklist(script.checklist ?? [], state, step.id, locale),
    canBack: state.path.length > 1 || state.status === 'ended',
    position: state.path.length,
  };
}
