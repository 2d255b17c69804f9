import type { ScriptFlag } from '../script/flags';
import type { ChecklistItem, LocalizedText, Step } from '../script/schema';

// Steps shared by the four wealth-management callbacks (篇六). Each script includes them once, so the ids are unique.

type OpeningOptions = {
  /** What the callback is about, as it finishes "想就……做个简短回访" / "a short callback about …". */
  purpose: LocalizedText;
  /** The first step after the opening. */
  next: string;
  /** Flags for a wrong number: on a fresh contract it suggests false contact data (篇六 第十条). */
  wrongNumberFlags?: ScriptFlag[];
};

/** Identity, a convenient moment, the recording notice; a refusal leads to another time or to SMS/e-mail (篇六 第三条). */
export function buildWealthOpening({ purpose, next, wrongNumberFlags = [] }: OpeningOptions): Step[] {
  return [
    {
      id: 'identity',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '您好，我是{{companyName}}客户服务部的回访专员{{agentName}}。请问您是{{name}}本人吗？',
        en: 'Hello, this is {{agentName}}, callback specialist at {{companyName}} customer service. Am I speaking with {{name}}?',
      },
      options: [
        { value: 'yes', goto: 'convenient' },
        { value: 'no', goto: 'not-reached' },
      ],
    },
    {
      id: 'not-reached',
      type: 'question',
      input: 'single',
      text: {
        'zh-CN': '不好意思打扰了。请问{{name}}什么时候方便接听电话？',
        en: 'Sorry to bother you. When would be a good time to reach {{name}}?',
      },
      note: {
        'zh-CN': '对方不是客户本人：不说明回访内容，不透露任何业务信息（篇六 第三条 信息保密）。',
        en: 'Not the customer: do not say what the call is about or disclose any business detail (篇六 第三条, confidentiality).',
      },
      options: [
        {
          value: 'later',
          label: { 'zh-CN': '约好了再联系的时间', en: 'A time to call again was agreed' },
          flags: ['call-back-requested'],
          end: 'call-back-later',
        },
        {
          value: 'wrong-number',
          label: { 'zh-CN': '号码不对，对方不认识客户', en: 'Wrong number: they do not know the customer' },
          flags: wrongNumberFlags,
          end: 'wrong-number',
        },
      ],
    },
    {
      id: 'convenient',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': `今天打电话想就${purpose['zh-CN']}做个简短回访，大约占用您三到五分钟，现在方便吗？`,
        en: `I am calling for a short callback about ${purpose.en}; it takes three to five minutes. Is now a good time?`,
      },
      options: [
        { value: 'yes', goto: 'recording' },
        { value: 'no', goto: 'ask-time' },
      ],
    },
    {
      id: 'ask-time',
      type: 'question',
      input: 'single',
      text: {
        'zh-CN': '好的，那就不多打扰了。您看什么时间再联系您比较合适？',
        en: 'Of course, I will not keep you. When would suit you better for us to call again?',
      },
      note: {
        'zh-CN':
          '建议时段：工作日上午10:00–11:00、下午14:00–16:00（篇六 第十二条）。客户不愿接电话时改用短信或邮件（篇六 第三条）。',
        en: 'Suggested windows: working days 10:00–11:00 and 14:00–16:00 (篇六 第十二条). If they do not want calls, switch to SMS or e-mail (篇六 第三条).',
      },
      options: [
        {
          value: 'time-agreed',
          label: { 'zh-CN': '约好了时间（写在备注里）', en: 'A time was agreed (put it in the notes)' },
          flags: ['call-back-requested'],
          end: 'call-back-later',
        },
        {
          value: 'prefers-message',
          label: { 'zh-CN': '不希望电话回访，改用短信或邮件', en: 'Does not want calls: use SMS or e-mail' },
          flags: ['prefers-sms'],
          end: 'refused',
        },
      ],
    },
    {
      id: 'recording',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '为了保障您的权益，这次通话会全程录音。我们现在开始可以吗？',
        en: 'To protect your interests this call is recorded from start to end. May we begin?',
      },
      note: {
        'zh-CN': '回访必须同步录音（篇六 第二条、第五条）；客户不同意录音时，转为约时间或改用短信、邮件。',
        en: 'Callbacks must be recorded (篇六 第二条, 第五条); if the customer objects, agree another time or switch to SMS or e-mail.',
      },
      options: [
        { value: 'yes', goto: next },
        { value: 'no', goto: 'ask-time' },
      ],
    },
  ];
}

/** Open suggestions (answered within 5 working days, 篇六 第十条) and the closing with the service phone (篇一). */
export function buildWealthClosing(): Step[] {
  return [
    {
      id: 'suggestions',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '对我们的服务和产品，您还有什么意见或建议吗？',
        en: 'Do you have any other comments or suggestions about our service or products?',
      },
      options: [
        { value: 'yes', flags: ['suggestion'], goto: 'suggestion-detail' },
        { value: 'no', goto: 'close' },
      ],
    },
    {
      id: 'suggestion-detail',
      type: 'question',
      input: 'text',
      text: {
        'zh-CN': '好的，请您讲，我都记下来，五个工作日内给您答复。',
        en: 'Please go ahead; I am writing it all down, and we will answer within five working days.',
      },
      next: 'close',
    },
    {
      id: 'close',
      type: 'say',
      text: {
        'zh-CN': '非常感谢您的配合！以后有任何问题，欢迎拨打我们的服务电话{{servicePhone}}。祝您生活愉快，再见！',
        en: 'Thank you very much for your time! Whenever you have a question, please call our service line on {{servicePhone}}. Have a good day, goodbye!',
      },
      end: 'completed',
    },
  ];
}

/** Checks every wealth-management callback shares. */
export const wealthBaseChecklist: ChecklistItem[] = [
  {
    id: 'recorded',
    text: { 'zh-CN': '通话全程录音', en: 'The call is recorded' },
    required: true,
    rule: '篇六 第二条、第五条',
    steps: ['recording'],
    satisfiedBy: [{ step: 'recording', answers: ['yes'] }],
  },
  {
    id: 'identity-confirmed',
    text: { 'zh-CN': '确认接听人是客户本人', en: 'The person on the line is the customer' },
    required: true,
    rule: '篇六 第三条',
    steps: ['identity'],
    satisfiedBy: [{ step: 'identity', answers: ['yes'] }],
  },
  {
    id: 'no-conflict',
    text: {
      'zh-CN': '回访人不是该客户的理财经理（利益冲突回避）',
      en: 'The agent is not the customer’s own adviser (conflict of interest)',
    },
    required: true,
    rule: '篇六 第三条',
  },
  {
    id: 'mandarin',
    text: {
      'zh-CN': '使用普通话（客户主动要求时可用本地话）',
      en: 'Mandarin used (the local dialect only if the customer asks)',
    },
    required: false,
    rule: '篇六 第十二条',
  },
  {
    id: 'escalated',
    text: {
      'zh-CN': '发现重大异常时已上报主管，安排二次回访',
      en: 'Any serious anomaly reported to the supervisor, second callback arranged',
    },
    required: false,
    rule: '篇六 第十条',
  },
  {
    id: 'service-phone',
    text: { 'zh-CN': '告知服务电话', en: 'Service phone number given' },
    required: true,
    rule: '篇一',
    steps: ['close'],
    satisfiedBy: [{ step: 'close' }],
  },
];
