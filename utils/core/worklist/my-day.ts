import { toZonedDate, zonedToInstant } from '../calendar/zoned-time';
import type { Outcome } from '../schemas/callback-record';
import type { CallbackKind } from '../callback-kinds';

/** One call of the agent's day, as the History tab lists it ("my calls today", issue #12). */
export type DayCall = {
  id: string;
  customerKey: string;
  name: string;
  startedAt: string;
  kind: CallbackKind;
  outcome: Outcome;
  notes: string;
  sourceUrl: string;
};

/** The local day of `nowMs` in the deployment's time zone, as instants [from, to). */
export function dayBounds(nowMs: number, timeZone: string): { from: number; to: number; date: string } {
  const date = toZonedDate(nowMs, timeZone);
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return {
    date,
    from: zonedToInstant(date, '00:00', timeZone),
    to: zonedToInstant(next.toISOString().slice(0, 10), '00:00', timeZone),
  };
}

/** How many calls ended how, in the order given (outcomes with no call left out), and the total. */
export function countByOutcome(
  calls: readonly DayCall[],
  order: readonly Outcome[],
): { counts: { outcome: Outcome; n: number }[]; total: number } {
  const n = new Map<Outcome, number>();
  for (const c of calls) n.set(c.outcome, (n.get(c.outcome) ?? 0) + 1);
  const known = new Set(order);
  const rest = [...n.keys()].filter((o) => !known.has(o));
  return {
    counts: [...order, ...rest].flatMap((outcome) => (n.get(outcome) ? [{ outcome, n: n.get(outcome) ?? 0 }] : [])),
    total: calls.length,
  };
}
