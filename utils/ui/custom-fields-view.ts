import type { FieldRowView } from '@/components/customer-card';
import type { MissingFieldView } from '@/components/missing-fields';
import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import { pickText, type Locale } from '@/utils/core/script/locale-text';
import type { Script } from '@/utils/core/script/schema';
import { describeSource } from './card-view';
import { maskValue } from '@/utils/core/script/placeholders';
import type { PanelTranslate } from './i18n';

// Custom fields on the panel (issue #15; docs/script-format.md "Custom fields"): the extra values the page gave, each
// with where it came from, and the script's custom fields this page does not give yet, offered to teach mode — the
// agent picks the value once and the site's adapter reads it as that field from then on.

/** Extras the card already shows in its own way (the other phone numbers of the record). */
const hiddenExtras = new Set(['otherPhones']);
const LONG_NUMBER = /\d{7,}/;

function labelsOf(script: Script | null, locale: Locale): Map<string, string> {
  return new Map((script?.customFields ?? []).map((field) => [field.key, pickText(field.label, locale)]));
}

/** The page's extra values as card rows: the script's label when it declares the field, with the value's source. */
export function buildExtraRows(
  context: Pick<CustomerContext, 'extra'>,
  script: Script | null,
  locale: Locale,
  t: PanelTranslate,
  revealed = false,
): FieldRowView[] {
  const labels = labelsOf(script, locale);
  return Object.entries(context.extra)
    .filter(([key]) => !hiddenExtras.has(key))
    .sort(([a], [b]) => Number(labels.has(b)) - Number(labels.has(a)))
    .slice(0, 30)
    .map(([key, field]) => {
      // Privacy by default (docs/reliability.md §9): a value that reads like a phone or ID number is masked too.
      const masked = !revealed && LONG_NUMBER.test(field.value);
      return {
        key,
        label: labels.get(key) ?? key,
        display: masked ? maskValue(field.value) : field.value,
        source: describeSource(field, t),
        masked,
      };
    });
}

/** The script's page-read custom fields (not computed ones) that this page did not give: teach mode can pick them. */
export function listMissingCustomFields(
  context: Pick<CustomerContext, 'extra' | 'fields'>,
  script: Script | null,
  locale: Locale,
): MissingFieldView[] {
  return (script?.customFields ?? [])
    .filter((field) => !field.compute && !context.extra[field.key] && !(field.key in context.fields))
    .map((field) => ({ key: field.key, label: pickText(field.label, locale) }));
}
