import { addDays, addMonths, isCivilDate } from '../calendar/civil-date';
import { addWorkingDays, type WorkingCalendar } from '../calendar/working-calendar';
import type { DateUnit } from './condition-schema';
import type { Script } from './schema';

/**
 * Fills a script's computed dates (custom fields with `compute`, docs/script-format.md "Computed values") into the
 * context values: first repayment = signDate + 1 month, end of the cooling-off period = signDate + 15 days, a reply
 * due 5 working days after today. Fields are computed in the order declared, so one may build on an earlier one.
 * A source that is missing or not a date, or working days without a calendar, leave the field out: it shows as a gap.
 */
export function addComputedValues<V extends string | undefined>(
  script: Pick<Script, 'customFields'>,
  values: Readonly<Record<string, V>>,
  calendar: WorkingCalendar | null = null,
): Record<string, V | string> {
  const out: Record<string, V | string> = { ...values };
  for (const field of script.customFields ?? []) {
    if (!field.compute) continue;
    const from = /^\d{4}-\d{2}-\d{2}/.exec(out[field.compute.from]?.trim() ?? '')?.[0];
    if (!from || !isCivilDate(from)) {
      delete out[field.key];
      continue;
    }
    const date = shiftDate(from, field.compute.add, field.compute.unit, calendar);
    if (date === null) delete out[field.key];
    else out[field.key] = date;
  }
  return out;
}

/** `date` moved by `amount` units; working days count as the deadlines do (day 0 is `date`, docs/rules.md). */
export function shiftDate(
  date: string,
  amount: number,
  unit: DateUnit,
  calendar: WorkingCalendar | null,
): string | null {
  if (unit === 'days') return addDays(date, amount);
  if (unit === 'months') return addMonths(date, amount);
  if (!calendar || amount < 0) return null;
  return addWorkingDays(calendar, date, amount).date;
}
