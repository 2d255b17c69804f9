import { z } from 'zod';

/**
 * A taught or imported site adapter stored for one CRM origin.
 * TODO [2026-12-31]: validate `adapter` with the site-adapter schema once utils/core/schemas/site-adapter.ts lands.
 */
export const siteAdapterRowSchema = z.object({
  origin: z.string().min(1).max(500),
  adapter: z.unknown(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type SiteAdapterRow = z.infer<typeof siteAdapterRowSchema>;
