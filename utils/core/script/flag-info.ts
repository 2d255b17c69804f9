// Without zod, for the panel's first frame (docs/architecture.md, "What the panel loads first"): flags.ts builds the schema from it.
import type { LocalizedText } from './locale-text';

/**
 * Escalation and attention flags an answer can raise. The serious anomalies of 篇六 第十条 are `escalate: true`:
 * the record is flagged, the supervisor told and a second callback follows.
 */
export const scriptFlags = [
  'strong-dissatisfaction',
  'complaint',
  'signed-on-behalf',
  'operated-on-behalf',
  'discretionary-trading',
  'promised-return',
  'private-fee',
  'risk-not-disclosed',
  'false-data',
  'missing-data',
  'identity-not-confirmed',
  'suggestion',
  'call-back-requested',
  'prefers-sms',
  'dissatisfied',
  'wants-follow-up',
] as const;
export type ScriptFlag = (typeof scriptFlags)[number];

/** How urgent an escalation is: conduct violations weigh more than dissatisfaction (utils/core/rules/escalations.ts). */
export const flagSeverities = ['high', 'medium'] as const;
export type FlagSeverity = (typeof flagSeverities)[number];

export type FlagInfo = { label: LocalizedText; escalate: boolean };

export const flagInfo: Record<ScriptFlag, FlagInfo> = {
  'strong-dissatisfaction': {
    label: { 'zh-CN': '强烈不满或投诉', en: 'Strong dissatisfaction or complaint' },
    escalate: true,
  },
  complaint: { label: { 'zh-CN': '客户投诉', en: 'Complaint' }, escalate: true },
  'signed-on-behalf': { label: { 'zh-CN': '疑似代签名', en: 'Signed on the customer’s behalf' }, escalate: true },
  'operated-on-behalf': {
    label: { 'zh-CN': '疑似代客户操作', en: 'Operated on the customer’s behalf' },
    escalate: true,
  },
  'discretionary-trading': { label: { 'zh-CN': '疑似全权委托交易', en: 'Discretionary trading' }, escalate: true },
  'promised-return': { label: { 'zh-CN': '承诺或保证收益', en: 'Return promised or guaranteed' }, escalate: true },
  'private-fee': { label: { 'zh-CN': '私下收取费用', en: 'Private fee charged' }, escalate: true },
  'risk-not-disclosed': { label: { 'zh-CN': '未揭示风险', en: 'Risk not disclosed' }, escalate: true },
  'false-data': { label: { 'zh-CN': '客户资料严重不实', en: 'Customer data seriously false' }, escalate: true },
  'missing-data': { label: { 'zh-CN': '客户资料严重缺失', en: 'Customer data seriously missing' }, escalate: true },
  'identity-not-confirmed': { label: { 'zh-CN': '身份未能确认', en: 'Identity not confirmed' }, escalate: false },
  suggestion: {
    label: { 'zh-CN': '客户建议（5个工作日内答复）', en: 'Suggestion (answer within 5 working days)' },
    escalate: false,
  },
  'call-back-requested': {
    label: { 'zh-CN': '客户要求改时间再联系', en: 'Asked to be called back later' },
    escalate: false,
  },
  'prefers-sms': { label: { 'zh-CN': '客户希望改用短信或邮件', en: 'Prefers SMS or e-mail' }, escalate: false },
  dissatisfied: { label: { 'zh-CN': '不满意', en: 'Dissatisfied' }, escalate: false },
  'wants-follow-up': { label: { 'zh-CN': '有后续需求', en: 'Wants a follow-up' }, escalate: false },
};
