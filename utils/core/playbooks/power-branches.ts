import type { Step } from '../script/schema';

/**
 * The two branches of the power callback before the survey (篇九 第六条: procedure, promises kept, service quality):
 * a new connection or capacity increase, and a fault repair. Both go on to the survey offer.
 */
export const powerBranchSteps: Step[] = [
  {
    id: 'biz-power-on',
    type: 'question',
    input: 'yes-no',
    text: {
      'zh-CN': '您办理的{{product}}已经装表送电，现在用电一切正常吗？',
      en: 'Your {{product}} application has been metered and connected. Is everything working properly?',
    },
    options: [
      { value: 'yes', goto: 'biz-promises' },
      { value: 'no', flags: ['wants-follow-up'], goto: 'biz-problem' },
    ],
  },
  {
    id: 'biz-problem',
    type: 'question',
    input: 'text',
    text: {
      'zh-CN': '请说说现在是什么情况，我马上安排人跟进。',
      en: 'Please tell me what is happening and I will have someone follow up straight away.',
    },
    next: 'biz-promises',
  },
  {
    id: 'biz-promises',
    type: 'question',
    input: 'yes-no',
    text: {
      'zh-CN': '办理过程中，我们承诺的办理时限和收费标准都做到了吗？',
      en: 'While it was being done, did we keep to the time limits and the charges we promised?',
    },
    options: [
      { value: 'yes', goto: 'biz-service' },
      { value: 'no', flags: ['dissatisfied'], goto: 'biz-promise-detail' },
    ],
  },
  {
    id: 'biz-promise-detail',
    type: 'question',
    input: 'text',
    text: { 'zh-CN': '是哪一项没有做到？', en: 'Which promise was not kept?' },
    next: 'biz-service',
  },
  {
    id: 'biz-service',
    type: 'question',
    input: 'satisfaction-4',
    // The callback's overall rating: this branch's service question (docs/report.md, satisfaction).
    recordAs: 'satisfaction',
    text: {
      'zh-CN': '对营业厅受理和现场施工人员的服务，您满意吗？满意、比较满意、基本满意，还是不满意？',
      en: 'How satisfied are you with the service hall and the installation crew: satisfied, fairly satisfied, basically satisfied or not satisfied?',
    },
    options: [{ value: 'dissatisfied', flags: ['strong-dissatisfaction'], goto: 'biz-service-why' }],
    next: 'survey-offer',
  },
  {
    id: 'biz-service-why',
    type: 'question',
    input: 'text',
    text: { 'zh-CN': '能说说哪里让您不满意吗？', en: 'What were you not satisfied with?' },
    next: 'survey-offer',
  },
  {
    id: 'repair-restored',
    type: 'question',
    input: 'yes-no',
    text: {
      'zh-CN': '您报修的故障已经处理完毕，现在供电恢复正常了吗？',
      en: 'The fault you reported has been dealt with. Is your supply back to normal?',
    },
    options: [
      { value: 'yes', goto: 'repair-speed' },
      { value: 'no', flags: ['wants-follow-up'], goto: 'repair-problem' },
    ],
  },
  {
    id: 'repair-problem',
    type: 'question',
    input: 'text',
    text: {
      'zh-CN': '请说说现在的情况，我马上通知抢修人员。',
      en: 'Please tell me how things are now; I will alert the repair crew at once.',
    },
    next: 'repair-speed',
  },
  {
    id: 'repair-speed',
    type: 'question',
    input: 'yes-no',
    text: {
      'zh-CN': '抢修人员赶到和修好的速度，您觉得及时吗？',
      en: 'Did the crew arrive and fix the fault quickly enough?',
    },
    note: {
      'zh-CN': '承诺到达时限：城区45分钟，农村90分钟，特殊边远山区120分钟。',
      en: 'Promised arrival: 45 minutes in town, 90 in the countryside, 120 in remote mountain areas.',
    },
    options: [{ value: 'no', flags: ['dissatisfied'] }],
    next: 'repair-service',
  },
  {
    id: 'repair-service',
    type: 'question',
    input: 'satisfaction-4',
    // The callback's overall rating: this branch's service question (docs/report.md, satisfaction).
    recordAs: 'satisfaction',
    text: {
      'zh-CN': '对这次抢修人员的服务，您满意吗？满意、比较满意、基本满意，还是不满意？',
      en: 'How satisfied are you with the repair crew’s service: satisfied, fairly satisfied, basically satisfied or not satisfied?',
    },
    options: [{ value: 'dissatisfied', flags: ['strong-dissatisfaction'], goto: 'repair-service-why' }],
    next: 'survey-offer',
  },
  {
    id: 'repair-service-why',
    type: 'question',
    input: 'text',
    text: { 'zh-CN': '能说说哪里让您不满意吗？', en: 'What were you not satisfied with?' },
    next: 'survey-offer',
  },
];
