import { z } from 'zod';
import { siteAdapterSchema } from './site-adapter';

/** A taught or imported site adapter stored for one CRM origin, in the extraction engine's own format. */
export const siteAdapterRowSchema = z.object({
  origin: z.string().min(1).max(500),
  adapter: siteAdapterSchema,
  updatedAt: z.iso.datetime({ offset: true }),
});
export type SiteAdapterRow = z.infer<typeof siteAdapterRowSchema>;
