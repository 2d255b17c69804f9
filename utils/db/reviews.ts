import { reviewSchema, scoreReview, type Review } from '../core/qa/review';
import type { HuifangDb } from './app-db';
import { appendAudit } from './audit';

/** Saves (or replaces) a reviewer's sheet for a sampled call; the scores must be complete and within their points. */
export async function saveReview(db: HuifangDb, review: Review, now: Date): Promise<Review> {
  const parsed = reviewSchema.safeParse(review);
  if (!parsed.success)
    throw new Error(
      `Review not saved: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const score = scoreReview(parsed.data.scores);
  if (!score.ok) throw new Error(score.message.en);
  return db.transaction('rw', [db.reviews, db.audit], async () => {
    await db.reviews.put(parsed.data);
    await appendAudit(db.audit, {
      action: 'review',
      at: now.toISOString(),
      agent: parsed.data.reviewer,
      counts: { total: score.total },
      ids: [parsed.data.recordId, parsed.data.id],
    });
    return parsed.data;
  });
}

export function listReviews(db: HuifangDb, month?: string): Promise<Review[]> {
  return month ? db.reviews.where('month').equals(month).toArray() : db.reviews.toArray();
}
