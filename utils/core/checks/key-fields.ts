import type { CallbackKind } from '../callback-kinds';
import { diffDays } from '../calendar/civil-date';
import { getKindRule } from '../rules/kind-rules';
import type { RequiredField } from '../rules/rule-schema';
import type { CustomerContext } from '../schemas/customer-context';
import { fieldLabels } from '../script/field-labels';
import { readValue } from './context-values';
import { type Finding, makeFinding } from './make-finding';

/** The insured's key fields (篇五 第五条), kept under extra when the page shows them. */
export const insuredFieldKeys = ['insuredName', 'insuredGender', 'insuredBirthDate', 'insuredIdNumber'] as const;
const insuredLabels: Record<(typeof insuredFieldKeys)[number], [string, string]> = {
  insuredName: ['被保险人姓名', "insured's name"],
  insuredGender: ['被保险人性别', "insured's gender"],
  insuredBirthDate: ['被保险人出生日期', "insured's birth date"],
  insuredIdNumber: ['被保险人身份证号', "insured's ID number"],
};

/**
 * Fields only a person has. A company record (`entity: 'company'`) is never asked for them: the company has none, and
 * the page shows none of its contact people's (docs/adapters.md, "Company or person"). The card follows the same list.
 */
export const personOnlyFieldKeys: readonly string[] = ['gender', 'birthDate', 'idNumber'];

function describe(field: RequiredField): [string, string] {
  const keys = Array.isArray(field) ? field : [field];
  return [keys.map((k) => fieldLabels[k]['zh-CN']).join('或'), keys.map((k) => fieldLabels[k].en).join(' or ')];
}

function isMinor(birthDate: string, today: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return false;
  const eighteenth = `${Number(birthDate.slice(0, 4)) + 18}${birthDate.slice(4)}`;
  return diffDays(today, eighteenth) > 0;
}

/**
 * The key fields the kind's rule requires; for the insurance hesitation-period callback also the insured's
 * (name, gender, birth date, ID number; minors need no ID number) when the page shows an insured person.
 */
export function checkKeyFields(context: CustomerContext, kind: CallbackKind, today: string): Finding[] {
  const findings: Finding[] = [];
  const company = context.entity === 'company';
  for (const field of getKindRule(kind).requiredFields) {
    const keys = (Array.isArray(field) ? field : [field]).filter((k) => !(company && personOnlyFieldKeys.includes(k)));
    if (keys.length === 0) continue;
    if (keys.some((k) => readValue(context, k) !== '')) continue;
    const [zh, en] = describe(field);
    findings.push(
      makeFinding(
        'key-field-missing',
        kind === 'hesitation-period' ? 'error' : 'warning',
        keys[0] ?? null,
        `缺少关键信息：${zh}。`,
        `Key field missing: ${en}.`,
      ),
    );
  }
  if (kind !== 'hesitation-period') return findings;
  const shown = insuredFieldKeys.filter((k) => readValue(context, k) !== '');
  if (shown.length === 0) {
    findings.push(
      makeFinding(
        'insured-not-shown',
        'info',
        null,
        '页面未显示被保险人信息：若被保险人与投保人不同，请核实其姓名、性别、出生日期和身份证号。',
        'The page shows no insured person: if the insured differs from the policy holder, check their name, gender, birth date and ID number.',
      ),
    );
    return findings;
  }
  const minor = isMinor(readValue(context, 'insuredBirthDate'), today);
  for (const key of insuredFieldKeys) {
    if (readValue(context, key) !== '' || (key === 'insuredIdNumber' && minor)) continue;
    const [zh, en] = insuredLabels[key];
    findings.push(makeFinding('key-field-missing', 'error', key, `缺少关键信息：${zh}。`, `Key field missing: ${en}.`));
  }
  return findings;
}
