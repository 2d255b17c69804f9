// Wired by #11 (the right customer: which frame holds the record); reached only by its tests until then.
// Which frame of a tab holds the record: every frame of an enabled origin extracts, the background keeps
// each frame's latest report and asks this function (pure; docs/adapters.md, "Frames").
import type { CustomerContext } from '../core/schemas/customer-context';

export interface FrameReport {
  frameId: number;
  /** The frame's URL (about:blank/srcdoc frames report their parent's origin). */
  url: string;
  context: CustomerContext | null;
  /** The frame's viewport in CSS px² (innerWidth × innerHeight); 0 for a frame hidden in a closed tab. */
  area: number;
  /** When the agent last clicked or typed in this frame (ms since epoch), 0 if never. */
  focusedAt: number;
  /** When this report arrived (ms since epoch). */
  at: number;
}

export type FrameChoiceReason = 'only' | 'same-record' | 'focused' | 'largest' | 'none' | 'ambiguous';

export interface FrameChoice {
  frameId: number | null;
  reason: FrameChoiceReason;
  /** Visible frames that show a customer. */
  candidates: number;
}

const IDENTITY = ['name', 'phone', 'mobile', 'idNumber', 'customerId'] as const;

function hasCustomer(c: CustomerContext | null): c is CustomerContext {
  return !!c && IDENTITY.some((k) => c.fields[k]);
}

/** A key naming the record: its URL record id, else name + first phone. */
function recordKeyOf(c: CustomerContext): string {
  if (c.record) return `r:${c.record.id}`;
  const phone = c.fields.mobile?.value ?? c.fields.phone?.value ?? '';
  return `n:${c.fields.name?.value ?? ''}|${phone}`;
}

const fieldCount = (c: CustomerContext) => Object.keys(c.fields).length;

/**
 * The frame that holds the record: the only visible frame with a customer; among several showing the same
 * record, the one with most fields; among different records, the one the agent last worked in, else the
 * largest by a clear margin (twice the next); otherwise none ("ambiguous": the panel asks).
 */
export function chooseFrame(reports: readonly FrameReport[]): FrameChoice {
  const shown = reports.filter((r) => r.area > 0 && hasCustomer(r.context));
  if (shown.length === 0) return { frameId: null, reason: 'none', candidates: 0 };
  const best = (rs: FrameReport[]) =>
    [...rs].sort(
      (a, b) =>
        fieldCount(b.context as CustomerContext) - fieldCount(a.context as CustomerContext) || a.frameId - b.frameId,
    )[0] as FrameReport;
  if (shown.length === 1) return { frameId: (shown[0] as FrameReport).frameId, reason: 'only', candidates: 1 };
  const keys = new Set(shown.map((r) => recordKeyOf(r.context as CustomerContext)));
  if (keys.size === 1) return { frameId: best(shown).frameId, reason: 'same-record', candidates: shown.length };
  const focused = [...shown].sort((a, b) => b.focusedAt - a.focusedAt);
  const [f1, f2] = focused;
  if (f1 && f1.focusedAt > 0 && (!f2 || f1.focusedAt > f2.focusedAt))
    return { frameId: f1.frameId, reason: 'focused', candidates: shown.length };
  const bySize = [...shown].sort((a, b) => b.area - a.area);
  const [s1, s2] = bySize;
  if (s1 && s2 && s1.area >= 2 * s2.area) return { frameId: s1.frameId, reason: 'largest', candidates: shown.length };
  return { frameId: null, reason: 'ambiguous', candidates: shown.length };
}
