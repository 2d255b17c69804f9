import type { CallbackRecord } from '../schemas/callback-record';

/**
 * The revision graph (docs/export-format.md, "Revisions"): a correction names the record it corrects in
 * `supersedes` and has its revision + 1. Every chain must end at a first version (revision 0) that is present;
 * no record may correct itself or be part of a loop. A record corrected twice (two agents each correcting their
 * copy) is allowed: its family still counts once, by its newest version.
 */
export type RevisionFields = Pick<CallbackRecord, 'id' | 'revision' | 'supersedes' | 'recordedAt'>;

export interface RevisionProblem {
  code: 'self-revision' | 'revision-cycle' | 'missing-revision-target' | 'revision-number';
  id: string;
  message: string;
}

/**
 * Checks every record's `supersedes` against the others. `lookup` finds a record by id (a Map's get);
 * `knownElsewhere` says whether an absent target exists in a place not given here (the database, on import).
 */
export function checkRevisionGraph<R extends RevisionFields>(
  records: Iterable<R>,
  lookup: (id: string) => R | undefined,
  knownElsewhere: (id: string) => boolean = () => false,
): RevisionProblem[] {
  const problems: RevisionProblem[] = [];
  /** 1 = on the walk in progress, 2 = checked and leads to a valid start (or an already reported problem). */
  const state = new Map<string, 1 | 2>();
  for (const start of records) {
    if (state.has(start.id)) continue;
    const walk: R[] = [];
    let r: R | undefined = start;
    while (r && !state.has(r.id)) {
      state.set(r.id, 1);
      walk.push(r);
      if (r.supersedes === null) break;
      if (r.supersedes === r.id) {
        problems.push({ code: 'self-revision', id: r.id, message: 'supersedes: the record names itself' });
        break;
      }
      const target = lookup(r.supersedes);
      if (!target) {
        if (!knownElsewhere(r.supersedes)) {
          problems.push({
            code: 'missing-revision-target',
            id: r.id,
            message: `supersedes: corrects ${JSON.stringify(r.supersedes)}, which is not there`,
          });
        }
        break;
      }
      if (target.revision !== r.revision - 1) {
        problems.push({
          code: 'revision-number',
          id: r.id,
          message: `revision: is ${r.revision}, but the record it corrects (${JSON.stringify(target.id)}) has revision ${target.revision}; expected ${target.revision + 1}`,
        });
      }
      if (state.get(target.id) === 1) {
        const loop = walk.slice(walk.findIndex((w) => w.id === target.id)).map((w) => w.id);
        problems.push({
          code: 'revision-cycle',
          id: r.id,
          message: `supersedes: the corrections form a loop (${[...loop, target.id].map((id) => JSON.stringify(id)).join(' → ')})`,
        });
        break;
      }
      r = target;
    }
    for (const w of walk) state.set(w.id, 2);
  }
  return problems;
}

/**
 * The records that count: one per family (a first version and its corrections), its newest version — the highest
 * revision, then the latest recordedAt, then the greatest id, so the choice never depends on input order.
 * Safe on an unchecked graph: a loop is walked once.
 */
export function selectFamilyHeads<R extends RevisionFields>(records: readonly R[]): R[] {
  const byId = new Map<string, R>();
  for (const r of records) {
    const seen = byId.get(r.id);
    if (!seen || newer(r, seen)) byId.set(r.id, r);
  }
  const rootOf = new Map<string, string>();
  const findRoot = (r: R): string => {
    const path: string[] = [];
    let cur: R = r;
    let root: string;
    const onPath = new Set<string>();
    for (;;) {
      const known = rootOf.get(cur.id);
      if (known !== undefined) {
        root = known;
        break;
      }
      path.push(cur.id);
      onPath.add(cur.id);
      const next = cur.supersedes === null ? undefined : byId.get(cur.supersedes);
      if (!next || onPath.has(next.id)) {
        root = next ? ([...onPath].sort()[0] ?? cur.id) : cur.id;
        break;
      }
      cur = next;
    }
    for (const id of path) rootOf.set(id, root);
    return root;
  };
  const heads = new Map<string, R>();
  for (const r of byId.values()) {
    const root = findRoot(r);
    const head = heads.get(root);
    if (!head || newer(r, head)) heads.set(root, r);
  }
  return [...heads.values()];
}

function newer(a: RevisionFields, b: RevisionFields): boolean {
  if (a.revision !== b.revision) return a.revision > b.revision;
  const ta = Date.parse(a.recordedAt);
  const tb = Date.parse(b.recordedAt);
  if (ta !== tb) return ta > tb;
  return a.id > b.id;
}
