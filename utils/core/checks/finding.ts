import { z } from '../zod';
import { localizedTextSchema } from '../script/localized';

export const findingSeveritySchema = z.enum(['error', 'warning', 'info']);

/** One result of the data checks, shown in the panel before the call. */
export const findingSchema = z.object({
  code: z.string(),
  severity: findingSeveritySchema,
  /** The field it is about (a standard key or an extra key such as bankAccount), or null for the whole record. */
  field: z.nullable(z.string()),
  message: localizedTextSchema,
});

export { makeFinding, type Finding, type FindingSeverity } from './make-finding';
