// Wired by #13 (records a supervisor can trust: sampling, checks before saving); until then reached only by its tests.
import { z } from '../zod';

/** 篇九 第四、十一条: each round samples 10 % of non-residential and 1 % of residential customers; others at least 10 %. */
export const sampleSegmentSchema = z.enum(['non-residential', 'residential', 'other']);
export type SampleSegment = z.infer<typeof sampleSegmentSchema>;

export const defaultSampleRates: Record<SampleSegment, number> = { 'non-residential': 10, residential: 1, other: 10 };

export type SampleCandidate = { customerKey: string; segment: SampleSegment };

/** FNV-1a 64-bit over UTF-16 code units: small, deterministic, the same in every browser and in node. */
export function hash64(text: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h;
}

/**
 * A reproducible sample: each customer's place is a hash of (seed, key), so the same seed and the same customers
 * give the same sample whatever their order; each segment gets ceil(rate % of its size) customers.
 */
export function drawSample(
  candidates: readonly SampleCandidate[],
  seed: string,
  rates: Partial<Record<SampleSegment, number>> = {},
): Record<SampleSegment, string[]> {
  const out: Record<SampleSegment, string[]> = { 'non-residential': [], residential: [], other: [] };
  const bySegment = new Map<SampleSegment, Set<string>>();
  for (const c of candidates) {
    const set = bySegment.get(c.segment) ?? new Set<string>();
    set.add(c.customerKey);
    bySegment.set(c.segment, set);
  }
  for (const [segment, keys] of bySegment) {
    const rate = Math.min(100, Math.max(0, rates[segment] ?? defaultSampleRates[segment]));
    const size = Math.ceil((keys.size * rate) / 100);
    const ranked = [...keys]
      .map((key) => ({ key, h: hash64(`${seed}\u0000${key}`) }))
      .sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : a.key < b.key ? -1 : 1));
    out[segment] = ranked
      .slice(0, size)
      .map((r) => r.key)
      .sort();
  }
  return out;
}
