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

// Codes the checks and the extractor raise; an unknown code shows the flag's own message.
const FLAG_TEXT: Record<string, PanelKey> = {
  'id-invalid': 'flagIdInvalid',
  'id-check-failed': 'flagIdInvalid',
  'id-birth-date-mismatch': 'flagIdMismatch',
  'id-gender-mismatch': 'flagIdMismatch',
  'birth-date-mismatch': 'flagIdMismatch',
  'gender-mismatch': 'flagIdMismatch',
  'duplicate-phone': 'flagDuplicatePhone',
  'missing-key-fields': 'flagMissing',
};

export function describeFlags(
  flags: readonly ContextFlag[],
  missingKeys: readonly StandardFieldKey[],
  t: PanelTranslate,
): FlagView[] {
  const seen = new Set<string>();
  const views: FlagView[] = [];
  for (const flag of flags) {
    // Known codes read the same whoever raised them (extractor or data checks); others keep their own words.
    const key = FLAG_TEXT[flag.code];
    const text = key ? t(key) : flag.message;
    if (seen.has(text)) continue;
    seen.add(text);
    views.push({ code: flag.code, text, severity: 'warn' });
  }
  if (missingKeys.length > 0 && !flags.some((f) => f.code === 'key-field-missing'))
    views.push({ code: 'missing-key-fields', text: t('flagMissing'), severity: 'warn' });
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
    flags: describeFlags([...context.flags, ...(options.extraFlags ?? [])], missingKeys, t),
    missingKeys,
  };
}
