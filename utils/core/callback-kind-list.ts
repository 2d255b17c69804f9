// Without zod, for the panel's first frame (docs/architecture.md, "What the panel loads first"): callback-kinds.ts builds the schema from it.

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
export type CallbackKind = (typeof callbackKinds)[number];
