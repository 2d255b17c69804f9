import { capDraftText, draftSchema, type CappedDraft, type Draft } from '../core/schemas/draft';
import type { HuifangDb } from './app-db';

/** Saves the call in progress (over the previous save). An oversized note is cut and reported, never refused. */
export async function saveDraft(db: HuifangDb, draft: Draft): Promise<CappedDraft['warnings']> {
  const capped = capDraftText(draft);
  const parsed = draftSchema.safeParse(capped.draft);
  if (!parsed.success)
    throw new Error(
      `Draft not saved: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  await db.drafts.put(parsed.data);
  return capped.warnings;
}

/** The saved call for a customer, to offer resuming it; undefined when none (or unreadable). */
export async function loadDraft(db: HuifangDb, customerKey: string): Promise<Draft | undefined> {
  const row = await db.drafts.get(customerKey);
  const parsed = draftSchema.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

/** Every unfinished call, newest first: what the panel offers to resume on open. */
export async function listDrafts(db: HuifangDb): Promise<Draft[]> {
  const rows = await db.drafts.orderBy('updatedAt').reverse().toArray();
  return rows.flatMap((row) => {
    const parsed = draftSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

export function discardDraft(db: HuifangDb, customerKey: string): Promise<void> {
  return db.drafts.delete(customerKey);
}

/**
 * Last-chance synchronous write on the raw connection, for versionchange and pagehide where no await may
 * happen before the connection closes. The put is queued before close(), so IndexedDB still completes it.
 */
export function writeDraftNow(idb: IDBDatabase, draft: Draft): void {
  const parsed = draftSchema.safeParse(capDraftText(draft).draft);
  if (!parsed.success) return;
  idb.transaction('drafts', 'readwrite').objectStore('drafts').put(parsed.data);
}
