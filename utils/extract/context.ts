// Turns the values found into a CustomerContext: first value per key wins, flags, missing fields.
import type { ContextFlag, CustomerContext, FieldValue } from '../core/schemas/customer-context';
import { standardFieldKeys, type StandardFieldKey } from '../core/fields';
import { checkIdNumber } from '../core/id-number';
import { foreignNationalId, isOtherChineseRegionId } from '../core/national-id';
import { toZonedDate } from '../core/calendar/zoned-time';
import { normalizePhone } from '../core/normalize/phone';
import { isStandardKey } from './fields';
import type { Found } from './types';

/**
 * Compares the ID number with the birth date and gender the page shows; never changes a value.
 * `today` is the customer's date (docs/domain.md: Asia/Shanghai), for an ID whose birth date is still to come.
 */
export function checkIdConsistency(
  fields: Partial<Record<StandardFieldKey, FieldValue>>,
  today?: string,
): ContextFlag[] {
  const id = fields.idNumber?.value;
  // Another country's id (a CPF, a TC Kimlik No) passed its own rule when it was read: no Chinese check for it.
  if (!id || foreignNationalId(id) !== null || isOtherChineseRegionId(id)) return [];
  if (id.length === 15)
    return [{ code: 'id-old-format', field: 'idNumber', message: '15-digit ID number: no check digit to verify' }];
  const check = checkIdNumber(id, today);
  if (!check.valid) {
    return [{ code: `id-${check.reason}`, field: 'idNumber', message: `ID number fails the ${check.reason} check` }];
  }
  const flags: ContextFlag[] = [];
  const birth = fields.birthDate?.value;
  if (birth && birth !== check.birthDate) {
    flags.push({
      code: 'id-birth-date-mismatch',
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

/**
 * What the phone cells say beyond their first number: an 11-digit "mobile" no Chinese range uses is flagged (never
 * guessed), and further numbers written in the same cell fill an empty phone field or are kept under `otherPhones`,
 * so every number the page shows reaches the agent.
 */
export function readPhoneCells(
  fields: Partial<Record<StandardFieldKey, FieldValue>>,
  extra: Record<string, FieldValue>,
): ContextFlag[] {
  const flags: ContextFlag[] = [];
  const others: string[] = [];
  for (const key of ['mobile', 'phone'] as const) {
    const field = fields[key];
    if (!field) continue;
    const read = normalizePhone(field.raw);
    if (read?.invalidMobile)
      flags.push({
        code: 'phone-invalid-mobile',
        field: key,
        message: `${field.value} is not a number any mobile range uses`,
      });
    for (const other of read?.others ?? []) {
      if (other.invalidMobile)
        flags.push({
          code: 'phone-invalid-mobile',
          field: key,
          message: `${other.value} is not a number any mobile range uses`,
        });
      const free = other.kind === 'mobile' ? 'mobile' : 'phone';
      if (!fields[free]) fields[free] = { ...field, value: other.value };
      else if (other.value !== fields[free]?.value && !others.includes(other.value)) others.push(other.value);
    }
  }
  const source = fields.mobile ?? fields.phone;
  if (others.length > 0 && source && !('otherPhones' in extra))
    extra.otherPhones = { ...source, value: others.join(', ') };
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
  const phoneFlags = readPhoneCells(fields, extra);
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
    flags: [...checkIdConsistency(fields, toZonedDate(now.getTime())), ...phoneFlags],
    extractedAt: now.toISOString(),
  };
}
