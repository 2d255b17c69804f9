import type { LocalizedText, Step } from '../script/schema';

// The adviser-conduct questions of 篇六 第七条 (risk disclosed, no promised return) and the violations of
// 第十条 (private fees, operating or deciding on the customer's behalf), shared by the wealth callbacks.

/** Risk disclosure, promised return, private fee, who controls the account; then `next`. */
export function buildConductQuestions(next: string): Step[] {
  return [
    {
      id: 'risk-disclosed',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '{{owner}}经理给您推荐产品或提投资建议时，有没有明确告诉您投资有风险、可能亏损本金？',
        en: 'When {{owner}} recommended products or gave you advice, were you told plainly that investing carries risk, including the loss of principal?',
      },
      options: [
        { value: 'yes', goto: 'promised-return' },
        { value: 'no', flags: ['risk-not-disclosed'], goto: 'risk-explain' },
      ],
    },
    {
      id: 'risk-explain',
      type: 'say',
      text: {
        'zh-CN':
          '那我借这个机会跟您说明一下：理财产品的收益随市场变化，没有保证，也可能出现亏损。请您按自己能承受的风险来做选择。',
        en: 'Then let me explain it now: returns on these products move with the market, nothing is guaranteed and losses are possible. Please choose according to the risk you can bear.',
      },
      note: {
        'zh-CN': '回访也是投资者教育的机会（篇六 第九条）。',
        en: 'A callback is also a chance for investor education (篇六 第九条).',
      },
      next: 'promised-return',
    },
    {
      id: 'promised-return',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '经理有没有以任何方式向您承诺或保证过收益，比如说保本，或者保证能赚多少？',
        en: 'Did the adviser ever promise or guarantee you a return in any way, for example that the capital is safe or that you will earn a set amount?',
      },
      options: [
        { value: 'yes', flags: ['promised-return'], goto: 'promised-detail' },
        { value: 'no', goto: 'private-fee' },
      ],
    },
    {
      id: 'promised-detail',
      type: 'question',
      input: 'text',
      text: {
        'zh-CN': '请问当时具体是怎么说的？我们会如实记录并核查。',
        en: 'What exactly were you told? We will record it as you say it and look into it.',
      },
      note: {
        'zh-CN': '尽量记下原话。任何人都不得承诺或保证收益（篇六 第七条）。',
        en: 'Note the words used if you can. No one may promise or guarantee a return (篇六 第七条).',
      },
      next: 'private-fee',
    },
    {
      id: 'private-fee',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '除了合同约定的费用以外，经理有没有以个人名义向您收过其他费用？',
        en: 'Apart from the fees in the contract, has the adviser ever charged you anything personally?',
      },
      options: [
        { value: 'yes', flags: ['private-fee'], goto: 'account-control' },
        { value: 'no', goto: 'account-control' },
      ],
    },
    {
      id: 'account-control',
      type: 'question',
      input: 'single',
      text: {
        'zh-CN': '您的账户和交易密码由谁掌握？买卖是您自己拿主意吗？',
        en: 'Who holds your account and trading password, and who decides what to buy and sell?',
      },
      options: [
        { value: 'self', label: { 'zh-CN': '本人掌握，本人决定', en: 'The customer holds them and decides' } },
        {
          value: 'adviser-operates',
          label: { 'zh-CN': '经理替客户操作', en: 'The adviser operates the account for them' },
          flags: ['operated-on-behalf'],
        },
        {
          value: 'full-mandate',
          label: { 'zh-CN': '全权交给经理决定', en: 'The adviser decides everything (full mandate)' },
          flags: ['discretionary-trading'],
        },
      ],
      next,
    },
  ];
}

/** A 4-level satisfaction question; 不满意 asks what went wrong and whether to treat it as a complaint (篇六 第十条). */
export function buildSatisfactionQuestions(question: LocalizedText, next: string): Step[] {
  return [
    {
      id: 'satisfaction',
      type: 'question',
      input: 'satisfaction-4',
      recordAs: 'satisfaction',
      text: question,
      options: [{ value: 'dissatisfied', flags: ['dissatisfied'], goto: 'dissatisfied-detail' }],
      next,
    },
    {
      id: 'dissatisfied-detail',
      type: 'question',
      input: 'text',
      text: {
        'zh-CN': '很抱歉让您有不好的体验。方便说说是哪方面让您不满意吗？',
        en: 'I am sorry it has not gone well. Could you tell me what you were not happy with?',
      },
      note: {
        'zh-CN': '客户情绪激动时，先安抚，再记录（篇六 第九条）。',
        en: 'If the customer is upset, calm things first, then take notes (篇六 第九条).',
      },
      next: 'wants-complaint',
    },
    {
      id: 'wants-complaint',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '您希望我们把这件事作为投诉正式处理吗？我们会上报并再次回访您。',
        en: 'Would you like us to handle this as a formal complaint? We will report it and call you back.',
      },
      options: [{ value: 'yes', flags: ['complaint', 'strong-dissatisfaction'] }],
      next,
    },
  ];
}
