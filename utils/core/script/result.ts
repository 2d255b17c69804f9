import { satisfactionSchema, type Outcome, type Satisfaction } from '../schemas/callback-record';
import type { AnswerValue, EndedWith, EngineState, InvalidatedAnswer, RaisedFlag } from './engine-types';
import { flagInfo } from './flags';
import type { Script } from './schema';

/** What a walk produced, ready to be stored in a callback record. */
export type ScriptResult = {
  scriptId: string;
  scriptVersion: number;
  status: EngineState['status'];
  path: string[];
  answers: Record<string, AnswerValue>;
  invalidated: InvalidatedAnswer[];
  ticks: Record<string, string>;
  /** Required checklist items left unticked: the panel warns before saving. */
  missingTicks: string[];
  flags: RaisedFlag[];
  escalate: boolean;
  outcome: EndedWith | null;
  record: { outcome: Outcome | null; satisfaction: Satisfaction | null; flags: string[] };
  placeholders: Record<string, string | null>;
  startedAt: string | null;
  endedAt: string | null;
};

function pickSatisfaction(script: Script, state: EngineState): Satisfaction | null {
  const questions = script.steps.filter((step) => step.type === 'question' && step.input === 'satisfaction-4');
  const marked = questions.find((step) => step.type === 'question' && step.recordAs === 'satisfaction');
  const onPath = state.path.map((entry) => entry.step);
  const candidates = marked ? [marked.id] : onPath.filter((id) => questions.some((step) => step.id === id));
  for (const id of candidates) {
    const parsed = satisfactionSchema.safeParse(state.answers[id]);
    if (parsed.success) return parsed.data;
  }
  return null;
}

export function summariseResult(script: Script, state: EngineState): ScriptResult {
  const flagNames = [...new Set(state.flags.map((flag) => flag.flag))];
  return {
    scriptId: state.scriptId,
    scriptVersion: state.scriptVersion,
    status: state.status,
    path: state.path.map((entry) => entry.step),
    answers: state.answers,
    invalidated: state.invalidated,
    ticks: state.ticks,
    missingTicks: (script.checklist ?? [])
      .filter((item) => item.required && state.ticks[item.id] === undefined)
      .map((item) => item.id),
    flags: state.flags,
    escalate: flagNames.some((flag) => flagInfo[flag].escalate),
    outcome: state.outcome,
    record: { outcome: state.outcome?.record ?? null, satisfaction: pickSatisfaction(script, state), flags: flagNames },
    placeholders: state.placeholders,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
  };
}
