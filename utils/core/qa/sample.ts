// Wired by #13 (records a supervisor can trust: sampling, checks before saving); until then reached only by its tests.
import type { CallbackKind } from '../callback-kinds';
import { defaultTimeZone, toZonedDate } from '../calendar/zoned-time';
import { selectCurrentRecords } from '../rules/current-records';
import { hash64 } from '../rules/sampling';
import type { CallbackRecord } from '../schemas/callback-record';

// QA sampling (抽检, docs/report.md "QA"): a seeded, reproducible sample of the month's completed calls, per kind.

/** 篇九 第四、十一条: residential surveys are sampled at 1 %; every other kind at 10 % unless the supervisor sets it. */
export const qaRuleRates: Partial<Record<CallbackKind, number>> = { 'satisfaction-sample': 1 };
export const defaultQaRate = 10;

export type QaSampleKind = { kind: CallbackKind; population: number; rate: number; size: number; recordIds: string[] };
export type QaSample = { month: string; seed: string; kinds: QaSampleKind[]; recordIds: string[] };

export type QaSampleOptions = {
  month: string;
  seed: string;
  timeZone?: string;
  /** Percent per kind, overriding the defaults. */
  rates?: Partial<Record<CallbackKind, number>>;
};

/** The rate a kind is sampled at: the supervisor's, else the rule's, else 10 %. */
export function getQaRate(kind: CallbackKind, rates: Partial<Record<CallbackKind, number>> = {}): number {
  return Math.min(100, Math.max(0, rates[kind] ?? qaRuleRates[kind] ?? defaultQaRate));
}

/**
 * Draws the sample over the merged records of several agents: the latest revision of each call that reached the
 * customer and started in the month (in the zone) is a candidate; each kind gets ceil(rate % of its calls), ranked
 * by a hash of (seed, record id) — the same seed and records give the same sample whatever their order.
 */
export function drawQaSample(records: readonly CallbackRecord[], opts: QaSampleOptions): QaSample {
  const timeZone = opts.timeZone ?? defaultTimeZone;
  const byKind = new Map<CallbackKind, CallbackRecord[]>();
  for (const r of selectCurrentRecords(records)) {
    if (r.outcome !== 'reached') continue;
    if (toZonedDate(Date.parse(r.startedAt), timeZone).slice(0, 7) !== opts.month) continue;
    const list = byKind.get(r.kind) ?? [];
    list.push(r);
    byKind.set(r.kind, list);
  }
  const kinds = [...byKind]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, list]): QaSampleKind => {
      const rate = getQaRate(kind, opts.rates);
      const size = Math.ceil((list.length * rate) / 100);
      const recordIds = list
        .map((r) => ({ id: r.id, h: hash64(`${opts.seed}\u0000${r.id}`) }))
        .sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : a.id < b.id ? -1 : 1))
        .slice(0, size)
        .map((x) => x.id)
        .sort();
      return { kind, population: list.length, rate, size, recordIds };
    });
  return { month: opts.month, seed: opts.seed, kinds, recordIds: kinds.flatMap((k) => k.recordIds) };
}
