import { z } from '../zod';
import { callbackKindSchema } from '../callback-kinds';
import type { LocalizedText } from '../script/localized';

// The QA review sheet (抽检评分表, docs/report.md "QA"): a reviewer scores a sampled call item by item.

export const qaItemIds = ['identity', 'script', 'compliance', 'record', 'manner'] as const;
export const qaItemIdSchema = z.enum(qaItemIds);
export type QaItemId = z.infer<typeof qaItemIdSchema>;

export type QaItem = { id: QaItemId; label: LocalizedText; max: number };

/** Points per item add up to 100; a call passes at 80. */
export const qaSheet: readonly QaItem[] = [
  { id: 'identity', label: { 'zh-CN': '开场与身份核实', en: 'Opening and identity check' }, max: 20 },
  { id: 'script', label: { 'zh-CN': '话术规范、讲解清楚', en: 'Script followed, clear explanation' }, max: 20 },
  {
    id: 'compliance',
    label: { 'zh-CN': '合规事项问全（风险、承诺收益等）', en: 'Compliance questions all asked' },
    max: 30,
  },
  { id: 'record', label: { 'zh-CN': '记录准确完整', en: 'Record accurate and complete' }, max: 15 },
  { id: 'manner', label: { 'zh-CN': '服务态度与结束语', en: 'Manner and closing' }, max: 15 },
];
export const qaPassScore = 80;

const isoDateTime = z.iso.datetime({ offset: true });

/** One review of one sampled call; exported and imported with the records. */
export const reviewSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  recordId: z.string().check(z.minLength(1), z.maxLength(100)),
  customerKey: z.string().check(z.minLength(1), z.maxLength(500)),
  kind: callbackKindSchema,
  /** The agent who made the call under review. */
  agent: z.string().check(z.maxLength(200)),
  reviewer: z.string().check(z.minLength(1), z.maxLength(200)),
  reviewedAt: isoDateTime,
  /** The sample the call was drawn in: month and seed, so anyone can draw it again. */
  month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  seed: z.string().check(z.maxLength(200)),
  scores: z.partialRecord(qaItemIdSchema, z.int().check(z.gte(0), z.lte(100))),
  comment: z.string().check(z.maxLength(4000)),
});
export type Review = z.infer<typeof reviewSchema>;

export type ScoreCheck = { ok: true; total: number; passed: boolean } | { ok: false; message: LocalizedText };

/** The total of a sheet; every item must be scored within its points. */
export function scoreReview(scores: Review['scores']): ScoreCheck {
  let total = 0;
  for (const item of qaSheet) {
    const value = scores[item.id];
    if (value === undefined)
      return { ok: false, message: { 'zh-CN': `请为“${item.label['zh-CN']}”评分。`, en: `Score “${item.label.en}”.` } };
    if (value < 0 || value > item.max || !Number.isInteger(value))
      return {
        ok: false,
        message: {
          'zh-CN': `“${item.label['zh-CN']}”的分数应为0到${item.max}之间的整数。`,
          en: `“${item.label.en}” takes a whole number from 0 to ${item.max}.`,
        },
      };
    total += value;
  }
  return { ok: true, total, passed: total >= qaPassScore };
}
