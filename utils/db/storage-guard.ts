import { z } from '@/utils/core/zod';
import type { HuifangDb } from './app-db';

/** The lead backs this with browser.storage.local; tests pass a Map-backed one. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export const dataMarkerKey = 'huifang-data-marker';
const markerSchema = z.object({
  records: z.int().check(z.nonnegative()),
  customers: z.int().check(z.nonnegative()),
  updatedAt: z.string(),
});
export type DataMarker = z.infer<typeof markerSchema>;

export type MarkerCheck =
  | { status: 'ok'; records: number }
  /** The database is empty but the marker says it held data: storage was lost. Do not start fresh silently. */
  | { status: 'data-missing'; expectedRecords: number; markedAt: string };

/**
 * Compares the database with the marker kept outside IndexedDB, then moves the marker forward. Call on panel
 * open and after each finished call / import / purge. While data is missing the marker is left as it was,
 * so the alarm repeats until the user restores a backup or calls acknowledgeDataLoss.
 */
export async function checkDataMarker(db: HuifangDb, store: KeyValueStore, now: Date): Promise<MarkerCheck> {
  const [records, customers] = await Promise.all([db.callbacks.count(), db.customers.count()]);
  const parsed = markerSchema.safeParse(await store.get(dataMarkerKey));
  if (records === 0 && customers === 0 && parsed.success && parsed.data.records + parsed.data.customers > 0) {
    return { status: 'data-missing', expectedRecords: parsed.data.records, markedAt: parsed.data.updatedAt };
  }
  await store.set(dataMarkerKey, { records, customers, updatedAt: now.toISOString() } satisfies DataMarker);
  return { status: 'ok', records };
}

/** The user chose to start with an empty database after the alarm. */
export async function acknowledgeDataLoss(store: KeyValueStore, now: Date): Promise<void> {
  await store.set(dataMarkerKey, { records: 0, customers: 0, updatedAt: now.toISOString() } satisfies DataMarker);
}

export type PersistResult = 'granted' | 'denied' | 'unavailable';

/**
 * Asks the browser not to evict our storage under pressure; `manager` is navigator.storage, injected. (Not named
 * `storage`: WXT's import plugin, which runs even with auto-imports off, took that name for its own `storage` and
 * bundled wxt/utils/storage into the panel — tests/unit/conventions.test.ts now checks no module invites it.)
 */
export async function requestPersistentStorage(
  manager: Partial<Pick<StorageManager, 'persist' | 'persisted'>> | undefined,
): Promise<PersistResult> {
  if (!manager?.persist) return 'unavailable';
  try {
    if (manager.persisted && (await manager.persisted())) return 'granted';
    return (await manager.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unavailable';
  }
}
