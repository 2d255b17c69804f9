import { z } from '../zod';

// The schema of a stored column mapping, apart from the column guessing of utils/core/worklist/columns.ts: the
// settings schema reads it, and the panel's first chunks should not carry the guessing (docs/architecture.md, "What
// the panel loads first").

/** What a work-list column can mean; the agent maps each to a column of the file (or to none). */
export const worklistFields = [
  'customerId',
  'name',
  'mobile',
  'phone',
  'product',
  'kind',
  'eventDate',
  'dueDate',
  'owner',
  'recordUrl',
] as const;
export const worklistFieldSchema = z.enum(worklistFields);
export type WorklistField = z.infer<typeof worklistFieldSchema>;

/** Field → column index (0-based), or null when the file has no such column. */
export const columnMappingSchema = z.record(worklistFieldSchema, z.nullable(z.int().check(z.gte(0), z.lte(500))));
export type ColumnMapping = z.infer<typeof columnMappingSchema>;
