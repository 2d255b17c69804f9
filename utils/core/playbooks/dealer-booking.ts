import type { Step } from '../script/schema';

/** The invitation and booking of the dealer follow-up (篇十): a test drive, or a showroom visit when there is no test car. */
export const dealerBookingSteps: Step[] = [
  {
    id: 'invite-test-drive',
    type: 'question',
    input: 'yes-no',
    text: {
      'zh-CN':
        '这款车我们店里有试驾车。欢迎您抽空来试乘试驾，记得带上驾驶证，也可以叫上家人朋友一起，亲身体验一下，您觉得怎么样？',
      en: 'We have a test car of that model. You are welcome to bring your driving licence, and family or friends, for a test drive to feel how it performs. Would you like that?',
    },
    options: [
      { value: 'yes', goto: 'test-drive-date' },
      { value: 'no', goto: 'send-info' },
    ],
  },
  {
    id: 'test-drive-date',
    type: 'question',
    input: 'date',
    text: {
      'zh-CN': '您看哪一天过来合适？我现在就给您留好试驾车。',
      en: 'Which day suits you? I will reserve the test car for you now.',
    },
    next: 'test-drive-slot',
  },
  {
    id: 'test-drive-slot',
    type: 'question',
    input: 'single',
    text: { 'zh-CN': '上午还是下午？', en: 'Morning or afternoon?' },
    options: [
      { value: 'morning', label: { 'zh-CN': '上午', en: 'Morning' } },
      { value: 'afternoon', label: { 'zh-CN': '下午', en: 'Afternoon' } },
    ],
    next: 'test-drive-booked',
  },
  {
    id: 'test-drive-booked',
    type: 'say',
    text: {
      'zh-CN': '已经为您登记好了，我们恭候您到店！如果时间有变，请打{{servicePhone}}告诉我们。',
      en: 'Done, you are booked in and we look forward to seeing you! If your plans change, please call us on {{servicePhone}}.',
    },
    end: 'test-drive-booked',
  },
  {
    id: 'invite-showroom',
    type: 'question',
    input: 'yes-no',
    text: {
      'zh-CN': '欢迎您有空到店里看看这款车的现车，您愿意约个时间过来吗？',
      en: 'You are welcome to come and see that model in our showroom. Shall we set a time?',
    },
    options: [
      { value: 'yes', goto: 'showroom-date' },
      { value: 'no', goto: 'send-info' },
    ],
  },
  {
    id: 'showroom-date',
    type: 'question',
    input: 'date',
    text: { 'zh-CN': '您看哪天方便？', en: 'Which day would suit you?' },
    next: 'showroom-booked',
  },
  {
    id: 'showroom-booked',
    type: 'say',
    text: {
      'zh-CN': '好的，我记下了，会请销售顾问提前准备好。有变化请打{{servicePhone}}，期待您的光临！',
      en: 'Noted; I will ask the consultant to have everything ready. If anything changes, call {{servicePhone}}. We look forward to seeing you!',
    },
    end: 'showroom-booked',
  },
];
