import { z } from '../zod';
import { localizedTextSchema } from '../script/localized';

export const findingSeveritySchema = z.enum(['error', 'warning', 'info']);
export type FindingSeverity = z.infer<typeof findingSeveritySchema>;

/** One result of the data checks, shown in the panel before the call. */
export const findingSchema = z.object({
  code: z.string(),
  severity: findingSeveritySchema,
  /** The field it is about (a standard key or an extra key such as bankAccount), or null for the whole record. */
  field: z.nullable(z.string()),
  message: localizedTextSchema,
});
export type Finding = z.infer<typeof findingSchema>;

export function makeFinding(
  code: string,
  severity: FindingSeverity,
  field: string | null,
  zh: string,
  en: string,
): Finding {
  return { code, severity, field, message: { 'zh-CN': zh, en } };
}
