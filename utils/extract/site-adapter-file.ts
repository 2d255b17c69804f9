// Export and import of taught site adapters as one JSON file (options page, backups, sharing with a team).
// Uses zod: never import this from the content script.
import { siteAdapterFileSchema, type SiteAdapter, type SiteAdapterFile } from '../core/schemas/site-adapter';

const MAX_FILE_CHARS = 5 * 1024 * 1024;

export function serializeSiteAdapters(adapters: SiteAdapter[]): string {
  const file: SiteAdapterFile = { format: 'huifang-site-adapters', version: 1, adapters };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type SiteAdapterImport = { ok: true; adapters: SiteAdapter[] } | { ok: false; error: string };

/** Parses an export file; every problem is reported with its path, nothing is partially accepted. */
export function parseSiteAdapters(text: string): SiteAdapterImport {
  if (text.length > MAX_FILE_CHARS) return { ok: false, error: 'file larger than 5 MB' };
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    return { ok: false, error: `not JSON: ${(err as Error).message}` };
  }
  const parsed = siteAdapterFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      error: parsed.error.issues
        .slice(0, 10)
        .map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`)
        .join('; '),
    };
  }
  const ids = parsed.data.adapters.map((a) => a.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) return { ok: false, error: `adapter ${dup} appears twice` };
  for (const a of parsed.data.adapters) {
    for (const [field, rules] of Object.entries(a.fields)) {
      for (const r of rules) {
        if (!r.pattern) continue;
        try {
          new RegExp(r.pattern);
        } catch {
          return { ok: false, error: `adapters.${a.id}.fields.${field}: invalid pattern ${r.pattern}` };
        }
      }
    }
  }
  return { ok: true, adapters: parsed.data.adapters };
}

/** The site an adapter serves: a taught adapter's own origin ("site:" + origin), else its first URL pattern's. */
export function originOfAdapter(adapter: SiteAdapter): string | null {
  if (adapter.id.startsWith('site:')) return adapter.id.slice('site:'.length);
  const match = /^(https?:\/\/[^/*]+)/.exec(adapter.urlPatterns[0] ?? '');
  return match?.[1] ?? null;
}
