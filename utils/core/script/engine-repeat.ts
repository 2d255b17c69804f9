import type { AnswerValue, EngineState } from './engine-types';
import type { Script, Step } from './schema';

// Repeated questions (format 2, `repeat: { max, then }`; docs/script-format.md "Repeat"): each visit of the step on
// the path is a round; every round's answer is kept in `rounds`, `answers` holds the current round's, and the walk
// leaves the loop for `then` once the step has been asked `max` times.

const visitsOf = (state: EngineState, id: string): number => state.path.filter((entry) => entry.step === id).length;

/** Where a move to `target` really goes: past a repeated question already asked `max` times. */
export function redirectRepeat(step: Step | undefined, state: EngineState): string | undefined {
  if (step?.type !== 'question' || !step.repeat) return undefined;
  return visitsOf(state, step.id) >= step.repeat.max ? step.repeat.then : undefined;
}

/** Entering a new round: the step asks afresh (its earlier answers stay in `rounds`). */
export function openRound(step: Step | undefined, state: EngineState): EngineState {
  if (step?.type !== 'question' || !step.repeat || state.answers[step.id] === undefined) return state;
  const answers = { ...state.answers };
  const answeredAt = { ...state.answeredAt };
  delete answers[step.id];
  delete answeredAt[step.id];
  return { ...state, answers, answeredAt };
}

/** Stores this round's answer; a round answered again replaces its answer and drops the rounds after it. */
export function keepRound(step: Step, state: EngineState, value: AnswerValue): EngineState {
  if (step.type !== 'question' || !step.repeat) return state;
  const round = Math.max(0, visitsOf(state, step.id) - 1);
  const earlier = (state.rounds?.[step.id] ?? []).slice(0, round);
  return { ...state, rounds: { ...state.rounds, [step.id]: [...earlier, value] } };
}

/** Going back into an earlier round shows that round's answer again. */
export function restoreRound(script: Script, state: EngineState): EngineState {
  const id = state.current;
  const step = script.steps.find((s) => s.id === id);
  if (!id || step?.type !== 'question' || !step.repeat) return state;
  const value = state.rounds?.[id]?.[visitsOf(state, id) - 1];
  return value === undefined ? state : { ...state, answers: { ...state.answers, [id]: value } };
}

/** The answers a record stores: a repeated question's rounds as one list, in order. */
export function listRecordedAnswers(script: Script, state: EngineState): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = { ...state.answers };
  for (const [id, rounds] of Object.entries(state.rounds ?? {})) {
    if (rounds.length > 0 && script.steps.some((s) => s.id === id)) out[id] = rounds.map((v) => String(v));
  }
  return out;
}
