import { z } from '@/utils/core/zod';
import { callbackRecordSchema } from '@/utils/core/schemas/callback-record';
import { customerKeySchema, customerSchema } from '@/utils/core/schemas/customer';
import { siteAdapterSchema } from '@/utils/core/schemas/site-adapter';
import { scriptSchema } from '@/utils/core/script/schema';

/** A stored script version as the options page lists it. */
const storedScriptSchema = z.object({
  script: scriptSchema,
  status: z.enum(['draft', 'published']),
  savedAt: z.string(),
  source: z.optional(z.string()),
});
import { defineCall } from './define-call';
import { supervisorCalls } from './supervisor-calls';
import { exportedFile, panelCalls } from './panel-calls';
import { syncCalls } from './sync-calls';

// THE list of data calls. Each is declared once here: name, argument schema, result schema, implementation.
// The background serves them (utils/service/serve-calls.ts) and every extension page calls them through the typed
// client (utils/service/call-client.ts). Adding a call is one entry below. See docs/architecture.md.

const none = z.object({});
const purgePreviewSchema = z.object({ cutoff: z.string(), records: z.number(), customers: z.number() });

export const dataCalls = {
  ...panelCalls,
  ...supervisorCalls,
  ...syncCalls,
  /** Every attempt of one customer, oldest first. */
  history: defineCall({
    input: z.object({ customerKey: customerKeySchema }),
    output: z.array(callbackRecordSchema),
    run: async ({ db, data }, { customerKey }) => (await data.customerHistory(db, customerKey)).attempts,
  }),
  /**
   * The scheduled encrypted backup, run from the options page with the passphrase typed there (never stored): the
   * file to save, and the time kept as the last backup (docs/data.md, "Backups").
   */
  backupNow: defineCall({
    input: z.object({ passphrase: z.string().check(z.minLength(12), z.maxLength(1000)) }),
    output: z.omit(exportedFile, { ok: true }),
    run: async ({ db, data, now, settings }, { passphrase }) => {
      const { agent } = await settings.read();
      const file = await data.runScheduledBackup(db, settings, { now: now(), passphrase, agent, force: true });
      if (!file) throw new Error('No backup was written.');
      return { text: file.text, fileName: file.fileName, mimeType: 'application/json' };
    },
  }),
  /** Retention's dry run: what a purge at `years` would delete. */
  previewPurge: defineCall({
    input: z.object({ years: z.int().check(z.gte(3), z.lte(100)) }),
    output: purgePreviewSchema,
    run: ({ db, data, now }, { years }) => data.previewPurge(db, { now: now(), years }),
  }),
  /** Deletes exactly what the dry run counted (or refuses), and audits it. */
  purgeRecords: defineCall({
    input: z.object({ years: z.int().check(z.gte(3), z.lte(100)), confirmed: purgePreviewSchema }),
    output: z.object({ deleted: z.number() }),
    run: async ({ db, data, now, settings }, { years, confirmed }) => {
      const { agent } = await settings.read();
      return data.purgeRecords(db, { now: now(), years, confirmed, agent });
    },
  }),
  /** The records and customers a monthly report is built from. */
  reportData: defineCall({
    input: none,
    output: z.object({ records: z.array(callbackRecordSchema), customers: z.array(customerSchema) }),
    run: async ({ db, data }) => ({
      records: await data.listCallbacks(db, { latestOnly: false }),
      customers: await db.customers.toArray(),
    }),
  }),
  /** Every stored script version (imported ones; built-ins ship with the extension), drafts included. */
  storedScripts: defineCall({
    input: none,
    output: z.array(storedScriptSchema),
    run: async ({ db }) =>
      (await db.scripts.toArray()).flatMap((row) => {
        const parsed = scriptSchema.safeParse(row.script);
        return parsed.success
          ? [{ script: parsed.data, status: row.status ?? 'published', savedAt: row.savedAt, source: row.source }]
          : [];
      }),
  }),
  /** Saves a script: a draft (replaced by the next save of its version) or straight away published. */
  saveScript: defineCall({
    input: z.object({
      script: scriptSchema,
      status: z._default(z.enum(['draft', 'published']), 'published'),
      source: z.optional(z.string().check(z.maxLength(5_000_000))),
    }),
    output: z.null(),
    run: async ({ db, data, now }, { script, status, source }) => {
      const row = {
        id: script.id,
        version: script.version,
        origin: 'imported' as const,
        savedAt: now().toISOString(),
        script,
        ...(source !== undefined ? { source } : {}),
      };
      if (status === 'draft') await data.saveScriptDraft(db, row);
      else await data.saveScriptVersion(db, { ...row, status: 'published' });
      return null;
    },
  }),
  /** Publishes a draft: calls use it from now on, and records name its version. */
  publishScript: defineCall({
    input: z.object({ id: z.string().check(z.maxLength(200)), version: z.int().check(z.gte(1)) }),
    output: z.null(),
    run: async ({ db, data, now }, { id, version }) => {
      await data.publishScriptDraft(db, id, version, now().toISOString());
      return null;
    },
  }),
  siteAdapters: defineCall({
    input: none,
    output: z.array(z.object({ origin: z.string(), adapter: siteAdapterSchema, updatedAt: z.string() })),
    run: ({ db, data }) => data.listSiteAdapters(db),
  }),
  saveSiteAdapters: defineCall({
    input: z.object({
      rows: z
        .array(z.object({ origin: z.string().check(z.maxLength(500)), adapter: siteAdapterSchema }))
        .check(z.maxLength(1000)),
    }),
    output: z.null(),
    run: async ({ db, data, now }, { rows }) => {
      for (const row of rows) await data.saveSiteAdapter(db, { ...row, updatedAt: now().toISOString() });
      return null;
    },
  }),
  deleteSiteAdapter: defineCall({
    input: z.object({ origin: z.string().check(z.maxLength(500)) }),
    output: z.null(),
    run: async ({ db, data }, { origin }) => {
      await data.deleteSiteAdapter(db, origin);
      return null;
    },
  }),
};

export type DataCalls = typeof dataCalls;
export type CallName = keyof DataCalls;
export type CallInput<K extends CallName> = z.input<DataCalls[K]['input']>;
export type CallOutput<K extends CallName> = z.output<DataCalls[K]['output']>;
/** The method list, for the message protocol's enum. */
export const callNames = Object.keys(dataCalls).filter((name): name is CallName => name in dataCalls);
