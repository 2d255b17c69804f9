import { HuifangDb } from './app-db';

/**
 * The one database instance of an extension page (panel, options). Never import this from a content script:
 * there IndexedDB belongs to the CRM site.
 */
export const db = new HuifangDb();
