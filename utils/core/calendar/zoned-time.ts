// Wall-clock time in a named zone (Asia/Shanghai by default) through Intl, independent of the machine's zone.

export const defaultTimeZone = 'Asia/Shanghai';

export type ZonedParts = { date: string; hour: number; minute: number; second: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function getFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws a RangeError for a zone name Intl does not know. */
export function assertTimeZone(timeZone: string): void {
  getFormatter(timeZone);
}

function readIntlParts(instantMs: number, timeZone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const p of getFormatter(timeZone).formatToParts(new Date(instantMs))) parts[p.type] = p.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

// Intl is slow (tens of µs a call); zone offsets only change on quarter-hour boundaries, so one lookup per
// zone and quarter hour serves every instant in it. Bounded so a long-running panel does not grow it forever.
const QUARTER_MS = 900_000;
const offsetCache = new Map<string, number>();

// Shanghai has kept +08:00 all year since its last summer time ended in September 1991 (tz database Asia/Shanghai):
// no Intl lookup, whose first call costs a content script tens of milliseconds on a CRM page.
const SHANGHAI_FIXED_SINCE = Date.UTC(1992, 0, 1);

/** Offset of the zone from UTC at that instant, in minutes (Shanghai: +480). */
export function getOffsetMinutes(instantMs: number, timeZone: string = defaultTimeZone): number {
  if (timeZone === 'Asia/Shanghai' && instantMs >= SHANGHAI_FIXED_SINCE) return 480;
  const bucket = Math.floor(instantMs / QUARTER_MS);
  const key = `${timeZone}|${bucket}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const probe = bucket * QUARTER_MS;
  const p = readIntlParts(probe, timeZone);
  const asUtc = Date.parse(`${p.date}T00:00:00Z`) + ((p.hour * 60 + p.minute) * 60 + p.second) * 1000;
  const offset = Math.round((asUtc - probe) / 60_000);
  if (offsetCache.size > 50_000) offsetCache.clear();
  offsetCache.set(key, offset);
  return offset;
}

export function getZonedParts(instantMs: number, timeZone: string = defaultTimeZone): ZonedParts {
  const wall = new Date(instantMs + getOffsetMinutes(instantMs, timeZone) * 60_000);
  const y = wall.getUTCFullYear();
  const date = `${String(y).padStart(4, '0')}-${String(wall.getUTCMonth() + 1).padStart(2, '0')}-${String(wall.getUTCDate()).padStart(2, '0')}`;
  return { date, hour: wall.getUTCHours(), minute: wall.getUTCMinutes(), second: wall.getUTCSeconds() };
}

export function toZonedDate(instantMs: number, timeZone: string = defaultTimeZone): string {
  return getZonedParts(instantMs, timeZone).date;
}

/** The instant of a wall-clock time in the zone ('2025-10-01', '09:30'). */
export function zonedToInstant(date: string, time: string, timeZone: string = defaultTimeZone): number {
  const [h = 0, m = 0, s = 0] = time.split(':').map(Number);
  const naive = Date.parse(`${date}T00:00:00Z`) + ((h * 60 + m) * 60 + s) * 1000;
  // Two passes settle the offset also next to a DST change (not needed for Shanghai, cheap for other zones).
  let instant = naive - getOffsetMinutes(naive, timeZone) * 60_000;
  instant = naive - getOffsetMinutes(instant, timeZone) * 60_000;
  return instant;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** ISO 8601 with the zone's offset: 2025-10-02T04:00:00+08:00. */
export function formatZonedIso(instantMs: number, timeZone: string = defaultTimeZone): string {
  const p = getZonedParts(instantMs, timeZone);
  const off = getOffsetMinutes(instantMs, timeZone);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${p.date}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
