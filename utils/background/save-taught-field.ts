import { getSiteAdapter, saveSiteAdapter, type HuifangDb } from '../db';
import { siteAdapterSchema, type SiteAdapter } from '../core/schemas/site-adapter';
import { mergePickedField } from '../extract/teach-merge';

export interface TaughtPick {
  origin: string;
  field: string;
  selector: string;
  label?: string;
}

/** Merges a field the agent picked on the page into the origin's site adapter and stores it; returns the new adapter. */
export async function saveTaughtField(db: HuifangDb, pick: TaughtPick, now: Date): Promise<SiteAdapter> {
  const row = await getSiteAdapter(db, pick.origin);
  const existing = row ? siteAdapterSchema.safeParse(row.adapter).data : undefined;
  const adapter = siteAdapterSchema.parse(mergePickedField(existing, pick.origin, pick, now));
  await saveSiteAdapter(db, { origin: pick.origin, adapter, updatedAt: now.toISOString() });
  return adapter;
}
