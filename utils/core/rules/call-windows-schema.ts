import { z } from '../zod';
import { windowInOrder } from './call-windows';

const hhmmSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM'));

export const callWindowSchema = z
  .object({ start: hhmmSchema, end: hhmmSchema })
  .check(z.refine(windowInOrder, { message: 'a window must end after it starts' }));

export const callWindowConfigSchema = z.object({
  windows: z.array(callWindowSchema).check(z.minLength(1), z.maxLength(12)),
  /** Only on Chinese working days (weekends and holidays off, make-up days on). */
  workingDaysOnly: z.boolean(),
});
