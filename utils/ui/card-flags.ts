// The card's warnings, one line per problem, in the agent's language (utils/ui/card-view.ts builds the card).
import type { StandardFieldKey } from '@/utils/core/fields';
import type { ContextFlag } from '@/utils/core/schemas/customer-context';
import type { FlagView } from '@/components/customer-card';
import type { PanelKey, PanelTranslate } from './i18n';

// The extractor's flags carry English words for engineers; the panel shows each in the agent's language. Codes are the
// ones utils/extract/context.ts and utils/core/checks/ raise; an unknown code shows the flag's own message.
const FLAG_TEXT: Record<string, PanelKey> = {
  'id-format': 'flagIdInvalid',
  'id-check-digit': 'flagIdInvalid',
  'id-birth-date': 'flagIdInvalid',
  'id-future-birth-date': 'flagIdInvalid',
  'id-old-format': 'flagIdOldFormat',
  'id-birth-date-mismatch': 'flagIdMismatch',
  'id-gender-mismatch': 'flagIdMismatch',
  'phone-invalid-mobile': 'flagInvalidMobile',
};

/**
 * One line per problem. `checks` are the data checks' findings, already in the agent's language and more precise
 * ("校验位不符"); an extractor flag of the same code and field says the same thing again (in English), so it is dropped.
 * A missing key field is named once, by the line under the card that offers to pick it (components/missing-fields.tsx):
 * the card repeats neither the checks' per-field line for it nor a general one. The card passes here too the key
 * fields the ID number gives (utils/ui/id-derived.ts): they are not missing, so no line asks for them.
 */
export function describeFlags(
  flags: readonly ContextFlag[],
  missingKeys: readonly StandardFieldKey[],
  t: PanelTranslate,
  checks: readonly ContextFlag[] = [],
): FlagView[] {
  const listedBelow = new Set<string>(missingKeys);
  const seenText = new Set<string>();
  const seen = new Set<string>();
  const views: FlagView[] = [];
  const add = (flag: ContextFlag, text: string) => {
    const key = `${flag.code} ${flag.field ?? ''}`;
    if (seenText.has(text) || seen.has(key)) return;
    seenText.add(text);
    seen.add(key);
    views.push({ code: flag.code, text, severity: 'warn' });
  };
  for (const check of checks) {
    if (check.code === 'key-field-missing' && check.field && listedBelow.has(check.field)) continue;
    add(check, check.message);
  }
  for (const flag of flags) {
    if (flag.code === 'key-field-missing' && flag.field && listedBelow.has(flag.field)) continue;
    const key = FLAG_TEXT[flag.code];
    add(flag, key ? t(key) : flag.message);
  }
  return views;
}
