import type { CallbackKind } from '../callback-kinds';
import { addDays, diffDays } from '../calendar/civil-date';
import { type EventInstant, parseEventInput } from '../calendar/event-input';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { defaultTimeZone, toZonedDate } from '../calendar/zoned-time';
import { type DueOptions, type DueResult, computeDue } from './compute-due';
import { getKindRule } from './kind-rules';
import type { Trigger } from './rule-schema';

/**
 * Names under which a customer's events (Customer.events, or the context's signDate) start each clock. The trigger
 * id itself (e.g. events['repair-archived']) is looked up first; a policy's sign date stands in for its delivery
 * (earlier, so the deadline errs early).
 */
export const triggerEventKeys: Record<Trigger, readonly string[]> = {
  'contract-signed': ['signDate'],
  'last-callback': ['lastCallbackAt', 'signDate'],
  'complaint-closed': ['complaintClosedAt'],
  'agreement-changed': ['agreementChangedAt'],
  'contract-terminated': ['terminatedAt'],
  'policy-delivered': ['policyDeliveredAt', 'signDate'],
  'product-use': ['usedAt'],
  'installation-archived': ['installationArchivedAt'],
  'repair-archived': ['repairClosedAt'],
  'letter-received': ['letterReceivedAt'],
  'period-start': ['periodStart'],
  'sales-visit': ['visitedAt'],
  none: [],
};

/** The event that starts `kind`'s clock among the customer's named events, if one is there and readable. */
export function findTriggerEvent(
  kind: CallbackKind,
  events: Partial<Record<string, string>>,
  timeZone: string = defaultTimeZone,
): { key: string; event: EventInstant } | null {
  const trigger = getKindRule(kind).trigger;
  for (const key of trigger === 'none' ? [] : [trigger, ...triggerEventKeys[trigger]]) {
    const text = events[key];
    if (!text) continue;
    const parsed = parseEventInput(text, timeZone);
    if (parsed.ok) return { key, event: parsed.event };
  }
  return null;
}

export type DueStatus = {
  state: 'open' | 'due-today' | 'overdue' | 'no-deadline';
  /** Working days after today up to the deadline (0 on the day, negative once passed); day rules only. */
  workingDaysLeft: number | null;
  /** Hours left (negative once passed); hour rules only. */
  hoursLeft: number | null;
};

function countWorkingDaysBetween(calendar: WorkingCalendar, from: string, to: string): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) n++;
  return n;
}

/** Where a deadline stands at `now`, for the panel's countdown. */
export function describeDueStatus(
  result: Pick<DueResult, 'due' | 'dueType'>,
  now: number,
  calendar: WorkingCalendar,
  timeZone: string = defaultTimeZone,
): DueStatus {
  if (!result.due) return { state: 'no-deadline', workingDaysLeft: null, hoursLeft: null };
  if (result.dueType === 'datetime') {
    const hoursLeft = Math.round(((Date.parse(result.due) - now) / 3_600_000) * 10) / 10;
    return { state: hoursLeft < 0 ? 'overdue' : 'open', workingDaysLeft: null, hoursLeft };
  }
  const today = toZonedDate(now, timeZone);
  const state = today > result.due ? 'overdue' : today === result.due ? 'due-today' : 'open';
  // Past deadlines count calendar days late: a weekend does not make a late callback less late.
  const workingDaysLeft =
    state === 'overdue' ? -diffDays(result.due, today) : countWorkingDaysBetween(calendar, today, result.due);
  return { state, workingDaysLeft, hoursLeft: null };
}

/** computeDue from the customer's named events; null when the event that starts the clock is unknown. */
export function computeCustomerDue(
  kind: CallbackKind,
  events: Partial<Record<string, string>>,
  calendar: WorkingCalendar,
  opts: DueOptions = {},
): (DueResult & { eventKey: string }) | null {
  const found = findTriggerEvent(kind, events, opts.timeZone);
  return found ? { ...computeDue(kind, found.event, calendar, opts), eventKey: found.key } : null;
}
