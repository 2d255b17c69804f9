import type { WorkingCalendar } from '../core/calendar/working-calendar';
import { raiseEscalation, settleEscalation, settleEscalations } from '../core/rules/escalation-lifecycle';
import type { Escalation, EscalationSeverity } from '../core/rules/escalations';
import type { CallbackRecord } from '../core/schemas/callback-record';
import type { ScriptFlag } from '../core/script/flags';
import type { HuifangDb } from './app-db';
import { appendAudit } from './audit';

export type EscalateInput = {
  recordId: string;
  type: ScriptFlag;
  severity?: EscalationSeverity;
  reason: string;
  agent: string;
  now: Date;
  newId: () => string;
  calendar: WorkingCalendar;
  timeZone?: string;
};

/**
 * Escalates a finished call (篇六 第十条): stores the escalation, puts the second callback in the queue (the
 * customer's deadline becomes the second callback's when that is sooner) and audits it — all in one transaction.
 */
export async function escalateRecord(db: HuifangDb, input: EscalateInput): Promise<Escalation> {
  return db.transaction('rw', [db.callbacks, db.customers, db.escalations, db.audit], async () => {
    const record = await db.callbacks.get(input.recordId);
    if (!record) throw new Error(`No record with id ${input.recordId}.`);
    const existing = await db.escalations.where('recordId').equals(record.id).toArray();
    const escalation = raiseEscalation({
      record,
      type: input.type,
      severity: input.severity,
      reason: input.reason,
      now: input.now.getTime(),
      newId: input.newId,
      calendar: input.calendar,
      timeZone: input.timeZone,
      existing,
    });
    // Opened by whoever raises it; the record's agent when the raiser has no name set (the panel asks for one).
    if (input.agent.trim()) escalation.openedBy = input.agent.trim();
    await db.escalations.add(escalation);
    const customer = await db.customers.get(record.customerKey);
    const due = escalation.secondCallbackDue;
    if (customer && due && (!customer.dueAt || customer.dueAt.slice(0, 10) > due))
      await db.customers.put({ ...customer, dueAt: due, dueKind: record.kind });
    await appendAudit(db.audit, {
      action: 'escalate',
      at: input.now.toISOString(),
      agent: input.agent,
      counts: {},
      ids: [record.id, escalation.id],
    });
    return escalation;
  });
}

/** Closes the open escalations of a record's customer that this record is the second callback of. */
export async function settleEscalationsFor(db: HuifangDb, record: CallbackRecord): Promise<Escalation[]> {
  return db.transaction('rw', [db.escalations], async () => {
    const open = await db.escalations.where('customerKey').equals(record.customerKey).toArray();
    const settled = open
      .filter((e) => e.status === 'open')
      .map((e) => settleEscalation(e, [record]))
      .filter((e) => e.status === 'handled');
    if (settled.length) await db.escalations.bulkPut(settled);
    return settled;
  });
}

/** Every escalation, each as the stored records say it stands (open until its second callback exists). */
export async function listEscalationsSettled(db: HuifangDb): Promise<Escalation[]> {
  const all = await db.escalations.toArray();
  const keys = [...new Set(all.filter((e) => e.status === 'open').map((e) => e.customerKey))];
  const records = keys.length ? await db.callbacks.where('customerKey').anyOf(keys).toArray() : [];
  return settleEscalations(all, records);
}
