import { expandBlocks } from '../script/blocks';
import type { Script, ScriptOutcome, ScriptSource } from '../script/schema';

/**
 * Ways any call can end, shared by the built-in playbooks. Unanswered and wrong-number attempts are recorded too
 * (篇六 第十二条), so every playbook offers them even though no step leads there: the agent ends with them.
 */
export const commonOutcomes: ScriptOutcome[] = [
  { id: 'completed', label: { 'zh-CN': '回访完成', en: 'Callback completed' }, record: 'reached' },
  {
    id: 'call-back-later',
    label: { 'zh-CN': '客户不便，约定改时间再联系', en: 'Not convenient: call back later' },
    record: 'call-back-later',
  },
  {
    id: 'wrong-number',
    label: { 'zh-CN': '号码有误或非本人', en: 'Wrong number or not the customer' },
    record: 'wrong-number',
  },
  {
    id: 'no-such-number',
    label: { 'zh-CN': '空号（号码不存在）', en: 'The number does not exist' },
    record: 'no-such-number',
  },
  {
    id: 'refused',
    label: { 'zh-CN': '客户拒绝电话回访', en: 'Customer declined the phone callback' },
    record: 'refused',
  },
  {
    id: 'no-answer',
    label: { 'zh-CN': '无人接听（响铃20秒以上）', en: 'No answer (rang 20 s or more)' },
    record: 'no-answer',
  },
  { id: 'busy', label: { 'zh-CN': '占线', en: 'Line busy' }, record: 'busy' },
];

/** A built-in written with blocks (format 2), expanded as a script file would be; a broken built-in fails loudly. */
export function expandBuiltin(source: ScriptSource): Script {
  const expanded = expandBlocks(source);
  if (!expanded.ok) throw new Error(`Built-in script ${source.id}: ${expanded.errors.map((e) => e.message).join(' ')}`);
  return expanded.script;
}
