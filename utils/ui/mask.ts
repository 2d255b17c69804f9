import { maskValue } from '@/utils/core/script/placeholders';

// Numbers on screen are masked until the agent asks (privacy by default, reliability.md §9).
// The script's {{x|mask}} and the card mask the same way, so the agent sees one form.

const MASKED_KEYS = new Set(['phone', 'mobile', 'idNumber']);

export function isMaskedField(key: string): boolean {
  return MASKED_KEYS.has(key);
}

export function maskField(key: string, value: string): string {
  return isMaskedField(key) ? maskValue(value) : value;
}

/**
 * Page text may carry bidi overrides or zero-width characters that reorder or hide what the agent reads.
 * Strip them for display (the raw value is kept elsewhere); the caller also wraps values in <bdi>.
 */
export function stripControlChars(value: string): string {
  return value.replace(
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g,
    '',
  );
}
