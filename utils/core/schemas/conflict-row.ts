import { z } from 'zod';
import { callbackRecordSchema } from './callback-record';

/**
 * A version of a record that lost a merge (same id, different content; docs/export-format.md "Merging"): kept
 * aside in the database instead of being lost, so importing files in any order leaves the same records counted.
 */
export const conflictRowSchema = z.object({
  /** `${recordId}#${fingerprint}`: each distinct version once. */
  key: z.string().min(1).max(200),
  recordId: z.string().min(1).max(100),
  fingerprint: z.string().max(60),
  record: callbackRecordSchema,
  keptAsideAt: z.iso.datetime({ offset: true }),
});
export type ConflictRow = z.infer<typeof conflictRowSchema>;
