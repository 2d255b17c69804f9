import { satisfactionSchema, type Outcome, type Satisfaction } from '../schemas/callback-record';
import type { AnswerValue, EndedWith, EngineState, InvalidatedAnswer, RaisedFlag } from './engine-types';
import { listOpenRequiredItems } from './checklist-scope';
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
  /** Required checklist items of the call's path left unticked: "reached" needs them ticked or a reason. */
  missingTicks: string[];
  flags: RaisedFlag[];
  escalate: boolean;
  outcome: EndedWith | null;
  record: { outcome: Outcome | null; satisfaction: Satisfaction | null; flags: string[] };
  placeholders: Record<string, string | null>;
  startedAt: string | null;
  endedAt: string | null;
};

/**
 * The record's overall rating: the first answered step marked `recordAs: "satisfaction"` on the path (one per
 * branch may be marked); a script marking none falls back to its first 4-level answer on the path.
 */
export function pickSatisfaction(script: Script, state: Pick<EngineState, 'path' | 'answers'>): Satisfaction | null {
  const rated = new Set(
    script.steps.filter((step) => step.type === 'question' && step.input === 'satisfaction-4').map((s) => s.id),
  );
  const marked = new Set(
    script.steps.filter((step) => step.type === 'question' && step.recordAs === 'satisfaction').map((s) => s.id),
  );
  const wanted = marked.size > 0 ? marked : rated;
  for (const entry of state.path) {
    if (!wanted.has(entry.step)) continue;
    const parsed = satisfactionSchema.safeParse(state.answers[entry.step]);
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
    missingTicks: listOpenRequiredItems(script, state).map((item) => item.id),
    flags: state.flags,
    escalate: flagNames.some((flag) => flagInfo[flag].escalate),
    outcome: state.outcome,
    record: { outcome: state.outcome?.record ?? null, satisfaction: pickSatisfaction(script, state), flags: flagNames },
    placeholders: state.placeholders,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
  };
}
