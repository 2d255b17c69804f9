import { personOnlyFieldKeys } from '@/utils/core/checks/key-fields';
import type { StandardFieldKey } from '@/utils/core/fields';
import type { ContextFlag, CustomerContext, FieldValue } from '@/utils/core/schemas/customer-context';
import { fieldLabels } from '@/utils/core/script/field-labels';
import type { FieldRowView, FlagView } from '@/components/customer-card';
import type { Locale, PanelKey, PanelTranslate } from './i18n';
import { computeAge } from './format';
import { isMaskedField, maskField } from './mask';

/** The key fields of 篇五: a callback needs them; missing ones get a "pick" button. */
export const keyFields: StandardFieldKey[] = ['name', 'gender', 'birthDate', 'idNumber', 'address', 'phone'];

// Row order on the card; name and the phone line are shown above the rows.
const ROW_ORDER: StandardFieldKey[] = [
  'idNumber',
  'mobile',
  'gender',
  'birthDate',
  'product',
  'signDate',
  'owner',
  'company',
  'customerId',
  'email',
  'address',
];

export function describeSource(field: FieldValue, t: PanelTranslate): string {
  const s = field.source;
  const where =
    s.via === 'adapter'
      ? t('sourceAdapter', { id: s.adapterId ?? '' })
      : s.via === 'generic'
        ? t('sourceGeneric', { label: s.label ?? s.selector ?? '' })
        : s.via === 'taught'
          ? t('sourceTaught')
          : t('sourceManual');
  return t('fieldSource', { source: where });
}

export function labelOf(key: StandardFieldKey, locale: Locale): string {
  return fieldLabels[key][locale];
}

function toRow(
  key: StandardFieldKey,
  field: FieldValue,
  locale: Locale,
  t: PanelTranslate,
  revealed: boolean,
): FieldRowView {
  const masked = isMaskedField(key) && !revealed;
  const value = key === 'gender' ? genderText(field.value, t) : field.value;
  return {
    key,
    label: labelOf(key, locale),
    display: masked ? maskField(key, value) : value,
    source: describeSource(field, t),
    masked,
  };
}

function genderText(value: string, t: PanelTranslate): string {
  return value === 'male' ? t('genderMale') : value === 'female' ? t('genderFemale') : value;
}

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
  'duplicate-phone': 'flagDuplicatePhone',
};

/**
 * One line per problem. `checks` are the data checks' findings, already in the agent's language and more precise
 * ("校验位不符"); an extractor flag of the same code and field says the same thing again (in English), so it is dropped.
 * A missing key field is named once, by the line under the card that offers to pick it (components/missing-fields.tsx):
 * the card repeats neither the checks' per-field line for it nor a general one.
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

export type CardView = {
  name: string;
  summary: string;
  phone: FieldRowView | null;
  /** The landline when a mobile is the number shown first: both are dialled, both are on the card (issue #12). */
  otherPhone: FieldRowView | null;
  rows: FieldRowView[];
  flags: FlagView[];
  missingKeys: StandardFieldKey[];
};

export function buildCardView(
  context: CustomerContext,
  options: { locale: Locale; t: PanelTranslate; revealed: boolean; today: string; extraFlags?: readonly ContextFlag[] },
): CardView {
  const { locale, t, revealed } = options;
  const f = context.fields;
  const phoneKey: StandardFieldKey | null = f.mobile ? 'mobile' : f.phone ? 'phone' : null;
  const phoneField = phoneKey ? f[phoneKey] : undefined;
  const otherKey: StandardFieldKey | null = phoneKey === 'mobile' && f.phone ? 'phone' : null;
  const rows = ROW_ORDER.filter((k) => k !== phoneKey && k !== otherKey && f[k]).flatMap((k) => {
    const field = f[k];
    return field ? [toRow(k, field, locale, t, revealed)] : [];
  });
  const age = f.birthDate ? computeAge(f.birthDate.value, options.today) : null;
  const summary = [
    f.gender ? genderText(f.gender.value, t) : null,
    age !== null ? t('ageYears', { n: age }) : null,
    f.product?.value ?? null,
  ]
    .filter((s): s is string => Boolean(s))
    .join(' · ');
  const missingKeys = keyFields.filter(
    (k) => !f[k] && !(k === 'phone' && f.mobile) && !(context.entity === 'company' && personOnlyFieldKeys.includes(k)),
  );
  return {
    name: f.name?.value ?? '—',
    summary,
    phone: phoneKey && phoneField ? toRow(phoneKey, phoneField, locale, t, revealed) : null,
    otherPhone: otherKey && f.phone ? toRow(otherKey, f.phone, locale, t, revealed) : null,
    rows,
    flags: describeFlags(context.flags, missingKeys, t, options.extraFlags),
    missingKeys,
  };
}
