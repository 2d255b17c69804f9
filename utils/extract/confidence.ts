// How sure each value is, from why it was taken. The panel asks the agent to confirm a name or phone
// below CONFIRM_BELOW before a call is bound to it (docs/adapters.md, "Confidence").
import type { ValueSource } from '../core/schemas/customer-context';

export const CONFIRM_BELOW = 0.7;
/** The fields that identify whom a call is with: unsure ones must be confirmed. */
export const IDENTITY_KEYS = ['name', 'phone', 'mobile'] as const;

/** Confidence of a value, from its source. */
export function confidenceOf(source: ValueSource): number {
  if (source.confidence !== undefined) return source.confidence; // set by the reader (a title, an avatar)
  switch (source.via) {
    case 'manual':
      return 1;
    case 'taught':
      return 0.95;
    case 'adapter':
      return source.hidden ? 0.85 : 0.95;
    case 'url':
      return 0.9;
    default:
      return source.hidden ? 0.75 : 0.85;
  }
}

/** Identity values the agent must confirm before a call is bound to them. */
export function needsConfirmation(fields: Partial<Record<string, { source: ValueSource } | undefined>>): string[] {
  return IDENTITY_KEYS.filter((k) => {
    const f = fields[k];
    return !!f && (f.source.confidence ?? 1) < CONFIRM_BELOW;
  });
}
