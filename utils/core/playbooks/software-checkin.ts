import type { Script } from '../script/schema';
import { commonOutcomes } from './shared';

/**
 * Software vendor's periodic check-in (篇一): problems with the software, does it meet the business's needs,
 * plans for branches elsewhere, the new version, satisfaction, and the service number. A guide, not a cage:
 * the agent adds and drops lines as the talk goes.
 */
export const softwareCheckin: Script = {
  id: 'software-checkin',
  format: 2,
  version: 1,
  title: { 'zh-CN': '软件服务中心回访', en: 'Software service-centre check-in' },
  description: {
    'zh-CN': '使用问题、功能是否满足需要、分支机构计划、新版本介绍、满意度、服务电话。',
    en: 'Problems in use, does it meet needs, plans for new branches, the new version, satisfaction, service number.',
  },
  kinds: ['software-checkin'],
  start: 'greet',
  steps: [
    {
      id: 'greet',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN':
          '您好，请问是{{company}}吗？我是{{companyName}}服务中心的{{agentName}}，想跟您了解一下软件的使用情况。',
        en: 'Hello, is this {{company}}? I am {{agentName}} from the {{companyName}} service centre, calling to see how the software is working for you.',
      },
      options: [
        { value: 'yes', goto: 'problems' },
        { value: 'no', goto: 'not-reached' },
      ],
    },
    {
      id: 'not-reached',
      type: 'question',
      input: 'single',
      text: {
        'zh-CN': '不好意思。请问怎样能联系到贵公司负责软件的同事？',
        en: 'Sorry about that. How can I reach the person who looks after the software?',
      },
      options: [
        {
          value: 'later',
          label: { 'zh-CN': '得到了联系人或时间', en: 'Got a contact or a time' },
          flags: ['call-back-requested'],
          end: 'call-back-later',
        },
        { value: 'wrong-number', label: { 'zh-CN': '号码有误', en: 'Wrong number' }, end: 'wrong-number' },
      ],
    },
    {
      id: 'problems',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '{{product}}最近用起来顺手吗？有没有碰到什么问题？',
        en: 'Have you run into any problems with {{product}} lately?',
      },
      options: [
        { value: 'yes', flags: ['wants-follow-up'], goto: 'problem-detail' },
        { value: 'no', goto: 'meets-needs' },
      ],
    },
    {
      id: 'problem-detail',
      type: 'question',
      input: 'text',
      text: {
        'zh-CN': '具体是什么情况？我记下来，安排技术同事尽快跟进。',
        en: 'What happens exactly? I will note it and have a technician follow up soon.',
      },
      next: 'meets-needs',
    },
    {
      id: 'meets-needs',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '就贵公司现在的业务来说，软件的功能够用吗？',
        en: 'Does the software do what your business needs today?',
      },
      options: [
        { value: 'yes', goto: 'branch-plans' },
        { value: 'no', flags: ['suggestion'], goto: 'missing-features' },
      ],
    },
    {
      id: 'missing-features',
      type: 'question',
      input: 'text',
      text: { 'zh-CN': '还缺哪些功能，或者哪里用着不顺手？', en: 'What is missing, or awkward to use?' },
      next: 'branch-plans',
    },
    {
      id: 'branch-plans',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '贵公司最近有没有扩张的计划，比如开分公司，或者到外地设点？',
        en: 'Are you planning to open a branch or an office in another city soon?',
      },
      note: {
        'zh-CN': '有计划的，记下地点和时间，转给销售同事介绍多地协同的方案。',
        en: 'If so, note where and when, and pass it to sales for the multi-site option.',
      },
      options: [
        { value: 'yes', flags: ['wants-follow-up'], goto: 'branch-detail' },
        { value: 'no', goto: 'new-version' },
      ],
    },
    {
      id: 'branch-detail',
      type: 'question',
      input: 'text',
      text: { 'zh-CN': '大概在哪里、什么时候？', en: 'Roughly where, and when?' },
      next: 'new-version',
    },
    {
      id: 'new-version',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '另外，我们最近推出了新的系列版本，功能上有不少改进，您想了解一下吗？',
        en: 'Also, we have just released a new series with a number of improvements. Would you like to hear about it?',
      },
      options: [{ value: 'yes', flags: ['wants-follow-up'] }],
      next: 'satisfaction',
    },
    {
      id: 'satisfaction',
      type: 'question',
      input: 'satisfaction-4',
      recordAs: 'satisfaction',
      text: {
        'zh-CN': '您对我们的服务满意吗？满意、比较满意、基本满意，还是不满意？',
        en: 'How satisfied are you with our service: satisfied, fairly satisfied, basically satisfied or not satisfied?',
      },
      options: [{ value: 'dissatisfied', flags: ['dissatisfied'], goto: 'dissatisfied-detail' }],
      next: 'other-requests',
    },
    {
      id: 'dissatisfied-detail',
      type: 'question',
      input: 'text',
      text: {
        'zh-CN': '抱歉没让您满意。主要是哪方面的问题？',
        en: 'I am sorry to hear that. What was the main problem?',
      },
      next: 'other-requests',
    },
    {
      id: 'other-requests',
      type: 'question',
      input: 'yes-no',
      text: { 'zh-CN': '您对我们还有别的要求吗？', en: 'Is there anything else you would like from us?' },
      options: [
        { value: 'yes', flags: ['suggestion'], goto: 'request-detail' },
        { value: 'no', goto: 'close' },
      ],
    },
    {
      id: 'request-detail',
      type: 'question',
      input: 'text',
      text: { 'zh-CN': '好的，您请讲。', en: 'Please go ahead.' },
      next: 'close',
    },
    {
      id: 'close',
      type: 'say',
      text: {
        'zh-CN': '谢谢您的支持！以后碰到任何问题，随时打我们的服务电话{{servicePhone}}就行。再见！',
        en: 'Thank you for your support! If anything comes up, call our service line on {{servicePhone}} any time. Goodbye!',
      },
      end: 'completed',
    },
  ],
  checklist: [
    {
      id: 'problems-asked',
      text: { 'zh-CN': '询问使用中的问题', en: 'Asked about problems in use' },
      required: true,
      rule: '篇一 第1问',
      steps: ['problems'],
      satisfiedBy: [{ step: 'problems' }],
    },
    {
      id: 'needs-asked',
      text: { 'zh-CN': '询问功能是否满足需要', en: 'Asked whether it meets their needs' },
      required: true,
      rule: '篇一 第2问',
      steps: ['meets-needs'],
      satisfiedBy: [{ step: 'meets-needs' }],
    },
    {
      id: 'branches-asked',
      text: { 'zh-CN': '询问分支机构计划', en: 'Asked about plans for new branches' },
      required: false,
      rule: '篇一 第3问',
      steps: ['branch-plans'],
      satisfiedBy: [{ step: 'branch-plans' }],
    },
    {
      id: 'version-presented',
      text: { 'zh-CN': '介绍新版本', en: 'New version presented' },
      required: false,
      rule: '篇一 第4问',
      steps: ['new-version'],
      satisfiedBy: [{ step: 'new-version' }],
    },
    {
      id: 'satisfaction-asked',
      text: { 'zh-CN': '了解满意度和其他要求', en: 'Satisfaction and other wishes asked' },
      required: true,
      rule: '篇一 第5问',
      steps: ['satisfaction', 'other-requests'],
      satisfiedBy: [{ step: 'satisfaction' }, { step: 'other-requests' }],
    },
    {
      id: 'service-phone',
      text: { 'zh-CN': '告知服务电话', en: 'Service phone number given' },
      required: true,
      rule: '篇一 第6问',
      steps: ['close'],
      satisfiedBy: [{ step: 'close' }],
    },
  ],
  outcomes: commonOutcomes,
};
