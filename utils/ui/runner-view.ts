import { currentStepView, type StepView as CoreStepView } from '@/utils/core/script/view';
import type { EngineState } from '@/utils/core/script/engine';
import { listRequiredItems } from '@/utils/core/script/checklist-scope';
import { pickText, type Locale } from '@/utils/core/script/locale-text';
import type { Script, Step } from '@/utils/core/script/schema';
import type { StepView } from '@/components/step-runner';
import type { ChecklistItemView } from '@/components/checklist';

export function findStep(script: Script, id: string | null): Step | undefined {
  return script.steps.find((s) => s.id === id);
}

/** The engine's view of the current step (choices in key order 1…9), null when not running. */
export function viewCurrentStep(
  script: Script,
  state: EngineState,
  values: Record<string, string>,
  locale: Locale,
): CoreStepView | null {
  return state.status === 'running' ? currentStepView(state, script, values, locale) : null;
}

/** Adds what the panel needs to the engine's view: the key of each choice, the free input, the pending multiple choice. */
export function buildStepView(
  script: Script,
  state: EngineState,
  options: { locale: Locale; values: Record<string, string>; freeValue: string; pending: string[] },
): StepView | null {
  const core = viewCurrentStep(script, state, options.values, options.locale);
  if (!core) return null;
  const yesNo = core.input === 'yes-no';
  const pendingMultiple = core.input === 'multiple' && options.pending.length > 0;
  const free =
    core.input === 'number' || core.input === 'date' || core.input === 'datetime' || core.input === 'text'
      ? core.input
      : null;
  return {
    id: core.id,
    number: core.position,
    total: Math.max(script.steps.length, core.position),
    parts: core.segments,
    note: core.note,
    answers: core.options.map((o, i) => ({
      value: o.value,
      label: o.label,
      key: yesNo ? (o.value === 'yes' ? 'Y' : 'N') : String(i + 1),
      selected: pendingMultiple ? options.pending.includes(o.value) : o.selected,
    })),
    freeInput: free,
    freeValue: options.freeValue,
  };
}

/** The path so far as short step texts with their answers, for the agent to see where the call went. */
export function describePath(script: Script, state: EngineState, locale: Locale): string[] {
  const seen = new Map<string, number>();
  return state.path.slice(0, -1).map((entry) => {
    const step = findStep(script, entry.step);
    const text = step ? pickText(step.text, locale).replace(/\{\{[^}]*\}\}/g, '…') : entry.step;
    // A repeated question shows each round's own answer (engine-repeat.ts), not the latest one on every visit.
    const round = seen.get(entry.step) ?? 0;
    seen.set(entry.step, round + 1);
    const answer = state.rounds?.[entry.step]?.[round] ?? state.answers[entry.step];
    const short = text.length > 24 ? `${text.slice(0, 24)}…` : text;
    return answer === undefined ? short : `${short} → ${Array.isArray(answer) ? answer.join(', ') : String(answer)}`;
  });
}

/**
 * The whole checklist stays visible; items that belong to the current step are highlighted. "Required" is required on
 * the path this call took (listRequiredItems): an item of a branch the customer's answers did not take is not starred
 * and not counted in "N required left".
 */
export function buildChecklist(script: Script, state: EngineState, locale: Locale): ChecklistItemView[] {
  const required = new Set(listRequiredItems(script, state).map((item) => item.id));
  return (script.checklist ?? []).map((item) => ({
    id: item.id,
    text: pickText(item.text, locale),
    required: required.has(item.id),
    rule: item.rule,
    checked: item.id in state.ticks,
    relevant: state.current !== null && (item.steps?.includes(state.current) ?? false),
  }));
}

/** The item X ticks: the first open item of this step, else the first open required one, else the first open one. */
export function nextOpenItem(items: readonly ChecklistItemView[]): ChecklistItemView | undefined {
  const open = items.filter((i) => !i.checked);
  return open.find((i) => i.relevant) ?? open.find((i) => i.required) ?? open[0];
}
