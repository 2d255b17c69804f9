// Wired by #12 (the agent's day: onboarding, work list, next customer); until then reached only by its tests.
import type { CallbackKind } from '../callback-kinds';
import { toZonedDate } from '../calendar/zoned-time';
import type { AttemptState } from '../rules/attempts';
import { requiredAttempts } from '../rules/attempts';
import type { LocalizedText } from '../script/localized';

/** One callback to make, whatever list it comes from (an imported work list, customers seen, later a team queue). */
export type QueueEntry = {
  id: string;
  source: string;
  customerKey: string;
  name: string;
  /** The number to dial first (unmasked: the view masks it). */
  phone: string | null;
  product: string;
  kind: CallbackKind | null;
  /** End of the deadline (ISO instant), null when none is set. */
  dueAt: string | null;
  /** An agreed call-back time (call-back-later, or the next window after no answer). */
  callBackAt: string | null;
  recordUrl: string | null;
  /** Team queue (#16): the other agent who holds this customer's lease now; "next customer" passes it by. */
  heldBy?: string | null;
};

/** Where the queue's entries come from, behind one interface: the work list now, a shared team queue later (#16). */
export interface QueueSource {
  readonly id: string;
  readonly label: LocalizedText;
  list(now: Date): Promise<QueueEntry[]>;
}

export type QueueBucket = 'overdue' | 'today' | 'upcoming';

export type QueueRow = QueueEntry & {
  bucket: QueueBucket;
  /** The time the row is sorted by: the call-back time when one is agreed, else the deadline. */
  at: string | null;
  attemptsMade: number;
  /** Of the three attempts at different half-days (篇六 第十二条); 0 → reach the customer by SMS or e-mail. */
  attemptsLeft: number;
  escalated: boolean;
};

export type WorkQueue = Record<QueueBucket, QueueRow[]> & {
  counts: Record<QueueBucket | 'done', number>;
};

export type AttemptSummary = { counted: number; state: AttemptState };

export type QueueOptions = {
  now: number;
  timeZone: string;
  /** Attempts for one customer and kind (unknown → none yet). */
  attempts: (customerKey: string, kind: CallbackKind | null) => AttemptSummary | undefined;
  /** Customers with an open escalation. */
  escalated: ReadonlySet<string>;
};

const finished: ReadonlySet<AttemptState> = new Set(['done', 'refused', 'invalid-number']);

/** Sources may list one customer and kind twice (the work list and a page seen): the earlier time wins. */
function dedupe(entries: readonly QueueEntry[]): QueueEntry[] {
  const byKey = new Map<string, QueueEntry>();
  for (const e of entries) {
    const key = `${e.customerKey}|${e.kind ?? ''}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, e);
      continue;
    }
    const earlier = (seen.dueAt ?? '\uffff') <= (e.dueAt ?? '\uffff') ? seen : e;
    byKey.set(key, {
      ...earlier,
      callBackAt: [seen.callBackAt, e.callBackAt].filter((x) => x !== null).sort()[0] ?? null,
      recordUrl: seen.recordUrl ?? e.recordUrl,
      heldBy: seen.heldBy ?? e.heldBy ?? null,
      phone: seen.phone ?? e.phone,
      name: seen.name || e.name,
      product: seen.product || e.product,
    });
  }
  return [...byKey.values()];
}

/**
 * The agent's day: overdue, due today and upcoming callbacks with counts; finished ones (reached, refused, number
 * wrong) leave the list and are counted as done. Earliest first within each group.
 */
export function buildWorkQueue(entries: readonly QueueEntry[], o: QueueOptions): WorkQueue {
  const today = toZonedDate(o.now, o.timeZone);
  const queue: WorkQueue = {
    overdue: [],
    today: [],
    upcoming: [],
    counts: { overdue: 0, today: 0, upcoming: 0, done: 0 },
  };
  for (const entry of dedupe(entries)) {
    const attempts = o.attempts(entry.customerKey, entry.kind);
    if (attempts && finished.has(attempts.state)) {
      queue.counts.done++;
      continue;
    }
    const at = entry.callBackAt ?? entry.dueAt;
    const atMs = at ? Date.parse(at) : null;
    const dueMs = entry.dueAt ? Date.parse(entry.dueAt) : null;
    const bucket: QueueBucket =
      dueMs !== null && dueMs < o.now
        ? 'overdue'
        : atMs !== null && (atMs <= o.now || toZonedDate(atMs, o.timeZone) === today)
          ? 'today'
          : 'upcoming';
    const made = attempts?.counted ?? 0;
    queue[bucket].push({
      ...entry,
      bucket,
      at,
      attemptsMade: made,
      attemptsLeft: Math.max(0, requiredAttempts - made),
      escalated: o.escalated.has(entry.customerKey),
    });
  }
  for (const bucket of ['overdue', 'today', 'upcoming'] as const) {
    queue[bucket].sort((a, b) => (a.at ?? '\uffff').localeCompare(b.at ?? '\uffff'));
    queue.counts[bucket] = queue[bucket].length;
  }
  return queue;
}

/** "Next customer": the row after the current one, overdue first, then today's, then upcoming; the first when none is current. */
export function findNextRow(queue: WorkQueue, currentCustomerKey: string | null): QueueRow | null {
  const all = [...queue.overdue, ...queue.today, ...queue.upcoming];
  // A customer another agent holds is not next (the team queue's lease, #16); the current one stays the anchor.
  const rows = all.filter((r) => !r.heldBy || r.customerKey === currentCustomerKey);
  if (!rows.length) return null;
  const at = currentCustomerKey ? rows.findIndex((r) => r.customerKey === currentCustomerKey) : -1;
  const after = rows.slice(at + 1).find((r) => r.customerKey !== currentCustomerKey);
  return after ?? rows.find((r) => r.customerKey !== currentCustomerKey) ?? null;
}
