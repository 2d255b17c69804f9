import { type Review, reviewSchema } from '../qa/review';
import {
  type RecordConflict,
  RecordMerger,
  checkRevisionGraph,
  fingerprintContent,
  fingerprintParsed,
  nameRow,
} from '../export';
import { type Escalation, escalationSchema } from '../rules/escalations';
import type { CallbackRecord } from '../schemas/callback-record';
import type { ReportRecord } from './due-items';
import type { Customer } from '../schemas/customer';

const recordMaps = ['answers', 'ticks', 'context'] as const;

// Shared empty values for the fields the report never reads (frozen: nothing may write into them).
const noFlags: CallbackRecord['flags'] = Object.freeze([]) as unknown as string[];

/**
 * Several agents' exports merged for the monthly report, the same whatever order the files come in
 * (docs/export-format.md, "Merging"): records through the shared RecordMerger, customers and escalations by a
 * fixed rule (the latest, then the greater content), the revision graph checked over all files together.
 */
export class ReportSources {
  readonly records = new RecordMerger<ReportRecord>();
  private readonly customers = new Map<string, { c: Customer; fp: string }>();
  private readonly escalations = new Map<string, { e: Escalation; fp: string }>();
  readonly agents = new Set<string>();
  skippedEscalations = 0;
  private readonly reviews = new Map<string, Review>();
  skippedReviews = 0;

  /** A QA sheet; the same sheet from several files counts once, the latest saved wins. */
  addReview(raw: unknown): void {
    const parsed = reviewSchema.safeParse(raw);
    if (!parsed.success) {
      this.skippedReviews += 1;
      return;
    }
    const seen = this.reviews.get(parsed.data.id);
    const later = seen ? Date.parse(parsed.data.reviewedAt) - Date.parse(seen.reviewedAt) : 1;
    if (!seen || later > 0 || (later === 0 && fingerprintContent(parsed.data) > fingerprintContent(seen)))
      this.reviews.set(parsed.data.id, parsed.data);
  }

  private readonly strings = new Map<string, string>();

  /** One copy of each repeated text (kinds, agents, customer keys…): each parsed record brings its own. */
  private intern<T extends string | null>(text: T): T {
    if (text === null) return text;
    const seen = this.strings.get(text);
    if (seen !== undefined) return seen as T;
    this.strings.set(text, text);
    return text;
  }

  private readonly contexts = new Map<string, CallbackRecord['context']>();

  /** Who the record is about (name and phones, for the outstanding list), one shared object per distinct value. */
  private contextOf(r: CallbackRecord): CallbackRecord['context'] {
    const { name, mobile, phone } = r.context;
    const key = `${r.customerKey}\u0000${name ?? ''}\u0000${mobile ?? ''}\u0000${phone ?? ''}`;
    let seen = this.contexts.get(key);
    if (!seen) {
      seen = Object.freeze({
        ...(name === undefined ? {} : { name }),
        ...(mobile === undefined ? {} : { mobile }),
        ...(phone === undefined ? {} : { phone }),
      });
      this.contexts.set(key, seen);
    }
    return seen;
  }

  /** Keeps only what the report reads, so a million records stay near the size of the files. */
  addRecord(r: CallbackRecord, source: number, index: number): void {
    // Parsed by callbackRecordSchema, so its keys come in the schema's order; answers/ticks/context are maps.
    const fp = fingerprintParsed(r, recordMaps);
    const flags = r.flags.length === 0 ? noFlags : r.flags.map((f) => this.intern(f));
    const compact: ReportRecord = {
      id: r.id,
      customerKey: this.intern(r.customerKey),
      kind: this.intern(r.kind),
      outcome: this.intern(r.outcome),
      satisfaction: this.intern(r.satisfaction),
      flags,
      agent: this.intern(r.agent),
      dueAt: this.intern(r.dueAt),
      revision: r.revision,
      supersedes: r.supersedes,
      startedAt: r.startedAt,
      endedAt: r.endedAt,
      recordedAt: r.recordedAt,
      context: this.contextOf(r),
    };
    this.records.add(compact, fp, source, index);
  }

  addCustomer(c: Customer): void {
    const fp = fingerprintContent(c);
    const seen = this.customers.get(c.key);
    const later = seen ? Date.parse(c.lastSeenAt) - Date.parse(seen.c.lastSeenAt) : 1;
    if (!seen || later > 0 || (later === 0 && fp > seen.fp)) this.customers.set(c.key, { c, fp });
  }

  /** An escalation the compliance engine does not understand is left out and counted. */
  addEscalation(raw: unknown): void {
    const parsed = escalationSchema.safeParse(raw);
    if (!parsed.success) {
      this.skippedEscalations += 1;
      return;
    }
    const e = parsed.data;
    const fp = fingerprintContent(e);
    const seen = this.escalations.get(e.id);
    const rank = (x: Escalation) => (x.status === 'handled' ? 1 : 0);
    if (!seen || rank(e) > rank(seen.e) || (rank(e) === rank(seen.e) && fp > seen.fp)) {
      this.escalations.set(e.id, { e, fp });
    }
  }

  /** The merged input of buildMonthlyReport, or the revision problems naming file, record and field. */
  finish():
    | {
        ok: true;
        records: ReportRecord[];
        customers: Customer[];
        escalations: Escalation[];
        reviews: Review[];
        conflicts: RecordConflict[];
      }
    | { ok: false; problems: string[] } {
    const merged = this.records.result();
    const problems = checkRevisionGraph(merged.records, (id) => this.records.get(id)).map((p) => {
      const at = this.records.originOf(p.id);
      return `${at?.source ?? '?'}: ${nameRow('records', at?.index ?? -1, p.id)}.${p.message}`;
    });
    if (problems.length) return { ok: false, problems };
    const byKey = <T>(m: Map<string, T>) => [...m.keys()].sort().map((k) => m.get(k) as T);
    return {
      ok: true,
      records: merged.records,
      customers: byKey(this.customers).map((x) => x.c),
      escalations: byKey(this.escalations).map((x) => x.e),
      reviews: byKey(this.reviews),
      conflicts: merged.conflicts,
    };
  }
}
