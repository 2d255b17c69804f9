import type { Draft } from '../core/schemas/draft';
import type { HuifangDb } from './app-db';
import { writeDraftNow } from './drafts';

export interface VersionChangeHooks {
  /** The drafts not yet saved (each open call's pending value), written before the connection closes. */
  pendingDrafts: () => Draft[];
  /** Tell the UI to ask the agent to reload: a newer Huifang needs the database. */
  onReloadNeeded: () => void;
}

/**
 * When another page opens a newer database version: save what is pending, close (so the upgrade can run),
 * ask for a reload. Returns the unsubscribe function.
 */
export function watchVersionChange(db: HuifangDb, hooks: VersionChangeHooks): () => void {
  const handler = () => {
    for (const draft of db.isOpen() ? hooks.pendingDrafts() : []) {
      try {
        writeDraftNow(db.backendDB(), draft);
      } catch {
        // The connection may already be closing; the draft saved a second ago is still there.
      }
    }
    db.close();
    hooks.onReloadNeeded();
    return false;
  };
  db.on('versionchange', handler);
  return () => db.on('versionchange').unsubscribe(handler);
}
