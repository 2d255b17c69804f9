import type { Script } from '../script/schema';
import { commonOutcomes } from './shared';
import { buildConductQuestions, buildSatisfactionQuestions } from './wealth-conduct';
import { buildWealthClosing, buildWealthOpening, wealthBaseChecklist } from './wealth-opening';

/**
 * New-contract callback for wealth management (篇六 第七、八条): within 5 working days of signing, the focus is
 * that the contract and materials are true and complete, the product was explained, risk disclosed, nothing promised.
 */
export const wealthNewContract: Script = {
  id: 'wealth-new-contract',
  format: 2,
  version: 1,
  title: { 'zh-CN': '理财新签约回访', en: 'Wealth management: new-contract callback' },
  description: {
    'zh-CN': '签约后5个工作日内：核实协议与资料、产品讲解、风险揭示、有无承诺收益或违规行为、满意度。',
    en: 'Within 5 working days of signing: contract and materials, how the product was explained, risk disclosure, promised returns or other violations, satisfaction.',
  },
  kinds: ['new-contract'],
  appliesWhen: {
    op: 'all',
    of: [
      { op: 'kind', in: ['new-contract'] },
      { op: 'exists', field: 'signDate' },
    ],
  },
  start: 'identity',
  steps: [
    ...buildWealthOpening({
      purpose: { 'zh-CN': '您这次新签的理财服务协议', en: 'the wealth-management agreement you have just signed' },
      next: 'confirm-contract',
      wrongNumberFlags: ['false-data'],
    }),
    {
      id: 'confirm-contract',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '我们的记录显示，您在{{signDate|date}}签订了{{product}}的服务协议，这个信息对吗？',
        en: 'Our records show you signed the {{product}} agreement on {{signDate|date}}. Is that right?',
      },
      options: [
        { value: 'yes', goto: 'own-signature' },
        { value: 'no', flags: ['false-data'], goto: 'contract-difference' },
      ],
    },
    {
      id: 'contract-difference',
      type: 'question',
      input: 'text',
      text: { 'zh-CN': '请问实际情况是怎样的？', en: 'What actually happened?' },
      next: 'own-signature',
    },
    {
      id: 'own-signature',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '协议和风险揭示书，都是您本人看过并亲笔签字的吗？',
        en: 'Did you read the agreement and the risk disclosure yourself and sign them in your own hand?',
      },
      options: [
        { value: 'yes', goto: 'contact-data' },
        { value: 'no', flags: ['signed-on-behalf'], goto: 'contact-data' },
      ],
    },
    {
      id: 'contact-data',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '协议里登记的{{mobile|tail}}的手机号和联系地址，都是您本人的吗？',
        en: 'Are the mobile {{mobile|tail}} and the address in the agreement really yours?',
      },
      options: [
        { value: 'yes', goto: 'explained' },
        { value: 'no', flags: ['false-data'], goto: 'contact-correction' },
      ],
    },
    {
      id: 'contact-correction',
      type: 'question',
      input: 'text',
      text: {
        'zh-CN': '麻烦您告诉我正确的联系方式，我帮您更正。',
        en: 'Please give me the correct details and I will have them fixed.',
      },
      next: 'explained',
    },
    {
      id: 'explained',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '签约时，{{owner}}经理把产品的特点、费用和您的权利义务讲清楚了吗？您心里的疑问都得到解答了吗？',
        en: 'When you signed, did {{owner}} explain the product, its fees and your rights and duties clearly, and answer all your questions?',
      },
      options: [
        { value: 'yes', goto: 'risk-disclosed' },
        { value: 'no', flags: ['wants-follow-up'], goto: 'open-questions' },
      ],
    },
    {
      id: 'open-questions',
      type: 'question',
      input: 'text',
      text: {
        'zh-CN': '还有哪些地方不太清楚？我现在能解答的先给您解答，其余的请经理尽快跟进。',
        en: 'What is still unclear? I will answer what I can now and have the adviser follow up on the rest.',
      },
      next: 'risk-disclosed',
    },
    ...buildConductQuestions('satisfaction'),
    ...buildSatisfactionQuestions(
      {
        'zh-CN': '总的来说，您对{{owner}}经理这次的服务满意吗？满意、比较满意、基本满意，还是不满意？',
        en: 'Overall, how satisfied are you with the service {{owner}} gave you: satisfied, fairly satisfied, basically satisfied or not satisfied?',
      },
      'suggestions',
    ),
    ...buildWealthClosing(),
  ],
  checklist: [
    ...wealthBaseChecklist,
    {
      id: 'within-five-days',
      text: { 'zh-CN': '在签约后5个工作日内回访', en: 'Called within 5 working days of signing' },
      required: true,
      rule: '篇六 第八条',
    },
    {
      id: 'contract-verified',
      text: { 'zh-CN': '核实协议关键内容及资料真实、完整', en: 'Key terms and materials confirmed true and complete' },
      required: true,
      rule: '篇六 第七条',
      steps: ['confirm-contract', 'own-signature', 'contact-data'],
      satisfiedBy: [{ step: 'confirm-contract' }, { step: 'own-signature' }, { step: 'contact-data' }],
    },
    {
      id: 'explanation-understood',
      text: { 'zh-CN': '确认产品讲解清楚、疑问已解答', en: 'Product explained and questions answered' },
      required: true,
      rule: '篇六 第七条（新签约回访）',
      steps: ['explained'],
      satisfiedBy: [{ step: 'explained', answers: ['yes'] }],
    },
    {
      id: 'risk-and-no-promise',
      text: { 'zh-CN': '确认已揭示风险、没有承诺或保证收益', en: 'Risk disclosed, no return promised or guaranteed' },
      required: true,
      rule: '篇六 第七条',
      steps: ['risk-disclosed', 'promised-return'],
      satisfiedBy: [
        { step: 'risk-disclosed', answers: ['yes'] },
        { step: 'promised-return', answers: ['no'] },
      ],
    },
    {
      id: 'no-violations',
      text: {
        'zh-CN': '询问有无代签名、代操作、全权委托、私下收费',
        en: 'Asked about signing or trading on their behalf, full mandates, private fees',
      },
      required: true,
      rule: '篇六 第十条',
      steps: ['own-signature', 'private-fee', 'account-control'],
      satisfiedBy: [{ step: 'own-signature' }, { step: 'private-fee' }, { step: 'account-control' }],
    },
    {
      id: 'satisfaction-asked',
      text: { 'zh-CN': '了解客户满意度', en: 'Satisfaction asked' },
      required: true,
      rule: '篇六 第七条',
      steps: ['satisfaction'],
      satisfiedBy: [{ step: 'satisfaction' }],
    },
  ],
  outcomes: commonOutcomes,
};
