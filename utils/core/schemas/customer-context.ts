import { z } from 'zod';
import { standardFieldKeys } from '../fields';

export { standardFieldKeys };

export const standardFieldKeySchema = z.enum(standardFieldKeys);
export type StandardFieldKey = z.infer<typeof standardFieldKeySchema>;

/** Where a value was read from, so the panel can show it and teach mode can correct it. */
export const valueSourceSchema = z.object({
  via: z.enum(['adapter', 'generic', 'taught', 'manual']),
  adapterId: z.string().optional(),
  label: z.string().optional(),
  selector: z.string().optional(),
  hidden: z.boolean().optional(),
});
export type ValueSource = z.infer<typeof valueSourceSchema>;

export const fieldValueSchema = z.object({
  /** Normalised: phones as digits (leading + kept), dates ISO, gender male/female. */
  value: z.string().max(4000),
  /** The text as the page showed it. */
  raw: z.string().max(4000),
  source: valueSourceSchema,
});
export type FieldValue = z.infer<typeof fieldValueSchema>;

export const contextFlagSchema = z.object({
  code: z.string(),
  field: z.string().optional(),
  message: z.string(),
});
export type ContextFlag = z.infer<typeof contextFlagSchema>;

export const customerContextSchema = z.object({
  url: z.string().max(4000),
  origin: z.string().max(500),
  adapterId: z.string().nullable(),
  fields: z.partialRecord(standardFieldKeySchema, fieldValueSchema),
  extra: z.record(z.string().max(200), fieldValueSchema),
  missing: z.array(standardFieldKeySchema),
  flags: z.array(contextFlagSchema),
  extractedAt: z.string(),
});
export type CustomerContext = z.infer<typeof customerContextSchema>;
