// What a valid mainland 18-digit ID number tells the card when the page does not (docs/panel.md, "Derived from the
// ID number"): the birth date and the gender, shown as derived. A value the page gives is never replaced; when it
// disagrees, the data check id-birth-date-mismatch / id-gender-mismatch (utils/core/checks/id-checks.ts) says so.
import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import { checkIdNumber } from '@/utils/core/id-number';
import { foreignNationalId, isOtherChineseRegionId } from '@/utils/core/national-id';

/** Normalised as the page's would be: ISO date, male/female. */
export type DerivedFromId = Partial<Record<'birthDate' | 'gender', string>>;

/** The birth date and gender the record's ID number gives, for those the page leaves empty; {} when none. */
export function deriveFromIdNumber(context: CustomerContext, today: string): DerivedFromId {
  const id = context.fields.idNumber?.value.trim() ?? '';
  if (!id || context.entity === 'company' || foreignNationalId(id) !== null || isOtherChineseRegionId(id)) return {};
  const result = checkIdNumber(id, today);
  if (!result.valid) return {};
  const derived: DerivedFromId = {};
  if (!context.fields.birthDate) derived.birthDate = result.birthDate;
  if (!context.fields.gender) derived.gender = result.gender;
  return derived;
}
