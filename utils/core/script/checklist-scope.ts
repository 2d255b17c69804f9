import { resolveAnswer } from './answer';
import { findStep } from './engine-path';
import type { AnswerValue, EngineState } from './engine-types';
import type { ChecklistItem, Satisfier, Script, Step } from './schema';

// Compliance by construction (docs/script-format.md, "Checklist"): answers tick the items they satisfy, and an item
// is required only on the paths that reach its steps.

function matches(satisfier: Satisfier, value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (!satisfier.answers) return true;
  const given = Array.isArray(value) ? value : [String(value)];
  return given.some((v) => satisfier.answers?.includes(v));
}

/** A say step counts once the agent said it: the walk went on from it by answering, or the script ended there. */
function wasSaid(state: EngineState, id: string): boolean {
  const index = state.path.findIndex((entry) => entry.step === id);
  if (index < 0) return false;
  const after = state.path[index + 1];
  if (after) return after.via === 'answer';
  return state.outcome?.by === 'script' && state.outcome.step === id;
}

/**
 * Whether the call satisfies the item: every satisfying step on this call's path (see listPathSteps) is answered —
 * with one of its values when it lists them — or, for a say step, said; entries on branches not taken do not count,
 * and at least one must be on the path.
 */
export function isItemSatisfied(script: Script, item: ChecklistItem, state: EngineState, path?: Set<string>): boolean {
  if (!item.satisfiedBy) return false;
  const onPath = path ?? listPathSteps(script, state);
  const relevant = item.satisfiedBy.filter((s) => onPath.has(s.step));
  return (
    relevant.length > 0 &&
    relevant.every((s) =>
      findStep(script, s.step)?.type === 'say' ? wasSaid(state, s.step) : matches(s, state.answers[s.step]),
    )
  );
}

/** The steps an item belongs to: those it names and those whose answers satisfy it. None: it belongs to every call. */
export function listItemSteps(item: ChecklistItem): string[] {
  return [...new Set([...(item.steps ?? []), ...(item.satisfiedBy ?? []).map((s) => s.step)])];
}

/**
 * Ticks the items the answers now satisfy, at `at` (a tick already there keeps its time), and takes back the ticks
 * the engine gave to items no longer satisfied (an answer changed). Ticks the agent made by hand stay.
 */
export function applyAutoTicks(script: Script, state: EngineState, at: string): EngineState {
  const items = (script.checklist ?? []).filter((item) => item.satisfiedBy);
  if (items.length === 0) return state;
  const path = listPathSteps(script, state);
  const ticks = { ...state.ticks };
  const auto = new Set(state.autoTicked ?? []);
  let touched = false;
  for (const item of items) {
    const satisfied = isItemSatisfied(script, item, state, path);
    if (satisfied && ticks[item.id] === undefined) {
      ticks[item.id] = at;
      auto.add(item.id);
      touched = true;
    } else if (!satisfied && auto.has(item.id)) {
      delete ticks[item.id];
      auto.delete(item.id);
      touched = true;
    }
  }
  return touched ? { ...state, ticks, autoTicked: [...auto] } : state;
}

/** Where a step goes when the agent moves on without deciding: its answer's way, else its default way on. */
function nextOnPath(script: Script, step: Step, answer: AnswerValue | undefined): string | undefined {
  if (answer !== undefined || step.type === 'say') {
    const resolved = resolveAnswer(step, answer);
    return resolved.to;
  }
  if (step.next !== undefined) return step.next;
  if (step.end !== undefined) return undefined;
  const targets = new Set((step.options ?? []).map((o) => (o.end !== undefined ? `end:${o.end}` : o.goto)));
  if (targets.size === 1) {
    const only = [...targets][0];
    return only?.startsWith('end:') ? undefined : only;
  }
  const index = script.steps.findIndex((s) => s.id === step.id);
  return script.steps[index + 1]?.id;
}

/**
 * The steps of this call's path: those walked, and — unless the script itself ended the call — those it would still
 * walk from where the agent stopped (answers given, default ways on). A call the agent ends after 3 of 14 steps
 * still owes the items of the other 11; a branch the customer's answers did not take owes nothing.
 */
export function listPathSteps(script: Script, state: EngineState): Set<string> {
  const steps = new Set(state.path.map((entry) => entry.step));
  if (state.outcome?.by === 'script' || state.current === null) return steps;
  let at: string | undefined = state.current;
  const seen = new Set<string>();
  while (at !== undefined && !seen.has(at)) {
    seen.add(at);
    steps.add(at);
    const step = findStep(script, at);
    if (!step) break;
    at = nextOnPath(script, step, state.answers[at]);
  }
  return steps;
}

/**
 * THE rule for "required" (docs/report.md, "What a record proves"): the required items of this call's path — those
 * naming no step, and those naming a step on the path (see listPathSteps). The panel's checklist (its stars and
 * "N required left"), the record checks before saving (utils/core/rules/record-checks.ts) and the result summary
 * (missingTicks) all call this one function; a format that declares required items per path plugs in here.
 */
export function listRequiredItems(script: Script, state: EngineState): ChecklistItem[] {
  const path = listPathSteps(script, state);
  return (script.checklist ?? []).filter((item) => {
    if (!item.required) return false;
    const steps = listItemSteps(item);
    return steps.length === 0 || steps.some((id) => path.has(id));
  });
}

/** Required items of the path still unticked: a "reached" record needs them ticked or a stored reason. */
export function listOpenRequiredItems(script: Script, state: EngineState): ChecklistItem[] {
  return listRequiredItems(script, state).filter((item) => state.ticks[item.id] === undefined);
}
