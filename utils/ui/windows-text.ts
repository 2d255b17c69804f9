import type { CallWindowConfig } from '@/utils/core/rules/call-windows';
import { callWindowConfigSchema } from '@/utils/core/rules/call-windows-schema';
import { calendarOverridesSchema, type CalendarOverrides } from '@/utils/core/calendar/calendar-data';

export { formatWindowsText } from './windows-format';

/** "10:00-11:00" per line ⇄ call windows; errors name the line. */
export function parseWindowsText(
  text: string,
  workingDaysOnly: boolean,
): { ok: true; value: CallWindowConfig } | { ok: false; error: string } {
  const windows = [];
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  for (const [i, line] of lines.entries()) {
    const m = /^(\d{1,2}:\d{2})\s*[-–~～]\s*(\d{1,2}:\d{2})$/.exec(line);
    if (!m) return { ok: false, error: `${i + 1}: ${line}` };
    const pad = (s: string) => s.padStart(5, '0');
    windows.push({ start: pad(m[1] ?? ''), end: pad(m[2] ?? '') });
  }
  const parsed = callWindowConfigSchema.safeParse({ windows, workingDaysOnly });
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, error: parsed.error.issues.map((x) => x.message).join('; ') };
}

export function parseDatesText(
  holidays: string,
  workdays: string,
): { ok: true; value: CalendarOverrides } | { ok: false; error: string } {
  const split = (s: string) =>
    s
      .split(/[\s,，]+/)
      .map((l) => l.trim())
      .filter(Boolean);
  const parsed = calendarOverridesSchema.safeParse({ extraHolidays: split(holidays), extraWorkdays: split(workdays) });
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, error: parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ') };
}
