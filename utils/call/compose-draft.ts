import type { CallbackKind } from '@/utils/core/callback-kinds';
import type { LocalizedText } from '@/utils/core/script/localized';
import { listRecordedAnswers } from '@/utils/core/script/engine-repeat';
import type { EngineState } from '@/utils/core/script/engine';
import type { Script } from '@/utils/core/script/schema';
import { pickSatisfaction } from '@/utils/core/script/result';
import type { Satisfaction } from '@/utils/core/schemas/callback-record';
import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import type { Draft } from '@/utils/core/schemas/draft';
import { standardFieldKeys, type StandardFieldKey } from '@/utils/core/fields';

/** Flag set on a record the agent escalated by hand (重大异常, 篇六 第十条). */
export const escalatedFlag = 'escalated';

export type DraftInput = {
  customerKey: string;
  recordId: string;
  startedAt: string;
  now: string;
  context: CustomerContext;
  kind: CallbackKind;
  kindReason: LocalizedText | null;
  script: Script | null;
  engine: EngineState | null;
  notes: string;
  escalated: boolean;
  ringSeconds: number | null;
  agent: string;
  dueAt: string | null;
  callBackAt: string | null;
};

/** The page values a record keeps (normalised values, not the page's raw text). */
export function contextValues(context: CustomerContext): Partial<Record<StandardFieldKey, string>> {
  const out: Partial<Record<StandardFieldKey, string>> = {};
  for (const key of standardFieldKeys) {
    const field = context.fields[key];
    if (field) out[key] = field.value.slice(0, 4000);
  }
  return out;
}

function findSatisfaction(script: Script | null, engine: EngineState | null): Satisfaction | null {
  return script && engine ? pickSatisfaction(script, engine) : null;
}

/** The call in progress as the draft the data layer saves and finishes. */
export function composeDraft(input: DraftInput): Draft {
  const engine = input.engine;
  const flags = [
    ...new Set([...(engine?.flags.map((f) => f.flag) ?? []), ...(input.escalated ? [escalatedFlag] : [])]),
  ];
  return {
    customerKey: input.customerKey,
    recordId: input.recordId,
    startedAt: input.startedAt,
    updatedAt: input.now,
    engine,
    kindReason: input.kindReason,
    record: {
      kind: input.kind,
      scriptId: input.script?.id ?? null,
      scriptVersion: input.script?.version ?? null,
      channel: 'phone',
      ringSeconds: input.ringSeconds,
      outcome: null,
      callBackAt: input.callBackAt,
      answers: engine && input.script ? listRecordedAnswers(input.script, engine) : { ...(engine?.answers ?? {}) },
      path: engine?.path.map((p) => p.step) ?? [],
      ticks: { ...(engine?.ticks ?? {}) },
      flags,
      satisfaction: findSatisfaction(input.script, engine),
      notes: input.notes,
      agent: input.agent,
      sourceUrl: input.context.url,
      context: contextValues(input.context),
      dueAt: input.dueAt,
    },
  };
}
