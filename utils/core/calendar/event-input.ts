import { isCivilDate } from './civil-date';
import { toZonedDate, zonedToInstant } from './zoned-time';

export type EventInstant = {
  /** The event's calendar day in the customer's zone: day 0 of a working-day count. */
  date: string;
  instantMs: number;
  /** False for a bare date: hour rules then count from 00:00 in the zone. */
  hasTime: boolean;
};

export type ParsedEvent = { ok: true; event: EventInstant } | { ok: false; message: string };

const DATETIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Reads 'YYYY-MM-DD' (a day in the zone), an ISO datetime with Z or an offset (an instant),
 * or a datetime without offset (wall-clock time in the zone).
 */
export function parseEventInput(text: string, timeZone: string): ParsedEvent {
  const input = text.trim();
  if (isCivilDate(input))
    return { ok: true, event: { date: input, instantMs: zonedToInstant(input, '00:00', timeZone), hasTime: false } };
  if (/^\d{4}-\d{2}-\d{2}$/.test(input)) return { ok: false, message: `no such date: "${input}"` };
  const m = DATETIME.exec(input);
  if (!m) return { ok: false, message: `not a date (YYYY-MM-DD) or ISO datetime: "${input.slice(0, 60)}"` };
  const [, date = '', hh = '', mm = '', ss = '00', zone] = m;
  if (!isCivilDate(date) || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) {
    return { ok: false, message: `no such date or time: "${input.slice(0, 60)}"` };
  }
  if (zone === undefined) {
    const instantMs = zonedToInstant(date, `${hh}:${mm}:${ss}`, timeZone);
    return { ok: true, event: { date, instantMs, hasTime: true } };
  }
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  const instantMs = Date.parse(`${date}T${hh}:${mm}:${ss}${offset}`);
  if (Number.isNaN(instantMs)) return { ok: false, message: `unreadable offset in "${input.slice(0, 60)}"` };
  return { ok: true, event: { date: toZonedDate(instantMs, timeZone), instantMs, hasTime: true } };
}
