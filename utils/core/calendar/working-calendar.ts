import type { LocalizedText } from '../script/localized';
import { addDays, getWeekday, getYear } from './civil-date';
import type { CalendarData, CalendarOverrides, YearStatus } from './calendar-data';
import { type FestivalId, festivalNames } from './festivals';
import { cnHolidayData } from './data/cn-holidays';

export type DayInfo = {
  date: string;
  working: boolean;
  /** Why: a plain weekday/weekend, a holiday, a make-up working day, or the user's override. */
  reason: 'weekday' | 'weekend' | 'holiday' | 'make-up-workday' | 'user-holiday' | 'user-workday';
  festival: FestivalId | null;
};

export type WorkingCalendar = {
  source: string;
  getDay(date: string): DayInfo;
  isWorkingDay(date: string): boolean;
  /** What the data knows about a year: the notice, only the statutory days, or nothing. */
  getYearStatus(year: number): YearStatus | 'none';
  coveredYears(): { notice: number[]; statutory: number[] };
};

export type CalendarWarning = { code: 'year-statutory-only' | 'year-not-covered'; year: number; text: LocalizedText };

export function createWorkingCalendar(
  overrides: CalendarOverrides = { extraHolidays: [], extraWorkdays: [] },
  data: CalendarData = cnHolidayData,
): WorkingCalendar {
  const userHolidays = new Set(overrides.extraHolidays);
  const userWorkdays = new Set(overrides.extraWorkdays);
  const getDay = (date: string): DayInfo => {
    // A date the user put in both lists counts as a working day: the safer reading for a deadline.
    if (userWorkdays.has(date)) return { date, working: true, reason: 'user-workday', festival: null };
    if (userHolidays.has(date)) return { date, working: false, reason: 'user-holiday', festival: null };
    const year = data.years[date.slice(0, 4)];
    const made = year?.workdays[date];
    if (made) return { date, working: true, reason: 'make-up-workday', festival: made };
    const off = year?.holidays[date];
    if (off) return { date, working: false, reason: 'holiday', festival: off };
    const wd = getWeekday(date);
    const weekend = wd === 0 || wd === 6;
    return { date, working: !weekend, reason: weekend ? 'weekend' : 'weekday', festival: null };
  };
  const yearNumbers = Object.keys(data.years)
    .map(Number)
    .sort((a, b) => a - b);
  return {
    source: data.source,
    getDay,
    isWorkingDay: (date) => getDay(date).working,
    getYearStatus: (year) => data.years[String(year)]?.status ?? 'none',
    coveredYears: () => ({
      notice: yearNumbers.filter((y) => data.years[String(y)]?.status === 'notice'),
      statutory: yearNumbers.filter((y) => data.years[String(y)]?.status === 'statutory'),
    }),
  };
}

/** The end of the Nth working day after `date` (day 0 is `date` itself, whatever kind of day it is). */
export function addWorkingDays(
  calendar: WorkingCalendar,
  date: string,
  n: number,
): { date: string; daysSeen: string[] } {
  let current = date;
  const daysSeen = [date];
  let left = n;
  while (left > 0) {
    current = addDays(current, 1);
    daysSeen.push(current);
    if (calendar.isWorkingDay(current)) left--;
    if (daysSeen.length > 3700) throw new Error('working-day count ran past ten years');
  }
  return { date: current, daysSeen };
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`): what "within N working days" counts. */
export function countWorkingDays(calendar: WorkingCalendar, from: string, to: string): number {
  let count = 0;
  for (let day = addDays(from, 1), seen = 0; day <= to && seen < 3700; day = addDays(day, 1), seen++)
    if (calendar.isWorkingDay(day)) count++;
  return count;
}

/** Words for each year among `dates` the data does not fully know; the panel shows them next to the deadline. */
export function describeCoverage(calendar: WorkingCalendar, dates: readonly string[]): CalendarWarning[] {
  const years = [...new Set(dates.map(getYear))].sort((a, b) => a - b);
  const warnings: CalendarWarning[] = [];
  for (const year of years) {
    const status = calendar.getYearStatus(year);
    if (status === 'statutory') {
      warnings.push({
        code: 'year-statutory-only',
        year,
        text: {
          'zh-CN': `${year}年的国务院放假安排尚未收录：只计入法定节假日，调休和连休日未计入，截止日期可能有误，请核对官方通知或在设置中补充。`,
          en: `The State Council holiday notice for ${year} is not in the calendar data: only the statutory holidays are counted, not bridge days or make-up working days, so the deadline may be off. Check the official notice or add the days in the options.`,
        },
      });
    } else if (status === 'none') {
      warnings.push({
        code: 'year-not-covered',
        year,
        text: {
          'zh-CN': `日历数据不含${year}年：只按周末计算，节假日和调休均未计入，请核对。`,
          en: `The calendar data does not cover ${year}: only weekends are counted, no public holidays or make-up working days. Check the deadline by hand.`,
        },
      });
    }
  }
  return warnings;
}

export function describeFestival(id: FestivalId | null): LocalizedText | null {
  return id ? festivalNames[id] : null;
}
