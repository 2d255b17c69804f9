import { personOnlyFieldKeys } from '@/utils/core/checks/key-fields';
import type { StandardFieldKey } from '@/utils/core/fields';
import type { ContextFlag, CustomerContext, FieldValue } from '@/utils/core/schemas/customer-context';
import { fieldLabels } from '@/utils/core/script/field-labels';
import type { FieldRowView, FlagView } from '@/components/customer-card';
import { describeFlags } from './card-flags';
import type { Locale, PanelKey, PanelTranslate } from './i18n';
import { computeAge } from './format';
import { isMaskedField, maskField } from './mask';
import { deriveFromIdNumber } from './id-derived';
import { phoneKindLabel, writtenNumber } from './phone-view';

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
  const row: FieldRowView = {
    key,
    label: labelOf(key, locale),
    display: masked ? maskField(key, value) : value,
    source: describeSource(field, t),
    masked,
  };
  if (key !== 'phone' && key !== 'mobile') return row;
  // A number is written as the page wrote it and named by its kind; dialling and copying take the digits.
  return {
    ...row,
    kind: phoneKindLabel(key, field, t),
    digits: field.value,
    display: masked ? row.display : writtenNumber(field),
  };
}

// Where the record id came from (context.record.from), for the card's row when the page names no customer code.
const RECORD_SOURCE: Record<NonNullable<CustomerContext['record']>['from'], PanelKey> = {
  url: 'sourceRecordUrl',
  link: 'sourceRecordLink',
  page: 'sourceRecordPage',
};

/** The CRM's record id (read from the URL, a link or a code on the page), shown when the page gives no customer id. */
function recordRow(context: CustomerContext, t: PanelTranslate): FieldRowView | null {
  const record = context.record;
  if (!record?.id || context.fields.customerId) return null;
  return {
    key: 'customerId',
    label: t('recordIdLabel'),
    display: record.id,
    source: t('fieldSource', { source: t(RECORD_SOURCE[record.from]) }),
    masked: false,
  };
}

/** A birth date or gender the ID number gives, labelled so (utils/ui/id-derived.ts). */
function derivedRow(key: 'birthDate' | 'gender', value: string, locale: Locale, t: PanelTranslate): FieldRowView {
  return {
    key,
    label: labelOf(key, locale),
    display: key === 'gender' ? genderText(value, t) : value,
    source: t('fieldSource', { source: t('sourceIdDerived') }),
    masked: false,
  };
}

function genderText(value: string, t: PanelTranslate): string {
  return value === 'male' ? t('genderMale') : value === 'female' ? t('genderFemale') : value;
}

export type CardView = {
  name: string;
  /** Gender, age, product: each shown as its own isolated text (a product may be written right to left). */
  summary: string[];
  phone: FieldRowView | null;
  /** The landline when a mobile is the number shown first: both are dialled, both are on the card (issue #12). */
  otherPhone: FieldRowView | null;
  rows: FieldRowView[];
  flags: FlagView[];
  missingKeys: StandardFieldKey[];
  /** Key fields the page leaves empty that the ID number gives: shown as derived, not asked for. */
  derivedKeys: StandardFieldKey[];
};

export { describeFlags };

export function buildCardView(
  context: CustomerContext,
  options: { locale: Locale; t: PanelTranslate; revealed: boolean; today: string; extraFlags?: readonly ContextFlag[] },
): CardView {
  const { locale, t, revealed } = options;
  const f = context.fields;
  const phoneKey: StandardFieldKey | null = f.mobile ? 'mobile' : f.phone ? 'phone' : null;
  const phoneField = phoneKey ? f[phoneKey] : undefined;
  const otherKey: StandardFieldKey | null = phoneKey === 'mobile' && f.phone ? 'phone' : null;
  const derived = deriveFromIdNumber(context, options.today);
  const derivedKeys = (['gender', 'birthDate'] as const).filter((k) => derived[k] !== undefined);
  const rows = ROW_ORDER.filter((k) => k !== phoneKey && k !== otherKey).flatMap((k) => {
    const field = f[k];
    if (field) return [toRow(k, field, locale, t, revealed)];
    const fromId = k === 'gender' || k === 'birthDate' ? derived[k] : undefined;
    if (fromId !== undefined && (k === 'gender' || k === 'birthDate')) return [derivedRow(k, fromId, locale, t)];
    const record = k === 'customerId' ? recordRow(context, t) : null;
    return record ? [record] : [];
  });
  const birthDate = f.birthDate?.value ?? derived.birthDate;
  const gender = f.gender?.value ?? derived.gender;
  const age = birthDate ? computeAge(birthDate, options.today) : null;
  const summary = [
    gender ? genderText(gender, t) : null,
    age !== null ? t('ageYears', { n: age }) : null,
    f.product?.value ?? null,
  ].filter((s): s is string => Boolean(s));
  const missingKeys = keyFields.filter(
    (k) =>
      !f[k] &&
      !derivedKeys.includes(k as 'gender' | 'birthDate') &&
      !(k === 'phone' && f.mobile) &&
      !(context.entity === 'company' && personOnlyFieldKeys.includes(k)),
  );
  return {
    name: f.name?.value ?? '—',
    summary,
    phone: phoneKey && phoneField ? toRow(phoneKey, phoneField, locale, t, revealed) : null,
    otherPhone: otherKey && f.phone ? toRow(otherKey, f.phone, locale, t, revealed) : null,
    rows,
    // A derived key field is not missing: no warning asks for it either.
    flags: describeFlags(context.flags, [...missingKeys, ...derivedKeys], t, options.extraFlags),
    missingKeys,
    derivedKeys,
  };
}
