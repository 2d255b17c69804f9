import { resolveAnswer } from './answer';
import type { AnswerValue, EngineProblem, EngineState, PathEntry } from './engine-types';
import { openRound, redirectRepeat } from './engine-repeat';
import { collectPlaceholderValues } from './placeholders';
import type { Script, Step } from './schema';

// How the engine moves along the path: step lookup, replaying the old path ahead, invalidating what changed.

// Scripts are immutable once parsed, so each one's step index is built once.
const stepIndexes = new WeakMap<Script, Map<string, Step>>();
export function findStep(script: Script, id: string | null): Step | undefined {
  let index = stepIndexes.get(script);
  if (!index) {
    index = new Map();
    for (const step of script.steps) if (!index.has(step.id)) index.set(step.id, step);
    stepIndexes.set(script, index);
  }
  return id === null ? undefined : index.get(id);
}
export const refuse = (state: EngineState, code: EngineProblem['code'], message: string): EngineState => ({
  ...state,
  problem: { code, message },
});

export function sameAnswer(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The step a step leads to when that is already known: from its answer, or because every answer leads there. */
function predictNext(script: Script, state: EngineState, id: string): string | undefined {
  const step = findStep(script, id);
  if (!step) return undefined;
  const answer = state.answers[id];
  if (step.type === 'say' || answer !== undefined) return resolveAnswer(step, answer).to;
  const exits = [...(step.options ?? []), ...(step.ranges ?? []), { goto: step.next, end: step.end }];
  if (exits.some((exit) => exit.end !== undefined)) return undefined;
  const targets = new Set(exits.map((exit) => exit.goto ?? step.next));
  return targets.size === 1 ? [...targets][0] : undefined;
}

/**
 * Steps of the old path ahead that still follow `target`: walk on from it with the answers already given
 * (and through steps whose way on does not depend on the answer), up to the last step that was on the old path.
 */
function replayAhead(script: Script, state: EngineState, target: string): string[] {
  if (state.ahead.length === 0) return [];
  const old = new Set(state.ahead);
  const walk: string[] = [];
  const seen = new Set([target]);
  let lastOld = -1;
  for (
    let at = predictNext(script, state, target);
    at !== undefined && !seen.has(at);
    at = predictNext(script, state, at)
  ) {
    seen.add(at);
    walk.push(at);
    if (old.has(at)) lastOld = walk.length - 1;
    if (walk.length > script.steps.length) break;
  }
  return walk.slice(0, lastOld + 1);
}

/** Drops the answers (and their flags) of steps that left the path because `because` was answered differently. */
export function invalidate(state: EngineState, dropped: readonly string[], because: string, at: string): EngineState {
  const gone = dropped.filter((id) => state.answers[id] !== undefined);
  if (gone.length === 0 && !state.flags.some((flag) => dropped.includes(flag.step))) return state;
  const answers = { ...state.answers };
  const answeredAt = { ...state.answeredAt };
  const invalidated = [...state.invalidated];
  for (const id of gone) {
    invalidated.push({ step: id, value: answers[id] ?? '', at, because });
    delete answers[id];
    delete answeredAt[id];
  }
  return {
    ...state,
    answers,
    answeredAt,
    invalidated,
    flags: state.flags.filter((flag) => !dropped.includes(flag.step)),
  };
}

/** Moves to `target`, keeping the old path ahead when it still applies. */
export function moveTo(
  script: Script,
  state: EngineState,
  target: string,
  via: PathEntry['via'],
  at: string,
  changedAt: string | null,
): EngineState {
  const redirect = redirectRepeat(findStep(script, target), state);
  if (redirect !== undefined) target = redirect;
  let next = openRound(findStep(script, target), state);
  let ahead: string[];
  if (state.ahead[0] === target && changedAt === null) {
    ahead = state.ahead.slice(1);
  } else if (changedAt !== null) {
    ahead = replayAhead(script, state, target);
    const kept = new Set([target, ...ahead]);
    next = invalidate(
      next,
      state.ahead.filter((id) => !kept.has(id)),
      changedAt,
      at,
    );
  } else {
    ahead = via === 'answer' ? replayAhead(script, state, target) : [];
  }
  const step = findStep(script, target);
  const used = step ? collectPlaceholderValues(step.text, state.context, state.locale) : {};
  return {
    ...next,
    current: target,
    ahead,
    path: [...next.path, { step: target, via, at }],
    placeholders: { ...next.placeholders, ...used },
    problem: null,
  };
}
