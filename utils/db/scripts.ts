import Dexie from 'dexie';
import { isPublishedRow, scriptRowSchema, type ScriptRow } from '../core/schemas/script-row';
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

async function latestPublished(db: HuifangDb, id: string): Promise<number | null> {
  const rows = await listScriptVersions(db, id);
  const versions = rows.filter(isPublishedRow).map((row) => row.version);
  return versions.length > 0 ? Math.max(...versions) : null;
}

/**
 * Saves the team lead's draft of a version: a draft of the same version is replaced (work in progress); a version
 * already published never is, and a draft must be newer than the published version, so publishing it moves agents on.
 */
export async function saveScriptDraft(db: HuifangDb, row: ScriptRow): Promise<void> {
  const parsed = scriptRowSchema.parse({ ...row, status: 'draft' });
  await db.transaction('rw', db.scripts, async () => {
    const existing = await db.scripts.get([parsed.id, parsed.version]);
    if (existing && isPublishedRow(existing))
      throw new Error(`Version ${parsed.version} of ${parsed.id} is published; raise "version" to start a new draft.`);
    const published = await latestPublished(db, parsed.id);
    if (published !== null && parsed.version <= published)
      throw new Error(
        `Version ${parsed.version} of ${parsed.id} is not newer than the published v${published}; raise "version".`,
      );
    await db.scripts.put(parsed);
  });
}

/** Publishes a draft: from now on calls use it (utils/background/service-env.ts); the row is kept for ever. */
export async function publishScriptDraft(db: HuifangDb, id: string, version: number, at: string): Promise<ScriptRow> {
  return db.transaction('rw', db.scripts, async () => {
    const row = await db.scripts.get([id, version]);
    if (!row) throw new Error(`There is no draft ${id} v${version}.`);
    if (isPublishedRow(row)) throw new Error(`${id} v${version} is already published.`);
    const published = await latestPublished(db, id);
    if (published !== null && version <= published)
      throw new Error(`${id} v${version} is not newer than the published v${published}.`);
    const next: ScriptRow = { ...row, status: 'published', savedAt: at };
    await db.scripts.put(next);
    return next;
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
