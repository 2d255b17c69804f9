import type { StandardFieldKey } from '@/utils/core/fields';
import type { CustomerContext, FieldValue } from '@/utils/core/schemas/customer-context';

export const manualFieldKeys: StandardFieldKey[] = [
  'name',
  'mobile',
  'idNumber',
  'gender',
  'birthDate',
  'signDate',
  'product',
  'owner',
];

/** A customer typed by the agent, marked as manual so the card says where each value came from. */
export function buildManualContext(
  values: Partial<Record<string, string>>,
  page: { url: string; origin: string },
  now: Date,
): CustomerContext | null {
  const fields: Partial<Record<StandardFieldKey, FieldValue>> = {};
  for (const key of manualFieldKeys) {
    const value = values[key]?.trim();
    if (value) fields[key] = { value: value.slice(0, 4000), raw: value.slice(0, 4000), source: { via: 'manual' } };
  }
  if (!fields.name && !fields.mobile) return null;
  return {
    url: page.url,
    origin: page.origin,
    adapterId: null,
    fields,
    extra: {},
    missing: manualFieldKeys.filter((k) => !fields[k]),
    flags: [],
    extractedAt: now.toISOString(),
  };
}

/** A context that names nobody (no name, phone or CRM id) is "no customer detected", never a blank card. */
export function hasCustomer(context: CustomerContext | null): context is CustomerContext {
  const f = context?.fields;
  return Boolean(f && (f.name?.value || f.mobile?.value || f.phone?.value || f.customerId?.value));
}
