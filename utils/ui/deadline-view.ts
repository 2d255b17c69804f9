import type { CallbackKind } from '@/utils/core/callback-kinds';
import { addDays, diffDays } from '@/utils/core/calendar/civil-date';
import type { WorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { toZonedDate } from '@/utils/core/calendar/zoned-time';
import { describeDueStatus, findCustomerDue, type ClockSources } from '@/utils/core/rules/due-status';
import type { DeadlineView } from '@/components/deadline-line';
import type { Locale, PanelTranslate } from './i18n';

/** Working days after today up to and including `due` (0 when due today). */
export function countWorkingDaysUntil(calendar: WorkingCalendar, today: string, due: string): number {
  let n = 0;
  for (let day = addDays(today, 1); day <= due; day = addDays(day, 1)) if (calendar.isWorkingDay(day)) n += 1;
  return n;
}

/** The card's deadline line, from the one deadline function (utils/core/rules/due-status.ts), as the queue has it. */
export function buildDeadlineView(
  kind: CallbackKind,
  sources: ClockSources,
  env: { calendar: WorkingCalendar; nowMs: number; timeZone: string; locale: Locale; t: PanelTranslate },
): DeadlineView | null {
  const result = findCustomerDue(kind, sources, env.calendar, env.timeZone);
  if (!result?.due) return null;
  const { t } = env;
  // The rule in words on the card, the clause it comes from as its tooltip (an agent reads words, not "篇六 第八条").
  const ref = `${result.clause.text} ${result.clause.article}`.trim();
  const rule = result.clause.label[env.locale].slice(ref.length).replace(/^[：:]\s*/, '');
  const clause = ref;
  const today = toZonedDate(env.nowMs, env.timeZone);
  const dueDate = result.due.slice(0, 10);
  const shown = result.dueType === 'datetime' ? result.due.slice(0, 16).replace('T', ' ') : dueDate;
  const status = describeDueStatus(result, env.nowMs, env.calendar, env.timeZone);
  if (status.state === 'overdue')
    return {
      text: t('overdue', { date: shown, n: Math.max(1, diffDays(dueDate, today)) }),
      overdue: true,
      rule,
      clause,
    };
  if (dueDate === today) return { text: t('dueToday', { date: shown }), overdue: false, rule, clause };
  return {
    text: t('dueIn', { date: shown, n: countWorkingDaysUntil(env.calendar, today, dueDate) }),
    overdue: false,
    rule,
    clause,
  };
}
