import { selectFamilyHeads } from '../export/revisions';
import type { CallbackRecord } from '../schemas/callback-record';

/**
 * The records that count: one per id, and of a record and its corrections only the newest revision — two
 * corrections of one record count once (utils/core/export/revisions.ts, docs/export-format.md "Revisions").
 */
export function selectCurrentRecords<R extends Pick<CallbackRecord, 'id' | 'revision' | 'supersedes' | 'recordedAt'>>(
  records: readonly R[],
): R[] {
  return selectFamilyHeads(records);
}
