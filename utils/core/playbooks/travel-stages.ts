import type { Step } from '../script/schema';

// The first two travel stages of 篇四 七: a reminder before use, satisfaction within 3 days after (re-need: travel-re-need.ts).

/** Before use: schedule, documents, health and special needs (篇四 七1a; health records 篇四 六3). */
export const preUseSteps: Step[] = [
  {
    id: 'pre-intro',
    type: 'say',
    text: {
      'zh-CN': '您预订的{{product}}快到出行的日子了，我来给您做个出行前的温馨提示。',
      en: 'Your {{product}} trip is coming up soon, so I am calling with a few reminders before you go.',
    },
    next: 'pre-schedule',
  },
  {
    id: 'pre-schedule',
    type: 'question',
    input: 'yes-no',
    text: {
      'zh-CN': '出发时间、集合地点和行程安排，您都清楚了吗？',
      en: 'Are you clear about the departure time, the meeting point and the itinerary?',
    },
    options: [
      { value: 'yes', goto: 'pre-documents' },
      { value: 'no', goto: 'pre-walkthrough' },
    ],
  },
  {
    id: 'pre-walkthrough',
    type: 'say',
    text: {
      'zh-CN': '那我跟您再核对一遍：出发时间、集合地点、当天联系人的电话。',
      en: 'Then let me go through it with you again: departure time, meeting point, and the phone number of the contact on the day.',
    },
    note: { 'zh-CN': '按订单逐项念给客户听。', en: 'Read each item from the booking.' },
    next: 'pre-documents',
  },
  {
    id: 'pre-documents',
    type: 'say',
    text: {
      'zh-CN': '出门请带好身份证件和预订凭证，留意目的地的天气，备好合适的衣物和常用药品。',
      en: 'Please take your ID and booking confirmation, check the weather at your destination, and pack suitable clothes and any medicines you need.',
    },
    next: 'pre-health',
  },
  {
    id: 'pre-health',
    type: 'question',
    input: 'yes-no',
    text: {
      'zh-CN': '您或同行的人，有没有需要我们特别照顾的身体情况或饮食要求？',
      en: 'Do you or anyone travelling with you have a health condition or dietary need we should look after?',
    },
    options: [
      { value: 'yes', flags: ['wants-follow-up'], goto: 'pre-health-detail' },
      { value: 'no', goto: 'pre-questions' },
    ],
  },
  {
    id: 'pre-health-detail',
    type: 'question',
    input: 'text',
    text: {
      'zh-CN': '请您说一下，我转告给带队的同事。',
      en: 'Please tell me and I will pass it on to the tour leader.',
    },
    next: 'pre-questions',
  },
  {
    id: 'pre-questions',
    type: 'question',
    input: 'yes-no',
    text: { 'zh-CN': '关于这次出行，您还有什么问题吗？', en: 'Any other questions about the trip?' },
    options: [
      { value: 'yes', goto: 'pre-question-detail' },
      { value: 'no', goto: 'close' },
    ],
  },
  {
    id: 'pre-question-detail',
    type: 'question',
    input: 'text',
    text: { 'zh-CN': '好的，您请讲。', en: 'Please go ahead.' },
    next: 'close',
  },
];

/** Within 3 calendar days after use: the experience, as promised?, guide and staff, problems (篇四 七1b). */
export const postUseSteps: Step[] = [
  {
    id: 'post-overall',
    type: 'question',
    input: 'satisfaction-4',
    recordAs: 'satisfaction',
    text: {
      'zh-CN': '您刚结束的{{product}}行程，整体体验您满意吗？满意、比较满意、基本满意，还是不满意？',
      en: 'How satisfied were you with your {{product}} trip overall: satisfied, fairly satisfied, basically satisfied or not satisfied?',
    },
    options: [{ value: 'dissatisfied', flags: ['dissatisfied'] }],
    next: 'post-as-promised',
  },
  {
    id: 'post-as-promised',
    type: 'question',
    input: 'yes-no',
    text: {
      'zh-CN': '实际的行程、住宿和餐饮，和预订时说的一致吗？',
      en: 'Were the itinerary, hotels and meals what you were told when you booked?',
    },
    options: [{ value: 'no', flags: ['wants-follow-up'] }],
    next: 'post-guide',
  },
  {
    id: 'post-guide',
    type: 'question',
    input: 'satisfaction-4',
    text: {
      'zh-CN': '对导游和工作人员的服务，您满意吗？',
      en: 'How satisfied were you with the guide and the staff?',
    },
    options: [{ value: 'dissatisfied', flags: ['dissatisfied'] }],
    next: 'post-issues',
  },
  {
    id: 'post-issues',
    type: 'question',
    input: 'yes-no',
    text: {
      'zh-CN': '这次出行中有没有遇到不愉快、需要我们处理的事情？',
      en: 'Did anything go wrong on the trip that we should deal with?',
    },
    options: [
      { value: 'yes', goto: 'post-issue-detail' },
      { value: 'no', goto: 'post-recommend' },
    ],
  },
  {
    id: 'post-issue-detail',
    type: 'question',
    input: 'text',
    text: {
      'zh-CN': '非常抱歉。请您详细说说经过，我如实记录。',
      en: 'I am very sorry. Please tell me what happened and I will note it exactly.',
    },
    next: 'post-complaint',
  },
  {
    id: 'post-complaint',
    type: 'question',
    input: 'yes-no',
    text: {
      'zh-CN': '您希望我们把这件事作为投诉正式处理吗？',
      en: 'Would you like us to handle this as a formal complaint?',
    },
    options: [{ value: 'yes', flags: ['complaint', 'strong-dissatisfaction'] }],
    next: 'post-recommend',
  },
  {
    id: 'post-recommend',
    type: 'question',
    input: 'yes-no',
    text: { 'zh-CN': '您愿意把我们推荐给亲友吗？', en: 'Would you recommend us to friends and family?' },
    next: 'close',
  },
];
