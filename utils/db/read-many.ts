import type { Table } from 'dexie';

/**
 * Rows for many keys, in key order of the request. bulkGet issues one request per key; when the keys are a large
 * share of the table one getAll is much faster (20k customers: ~10× in Chromium), and an empty table needs no read.
 */
export async function readMany<T, K extends string>(table: Table<T, K>, keys: readonly K[], keyOf: (row: T) => K): Promise<(T | undefined)[]> {
  if (!keys.length) return [];
  const count = await table.count();
  if (count === 0) return keys.map(() => undefined);
  if (keys.length * 4 < count) return table.bulkGet([...keys]);
  const byKey = new Map<K, T>();
  const wanted = new Set(keys);
  for (const row of await table.toArray()) {
    const key = keyOf(row);
    if (wanted.has(key)) byKey.set(key, row);
  }
  return keys.map((k) => byKey.get(k));
}
