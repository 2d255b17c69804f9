import type { ChecklistItem } from '../script/schema';

/** The compliance checks of the hesitation-period callback, each naming the clause of 篇五 it serves. */
export const hesitationChecklist: ChecklistItem[] = [
  {
    id: 'suspicious-resolved',
    text: {
      'zh-CN': '可疑资料（同一电话或账号出现在不同客户）已在回访前排查',
      en: 'Suspicious data (a phone or account shared by two customers) resolved before the call',
    },
    required: true,
    rule: '篇五 第七条',
  },
  {
    id: 'identity-before-disclosure',
    text: {
      'zh-CN': '核实为投保人本人后才谈及保单信息',
      en: 'Policy holder verified before any policy detail was mentioned',
    },
    required: true,
    rule: '篇五 第十七条、第二十一条',
    steps: ['identity', 'verify-id'],
    satisfiedBy: [
      { step: 'identity', answers: ['yes'] },
      { step: 'verify-id', answers: ['yes'] },
    ],
  },
  {
    id: 'policy-delivered',
    text: { 'zh-CN': '确认保险合同及送达回执已收到', en: 'Contract and delivery receipt received' },
    required: true,
    rule: '篇五 第十六条',
    steps: ['policy-received'],
    satisfiedBy: [{ step: 'policy-received', answers: ['yes'] }],
  },
  {
    id: 'own-signature-and-account',
    text: {
      'zh-CN': '确认本人亲笔签名、保费从本人账户扣缴',
      en: 'Own signature; premium paid from the holder’s own account',
    },
    required: true,
    rule: '篇五 第十一条',
    steps: ['own-signature', 'premium-account'],
    satisfiedBy: [
      { step: 'own-signature', answers: ['yes'] },
      { step: 'premium-account', answers: ['yes'] },
    ],
  },
  {
    id: 'no-misleading',
    text: {
      'zh-CN': '确认条款已说明、无收益保证等销售误导',
      en: 'Terms explained; no guaranteed returns or other mis-selling',
    },
    required: true,
    rule: '篇五 第一条、第十四条',
    steps: ['terms-explained', 'promised-return'],
    satisfiedBy: [
      { step: 'terms-explained', answers: ['yes'] },
      { step: 'promised-return', answers: ['no'] },
    ],
  },
  {
    id: 'contact-verified',
    text: { 'zh-CN': '核实并补正联系电话、地址', en: 'Phone and address verified and corrected' },
    required: true,
    rule: '篇五 第十二条',
    steps: ['contact-data', 'contact-correction'],
    satisfiedBy: [{ step: 'contact-data' }, { step: 'contact-correction' }],
  },
  {
    id: 'cooling-off-explained',
    text: {
      'zh-CN': '告知犹豫期及犹豫期内解除合同的权利',
      en: 'The cooling-off period and the right to cancel within it explained',
    },
    required: true,
    rule: '篇五 第七条、第十三条（犹豫期）',
    steps: ['cooling-off', 'keep-policy'],
    satisfiedBy: [{ step: 'cooling-off' }, { step: 'keep-policy' }],
  },
  {
    id: 'query-channels',
    text: {
      'zh-CN': '告知电话、网站、柜台等保单查询方式',
      en: 'Phone, website and counter for checking the policy given',
    },
    required: false,
    rule: '篇五 第十五条、第十六条',
    steps: ['how-to-check'],
    satisfiedBy: [{ step: 'how-to-check' }],
  },
];
