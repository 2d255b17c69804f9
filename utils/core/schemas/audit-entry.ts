import { z } from 'zod';

export const auditActionSchema = z.enum([
  'export',
  'import',
  'purge',
  'reveal',
  'revise',
  'backup',
  'settings-change',
  'alarm-empty-database',
  'escalate',
  'review',
  'unmask-report',
  'verify-audit',
  'worklist-import',
]);
export type AuditAction = z.infer<typeof auditActionSchema>;

/**
 * One line of the append-only audit log. No personal data: action, counts, time, agent and ids only
 * (record ids and customer keys are opaque; derived keys are hashes).
 */
export const auditEntryInputSchema = z.object({
  action: auditActionSchema,
  at: z.iso.datetime({ offset: true }),
  agent: z.string().max(200),
  counts: z.record(z.string().max(50), z.number().int().nonnegative()),
  ids: z.array(z.string().max(500)).max(1000),
});
export type AuditEntryInput = z.infer<typeof auditEntryInputSchema>;

const hexHash = z.string().regex(/^[0-9a-f]{64}$/);

export const auditEntrySchema = auditEntryInputSchema.extend({
  seq: z.number().int().positive(),
  prevHash: hexHash,
  hash: hexHash,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** The previous hash of the first entry. */
export const auditGenesisHash = '0'.repeat(64);
