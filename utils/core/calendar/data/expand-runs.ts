import type { CalendarData, YearStatus } from '../calendar-data';
import { addDays } from '../civil-date';
import { festivalIds, type FestivalId } from '../festivals';

const isFestival = (id: string): id is FestivalId => festivalIds.some((f) => f === id);

/**
 * One year of the bundled holiday data as runs of days (cn-holidays.ts, written by build-cn-holidays.ts): the
 * status, then the days off and the make-up working days, each "festival MM-DD" or "festival MM-DD+n" (n more days
 * of the same festival following it), comma-separated. About a third of the gzip weight of one entry per day, which
 * the panel loads with its first frame (docs/architecture.md, "What the panel loads first").
 */
export type CompactYear = [status: YearStatus, holidays: string, workdays: string];

function expand(year: string, runs: string): Record<string, FestivalId> {
  const days: Record<string, FestivalId> = {};
  for (const run of runs.split(', ')) {
    if (!run) continue;
    const [festival = '', start = ''] = run.split(' ');
    // Written by the generator and checked against the chinese-days package (tests/unit/calendar/cn-holidays.test.ts).
    if (!isFestival(festival)) throw new Error(`unknown festival in the holiday data: ${run}`);
    const [monthDay = '', more = '0'] = start.split('+');
    let day = `${year}-${monthDay}`;
    for (let i = 0; i <= Number(more); i++, day = addDays(day, 1)) days[day] = festival;
  }
  return days;
}

/** The runs back into the shape of CalendarData (utils/core/calendar/calendar-data.ts). */
export function expandCalendar(source: string, years: Record<string, CompactYear>): CalendarData {
  return {
    source,
    years: Object.fromEntries(
      Object.entries(years).map(([year, [status, holidays, workdays]]) => [
        year,
        { status, holidays: expand(year, holidays), workdays: expand(year, workdays) },
      ]),
    ),
  };
}
