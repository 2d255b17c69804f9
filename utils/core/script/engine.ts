import { outcomeSchema } from '../schemas/callback-record';
import { normaliseAnswer, resolveAnswer } from './answer';
import type { AnswerValue, EngineEvent, EngineProblem, EngineState, PathEntry } from './engine-types';
import { collectPlaceholderValues } from './placeholders';
import type { Script, Step } from './schema';

export * from './engine-types';

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

// Scripts are immutable once parsed, so each one's step index is built once.
const stepIndexes = new WeakMap<Script, Map<string, Step>>();
function findStep(script: Script, id: string | null): Step | undefined {
  let index = stepIndexes.get(script);
  if (!index) {
    index = new Map();
    for (const step of script.steps) if (!index.has(step.id)) index.set(step.id, step);
    stepIndexes.set(script, index);
  }
  return id === null ? undefined : index.get(id);
}
const refuse = (state: EngineState, code: EngineProblem['code'], message: string): EngineState => ({ ...state, problem: { code, message } });

function sameAnswer(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
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
  for (let at = predictNext(script, state, target); at !== undefined && !seen.has(at); at = predictNext(script, state, at)) {
    seen.add(at);
    walk.push(at);
    if (old.has(at)) lastOld = walk.length - 1;
    if (walk.length > script.steps.length) break;
  }
  return walk.slice(0, lastOld + 1);
}

/** Drops the answers (and their flags) of steps that left the path because `because` was answered differently. */
function invalidate(state: EngineState, dropped: readonly string[], because: string, at: string): EngineState {
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
  return { ...state, answers, answeredAt, invalidated, flags: state.flags.filter((flag) => !dropped.includes(flag.step)) };
}

/** Moves to `target`, keeping the old path ahead when it still applies. */
function moveTo(script: Script, state: EngineState, target: string, via: PathEntry['via'], at: string, changedAt: string | null): EngineState {
  let next = state;
  let ahead: string[];
  if (state.ahead[0] === target && changedAt === null) {
    ahead = state.ahead.slice(1);
  } else if (changedAt !== null) {
    ahead = replayAhead(script, state, target);
    const kept = new Set([target, ...ahead]);
    next = invalidate(state, state.ahead.filter((id) => !kept.has(id)), changedAt, at);
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

function endCall(script: Script, state: EngineState, outcomeId: string, at: string, by: 'script' | 'agent'): EngineState {
  const declared = script.outcomes.find((outcome) => outcome.id === outcomeId);
  const record = declared?.record ?? outcomeSchema.safeParse(outcomeId).data;
  if (!record) return refuse(state, 'unknown-outcome', `"${outcomeId}" is not an outcome of this script.`);
  return { ...state, status: 'ended', endedAt: at, outcome: { id: outcomeId, record, step: state.current, at, by }, problem: null };
}

function answer(script: Script, state: EngineState, event: Extract<EngineEvent, { type: 'answer' }>): EngineState {
  const step = findStep(script, state.current);
  if (!step) return refuse(state, 'unknown-step', 'There is no current step.');
  let value: AnswerValue | undefined;
  if (step.type === 'question') {
    if (event.value === undefined) return refuse(state, 'invalid-answer', `Step "${step.id}" needs an answer; skip it to go on without one.`);
    const checked = normaliseAnswer(step, event.value);
    if (!checked.ok) return refuse(state, 'invalid-answer', checked.message);
    value = checked.value;
  }
  const changed = step.type === 'question' && !sameAnswer(state.answers[step.id], value);
  const resolution = resolveAnswer(step, value);
  // Flags of this step follow its latest answer; one raised before keeps its first time.
  const before = state.flags.filter((flag) => flag.step === step.id);
  const raised = resolution.flags.map((flag) => before.find((old) => old.flag === flag) ?? { flag, step: step.id, at: event.at });
  let next: EngineState = { ...state, flags: [...state.flags.filter((flag) => flag.step !== step.id), ...raised] };
  if (value !== undefined) next = { ...next, answers: { ...next.answers, [step.id]: value }, answeredAt: { ...next.answeredAt, [step.id]: event.at } };
  if (resolution.end !== undefined) {
    const ended = endCall(script, changed ? invalidate(next, next.ahead, step.id, event.at) : next, resolution.end, event.at, 'script');
    return ended.problem ? refuse(state, ended.problem.code, ended.problem.message) : { ...ended, ahead: [] };
  }
  if (resolution.to === undefined) return { ...next, problem: { code: 'no-way-on', message: `Nothing follows step "${step.id}"; jump to a step or end the call.` } };
  if (!findStep(script, resolution.to)) return refuse(state, 'unknown-step', `Step "${step.id}" leads to "${resolution.to}", which is not a step.`);
  return moveTo(script, next, resolution.to, 'answer', event.at, changed ? step.id : null);
}

function skip(script: Script, state: EngineState, at: string): EngineState {
  const index = script.steps.findIndex((step) => step.id === state.current);
  const step = script.steps[index];
  const target = step?.next ?? script.steps[index + 1]?.id;
  if (target === undefined) return refuse(state, 'no-way-on', 'This is the last step; jump to a step or end the call.');
  return moveTo(script, state, target, 'skip', at, null);
}

function back(state: EngineState): EngineState {
  if (state.status === 'ended') return { ...state, status: 'running', outcome: null, endedAt: null, problem: null };
  const last = state.path.at(-1);
  const previous = state.path.at(-2);
  if (!last || !previous) return refuse(state, 'nothing-before', 'This is the first step.');
  return { ...state, path: state.path.slice(0, -1), current: previous.step, ahead: [last.step, ...state.ahead], problem: null };
}

/** The engine: a pure reducer. An event that cannot apply returns the state unchanged but for `problem`. */
export function applyEvent(script: Script, state: EngineState, event: EngineEvent): EngineState {
  if (event.type === 'start') {
    if (state.status !== 'ready') return refuse(state, 'already-started', 'The call has already started.');
    const started = { ...state, status: 'running' as const, startedAt: event.at, context: event.context ?? {}, locale: event.locale ?? state.locale };
    return moveTo(script, started, script.start, 'start', event.at, null);
  }
  if (state.status === 'ready') return refuse(state, 'not-started', 'The call has not started.');
  if (state.status === 'ended' && event.type !== 'back') return refuse(state, 'ended', 'The call has ended; go back to change it.');
  switch (event.type) {
    case 'answer':
      return answer(script, state, event);
    case 'skip':
      return skip(script, state, event.at);
    case 'back':
      return back(state);
    case 'jump':
      if (!findStep(script, event.to)) return refuse(state, 'unknown-step', `"${event.to}" is not a step of this script.`);
      return moveTo(script, state, event.to, 'jump', event.at, null);
    case 'tick':
    case 'untick': {
      if (!script.checklist?.some((item) => item.id === event.item)) return refuse(state, 'unknown-item', `"${event.item}" is not a checklist item.`);
      const ticks = { ...state.ticks };
      if (event.type === 'tick') ticks[event.item] = event.at;
      else delete ticks[event.item];
      return { ...state, ticks, problem: null };
    }
    case 'end':
      return endCall(script, state, event.outcome, event.at, 'agent');
  }
}

/** `(state, event) => state` bound to one script. */
export function createScriptReducer(script: Script): (state: EngineState, event: EngineEvent) => EngineState {
  return (state, event) => applyEvent(script, state, event);
}
