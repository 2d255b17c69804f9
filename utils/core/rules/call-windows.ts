import type { z } from '../zod';
import { addDays } from '../calendar/civil-date';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { defaultTimeZone, formatZonedIso, getZonedParts, zonedToInstant } from '../calendar/zoned-time';
import type { callWindowConfigSchema, callWindowSchema } from './call-windows-schema';
import type { RuleWarning } from './rule-warning';

// Without zod: the panel's first frame checks the call time (utils/ui/panel-view.ts); the schemas are in
// call-windows-schema.ts (docs/architecture.md, "What the panel loads first").

export type CallWindow = z.infer<typeof callWindowSchema>;
export type CallWindowConfig = z.infer<typeof callWindowConfigSchema>;

/** A window ends after it starts ("HH:MM" strings compare as times). The schema's refine and the compiled parser
 * (utils/core/compiled/first-frame.ts) both call this one. */
export function windowInOrder(w: { start: string; end: string }): boolean {
  return w.start < w.end;
}

/** 篇六 第十二条: working days 10:00–11:00 and 14:00–16:00. */
export const defaultCallWindows: CallWindowConfig = {
  windows: [
    { start: '10:00', end: '11:00' },
    { start: '14:00', end: '16:00' },
  ],
  workingDaysOnly: true,
};

/** 篇四 三: 09:00–11:00 and 15:00–17:00, to suit the traveller; the text names no weekdays. */
export const travelCallWindows: CallWindowConfig = {
  windows: [
    { start: '09:00', end: '11:00' },
    { start: '15:00', end: '17:00' },
  ],
  workingDaysOnly: false,
};

export type WindowSlot = { start: string; end: string; startMs: number; endMs: number; halfDay: string };

/** 'YYYY-MM-DD-am' / '-pm': attempts at different times means different half-days. */
export function getHalfDay(instantMs: number, timeZone: string = defaultTimeZone): string {
  const p = getZonedParts(instantMs, timeZone);
  return `${p.date}-${p.hour < 12 ? 'am' : 'pm'}`;
}

function toMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function listSlots(date: string, config: CallWindowConfig, calendar: WorkingCalendar, timeZone: string): WindowSlot[] {
  if (config.workingDaysOnly && !calendar.isWorkingDay(date)) return [];
  return [...config.windows]
    .sort((a, b) => toMinutes(a.start) - toMinutes(b.start))
    .map((w) => {
      const startMs = zonedToInstant(date, w.start, timeZone);
      const endMs = zonedToInstant(date, w.end, timeZone);
      return {
        start: formatZonedIso(startMs, timeZone),
        end: formatZonedIso(endMs, timeZone),
        startMs,
        endMs,
        halfDay: getHalfDay(startMs, timeZone),
      };
    });
}

/**
 * The window we are in, or the next one to open, skipping half-days already used by an unanswered attempt.
 * Looks 60 days ahead; null when the configuration leaves no slot (a calendar error, not a real case).
 */
export function findNextWindow(
  instantMs: number,
  config: CallWindowConfig,
  calendar: WorkingCalendar,
  timeZone: string = defaultTimeZone,
  avoidHalfDays: ReadonlySet<string> = new Set(),
): (WindowSlot & { current: boolean }) | null {
  const today = getZonedParts(instantMs, timeZone).date;
  for (let i = 0; i < 60; i++) {
    for (const slot of listSlots(addDays(today, i), config, calendar, timeZone)) {
      if (slot.endMs <= instantMs || avoidHalfDays.has(slot.halfDay)) continue;
      return { ...slot, current: slot.startMs <= instantMs };
    }
  }
  return null;
}

/** A warning outside the preferred windows: the agent may still call (the window guides, never blocks). */
export function checkCallTime(
  instantMs: number,
  config: CallWindowConfig,
  calendar: WorkingCalendar,
  timeZone: string = defaultTimeZone,
): { inWindow: boolean; warning: RuleWarning | null; next: WindowSlot | null } {
  const next = findNextWindow(instantMs, config, calendar, timeZone);
  if (next?.current) return { inWindow: true, warning: null, next };
  const when = next ? next.start.slice(0, 16).replace('T', ' ') : '';
  return {
    inWindow: false,
    next,
    warning: {
      code: 'outside-call-window',
      text: {
        'zh-CN': `现在不在建议的回访时段内${when ? `，下一个时段从 ${when} 开始` : ''}。仍可拨打。`,
        en: `This is outside the preferred call windows${when ? `; the next one opens ${when}` : ''}. You may still call.`,
      },
    },
  };
}
