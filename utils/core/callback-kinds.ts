import { z } from './zod';

/** The kinds of callback, with the ids used in docs/domain.md. */
export const callbackKinds = [
  'new-contract',
  'continuous',
  'complaint-followup',
  'agreement-change',
  'termination',
  'hesitation-period',
  'travel-pre-use',
  'travel-post-use',
  'travel-re-need',
  'partner-visit',
  'power-business',
  'power-repair',
  'letter-complaint',
  'letter-report',
  'large-customer-visit',
  'satisfaction-sample',
  'dealer-visit-followup',
  'software-checkin',
] as const;
export const callbackKindSchema = z.enum(callbackKinds);
export type CallbackKind = z.infer<typeof callbackKindSchema>;
