import type { CallbackKind } from '../callback-kinds';
import { getKindRule } from '../rules/kind-rules';
import { judgeCondition, type ConditionInput, type ConditionReason } from './condition-eval';
import type { Script } from './schema';
import { addComputedValues } from './computed';
import { countWorkingDays, type WorkingCalendar } from '../calendar/working-calendar';

export type { ConditionInput, ConditionReason } from './condition-eval';

export type RankedScript = {
  script: Script;
  /** A kind of the script is due and its condition (if any) holds. */
  applies: boolean;
  kindsDue: CallbackKind[];
  conditionMet: boolean;
  /** Every test, met or not, in words (zh-CN and en). */
  reasons: ConditionReason[];
  score: number;
};

/**
 * Ranks all the scripts for a customer and the kinds due: those that apply first, then by how many of their tests
 * matched and by priority. Every script is returned, so the agent can pick another.
 */
export function rankScripts(
  scripts: readonly Script[],
  input: Omit<ConditionInput, 'customFields'> & { calendar?: WorkingCalendar | null },
): RankedScript[] {
  const { calendar = null, ...rest } = input;
  const counting: Omit<ConditionInput, 'customFields'> =
    calendar && !rest.countWorkingDays
      ? { ...rest, countWorkingDays: (from, to) => countWorkingDays(calendar, from, to) }
      : rest;
  const ranked = scripts.map((script): RankedScript => {
    // Each script reads its own computed dates (first repayment = signDate + 1 month…), computed.ts.
    const context = script.customFields?.some((f) => f.compute)
      ? addComputedValues(script, counting.context, calendar)
      : counting.context;
    const kindsDue = script.kinds.filter((kind) => rest.kinds.includes(kind));
    const kindReason: ConditionReason =
      kindsDue.length > 0
        ? {
            matched: true,
            text: {
              'zh-CN': `适用于到期的${kindsDue.map((k) => getKindRule(k).label['zh-CN']).join('、')}`,
              en: `Serves the due ${kindsDue.map((k) => getKindRule(k).label.en).join(', ')}`,
            },
          }
        : {
            matched: false,
            text: { 'zh-CN': '没有本脚本适用的回访类型到期', en: 'None of the kinds it serves is due' },
          };
    const judged = script.appliesWhen
      ? judgeCondition(script.appliesWhen, { ...counting, context, customFields: script.customFields ?? [] })
      : { matched: true, reasons: [] };
    const applies = kindsDue.length > 0 && judged.matched;
    const met = judged.reasons.filter((reason) => reason.matched).length;
    const score =
      (applies ? 1_000_000 : 0) +
      (kindsDue.length > 0 ? 100_000 : 0) +
      (judged.matched ? 10_000 : 0) +
      met * 100 +
      (script.priority ?? 0);
    return { script, applies, kindsDue, conditionMet: judged.matched, reasons: [kindReason, ...judged.reasons], score };
  });
  return ranked.sort((a, b) => b.score - a.score || a.script.id.localeCompare(b.script.id));
}
