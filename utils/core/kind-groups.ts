// Wired by #12 (the agent's day: onboarding, work list, next customer); until then reached only by its tests.
import type { CallbackKind } from './callback-kind-list';
import type { LocalizedText } from './script/locale-text';

// The kinds of docs/domain.md come from five kinds of company; an agent works in one, so the panel shows
// that industry's kinds (set at first run) and the others grouped below it.

export const industries = ['wealth', 'insurance', 'travel', 'power', 'auto', 'software'] as const;
export type Industry = (typeof industries)[number];

export const kindsByIndustry: Record<Industry, readonly CallbackKind[]> = {
  wealth: ['new-contract', 'continuous', 'complaint-followup', 'agreement-change', 'termination'],
  insurance: ['hesitation-period', 'complaint-followup', 'continuous'],
  travel: ['travel-pre-use', 'travel-post-use', 'travel-re-need', 'partner-visit'],
  power: [
    'power-business',
    'power-repair',
    'letter-complaint',
    'letter-report',
    'large-customer-visit',
    'satisfaction-sample',
  ],
  auto: ['dealer-visit-followup'],
  software: ['software-checkin'],
};

export const industryLabels: Record<Industry, LocalizedText> = {
  wealth: { 'zh-CN': '财富管理', en: 'Wealth management' },
  insurance: { 'zh-CN': '保险', en: 'Insurance' },
  travel: { 'zh-CN': '旅游', en: 'Travel' },
  power: { 'zh-CN': '供电', en: 'Power utility' },
  auto: { 'zh-CN': '汽车经销', en: 'Car dealer' },
  software: { 'zh-CN': '软件服务', en: 'Software vendor' },
};

export type KindGroup = { industry: Industry; kinds: readonly CallbackKind[] };

/** Kind groups for a picker: the agent's industry first (all groups in domain order when none is set). */
export function groupKinds(first: Industry | null): KindGroup[] {
  const order = first ? [first, ...industries.filter((i) => i !== first)] : [...industries];
  return order.map((industry) => ({ industry, kinds: kindsByIndustry[industry] }));
}
