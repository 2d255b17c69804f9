// Turns the values found into a CustomerContext: first value per key wins, flags, missing fields.
import type { ContextFlag, CustomerContext, FieldValue } from '../core/schemas/customer-context';
import { standardFieldKeys, type StandardFieldKey } from '../core/fields';
import { checkIdNumber } from '../core/id-number';
import { isStandardKey } from './fields';
import type { Found } from './types';

/** Compares the ID number with the birth date and gender the page shows; never changes a value. */
export function checkIdConsistency(fields: Partial<Record<StandardFieldKey, FieldValue>>): ContextFlag[] {
  const id = fields.idNumber?.value;
  if (!id) return [];
  if (id.length === 15)
    return [{ code: 'id-old-format', field: 'idNumber', message: '15-digit ID number: no check digit to verify' }];
  const check = checkIdNumber(id);
  if (!check.valid) {
    return [{ code: `id-${check.reason}`, field: 'idNumber', message: `ID number fails the ${check.reason} check` }];
  }
  const flags: ContextFlag[] = [];
  const birth = fields.birthDate?.value;
  if (birth && birth !== check.birthDate) {
    flags.push({
      code: 'id-birthdate-mismatch',
      field: 'birthDate',
      message: `birth date ${birth} differs from the ID number's ${check.birthDate}`,
    });
  }
  const gender = fields.gender?.value;
  if (gender && gender !== check.gender) {
    flags.push({
      code: 'id-gender-mismatch',
      field: 'gender',
      message: `gender ${gender} differs from the ID number's ${check.gender}`,
    });
  }
  return flags;
}

export function buildContext(url: string, adapterId: string | null, found: Found[], now: Date): CustomerContext {
  const fields: Partial<Record<StandardFieldKey, FieldValue>> = {};
  const extra: Record<string, FieldValue> = {};
  for (const f of found) {
    const value: FieldValue = { value: f.value, raw: f.raw, source: f.source };
    if (isStandardKey(f.key)) fields[f.key] ??= value;
    else if (!(f.key in extra) && f.key.length <= 200) extra[f.key] = value;
  }
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    origin = '';
  }
  return {
    url,
    origin,
    adapterId,
    fields,
    extra,
    missing: standardFieldKeys.filter((k) => !fields[k]),
    flags: checkIdConsistency(fields),
    extractedAt: now.toISOString(),
  };
}
