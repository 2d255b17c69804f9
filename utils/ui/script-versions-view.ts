import { diffScripts, type ScriptChange } from '@/utils/core/script/diff';
import type { Script } from '@/utils/core/script/schema';
import type { MessageKey, Translate } from './i18n';

// The options page's list of scripts with their versions (draft / published) and the changes a publish would ship.

export type StoredVersion = { script: Script; status: 'draft' | 'published'; savedAt: string; source?: string };
export type VersionView = { version: number; status: 'draft' | 'published' | 'builtin'; savedAt: string | null };
export type ScriptRowView = {
  id: string;
  /** What agents get: the newest published version (or the built-in); null while only drafts exist. */
  inUse: Script | null;
  /** The newest draft newer than what is in use, to open or publish. */
  draft: StoredVersion | null;
  origin: 'builtin' | 'imported';
  versions: VersionView[];
};

export function groupScriptVersions(builtins: readonly Script[], stored: readonly StoredVersion[]): ScriptRowView[] {
  const rows = new Map<string, ScriptRowView>();
  for (const script of builtins)
    rows.set(script.id, {
      id: script.id,
      inUse: script,
      draft: null,
      origin: 'builtin',
      versions: [{ version: script.version, status: 'builtin', savedAt: null }],
    });
  const sorted = [...stored].sort((a, b) => a.script.version - b.script.version);
  for (const entry of sorted) {
    const row = rows.get(entry.script.id) ?? {
      id: entry.script.id,
      inUse: null,
      draft: null,
      origin: 'imported' as const,
      versions: [],
    };
    row.versions = [
      ...row.versions.filter((v) => v.version !== entry.script.version),
      { version: entry.script.version, status: entry.status, savedAt: entry.savedAt },
    ].sort((a, b) => a.version - b.version);
    if (entry.status === 'published' && (!row.inUse || row.inUse.version <= entry.script.version)) {
      row.inUse = entry.script;
      if (row.draft && row.draft.script.version <= entry.script.version) row.draft = null;
    } else if (entry.status === 'draft' && (!row.inUse || row.inUse.version < entry.script.version)) row.draft = entry;
    rows.set(row.id, row);
  }
  return [...rows.values()];
}

const areaKeys: Record<ScriptChange['area'], MessageKey> = {
  script: 'changeAreaScript',
  step: 'changeAreaStep',
  checklist: 'changeAreaChecklist',
  outcome: 'changeAreaOutcome',
  'custom-field': 'changeAreaField',
};
const kindKeys: Record<ScriptChange['kind'], MessageKey> = {
  added: 'changeAdded',
  removed: 'changeRemoved',
  changed: 'changeChanged',
};

export type PublishPreview =
  | { kind: 'first' }
  | { kind: 'not-newer'; published: number }
  | { kind: 'changes'; published: number; lines: string[] };

/** What publishing `next` would change for agents, as sentences: against the version in use, if any. */
export function describePublish(inUse: Script | null, next: Script, t: Translate): PublishPreview {
  if (!inUse) return { kind: 'first' };
  if (next.version <= inUse.version) return { kind: 'not-newer', published: inUse.version };
  const lines = diffScripts(inUse, next).map((change) =>
    t(kindKeys[change.kind], {
      area: t(areaKeys[change.area]),
      id: change.id,
      parts: change.parts.join(', '),
    }).trim(),
  );
  return { kind: 'changes', published: inUse.version, lines };
}
