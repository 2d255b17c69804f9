// SPAs key each field of a record by the record's id (Twenty: id="label-{recordId}-{field}"). One UUID repeated
// in the ids of several fields of the record, and no other, is that record's id.
import { normalizeField } from '../fields';
import type { Found, ReadEnv } from '../types';
import { elementsWithAttribute } from '../walk';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const MIN_FIELDS = 3;

export function findRecordIdInIds(root: Element, env: ReadEnv): Found | null {
  const counts = new Map<string, number>();
  for (const el of elementsWithAttribute(root, env.walks, ['id'])) {
    for (const m of new Set((el.getAttribute('id') ?? '').toLowerCase().match(UUID) ?? []))
      counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  const repeated = Array.from(counts).filter(([, n]) => n >= MIN_FIELDS);
  const norm = repeated.length === 1 && repeated[0] ? normalizeField('customerId', [repeated[0][0]], env.order) : null;
  return norm
    ? { key: 'customerId', ...norm, source: { via: 'generic', label: 'field ids', hidden: true, confidence: 0.75 } }
    : null;
}
