import type { Script } from '../script/schema';
import { dealerBookingSteps } from './dealer-booking';
import { commonOutcomes } from './shared';

/**
 * Car dealer's follow-up the day after a sales consultant's visit (篇十). Does the customer remember the visit?
 * No → a convenient time, a polite goodbye. Yes → how they heard of us → which model → a test drive (or a showroom
 * visit when there is no test car of that model) → a booked date and time.
 */
export const dealerVisitFollowup: Script = {
  id: 'dealer-visit-followup',
  format: 2,
  version: 1,
  title: { 'zh-CN': '汽车经销商拜访后回访', en: 'Car dealer: follow-up after a visit' },
  description: {
    'zh-CN': '销售顾问拜访次日：是否记得拜访、了解渠道、意向车型、邀请试乘试驾并预约时间。',
    en: 'The day after the consultant’s visit: remembered? how they heard of us, the model, a test-drive invitation and booking.',
  },
  kinds: ['dealer-visit-followup'],
  start: 'greet',
  steps: [
    {
      id: 'greet',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '您好，我是{{companyName}}的客户关系专员{{agentName}}。请问您是{{company}}的{{name}}吗？',
        en: 'Hello, this is {{agentName}}, customer relations at {{companyName}}. Am I speaking with {{name}} of {{company}}?',
      },
      options: [
        { value: 'yes', goto: 'remembers-visit' },
        { value: 'no', goto: 'not-reached' },
      ],
    },
    {
      id: 'not-reached',
      type: 'question',
      input: 'single',
      text: {
        'zh-CN': '不好意思打扰了，请问{{name}}什么时候方便接电话？',
        en: 'Sorry to bother you. When would be a good time to reach {{name}}?',
      },
      options: [
        {
          value: 'later',
          label: { 'zh-CN': '约好了再联系的时间', en: 'A time to call again was agreed' },
          flags: ['call-back-requested'],
          end: 'call-back-later',
        },
        { value: 'wrong-number', label: { 'zh-CN': '号码有误', en: 'Wrong number' }, end: 'wrong-number' },
      ],
    },
    {
      id: 'remembers-visit',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '打扰您一下：昨天上门拜访您的销售顾问是{{owner}}，不知您是否还记得这次见面？',
        en: 'Yesterday our sales consultant {{owner}} visited you at your office. Do you remember?',
      },
      options: [
        { value: 'yes', goto: 'heard-of-us' },
        { value: 'no', goto: 'convenient-time' },
      ],
    },
    {
      id: 'convenient-time',
      type: 'question',
      input: 'single',
      text: {
        'zh-CN': '没关系。那您看一般什么时间联系您比较方便？',
        en: 'No problem. When is usually a good time for us to get in touch?',
      },
      options: [
        { value: 'morning', label: { 'zh-CN': '上午', en: 'Mornings' } },
        { value: 'afternoon', label: { 'zh-CN': '下午', en: 'Afternoons' } },
        { value: 'other', label: { 'zh-CN': '其他时间（写在备注里）', en: 'Another time (put it in the notes)' } },
      ],
      flags: ['call-back-requested'],
      next: 'polite-goodbye',
    },
    {
      id: 'polite-goodbye',
      type: 'say',
      text: {
        'zh-CN': '明白了，那我们换个时间再联系您。感谢您抽空接听，祝您工作顺利，再见！',
        en: 'Thank you, I have made a note and will call you another day. Thanks for taking my call; I will not keep you any longer. All the best, goodbye!',
      },
      end: 'call-back-later',
    },
    {
      id: 'heard-of-us',
      type: 'question',
      input: 'single',
      text: {
        'zh-CN': '在这之前，您了解过我们的品牌吗？最早是在哪里看到或听说我们的？',
        en: 'Had you looked at our cars before? How did you first hear about us?',
      },
      options: [
        { value: 'internet', label: { 'zh-CN': '网络', en: 'Online' } },
        { value: 'tv', label: { 'zh-CN': '电视', en: 'Television' } },
        { value: 'radio', label: { 'zh-CN': '广播', en: 'Radio' } },
        { value: 'other-media', label: { 'zh-CN': '其他媒体', en: 'Other media' } },
        { value: 'referral', label: { 'zh-CN': '亲友介绍', en: 'Friends or family' } },
        { value: 'consultant-visit', label: { 'zh-CN': '这次销售顾问拜访', en: 'This consultant’s visit' } },
      ],
      next: 'interested-model',
    },
    {
      id: 'interested-model',
      type: 'question',
      input: 'text',
      text: { 'zh-CN': '目前您比较中意哪一款车？', en: 'Which of our models interests you most?' },
      next: 'test-car-available',
    },
    {
      id: 'test-car-available',
      type: 'question',
      input: 'yes-no',
      text: { 'zh-CN': '（店里有这款车的试驾车吗？）', en: '(Is there a test car of that model at the dealership?)' },
      note: {
        'zh-CN': '这一问给回访专员自己看，不用念：查一下试驾车清单。',
        en: 'For the agent, not read aloud: check the list of test cars.',
      },
      options: [
        { value: 'yes', goto: 'invite-test-drive' },
        { value: 'no', goto: 'invite-showroom' },
      ],
    },
    ...dealerBookingSteps,
    {
      id: 'send-info',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '没关系。那我先把这款车的资料发给您参考，好吗？',
        en: 'That is fine. May I send you some information on the model to look at?',
      },
      options: [{ value: 'yes', flags: ['wants-follow-up'] }],
      next: 'close',
    },
    {
      id: 'close',
      type: 'say',
      text: {
        'zh-CN': '感谢您接听电话！有任何问题欢迎打{{servicePhone}}找我们。祝您工作顺利，再见！',
        en: 'Thank you for your time! Any questions, call us on {{servicePhone}}. Have a good day, goodbye!',
      },
      end: 'completed',
    },
  ],
  checklist: [
    {
      id: 'next-day',
      text: { 'zh-CN': '在拜访次日回访', en: 'Called the day after the visit' },
      required: true,
      rule: '篇十',
    },
    {
      id: 'visit-recalled',
      text: { 'zh-CN': '确认客户是否记得拜访', en: 'Asked whether the visit is remembered' },
      required: true,
      rule: '篇十',
      steps: ['remembers-visit'],
      satisfiedBy: [{ step: 'remembers-visit' }],
    },
    {
      id: 'source-recorded',
      text: { 'zh-CN': '记录了解渠道和意向车型', en: 'How they heard of us and the model recorded' },
      required: true,
      rule: '篇十',
      steps: ['heard-of-us', 'interested-model'],
      satisfiedBy: [{ step: 'heard-of-us' }, { step: 'interested-model' }],
    },
    {
      id: 'invitation-made',
      text: { 'zh-CN': '邀请试乘试驾或到店看车', en: 'Test drive or showroom visit offered' },
      required: true,
      rule: '篇十',
      steps: ['invite-test-drive', 'invite-showroom'],
      satisfiedBy: [{ step: 'invite-test-drive' }, { step: 'invite-showroom' }],
    },
    {
      id: 'booking-passed-on',
      text: { 'zh-CN': '预约已转告销售顾问', en: 'Booking passed to the sales consultant' },
      required: false,
      rule: '篇十',
      steps: ['test-drive-booked', 'showroom-booked'],
      satisfiedBy: [{ step: 'test-drive-booked' }, { step: 'showroom-booked' }],
    },
  ],
  outcomes: [
    ...commonOutcomes,
    { id: 'test-drive-booked', label: { 'zh-CN': '已预约试乘试驾', en: 'Test drive booked' }, record: 'reached' },
    { id: 'showroom-booked', label: { 'zh-CN': '已预约到店看车', en: 'Showroom visit booked' }, record: 'reached' },
  ],
};
