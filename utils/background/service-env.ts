import * as data from '@/utils/db';
import type { HuifangDb } from '@/utils/db/app-db';
import { builtinPlaybooks } from '@/utils/core/playbooks';
import { scriptSchema, type Script } from '@/utils/core/script/schema';
import { isPublishedRow } from '@/utils/core/schemas/script-row';
import type { ServiceEnv } from '@/utils/service/define-call';
import type { SettingsStore } from '@/utils/settings/settings-store';

/**
 * Built-in playbooks plus the newest published version of each stored script, minus those the user switched off.
 * Drafts never reach a call: a team lead publishes them on the options page.
 */
export async function loadScripts(db: HuifangDb, disabled: readonly string[]): Promise<Script[]> {
  const off = new Set(disabled);
  const stored = new Map<string, Script>();
  for (const row of await db.scripts.toArray().catch(() => [])) {
    if (!isPublishedRow(row)) continue;
    const parsed = scriptSchema.safeParse(row.script);
    if (!parsed.success) continue;
    const old = stored.get(parsed.data.id);
    if (!old || old.version < parsed.data.version) stored.set(parsed.data.id, parsed.data);
  }
  const builtin = builtinPlaybooks.filter((s) => !stored.has(s.id));
  return [...builtin, ...stored.values()].filter((s) => !off.has(s.id));
}

/** The environment every data call runs in: the background's database, data layer and settings. */
export function createServiceEnv(db: HuifangDb, settings: SettingsStore): ServiceEnv {
  return {
    db,
    data,
    settings,
    now: () => new Date(),
    scripts: async () => loadScripts(db, (await settings.read()).disabledScripts),
  };
}
