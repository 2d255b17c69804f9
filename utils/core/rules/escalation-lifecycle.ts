import type { WorkingCalendar } from '../calendar/working-calendar';
import type { CallbackRecord } from '../schemas/callback-record';
import { type ScriptFlag, flagInfo, scriptFlagSchema } from '../script/flags';
import { type Escalation, type EscalationSeverity, getEscalationSeverity, openEscalations } from './escalations';

// An escalation's life (篇六 第十条; docs/report.md, escalations): raised by the agent from a serious answer or by hand,
// with a severity and a reason; a second callback is due within 5 working days; it stays open until a later
// completed callback to the same customer is recorded — by any agent, so the merged records of several agents decide.

export type RaiseInput = {
  record: CallbackRecord;
  /** The serious anomaly: a flag the record raised, or one the agent picks for a manual escalation. */
  type: ScriptFlag;
  severity?: EscalationSeverity;
  reason: string;
  now: number;
  newId: () => string;
  calendar: WorkingCalendar;
  timeZone?: string;
  existing?: readonly Escalation[];
};

/** The escalation a record raises, with its second callback's deadline; throws on a missing reason or type. */
export function raiseEscalation(input: RaiseInput): Escalation {
  if (!flagInfo[input.type].escalate) throw new Error(`"${input.type}" is not a serious anomaly.`);
  const reason = input.reason.trim();
  if (!reason) throw new Error('Say why the call is escalated.');
  const already = input.existing?.find((e) => e.recordId === input.record.id && e.type === input.type);
  if (already) throw new Error(`This call is already escalated for "${input.type}" (${already.id}).`);
  // openEscalations computes the deadline the same way for flags raised by answers; reuse it on a copy whose
  // flags are just this type.
  const opened = openEscalations(
    { ...input.record, flags: [input.type] },
    { now: input.now, newId: input.newId, calendar: input.calendar, timeZone: input.timeZone },
  ).escalations[0];
  if (!opened) throw new Error(`"${input.type}" opened no escalation.`);
  return {
    ...opened,
    severity: input.severity ?? getEscalationSeverity(input.type),
    reason,
    secondCallbackRecordId: null,
    secondCallbackAt: null,
  };
}

const completing = new Set(['reached', 'message-sent']);

/** What settling an escalation reads of a record (the report keeps only some fields of each record). */
type SettlingRecord = Pick<
  CallbackRecord,
  'id' | 'customerKey' | 'supersedes' | 'outcome' | 'startedAt' | 'endedAt' | 'agent'
>;

/** The completed callback to the customer started after the escalation was opened, other than the call that raised it. */
export function findSecondCallback<R extends SettlingRecord>(
  escalation: Escalation,
  records: readonly R[],
): R | undefined {
  const opened = Date.parse(escalation.openedAt);
  return records
    .filter(
      (r) =>
        r.customerKey === escalation.customerKey &&
        r.id !== escalation.recordId &&
        r.supersedes !== escalation.recordId &&
        completing.has(r.outcome) &&
        Date.parse(r.startedAt) >= opened,
    )
    .sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt))[0];
}

/** The escalation as the records say it stands: handled once its second callback exists. */
export function settleEscalation(escalation: Escalation, records: readonly SettlingRecord[]): Escalation {
  if (escalation.status === 'handled' && escalation.secondCallbackRecordId) return escalation;
  const second = findSecondCallback(escalation, records);
  if (!second) return escalation;
  const at = second.endedAt ?? second.startedAt;
  return {
    ...escalation,
    status: 'handled',
    handledBy: second.agent,
    handledAt: at,
    secondCallbackRecordId: second.id,
    secondCallbackAt: at,
  };
}

/**
 * Every escalation settled against the records in one pass: records are grouped by customer once (only customers
 * with an open escalation), so a million records and a thousand escalations cost one walk, not their product.
 */
export function settleEscalations(
  escalations: readonly Escalation[],
  records: readonly SettlingRecord[],
): Escalation[] {
  const open = new Set(escalations.filter((e) => e.status === 'open').map((e) => e.customerKey));
  const byCustomer = new Map<string, SettlingRecord[]>();
  for (const r of records) {
    if (!open.has(r.customerKey)) continue;
    const list = byCustomer.get(r.customerKey);
    if (list) list.push(r);
    else byCustomer.set(r.customerKey, [r]);
  }
  return escalations.map((e) => settleEscalation(e, byCustomer.get(e.customerKey) ?? []));
}

/** Flags a record raised that are serious anomalies not yet escalated: the panel's banner proposes these. */
export function listProposedEscalations(
  flags: readonly string[],
  recordId: string,
  existing: readonly Escalation[] = [],
): ScriptFlag[] {
  const done = new Set(existing.filter((e) => e.recordId === recordId).map((e) => e.type));
  const proposed = new Set<ScriptFlag>();
  for (const raw of flags) {
    const parsed = scriptFlagSchema.safeParse(raw);
    if (parsed.success && flagInfo[parsed.data].escalate && !done.has(parsed.data)) proposed.add(parsed.data);
  }
  return [...proposed];
}
