import type { CallbackKind } from '@/utils/core/callback-kinds';
import { parseEventInput } from '@/utils/core/calendar/event-input';
import type { WorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { zonedToInstant } from '@/utils/core/calendar/zoned-time';
import { findNextWindow, getHalfDay, type CallWindowConfig } from '@/utils/core/rules/call-windows';
import { computeDue } from '@/utils/core/rules/compute-due';
import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import { findEventDate } from '@/utils/ui/deadline-view';

type Env = { calendar: WorkingCalendar; timeZone: string };

/** The deadline instant of `kind` for this customer (as the queue stores it), or null without a clock-starting event. */
export function computeDueAt(
  kind: CallbackKind,
  context: CustomerContext | null,
  events: Record<string, string> | undefined,
  env: Env,
): { at: string; kind: CallbackKind } | null {
  const event = findEventDate(kind, context, events);
  const parsed = event ? parseEventInput(event, env.timeZone) : null;
  if (!parsed?.ok) return null;
  const due = computeDue(kind, parsed.event, env.calendar, { timeZone: env.timeZone }).due;
  if (!due) return null;
  // A day deadline ends with that day in the customer's zone.
  return { at: due.length === 10 ? new Date(zonedToInstant(due, '23:59:59', env.timeZone)).toISOString() : due, kind };
}

/** Unanswered: try again in the next call window of another half-day (篇六 第十二条), which puts it in the queue. */
export function computeRetryTime(nowMs: number, windows: CallWindowConfig, env: Env): string | null {
  const slot = findNextWindow(nowMs, windows, env.calendar, env.timeZone, new Set([getHalfDay(nowMs, env.timeZone)]));
  return slot ? new Date(slot.startMs).toISOString() : null;
}
