import type { CustomerContext } from '../schemas/customer-context';
import { normalizeAccountForMatch, normalizePhoneForMatch, readValue } from './context-values';
import { type Finding, makeFinding } from './finding';

/** Another customer from the local log: its key and its last known values (phone, mobile, bankAccount …). */
export type OtherCustomer = { customerKey: string; values: Partial<Record<string, string>> };

const phoneKeys = ['phone', 'mobile'] as const;

/**
 * 篇五 第七条: the same phone number or bank account on two different customers is a suspicious lead,
 * to be resolved before the callback. Returns one finding per shared value, naming how many others share it.
 */
export function findSharedContacts(
  context: CustomerContext,
  customerKey: string,
  others: readonly OtherCustomer[],
): Finding[] {
  const findings: Finding[] = [];
  const check = (
    field: string,
    mine: string,
    otherKeys: readonly string[],
    normalize: (v: string) => string,
    what: [string, string],
  ) => {
    const value = normalize(mine);
    if (value.length < 5) return;
    const sharing = new Set<string>();
    for (const other of others) {
      if (other.customerKey === customerKey) continue;
      if (otherKeys.some((k) => normalize(other.values[k] ?? '') === value)) sharing.add(other.customerKey);
    }
    if (sharing.size === 0) return;
    findings.push(
      makeFinding(
        `shared-${field === 'bankAccount' ? 'bank-account' : 'phone'}`,
        'warning',
        field,
        `同一${what[0]}出现在另外${sharing.size}位客户的资料中：可疑，回访前请核实。`,
        `The same ${what[1]} appears on ${sharing.size} other customer(s): suspicious, check it before the callback.`,
      ),
    );
  };
  const seenPhones = new Set<string>();
  for (const key of phoneKeys) {
    const mine = readValue(context, key);
    const norm = normalizePhoneForMatch(mine);
    if (!mine || seenPhones.has(norm)) continue;
    seenPhones.add(norm);
    check(key, mine, phoneKeys, normalizePhoneForMatch, ['电话号码', 'phone number']);
  }
  const account = readValue(context, 'bankAccount');
  if (account) check('bankAccount', account, ['bankAccount'], normalizeAccountForMatch, ['银行账号', 'bank account']);
  return findings;
}
