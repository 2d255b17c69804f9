import { z } from 'zod';

/** One version of a callback script; every version is kept so old records still show the script they followed. */
export const scriptRowSchema = z.object({
  id: z.string().min(1).max(200),
  version: z.number().int().nonnegative(),
  origin: z.enum(['builtin', 'imported', 'edited']),
  savedAt: z.iso.datetime({ offset: true }),
  /** The script document, validated by the script format's own schema before it is stored. */
  script: z.unknown(),
  /**
   * A draft is the team lead's work in progress: never used in calls, replaced on each save, published once
   * (utils/db/scripts.ts). Absent: published (rows stored before drafts existed).
   */
  status: z.enum(['draft', 'published']).optional(),
  /** The file as the author wrote it (blocks and all), so a draft reopens as written; the script is its expansion. */
  source: z.string().max(5_000_000).optional(),
});

export const isPublishedRow = (row: Pick<ScriptRow, 'status'>): boolean => row.status !== 'draft';
export type ScriptRow = z.infer<typeof scriptRowSchema>;
