import { problemsFromIssues, type ImportProblem } from '../core/export/issues';
import type { ExportEnvelope } from '../core/export/envelope';
import { reviewSchema, type Review } from '../core/qa/review';
import { escalationSchema, type Escalation } from '../core/rules/escalations';
import type { HuifangDb } from './app-db';

export type Supervision = { escalations: Escalation[]; reviews: Review[] };

/** The escalations and reviews of an export file, checked whole before anything is written. */
export function readSupervision(
  envelope: ExportEnvelope,
): { ok: true; value: Supervision } | { ok: false; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const escalations: Escalation[] = [];
  const reviews: Review[] = [];
  (envelope.escalations ?? []).forEach((raw, i) => {
    const parsed = escalationSchema.safeParse(raw);
    if (parsed.success) escalations.push(parsed.data);
    else problems.push(...problemsFromIssues(parsed.error.issues, ['escalations', i]));
  });
  (envelope.reviews ?? []).forEach((raw, i) => {
    const parsed = reviewSchema.safeParse(raw);
    if (parsed.success) reviews.push(parsed.data);
    else problems.push(...problemsFromIssues(parsed.error.issues, ['reviews', i]));
  });
  return problems.length
    ? { ok: false, problems: problems.slice(0, 50) }
    : { ok: true, value: { escalations, reviews } };
}

/**
 * Writes them inside the import's transaction: a new one is added; a stored escalation is replaced only by the
 * same one further on (handled over open); a stored review only by a later sheet of the same id.
 */
export async function writeSupervision(
  db: HuifangDb,
  value: Supervision,
): Promise<{ escalations: number; reviews: number }> {
  const storedE = await db.escalations.bulkGet(value.escalations.map((e) => e.id));
  const escalations = value.escalations.filter((e, i) => {
    const old = storedE[i];
    return !old || (old.status === 'open' && e.status === 'handled');
  });
  const storedR = await db.reviews.bulkGet(value.reviews.map((r) => r.id));
  const reviews = value.reviews.filter((r, i) => {
    const old = storedR[i];
    return !old || Date.parse(r.reviewedAt) > Date.parse(old.reviewedAt);
  });
  if (escalations.length) await db.escalations.bulkPut(escalations);
  if (reviews.length) await db.reviews.bulkPut(reviews);
  return { escalations: escalations.length, reviews: reviews.length };
}
