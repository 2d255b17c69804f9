// Without zod, for the panel's first frame (docs/architecture.md, "What the panel loads first"): finding.ts builds the schema from it.
import type { z } from '../zod';
import type { findingSchema } from './finding';

export type FindingSeverity = 'error' | 'warning' | 'info';
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
