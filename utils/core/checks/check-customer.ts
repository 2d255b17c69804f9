import type { CallbackKind } from '../callback-kinds';
import type { CustomerContext } from '../schemas/customer-context';
import { checkConflictOfInterest } from './conflict-of-interest';
import type { Finding, FindingSeverity } from './finding';
import { checkIdConsistency } from './id-checks';
import { checkKeyFields } from './key-fields';
import { type OtherCustomer, findSharedContacts } from './shared-contacts';

export type CustomerCheckInput = {
  context: CustomerContext;
  customerKey: string;
  kind: CallbackKind;
  agent: string | readonly string[];
  /** Other customers in the local log, for the shared phone / bank account check. */
  others: readonly OtherCustomer[];
  /** YYYY-MM-DD in the customer's zone (decides who is a minor). */
  today: string;
};

const order: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Every data check on one customer before the call, most serious first. */
export function checkCustomer(input: CustomerCheckInput): Finding[] {
  const findings = [
    ...checkIdConsistency(input.context, '', input.today),
    ...checkIdConsistency(input.context, 'insured', input.today),
    ...checkKeyFields(input.context, input.kind, input.today),
    ...findSharedContacts(input.context, input.customerKey, input.others),
    ...checkConflictOfInterest(input.context, input.agent),
  ];
  return findings.sort((a, b) => order[a.severity] - order[b.severity]);
}
