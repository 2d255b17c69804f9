// Wired by #12 (the agent's day: onboarding, work list, next customer); until then reached only by its tests.
import type { CallbackKind } from './callback-kinds';
import { type Industry, kindsByIndustry } from './kind-groups';
import { kindRules } from './rules/kind-rules';
import type { LocalizedText } from './script/localized';

// Which callback the open record needs, with the reason the panel shows next to the kind (issue #12: an insurance
// 新单 page got the wealth-management script). First hit wins: the work list, the stored due kind, then page words.

export type KindProposal = { kind: CallbackKind; reason: LocalizedText; from: 'worklist' | 'due' | 'page' | 'default' };

export type KindEvidence = {
  /** The work-list entry for this customer, when one was imported. */
  worklist?: { kind: CallbackKind; rows: readonly number[] } | null;
  /** The kind whose deadline the customer's stored events give. */
  dueKind?: CallbackKind | null;
  /** The record's product name. */
  product?: string;
  /** Words of the page (title, headings, tab names) — never stored. */
  pageText?: string;
  hasSignDate?: boolean;
  industry?: Industry | null;
};

// Words on a record page or in a product name that name the business the callback is about.
const pageWords: readonly { words: readonly string[]; kind: CallbackKind }[] = [
  { words: ['犹豫期', '新单', '投保', '承保', '保单', '寿险', '保险'], kind: 'hesitation-period' },
  { words: ['故障报修', '报修', '抢修'], kind: 'power-repair' },
  { words: ['业扩', '报装', '装表', '增容'], kind: 'power-business' },
  { words: ['举报'], kind: 'letter-report' },
  { words: ['投诉'], kind: 'complaint-followup' },
  { words: ['解约', '销户', '终止协议'], kind: 'termination' },
  { words: ['协议变更', '费率变更', '佣金'], kind: 'agreement-change' },
  { words: ['试驾', '到店', '意向车型'], kind: 'dealer-visit-followup' },
  { words: ['出行', '行程', '门票', '线路'], kind: 'travel-pre-use' },
];

const label = (kind: CallbackKind) => kindRules[kind].label;

export function proposeKind(e: KindEvidence): KindProposal {
  if (e.worklist) {
    const rows = e.worklist.rows.join('、');
    return {
      kind: e.worklist.kind,
      from: 'worklist',
      reason: {
        'zh-CN': `工作清单第 ${rows} 行：${label(e.worklist.kind)['zh-CN']}`,
        en: `Work list row ${e.worklist.rows.join(', ')}: ${label(e.worklist.kind).en}`,
      },
    };
  }
  if (e.dueKind)
    return {
      kind: e.dueKind,
      from: 'due',
      reason: { 'zh-CN': `该客户有待办的${label(e.dueKind)['zh-CN']}`, en: `A ${label(e.dueKind).en} is due` },
    };
  const inProduct = findWord(e.product ?? '');
  const hit = inProduct ?? findWord(e.pageText ?? '');
  if (hit) {
    const where = inProduct ? { 'zh-CN': '产品', en: 'the product' } : { 'zh-CN': '页面', en: 'the page' };
    return {
      kind: hit.kind,
      from: 'page',
      reason: {
        'zh-CN': `${where['zh-CN']}中有“${hit.word}”：${label(hit.kind)['zh-CN']}`,
        en: `“${hit.word}” on ${where.en}: ${label(hit.kind).en}`,
      },
    };
  }
  const industryKinds = e.industry ? kindsByIndustry[e.industry] : null;
  if (e.hasSignDate && (!industryKinds || industryKinds.includes('new-contract')))
    return {
      kind: 'new-contract',
      from: 'page',
      reason: { 'zh-CN': '页面有签约日期：新签约回访', en: 'The page shows a signing date: new-contract callback' },
    };
  const fallback = industryKinds?.[0] ?? 'continuous';
  return {
    kind: fallback,
    from: 'default',
    reason: {
      'zh-CN': `页面没有线索，按本行业常用的${label(fallback)['zh-CN']}`,
      en: `Nothing on the page says; the usual ${label(fallback).en} of your industry`,
    },
  };
}

function findWord(text: string): { kind: CallbackKind; word: string } | null {
  if (!text) return null;
  for (const { words, kind } of pageWords) {
    const word = words.find((w) => text.includes(w));
    if (word) return { kind, word };
  }
  return null;
}
