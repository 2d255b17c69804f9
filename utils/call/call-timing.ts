import type { CallbackKind } from '@/utils/core/callback-kinds';
import type { WorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { findNextWindow, getHalfDay, type CallWindowConfig } from '@/utils/core/rules/call-windows';
import { dueInstant, findCustomerDue, type ClockSources } from '@/utils/core/rules/due-status';

type Env = { calendar: WorkingCalendar; timeZone: string };

/** The deadline instant of `kind` for this customer (as the queue stores it), from the one deadline function. */
export function computeDueAt(
  kind: CallbackKind,
  sources: ClockSources,
  env: Env,
): { at: string; kind: CallbackKind } | null {
  const found = findCustomerDue(kind, sources, env.calendar, env.timeZone);
  return found?.due ? { at: dueInstant(found.due, env.timeZone), kind } : null;
}

/** Unanswered: try again in the next call window of another half-day (篇六 第十二条), which puts it in the queue. */
export function computeRetryTime(nowMs: number, windows: CallWindowConfig, env: Env): string | null {
  const slot = findNextWindow(nowMs, windows, env.calendar, env.timeZone, new Set([getHalfDay(nowMs, env.timeZone)]));
  return slot ? new Date(slot.startMs).toISOString() : null;
}
