import type { CallbackRecord } from '../schemas/callback-record';
import type { ExportFilters } from './envelope';

/** Whether a record falls inside the export filters; dates compare as instants, so mixed offsets are fine. */
export function matchesExportFilters(record: CallbackRecord, filters: ExportFilters): boolean {
  const at = Date.parse(record.startedAt);
  if (filters.from !== null && at < Date.parse(filters.from)) return false;
  if (filters.to !== null && at >= Date.parse(filters.to)) return false;
  if (filters.kinds.length && !filters.kinds.includes(record.kind)) return false;
  if (filters.outcomes.length && !filters.outcomes.includes(record.outcome)) return false;
  if (filters.agents.length && !filters.agents.includes(record.agent)) return false;
  return true;
}
