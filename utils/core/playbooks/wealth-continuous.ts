import type { Script } from '../script/schema';
import { commonOutcomes } from './shared';
import { buildConductQuestions, buildSatisfactionQuestions } from './wealth-conduct';
import { buildWealthClosing, buildWealthOpening, wealthBaseChecklist } from './wealth-opening';

/**
 * Continuous callback, at least once a year per customer (篇六 第七、八条): the adviser's conduct (advice with
 * grounds, risk disclosed, nothing promised) and the customer's satisfaction; plus contact data, risk appetite
 * (第九条) and new services (第七条, promotion).
 */
export const wealthContinuous: Script = {
  id: 'wealth-continuous',
  format: 2,
  version: 1,
  title: { 'zh-CN': '理财持续回访（每年至少一次）', en: 'Wealth management: yearly continuous callback' },
  description: {
    'zh-CN': '理财经理执业规范与客户满意度：建议依据、风险揭示、承诺收益、代操作与私下收费、建议是否及时有用。',
    en: 'The adviser’s conduct and the customer’s satisfaction: grounds for advice, risk disclosure, promised returns, trading on their behalf, private fees, timely and useful advice.',
  },
  kinds: ['continuous'],
  start: 'identity',
  steps: [
    ...buildWealthOpening({
      purpose: { 'zh-CN': '这一年来理财经理给您的服务', en: 'the service your adviser has given you this year' },
      next: 'advice-grounds',
    }),
    {
      id: 'advice-grounds',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '这段时间{{owner}}经理给您投资建议时，有没有说明依据和理由？',
        en: 'When {{owner}} gave you investment advice this year, did they explain what it was based on?',
      },
      options: [
        { value: 'yes', goto: 'risk-disclosed' },
        { value: 'no', flags: ['wants-follow-up'], goto: 'risk-disclosed' },
      ],
    },
    ...buildConductQuestions('advice-value'),
    {
      id: 'advice-value',
      type: 'question',
      input: 'satisfaction-4',
      text: {
        'zh-CN': '经理的建议给得及时吗？对您的实际操作有没有参考价值？您的评价是满意、比较满意、基本满意，还是不满意？',
        en: 'Was the advice timely, and of real use for your decisions? Would you say satisfied, fairly satisfied, basically satisfied or not satisfied?',
      },
      options: [{ value: 'dissatisfied', flags: ['dissatisfied'] }],
      next: 'satisfaction',
    },
    ...buildSatisfactionQuestions(
      {
        'zh-CN': '对{{owner}}经理的服务态度和专业能力，您总体满意吗？',
        en: 'Overall, how satisfied are you with the attitude and expertise of {{owner}}?',
      },
      'contact-changed',
    ),
    {
      id: 'contact-changed',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '您{{mobile|tail}}的手机号和联系地址最近有变化吗？',
        en: 'Have your mobile {{mobile|tail}} or your address changed recently?',
      },
      options: [
        { value: 'yes', goto: 'contact-update' },
        { value: 'no', goto: 'risk-appetite' },
      ],
    },
    {
      id: 'contact-update',
      type: 'question',
      input: 'text',
      text: {
        'zh-CN': '请告诉我新的联系方式，我帮您更新。',
        en: 'Please tell me the new details and I will update them.',
      },
      next: 'risk-appetite',
    },
    {
      id: 'risk-appetite',
      type: 'question',
      input: 'single',
      text: {
        'zh-CN': '您现在能接受的投资风险大概是哪一种？',
        en: 'Which level of investment risk are you comfortable with now?',
      },
      note: {
        'zh-CN': '弄清客户能承受、也愿意承受多大的风险（篇六 第九条）；与签约时差别大时提醒经理重新评估。',
        en: 'The customer’s ability and willingness to bear risk (篇六 第九条); if it differs much from signing, ask the adviser to reassess.',
      },
      options: [
        {
          value: 'conservative',
          label: { 'zh-CN': '保守：不愿承担本金损失', en: 'Conservative: no loss of principal' },
        },
        { value: 'steady', label: { 'zh-CN': '稳健：可承受小幅波动', en: 'Steady: small swings are fine' } },
        { value: 'balanced', label: { 'zh-CN': '平衡：收益与风险兼顾', en: 'Balanced: return and risk weighed' } },
        {
          value: 'aggressive',
          label: { 'zh-CN': '进取：为更高收益可承受较大波动', en: 'Growth: large swings for higher returns' },
        },
      ],
      next: 'new-services',
    },
    {
      id: 'new-services',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '我们最近推出了一些新的服务和产品，您有兴趣了解一下吗？',
        en: 'We have recently launched some new services and products. Would you like to hear about them?',
      },
      options: [{ value: 'yes', flags: ['wants-follow-up'] }],
      next: 'suggestions',
    },
    ...buildWealthClosing(),
  ],
  checklist: [
    ...wealthBaseChecklist,
    {
      id: 'yearly',
      text: { 'zh-CN': '本年度已完成至少一次持续回访', en: 'At least one continuous callback this year' },
      required: true,
      rule: '篇六 第八条',
    },
    {
      id: 'conduct-checked',
      text: {
        'zh-CN': '核查执业规范：建议有依据、揭示风险、未承诺收益',
        en: 'Conduct checked: grounded advice, risk disclosed, no promised return',
      },
      required: true,
      rule: '篇六 第七条（持续回访①）',
      steps: ['advice-grounds', 'risk-disclosed', 'promised-return'],
      satisfiedBy: [{ step: 'advice-grounds' }, { step: 'risk-disclosed' }, { step: 'promised-return' }],
    },
    {
      id: 'no-violations',
      text: {
        'zh-CN': '询问有无代操作、全权委托、私下收费',
        en: 'Asked about trading on their behalf, full mandates, private fees',
      },
      required: true,
      rule: '篇六 第十条',
      steps: ['private-fee', 'account-control'],
      satisfiedBy: [{ step: 'private-fee' }, { step: 'account-control' }],
    },
    {
      id: 'satisfaction-asked',
      text: {
        'zh-CN': '确认建议是否及时有用及总体满意度',
        en: 'Timeliness, usefulness and overall satisfaction asked',
      },
      required: true,
      rule: '篇六 第七条（持续回访②）',
      steps: ['advice-value', 'satisfaction'],
      satisfiedBy: [{ step: 'advice-value' }, { step: 'satisfaction' }],
    },
    {
      id: 'risk-appetite-asked',
      text: { 'zh-CN': '了解客户当前的风险承受能力和意愿', en: 'Current risk tolerance asked' },
      required: false,
      rule: '篇六 第九条',
      steps: ['risk-appetite'],
      satisfiedBy: [{ step: 'risk-appetite' }],
    },
    {
      id: 'products-presented',
      text: { 'zh-CN': '介绍公司新的服务和产品', en: 'New services and products presented' },
      required: false,
      rule: '篇六 第七条（常规回访）',
      steps: ['new-services'],
      satisfiedBy: [{ step: 'new-services' }],
    },
  ],
  outcomes: commonOutcomes,
};
