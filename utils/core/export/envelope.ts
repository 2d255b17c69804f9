import { z } from '../zod';
import { callbackKindSchema } from '../callback-kinds';
import { callbackRecordSchema, outcomeSchema } from '../schemas/callback-record';
import { customerSchema } from '../schemas/customer';

export const exportFormat = 'huifang-export';
/** Bump when the envelope changes, and add a migration from the previous version in migrate.ts. */
export const currentExportVersion = 2;

const isoDateTime = z.iso.datetime({ offset: true });

/** Which records an export holds. `to` is exclusive; empty lists mean "all". */
export const exportFiltersSchema = z.object({
  from: z.nullable(isoDateTime),
  to: z.nullable(isoDateTime),
  kinds: z.array(callbackKindSchema),
  outcomes: z.array(outcomeSchema),
  agents: z.array(z.string().check(z.maxLength(200))),
});
export type ExportFilters = z.infer<typeof exportFiltersSchema>;

export const noExportFilters: ExportFilters = { from: null, to: null, kinds: [], outcomes: [], agents: [] };

/** Everything but the two big arrays, checked first so a wrong header fails fast. */
export const exportHeaderSchema = z.object({
  format: z.literal(exportFormat),
  version: z.literal(currentExportVersion),
  exportedAt: isoDateTime,
  agent: z.string().check(z.maxLength(200)),
  filters: exportFiltersSchema,
  records: z.array(z.unknown()),
  customers: z.array(z.unknown()),
  /** Escalation entries from the compliance engine, carried as given. */
  escalations: z.optional(z.array(z.unknown()).check(z.maxLength(1_000_000))),
  /** QA reviews of sampled calls (utils/core/qa/review.ts), carried as given; checked when imported. */
  reviews: z.optional(z.array(z.unknown()).check(z.maxLength(1_000_000))),
});

export const exportEnvelopeSchema = z.extend(exportHeaderSchema, {
  records: z.array(callbackRecordSchema),
  customers: z.array(customerSchema),
});
export type ExportEnvelope = z.infer<typeof exportEnvelopeSchema>;

/** The encrypted form: the header in clear (bound to the ciphertext as additional data), the envelope sealed. */
export const encryptionHeaderSchema = z.object({
  alg: z.literal('AES-GCM'),
  kdf: z.literal('PBKDF2-SHA256'),
  iterations: z.int().check(z.gte(600_000), z.lte(10_000_000)),
  salt: z.base64().check(z.minLength(16)),
  iv: z.base64().check(z.minLength(16)),
});
export type EncryptionHeader = z.infer<typeof encryptionHeaderSchema>;

export const encryptedExportSchema = z.object({
  format: z.literal(exportFormat),
  version: z.int().check(z.gt(0)),
  encryption: encryptionHeaderSchema,
  ciphertext: z.base64(),
});
export type EncryptedExport = z.infer<typeof encryptedExportSchema>;
