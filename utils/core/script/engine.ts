import { isOutcome } from '../schemas/outcomes';
import { normaliseAnswer, resolveAnswer } from './answer';
import { applyAutoTicks } from './checklist-scope';
import { findStep, invalidate, moveTo, refuse, sameAnswer } from './engine-path';
import { keepRound, restoreRound } from './engine-repeat';
import type { AnswerValue, EngineEvent, EngineState } from './engine-types';
import type { Script } from './schema';

export type * from './engine-types';

/** A fresh state for a script: nothing asked yet. */
export function createEngineState(script: Script): EngineState {
  return {
    scriptId: script.id,
    scriptVersion: script.version,
    status: 'ready',
    current: null,
    path: [],
    ahead: [],
    answers: {},
    answeredAt: {},
    invalidated: [],
    flags: [],
    ticks: {},
    outcome: null,
    locale: 'zh-CN',
    context: {},
    placeholders: {},
    startedAt: null,
    endedAt: null,
    problem: null,
  };
}

function endCall(
  script: Script,
  state: EngineState,
  outcomeId: string,
  at: string,
  by: 'script' | 'agent',
): EngineState {
  const declared = script.outcomes.find((outcome) => outcome.id === outcomeId);
  const record = declared?.record ?? (isOutcome(outcomeId) ? outcomeId : undefined);
  if (!record) return refuse(state, 'unknown-outcome', `"${outcomeId}" is not an outcome of this script.`);
  return {
    ...state,
    status: 'ended',
    endedAt: at,
    outcome: { id: outcomeId, record, step: state.current, at, by },
    problem: null,
  };
}

function answer(script: Script, state: EngineState, event: Extract<EngineEvent, { type: 'answer' }>): EngineState {
  const step = findStep(script, state.current);
  if (!step) return refuse(state, 'unknown-step', 'There is no current step.');
  let value: AnswerValue | undefined;
  if (step.type === 'question') {
    if (event.value === undefined)
      return refuse(state, 'invalid-answer', `Step "${step.id}" needs an answer; skip it to go on without one.`);
    const checked = normaliseAnswer(step, event.value);
    if (!checked.ok) return refuse(state, 'invalid-answer', checked.message);
    value = checked.value;
  }
  const changed = step.type === 'question' && !sameAnswer(state.answers[step.id], value);
  const resolution = resolveAnswer(step, value);
  // Flags of this step follow its latest answer; one raised before keeps its first time.
  const before = state.flags.filter((flag) => flag.step === step.id);
  const raised = resolution.flags.map(
    (flag) => before.find((old) => old.flag === flag) ?? { flag, step: step.id, at: event.at },
  );
  let next: EngineState = { ...state, flags: [...state.flags.filter((flag) => flag.step !== step.id), ...raised] };
  if (value !== undefined)
    next = keepRound(
      step,
      {
        ...next,
        answers: { ...next.answers, [step.id]: value },
        answeredAt: { ...next.answeredAt, [step.id]: event.at },
      },
      value,
    );
  if (resolution.end !== undefined) {
    const ended = endCall(
      script,
      changed ? invalidate(next, next.ahead, step.id, event.at) : next,
      resolution.end,
      event.at,
      'script',
    );
    return ended.problem ? refuse(state, ended.problem.code, ended.problem.message) : { ...ended, ahead: [] };
  }
  if (resolution.to === undefined)
    return {
      ...next,
      problem: { code: 'no-way-on', message: `Nothing follows step "${step.id}"; jump to a step or end the call.` },
    };
  if (!findStep(script, resolution.to))
    return refuse(state, 'unknown-step', `Step "${step.id}" leads to "${resolution.to}", which is not a step.`);
  return moveTo(script, next, resolution.to, 'answer', event.at, changed ? step.id : null);
}

function skip(script: Script, state: EngineState, at: string): EngineState {
  const index = script.steps.findIndex((step) => step.id === state.current);
  const step = script.steps[index];
  const target = step?.next ?? script.steps[index + 1]?.id;
  if (target === undefined) return refuse(state, 'no-way-on', 'This is the last step; jump to a step or end the call.');
  return moveTo(script, state, target, 'skip', at, null);
}

function back(script: Script, state: EngineState): EngineState {
  if (state.status === 'ended') return { ...state, status: 'running', outcome: null, endedAt: null, problem: null };
  const last = state.path.at(-1);
  const previous = state.path.at(-2);
  if (!last || !previous) return refuse(state, 'nothing-before', 'This is the first step.');
  return restoreRound(script, {
    ...state,
    path: state.path.slice(0, -1),
    current: previous.step,
    ahead: [last.step, ...state.ahead],
    problem: null,
  });
}

/** The engine: a pure reducer. An event that cannot apply returns the state unchanged but for `problem`. */
export function applyEvent(script: Script, state: EngineState, event: EngineEvent): EngineState {
  if (event.type === 'start') {
    if (state.status !== 'ready') return refuse(state, 'already-started', 'The call has already started.');
    const started = {
      ...state,
      status: 'running' as const,
      startedAt: event.at,
      context: event.context ?? {},
      locale: event.locale ?? state.locale,
    };
    const first = (event.kind && script.startByKind?.[event.kind]) ?? script.start;
    return moveTo(script, started, first, 'start', event.at, null);
  }
  if (state.status === 'ready') return refuse(state, 'not-started', 'The call has not started.');
  // Ticks stay open after the end: the agent confirms the checklist before recording the outcome.
  if (state.status === 'ended' && event.type !== 'back' && event.type !== 'tick' && event.type !== 'untick')
    return refuse(state, 'ended', 'The call has ended; go back to change it.');
  switch (event.type) {
    case 'answer': {
      const next = answer(script, state, event);
      return next.problem ? next : applyAutoTicks(script, next, event.at);
    }
    case 'skip':
      return skip(script, state, event.at);
    case 'back':
      return back(script, state);
    case 'jump':
      if (!findStep(script, event.to))
        return refuse(state, 'unknown-step', `"${event.to}" is not a step of this script.`);
      return moveTo(script, state, event.to, 'jump', event.at, null);
    case 'tick':
    case 'untick': {
      if (!script.checklist?.some((item) => item.id === event.item))
        return refuse(state, 'unknown-item', `"${event.item}" is not a checklist item.`);
      const ticks = { ...state.ticks };
      if (event.type === 'tick') ticks[event.item] = event.at;
      else delete ticks[event.item];
      // A tick the agent touches is theirs from now on: answers no longer take it away.
      const autoTicked = state.autoTicked?.filter((id) => id !== event.item);
      return { ...state, ticks, ...(autoTicked ? { autoTicked } : {}), problem: null };
    }
    case 'end':
      return endCall(script, state, event.outcome, event.at, 'agent');
  }
}

/** `(state, event) => state` bound to one script. */
export function createScriptReducer(script: Script): (state: EngineState, event: EngineEvent) => EngineState {
  return (state, event) => applyEvent(script, state, event);
}
