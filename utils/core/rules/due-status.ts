import type { CallbackKind } from '../callback-kinds';
import { addDays, diffDays } from '../calendar/civil-date';
import { type EventInstant, parseEventInput } from '../calendar/event-input';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { defaultTimeZone, toZonedDate, zonedToInstant } from '../calendar/zoned-time';
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

/** Where the events that start a customer's clocks come from: the page, the customer's stored events, its calls. */
export type ClockSources = {
  /** The signing date the page shows now (wins over the stored one). */
  pageSignDate?: string | null;
  /** Customer.events (e.g. 'contract-signed', repairClosedAt, a work list's event). */
  stored?: Partial<Record<string, string>>;
  /** The last call that reached the customer: a continuous callback's clock runs from it. */
  lastReachedAt?: string | null;
};

/** The named events of ClockSources, as triggerEventKeys reads them. */
export function clockEvents(sources: ClockSources): Partial<Record<string, string>> {
  const events: Partial<Record<string, string>> = { ...sources.stored };
  if (sources.pageSignDate) events.signDate = sources.pageSignDate;
  else events.signDate ??= sources.stored?.['contract-signed'];
  if (sources.lastReachedAt) events.lastCallbackAt = sources.lastReachedAt;
  return events;
}

/**
 * THE deadline of `kind` for a customer: which event starts the clock (triggerEventKeys) and what is due. The card,
 * the queue (Customer.dueAt) and so the report all come from here (docs/rules.md).
 */
export function findCustomerDue(
  kind: CallbackKind,
  sources: ClockSources,
  calendar: WorkingCalendar,
  timeZone: string = defaultTimeZone,
): (DueResult & { eventKey: string }) | null {
  const found = computeCustomerDue(kind, clockEvents(sources), calendar, { timeZone });
  return found?.due ? found : null;
}

/** A deadline as an instant: a day deadline ends with that day (23:59:59) in the customer's zone. */
export function dueInstant(due: string, timeZone: string = defaultTimeZone): string {
  return due.length === 10 ? new Date(zonedToInstant(due, '23:59:59', timeZone)).toISOString() : due;
}
