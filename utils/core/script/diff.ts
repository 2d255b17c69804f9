import type { Script, Step } from './schema';

// What changed between two versions of a script (the published one and a draft), for the options page before
// publishing: agents only ever get published versions, so the team lead sees exactly what they are about to ship.

export type ChangeKind = 'added' | 'removed' | 'changed';
export type ScriptChange = {
  kind: ChangeKind;
  /** What the change is about: a step, a checklist item, an outcome, a custom field, a block or a top-level key. */
  area: 'step' | 'checklist' | 'outcome' | 'custom-field' | 'script';
  id: string;
  /** For a change: which parts differ (`text`, `options`, `next`…), in the order of the object's keys. */
  parts: string[];
};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function changedKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((key) => !same(a[key], b[key]));
}

function diffList<T extends { id?: string; key?: string }>(
  area: ScriptChange['area'],
  before: readonly T[],
  after: readonly T[],
): ScriptChange[] {
  const idOf = (item: T): string => item.id ?? item.key ?? '';
  const old = new Map(before.map((item) => [idOf(item), item]));
  const now = new Map(after.map((item) => [idOf(item), item]));
  const changes: ScriptChange[] = [];
  for (const item of after) {
    const was = old.get(idOf(item));
    if (!was) changes.push({ kind: 'added', area, id: idOf(item), parts: [] });
    else if (!same(was, item)) changes.push({ kind: 'changed', area, id: idOf(item), parts: changedKeys(was, item) });
  }
  for (const item of before)
    if (!now.has(idOf(item))) changes.push({ kind: 'removed', area, id: idOf(item), parts: [] });
  return changes;
}

const topKeys = [
  'title',
  'description',
  'kinds',
  'appliesWhen',
  'priority',
  'start',
  'startByKind',
  'flagSeverity',
] as const satisfies readonly (keyof Script)[];

/** Every difference from `before` to `after`, top level first, then steps, checklist, outcomes, custom fields. */
export function diffScripts(before: Script, after: Script): ScriptChange[] {
  const top = topKeys
    .filter((key) => !same(before[key], after[key]))
    .map((key): ScriptChange => ({ kind: 'changed', area: 'script', id: key, parts: [] }));
  return [
    ...top,
    ...diffList<Step>('step', before.steps, after.steps),
    ...diffList('checklist', before.checklist ?? [], after.checklist ?? []),
    ...diffList('outcome', before.outcomes, after.outcomes),
    ...diffList('custom-field', before.customFields ?? [], after.customFields ?? []),
  ];
}
