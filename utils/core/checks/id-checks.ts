import { checkIdNumber } from '../id-number';
import { foreignNationalId, isOtherChineseRegionId } from '../national-id';
import type { CustomerContext } from '../schemas/customer-context';
import { readValue } from './context-values';
import { type Finding, makeFinding } from './finding';

/**
 * 篇五 第六条: an 18-digit ID number passes its check digit, and the birth date and gender inside it agree with
 * the record's. `prefix` checks the insured person's fields kept under extra (insuredIdNumber …).
 */
export function checkIdConsistency(context: CustomerContext, prefix: '' | 'insured' = '', today?: string): Finding[] {
  const key = (k: string) => (prefix ? `${prefix}${k[0]?.toUpperCase()}${k.slice(1)}` : k);
  const idField = key('idNumber');
  const id = readValue(context, idField);
  // Another country's national id valid by its own rule (utils/core/national-id.ts) is not a resident ID number.
  if (!id || foreignNationalId(id) !== null || isOtherChineseRegionId(id)) return [];
  const who = prefix ? { zh: '被保险人', en: "the insured's ID number" } : { zh: '', en: 'the ID number' };
  const result = checkIdNumber(id, today);
  if (!result.valid) {
    const why = {
      format: ['不是18位身份证号', 'is not an 18-digit resident ID number'],
      'birth-date': ['其中的出生日期不存在', 'holds a birth date that does not exist'],
      'future-birth-date': ['其中的出生日期晚于今天', 'holds a birth date after today'],
      'check-digit': ['校验位不符', 'fails its check digit'],
    }[result.reason];
    return [
      makeFinding(
        `id-${result.reason}`,
        result.reason === 'format' ? 'warning' : 'error',
        idField,
        `${who.zh}身份证号${why[0]}，请核实。`,
        `${who.en[0]?.toUpperCase()}${who.en.slice(1)} ${why[1]}; check it.`,
      ),
    ];
  }
  const findings: Finding[] = [];
  const birth = readValue(context, key('birthDate'));
  if (birth && birth !== result.birthDate) {
    findings.push(
      makeFinding(
        'id-birth-date-mismatch',
        'error',
        key('birthDate'),
        `${who.zh}出生日期 ${birth} 与身份证号中的 ${result.birthDate} 不一致。`,
        `Birth date ${birth} does not match ${result.birthDate} in ${who.en}.`,
      ),
    );
  }
  const gender = readValue(context, key('gender'));
  if ((gender === 'male' || gender === 'female') && gender !== result.gender) {
    findings.push(
      makeFinding(
        'id-gender-mismatch',
        'error',
        key('gender'),
        `${who.zh}性别与身份证号不一致（身份证号为${result.gender === 'male' ? '男' : '女'}）。`,
        `Gender ${gender} does not match ${who.en} (${result.gender}).`,
      ),
    );
  }
  return findings;
}
