import type { Step } from '../script/schema';

/** A month after use: new plans, preferences, how to tell them about offers (篇四 七1c; preferences 篇四 六3). */
export const reNeedSteps: Step[] = [
  {
    id: 'reneed-plans',
    type: 'question',
    input: 'yes-no',
    text: {
      'zh-CN': '上次出游回来已经一个月了，最近有新的出行打算吗？',
      en: 'It has been a month since your last trip. Are you thinking about another one?',
    },
    options: [
      { value: 'yes', flags: ['wants-follow-up'], goto: 'reneed-details' },
      { value: 'no', goto: 'reneed-interests' },
    ],
  },
  {
    id: 'reneed-details',
    type: 'question',
    input: 'text',
    text: {
      'zh-CN': '大概想什么时候、去哪里、和谁一起？我请同事帮您挑合适的产品。',
      en: 'Roughly when, where, and with whom? I will ask a colleague to pick suitable options for you.',
    },
    next: 'reneed-interests',
  },
  {
    id: 'reneed-interests',
    type: 'question',
    input: 'multiple',
    text: { 'zh-CN': '您平时比较喜欢哪类出游？', en: 'What kinds of trips do you usually enjoy?' },
    options: [
      { value: 'nature', label: { 'zh-CN': '自然风光', en: 'Nature and scenery' } },
      { value: 'culture', label: { 'zh-CN': '人文历史', en: 'Culture and history' } },
      { value: 'city', label: { 'zh-CN': '城市休闲', en: 'City breaks' } },
      { value: 'family', label: { 'zh-CN': '亲子家庭', en: 'Family trips' } },
      { value: 'wellness', label: { 'zh-CN': '康养度假', en: 'Wellness and rest' } },
      { value: 'abroad', label: { 'zh-CN': '出境游', en: 'Travel abroad' } },
    ],
    next: 'reneed-channel',
  },
  {
    id: 'reneed-channel',
    type: 'question',
    input: 'single',
    text: {
      'zh-CN': '有合适的产品时，怎么通知您比较好？',
      en: 'When we have something suitable, how should we let you know?',
    },
    options: [
      { value: 'phone', label: { 'zh-CN': '电话', en: 'Phone' } },
      { value: 'sms', label: { 'zh-CN': '短信', en: 'SMS' }, flags: ['prefers-sms'] },
      { value: 'wechat', label: { 'zh-CN': '微信', en: 'WeChat' } },
      { value: 'none', label: { 'zh-CN': '暂时不需要', en: 'Not for now' } },
    ],
    next: 'close',
  },
];
