import { z } from '../zod';
import { isCivilDate } from './civil-date';
import { festivalIds } from './festivals';

export const civilDateSchema = z.string().check(z.refine(isCivilDate, 'expected a real date, YYYY-MM-DD'));

export type { FestivalId } from './festivals';
export const festivalIdSchema = z.enum(festivalIds);

/** "notice": the State Council's notice is in the data; "statutory": only the days fixed by law are. */
export const yearStatusSchema = z.enum(['notice', 'statutory']);
export type YearStatus = z.infer<typeof yearStatusSchema>;

export const calendarYearSchema = z.object({
  status: yearStatusSchema,
  /** Days off (weekday or weekend) with the festival they belong to. */
  holidays: z.record(civilDateSchema, festivalIdSchema),
  /** Weekend days that are working days (调休上班). */
  workdays: z.record(civilDateSchema, festivalIdSchema),
});
export type CalendarYear = z.infer<typeof calendarYearSchema>;

export const calendarDataSchema = z.object({
  source: z.string(),
  years: z.record(z.string().check(z.regex(/^\d{4}$/)), calendarYearSchema),
});
export type CalendarData = z.infer<typeof calendarDataSchema>;

/** The user's own corrections, from the options page: they win over the bundled data. */
export const calendarOverridesSchema = z.object({
  extraHolidays: z._default(z.array(civilDateSchema).check(z.maxLength(1000)), []),
  extraWorkdays: z._default(z.array(civilDateSchema).check(z.maxLength(1000)), []),
});
export type CalendarOverrides = z.infer<typeof calendarOverridesSchema>;
