import { z } from 'zod';
import { calendarOverridesSchema } from '../calendar/calendar-data';
import { callWindowConfigSchema, defaultCallWindows } from './call-windows';
import { sampleSegmentSchema } from './sampling';

/**
 * The compliance engine's settings, for the options page to store next to the others
 * (spread into settingSchemas / settingDefaults of utils/core/schemas/settings.ts).
 */
export const complianceSettingSchemas = {
  calendarOverrides: calendarOverridesSchema,
  callWindows: callWindowConfigSchema,
  sampleRates: z.partialRecord(sampleSegmentSchema, z.number().min(0).max(100)),
  /** 篇六 第十条: five working days to answer; also the second callback after an escalation. */
  secondCallbackWorkingDays: z.number().int().min(1).max(30),
  /** The customer's zone: all deadlines count in it. */
  timeZone: z.string().min(1).max(100),
} as const;

export const complianceSettingDefaults = {
  calendarOverrides: { extraHolidays: [], extraWorkdays: [] },
  callWindows: defaultCallWindows,
  sampleRates: {},
  secondCallbackWorkingDays: 5,
  timeZone: 'Asia/Shanghai',
} satisfies { [K in keyof typeof complianceSettingSchemas]: z.infer<(typeof complianceSettingSchemas)[K]> };
