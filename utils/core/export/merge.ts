import type { CallbackRecord } from '../schemas/callback-record';

/**
 * One merge for every place records from several sources meet — `report` over agents' files, the options page's
 * import into the database, the report view — so the result never depends on the order the sources come in
 * (docs/export-format.md, "Merging"). Same id and same content is one record; same id and different content is a
 * conflict: reported, and the version kept is chosen by `compareVersions`, a total order on content.
 */
export type VersionFields = Pick<CallbackRecord, 'id' | 'revision' | 'recordedAt'>;

/** Where a row was read: the file (or "database") and its index in that file's records. */
export interface RowOrigin {
  source: string;
  index: number;
}

export interface VersionSummary {
  fingerprint: string;
  revision: number;
  recordedAt: string;
  origins: RowOrigin[];
}

export interface RecordConflict {
  id: string;
  /** The version that counts, then the others; the same whatever order the sources came in. */
  kept: VersionSummary;
  others: VersionSummary[];
}

/**
 * Positive when version a wins over b: the higher revision, then the later recordedAt, then the greater content
 * fingerprint (arbitrary but fixed, so swapping two files never changes the winner).
 */
export function compareVersions(
  a: { revision: number; recordedAt: string; fingerprint: string },
  b: { revision: number; recordedAt: string; fingerprint: string },
): number {
  if (a.revision !== b.revision) return a.revision - b.revision;
  const ta = Date.parse(a.recordedAt);
  const tb = Date.parse(b.recordedAt);
  if (ta !== tb) return ta - tb;
  return a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0;
}

interface Entry<R> {
  record: R;
  fingerprint: string;
  source: number;
  index: number;
  /** Only when this id was seen more than once: every distinct version with where it came from. */
  versions?: Map<string, VersionSummary>;
}

export interface MergeResult<R> {
  /** One per id, sorted by id. */
  records: R[];
  conflicts: RecordConflict[];
  /** The same record (same content) read more than once: counted once. */
  duplicates: number;
}

/** Accumulates records source by source; memory holds one record per id plus its fingerprint. */
export class RecordMerger<R extends VersionFields> {
  private readonly byId = new Map<string, Entry<R>>();
  private readonly sources: string[] = [];
  private duplicates = 0;

  /** Registers a source (a file name) and returns its number for `add`. */
  addSource(name: string): number {
    this.sources.push(name);
    return this.sources.length - 1;
  }

  add(record: R, fingerprint: string, source: number, index: number): void {
    const seen = this.byId.get(record.id);
    if (!seen) {
      this.byId.set(record.id, { record, fingerprint, source, index });
      return;
    }
    const versions = seen.versions ?? new Map([[seen.fingerprint, this.summary(seen)]]);
    seen.versions = versions;
    const same = versions.get(fingerprint);
    if (same) {
      this.duplicates += 1;
      same.origins.push({ source: this.sources[source] ?? '?', index });
    } else {
      versions.set(fingerprint, this.summary({ record, fingerprint, source, index }));
    }
    if (compareVersions({ ...record, fingerprint }, { ...seen.record, fingerprint: seen.fingerprint }) > 0) {
      Object.assign(seen, { record, fingerprint, source, index });
    }
  }

  /** Where the version of `id` that counts was read, e.g. `b.json records[3]`. */
  originOf(id: string): RowOrigin | undefined {
    const e = this.byId.get(id);
    return e && { source: this.sources[e.source] ?? '?', index: e.index };
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): R | undefined {
    return this.byId.get(id)?.record;
  }

  get size(): number {
    return this.byId.size;
  }

  result(): MergeResult<R> {
    const ids = [...this.byId.keys()].sort();
    const records: R[] = [];
    const conflicts: RecordConflict[] = [];
    for (const id of ids) {
      const e = this.byId.get(id);
      if (!e) continue;
      records.push(e.record);
      if (e.versions && e.versions.size > 1) {
        const all = [...e.versions.values()].sort((a, b) => compareVersions(b, a));
        for (const v of all) v.origins.sort((a, b) => a.source.localeCompare(b.source) || a.index - b.index);
        const [kept, ...others] = all;
        if (kept) conflicts.push({ id, kept, others });
      }
    }
    return { records, conflicts, duplicates: this.duplicates };
  }

  private summary(e: Entry<R>): VersionSummary {
    return {
      fingerprint: e.fingerprint,
      revision: e.record.revision,
      recordedAt: e.record.recordedAt,
      origins: [{ source: this.sources[e.source] ?? '?', index: e.index }],
    };
  }
}

/** One line per conflict: the id, the version kept and where each version came from. */
export function describeConflict(c: RecordConflict): string {
  const where = (v: VersionSummary) =>
    v.origins.map((o) => `${o.source} records[${o.index}]`).join(', ') + ` (revision ${v.revision})`;
  return `record ${JSON.stringify(c.id)} differs between files: kept ${where(c.kept)}; not counted: ${c.others.map(where).join('; ')}`;
}
