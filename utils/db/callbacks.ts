import { callbackRecordSchema, type CallbackRecord, type Outcome } from '../core/schemas/callback-record';
import { emptyCustomerStats, type Customer } from '../core/schemas/customer';
import type { Draft } from '../core/schemas/draft';
import { sameContent } from '../core/export/canonical';
import { newCustomerFromRecord } from '../core/export/migrate';
import { addRecordToStats, nextCallBackAfter } from '../core/export/stats';
import type { HuifangDb } from './app-db';
import { appendAudit } from './audit';
import { settleEscalationsFor } from './escalations';
import { newOutboxRow } from './outbox';

/** The customer row after one more record: totals folded in, a reached call of the due kind clears the deadline. */
export function foldRecordIntoCustomer(customer: Customer, record: CallbackRecord): Customer {
  const stats = addRecordToStats(customer.stats ?? emptyCustomerStats, record);
  const satisfied = record.outcome === 'reached' && record.kind === customer.dueKind;
  return {
    ...customer,
    stats,
    nextCallBackAt: nextCallBackAfter(customer.nextCallBackAt ?? null, stats, record),
    dueAt: satisfied ? null : (customer.dueAt ?? null),
    dueKind: satisfied ? null : (customer.dueKind ?? null),
  };
}

async function updateCustomerFor(db: HuifangDb, record: CallbackRecord): Promise<void> {
  const customer = (await db.customers.get(record.customerKey)) ?? newCustomerFromRecord(record);
  await db.customers.put(foldRecordIntoCustomer(customer, record));
}

export interface FinishInput {
  /** Required: a finished record always says what happened. Defaults to the draft's outcome. */
  outcome?: Outcome;
  endedAt: Date | null;
  now: Date;
  /** Team sync is on: the record goes to the outbox in the same transaction, with the lease its call held. */
  sync?: { leaseSeq: number | null };
}

/** The finished record a draft becomes; throws with the reasons when it is incomplete. */
export function buildRecordFromDraft(draft: Draft, input: FinishInput): CallbackRecord {
  const outcome = input.outcome ?? draft.record.outcome;
  if (!outcome) throw new Error('Choose an outcome before finishing the call.');
  const candidate: CallbackRecord = {
    ...draft.record,
    outcome,
    id: draft.recordId,
    customerKey: draft.customerKey,
    startedAt: draft.startedAt,
    endedAt: input.endedAt?.toISOString() ?? null,
    revision: 0,
    supersedes: null,
    recordedAt: input.now.toISOString(),
  };
  const parsed = callbackRecordSchema.safeParse(candidate);
  if (!parsed.success)
    throw new Error(
      `Record not saved: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

/**
 * Turns the draft into a finished record: the record, the customer's totals and the draft's removal commit
 * together (strict durability) or not at all. Finishing twice is harmless: the stored record is returned.
 */
export async function finishCall(db: HuifangDb, draft: Draft, input: FinishInput): Promise<CallbackRecord> {
  const record = buildRecordFromDraft(draft, input);
  return db.transaction('rw', [db.callbacks, db.drafts, db.customers, db.escalations, db.outbox], async () => {
    // Reads together, then writes together: two round trips instead of six keep a save in a few milliseconds.
    const [existing, customer, stored] = await Promise.all([
      db.callbacks.get(record.id),
      db.customers.get(record.customerKey),
      db.drafts.get(draft.customerKey),
    ]);
    const ownDraft = stored?.recordId === record.id;
    if (existing) {
      if (ownDraft) await db.drafts.delete(draft.customerKey);
      return existing;
    }
    await Promise.all([
      db.callbacks.add(record),
      db.customers.put(foldRecordIntoCustomer(customer ?? newCustomerFromRecord(record), record)),
      ownDraft ? db.drafts.delete(draft.customerKey) : undefined,
      input.sync ? db.outbox.add(newOutboxRow(record.id, input.sync.leaseSeq, input.now)) : undefined,
    ]);
    // A completed call closes the customer's open escalations it is the second callback of (docs/report.md).
    if (record.outcome === 'reached' || record.outcome === 'message-sent') await settleEscalationsFor(db, record);
    return record;
  });
}

/** What a correction may change; identity, timing and the customer stay as recorded. */
export type RecordChanges = Partial<
  Pick<
    CallbackRecord,
    | 'kind'
    | 'channel'
    | 'outcome'
    | 'callBackAt'
    | 'answers'
    | 'ticks'
    | 'flags'
    | 'satisfaction'
    | 'notes'
    | 'ringSeconds'
    | 'endedAt'
    | 'dueAt'
  >
>;

export interface ReviseOptions {
  now: Date;
  newId: () => string;
}

/**
 * Corrects a finished record: a new revision supersedes it (the old one is kept), with an audit entry.
 * Only the newest revision can be corrected, so history stays a single line.
 */
export async function reviseRecord(
  db: HuifangDb,
  id: string,
  changes: RecordChanges,
  agent: string,
  reason: string,
  options: ReviseOptions,
): Promise<CallbackRecord> {
  if (!reason.trim()) throw new Error('Say why the record is corrected.');
  const newId = options.newId();
  return db.transaction('rw', [db.callbacks, db.customers, db.audit, db.outbox], async () => {
    const old = await db.callbacks.get(id);
    if (!old) throw new Error(`No record with id ${id}.`);
    const newer = await db.callbacks.where('supersedes').equals(id).first();
    if (newer) throw new Error(`Record ${id} was already corrected by ${newer.id}; correct that one.`);
    const parsed = callbackRecordSchema.safeParse({
      ...old,
      ...changes,
      id: newId,
      revision: old.revision + 1,
      supersedes: old.id,
      revisionReason: reason.trim(),
      recordedAt: options.now.toISOString(),
    });
    if (!parsed.success)
      throw new Error(
        `Correction rejected: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    if (sameContent({ ...old, ...changes }, old)) throw new Error('Nothing changed.');
    await db.callbacks.add(parsed.data);
    await updateCustomerFor(db, parsed.data);
    // A correction follows its record to the team server (docs/team-sync.md, "The extension"): queued in this
    // transaction when the record itself was, with the lease its call held, so the server files it under that call
    // (not as a call made without the lease).
    const sent = await db.outbox.get(old.id);
    if (sent) await db.outbox.add(newOutboxRow(parsed.data.id, sent.leaseSeq, options.now));
    await appendAudit(db.audit, {
      action: 'revise',
      at: options.now.toISOString(),
      agent,
      counts: { revision: parsed.data.revision },
      ids: [old.id, parsed.data.id],
    });
    return parsed.data;
  });
}
