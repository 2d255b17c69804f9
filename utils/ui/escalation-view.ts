import type { CallbackRecord } from '../core/schemas/callback-record';
import { listProposedEscalations } from '../core/rules/escalation-lifecycle';
import type { ScriptFlag } from '../core/script/flags';

export interface EscalationBannerState {
  /** The record the escalation is raised on; null while the call is still open. */
  record: Pick<CallbackRecord, 'id' | 'flags'> | null;
  proposed: ScriptFlag[];
  manual: boolean;
}

/**
 * What the escalation banner shows: the serious answers of the call in progress or, once this view has recorded,
 * of the call just recorded. The history is newest first (utils/call/call-session.ts), so that call is its head.
 */
export function escalationBannerState(input: {
  recorded: number;
  history: readonly Pick<CallbackRecord, 'id' | 'flags'>[];
  liveFlags: readonly string[];
  liveEscalated: boolean;
}): EscalationBannerState | null {
  const record = input.recorded > 0 ? (input.history[0] ?? null) : null;
  const flags = record ? record.flags : input.liveFlags;
  const proposed = listProposedEscalations(flags, record?.id ?? '');
  const manual = record ? record.flags.includes('escalated') : input.liveEscalated;
  return proposed.length === 0 && !manual ? null : { record, proposed, manual };
}
