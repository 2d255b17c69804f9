import type { CustomerContext } from '../schemas/customer-context';
import { readValue } from './context-values';
import { type Finding, makeFinding } from './finding';

function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/**
 * 篇六 第三条: whoever sold to the customer must not do their callback. `agent` may list several identities of
 * the agent (display name, login). A warning, never a block: the supervisor decides.
 */
export function checkConflictOfInterest(context: CustomerContext, agent: string | readonly string[]): Finding[] {
  const owner = normalizeName(readValue(context, 'owner'));
  if (!owner) return [];
  const names = (typeof agent === 'string' ? [agent] : agent).map(normalizeName).filter((n) => n !== '');
  if (!names.includes(owner)) return [];
  return [
    makeFinding(
      'conflict-of-interest',
      'warning',
      'owner',
      '你是该客户的客户经理：按利益冲突回避原则，应由其他回访专员回访。',
      'You are this customer’s account owner: under the conflict-of-interest rule another agent should do this callback.',
    ),
  ];
}
