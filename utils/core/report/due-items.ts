import { z } from '../zod';
import { callbackKindSchema } from '../callback-kinds';
import { defaultTimeZone, toZonedDate } from '../calendar/zoned-time';
import type { CallbackRecord, Outcome } from '../schemas/callback-record';
import type { Customer } from '../schemas/customer';

/** What the report reads of a record: `report` keeps only these for each of a million records. */
export type ReportRecord = Pick<
  CallbackRecord,
  | 'id'
  | 'customerKey'
  | 'kind'
  | 'outcome'
  | 'satisfaction'
  | 'flags'
  | 'agent'
  | 'dueAt'
  | 'revision'
  | 'supersedes'
  | 'startedAt'
  | 'endedAt'
  | 'recordedAt'
  | 'context'
>;

/** One callback a customer is owed: who, which kind, by when (YYYY-MM-DD, or an ISO datetime for hour rules). */
export const dueItemSchema = z.object({
  customerKey: z.string().check(z.minLength(1), z.maxLength(500)),
  kind: callbackKindSchema,
  due: z.string().check(z.minLength(10), z.maxLength(40)),
});
export type DueItem = z.infer<typeof dueItemSchema>;

/** A callback counts as done when the customer was reached, or messaged when calls were not wanted (篇六 第六条). */
export const completingOutcomes: ReadonlySet<Outcome> = new Set(['reached', 'message-sent']);

/**
 * One due callback = customer, kind and the deadline's day in the zone: a work list gives the deadline as the rules
 * do (a date), a customer row keeps it as the instant it ends — the same callback either way, counted once.
 */
export function makeDueKey(item: DueItem, timeZone: string = defaultTimeZone): string {
  return `${item.customerKey}\u0000${item.kind}\u0000${getDueDate(item.due, timeZone)}`;
}

/** The due callbacks an imported work list names (utils/core/worklist/worklist-entry.ts): those with a deadline. */
export function listWorklistDueItems(
  entries: readonly { customerKey: string; kind: DueItem['kind']; due: string | null }[],
): DueItem[] {
  return entries.flatMap((e) =>
    e.due !== null && e.due.length >= 10 ? [{ customerKey: e.customerKey, kind: e.kind, due: e.due }] : [],
  );
}

/** The due date of an item in the zone: the date itself, or the zoned day of an hour rule's instant. */
export function getDueDate(due: string, timeZone: string = defaultTimeZone): string {
  return due.length === 10 ? due : toZonedDate(Date.parse(due), timeZone);
}

/**
 * Every due callback we can know of: the ones given, the deadlines the records served (dueAt),
 * and each customer's next deadline; each once.
 */
export function collectDueItems(
  given: readonly DueItem[],
  records: readonly Pick<CallbackRecord, 'customerKey' | 'kind' | 'dueAt'>[],
  customers: readonly Customer[] = [],
  timeZone: string = defaultTimeZone,
): DueItem[] {
  const all = new Map<string, DueItem>();
  // The first source naming a callback keeps it: the work list's deadline, then the records', then the customers'.
  const add = (item: DueItem) => {
    const key = makeDueKey(item, timeZone);
    if (!all.has(key)) all.set(key, item);
  };
  given.forEach(add);
  for (const r of records) if (r.dueAt) add({ customerKey: r.customerKey, kind: r.kind, due: r.dueAt });
  for (const c of customers) if (c.dueAt && c.dueKind) add({ customerKey: c.key, kind: c.dueKind, due: c.dueAt });
  return [...all.values()];
}

export type Completion = { status: 'on-time' | 'late' | 'outstanding'; overdue: boolean; doneAt: string | null };

/**
 * How one due callback ended as of `now`: the first completing record that served it (same customer, kind and
 * dueAt) decides on time or late; without one it is outstanding, and overdue once the deadline has passed.
 */
export function assessCompletion(
  item: DueItem,
  served: readonly Pick<CallbackRecord, 'outcome' | 'startedAt' | 'endedAt'>[],
  now: number,
  timeZone: string = defaultTimeZone,
): Completion {
  const doneAtMs = served
    .filter((r) => completingOutcomes.has(r.outcome))
    .map((r) => Date.parse(r.endedAt ?? r.startedAt))
    .filter((t) => t <= now)
    .sort((a, b) => a - b)[0];
  const isDateRule = item.due.length === 10;
  const passed = (t: number) => (isDateRule ? toZonedDate(t, timeZone) > item.due : t > Date.parse(item.due));
  if (doneAtMs === undefined) return { status: 'outstanding', overdue: passed(now), doneAt: null };
  return { status: passed(doneAtMs) ? 'late' : 'on-time', overdue: false, doneAt: new Date(doneAtMs).toISOString() };
}
