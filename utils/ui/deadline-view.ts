import type { CallbackKind } from '@/utils/core/callback-kinds';
import { addDays, diffDays } from '@/utils/core/calendar/civil-date';
import { parseEventInput } from '@/utils/core/calendar/event-input';
import type { WorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { toZonedDate } from '@/utils/core/calendar/zoned-time';
import { computeDue } from '@/utils/core/rules/compute-due';
import { getKindRule } from '@/utils/core/rules/kind-rules';
import type { Trigger } from '@/utils/core/rules/rule-schema';
import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import type { DeadlineView } from '@/components/deadline-line';
import type { Locale, Translate } from './i18n';

// The page fields that start a kind's clock, when the page shows them; other triggers come from stored events.
const TRIGGER_FIELDS: Partial<Record<Trigger, 'signDate'>> = {
  'contract-signed': 'signDate',
  'policy-delivered': 'signDate',
};

export function findEventDate(
  kind: CallbackKind,
  context: CustomerContext | null,
  events: Record<string, string> = {},
): string | null {
  const trigger = getKindRule(kind).trigger;
  const field = TRIGGER_FIELDS[trigger];
  return (field && context?.fields[field]?.value) || events[trigger] || null;
}

/** Working days after today up to and including `due` (0 when due today). */
export function countWorkingDaysUntil(calendar: WorkingCalendar, today: string, due: string): number {
  let n = 0;
  for (let day = addDays(today, 1); day <= due; day = addDays(day, 1)) if (calendar.isWorkingDay(day)) n += 1;
  return n;
}

export function buildDeadlineView(
  kind: CallbackKind,
  eventDate: string | null,
  env: { calendar: WorkingCalendar; nowMs: number; timeZone: string; locale: Locale; t: Translate },
): DeadlineView | null {
  if (!eventDate) return null;
  const parsed = parseEventInput(eventDate, env.timeZone);
  if (!parsed.ok) return null;
  const result = computeDue(kind, parsed.event, env.calendar, { timeZone: env.timeZone });
  if (!result.due) return null;
  const { t } = env;
  const clause = result.clause.label[env.locale];
  const today = toZonedDate(env.nowMs, env.timeZone);
  const dueDate = result.due.slice(0, 10);
  const shown = result.dueType === 'datetime' ? result.due.slice(0, 16).replace('T', ' ') : dueDate;
  const overdue = result.dueType === 'datetime' ? Date.parse(result.due) < env.nowMs : dueDate < today;
  if (overdue)
    return { text: t('overdue', { date: shown, n: Math.max(1, diffDays(dueDate, today)) }), overdue: true, clause };
  if (dueDate === today) return { text: t('dueToday', { date: shown }), overdue: false, clause };
  return {
    text: t('dueIn', { date: shown, n: countWorkingDaysUntil(env.calendar, today, dueDate) }),
    overdue: false,
    clause,
  };
}
