import { z } from 'zod';

/** One version of a callback script; every version is kept so old records still show the script they followed. */
export const scriptRowSchema = z.object({
  id: z.string().min(1).max(200),
  version: z.number().int().nonnegative(),
  origin: z.enum(['builtin', 'imported', 'edited']),
  savedAt: z.iso.datetime({ offset: true }),
  /** The script document, validated by the script format's own schema before it is stored. */
  script: z.unknown(),
});
export type ScriptRow = z.infer<typeof scriptRowSchema>;
