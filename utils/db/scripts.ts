import Dexie from 'dexie';
import { scriptRowSchema, type ScriptRow } from '../core/schemas/script-row';
import { siteAdapterRowSchema, type SiteAdapterRow } from '../core/schemas/site-adapter-row';
import type { HuifangDb } from './app-db';

/** Stores one version of a script; an existing [id+version] is never replaced (versions are history). */
export async function saveScriptVersion(db: HuifangDb, row: ScriptRow): Promise<void> {
  const parsed = scriptRowSchema.parse(row);
  await db.transaction('rw', db.scripts, async () => {
    const existing = await db.scripts.get([parsed.id, parsed.version]);
    if (existing)
      throw new Error(`Script ${parsed.id} version ${parsed.version} is already stored; save a new version.`);
    await db.scripts.add(parsed);
  });
}

/** The newest version of a script, or a given one (to show the script an old record followed). */
export async function getScript(db: HuifangDb, id: string, version?: number): Promise<ScriptRow | undefined> {
  if (version !== undefined) return db.scripts.get([id, version]);
  return db.scripts.where('[id+version]').between([id, Dexie.minKey], [id, Dexie.maxKey]).last();
}

export function listScriptVersions(db: HuifangDb, id: string): Promise<ScriptRow[]> {
  return db.scripts.where('[id+version]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray();
}

/** One row per origin; a re-taught adapter replaces the previous one. */
export async function saveSiteAdapter(db: HuifangDb, row: SiteAdapterRow): Promise<void> {
  await db.siteAdapters.put(siteAdapterRowSchema.parse(row));
}

export function getSiteAdapter(db: HuifangDb, origin: string): Promise<SiteAdapterRow | undefined> {
  return db.siteAdapters.get(origin);
}

export function listSiteAdapters(db: HuifangDb): Promise<SiteAdapterRow[]> {
  return db.siteAdapters.toArray();
}

export function deleteSiteAdapter(db: HuifangDb, origin: string): Promise<void> {
  return db.siteAdapters.delete(origin);
}
