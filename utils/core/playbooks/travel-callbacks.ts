import type { Script, ScriptSource } from '../script/schema';
import { commonOutcomes, expandBuiltin } from './shared';
import { reNeedSteps } from './travel-re-need';
import { postUseSteps, preUseSteps } from './travel-stages';

/**
 * The travel company's tourist callbacks (篇四 七): a reminder before use, satisfaction within 3 days after use,
 * a re-need call a month later. One script, three kinds; each kind starts on its own stage (`startByKind`) after
 * the shared opening block.
 */
export const travelCallbacksSource: ScriptSource = {
  id: 'travel-callbacks',
  format: 2,
  version: 2,
  title: {
    'zh-CN': '旅游游客回访（出行前、出行后三天、一个月后）',
    en: 'Travel: before the trip, 3 days after, 1 month after',
  },
  description: {
    'zh-CN': '出行前温馨提示；使用后三天内体验满意度；使用一个月后再次需求。',
    en: 'Reminder before use; satisfaction within 3 days after; new needs after a month.',
  },
  kinds: ['travel-pre-use', 'travel-post-use', 'travel-re-need'],
  appliesWhen: { op: 'kind', in: ['travel-pre-use', 'travel-post-use', 'travel-re-need'] },
  // Each kind starts on its own stage after the shared opening: no "which stage?" question for the agent.
  start: 'pre',
  startByKind: { 'travel-pre-use': 'pre', 'travel-post-use': 'post', 'travel-re-need': 'reneed' },
  blocks: [
    {
      id: 'opening',
      description: { 'zh-CN': '问候、确认本人、是否方便', en: 'Greeting, the right person, a convenient moment' },
      steps: [
        {
          id: 'greet',
          type: 'question',
          input: 'yes-no',
          text: {
            'zh-CN': '您好，我是{{companyName}}的游客服务专员{{agentName}}。请问是{{name}}吗？',
            en: 'Hello, this is {{agentName}}, visitor services at {{companyName}}. Am I speaking with {{name}}?',
          },
          options: [{ value: 'no', goto: 'not-reached' }],
        },
        {
          id: 'convenient',
          type: 'question',
          input: 'yes-no',
          text: { 'zh-CN': '耽误您两三分钟，现在方便吗？', en: 'Do you have two or three minutes now?' },
          note: {
            'zh-CN': '宜在上午09:00–11:00、下午15:00–17:00致电（篇四 三）。',
            en: 'Best called 09:00–11:00 or 15:00–17:00 (篇四 三).',
          },
          // yes: on to the stage this use of the block leads to
          options: [{ value: 'no', goto: 'ask-time' }],
        },
      ],
    },
  ],
  steps: [
    { type: 'use', id: 'pre', block: 'opening', next: 'pre-intro' },
    { type: 'use', id: 'post', block: 'opening', next: 'post-overall' },
    { type: 'use', id: 'reneed', block: 'opening', next: 'reneed-plans' },
    {
      id: 'not-reached',
      type: 'question',
      input: 'single',
      text: {
        'zh-CN': '不好意思打扰了。请问{{name}}什么时候方便接电话？',
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
      id: 'ask-time',
      type: 'question',
      input: 'text',
      text: { 'zh-CN': '好的，那您看什么时间再联系您合适？', en: 'Of course. When should we call you again?' },
      flags: ['call-back-requested'],
      end: 'call-back-later',
    },
    ...preUseSteps,
    ...postUseSteps,
    ...reNeedSteps,
    {
      id: 'close',
      type: 'say',
      text: {
        'zh-CN': '谢谢您！有任何需要请拨打我们的服务电话{{servicePhone}}。祝您生活愉快，再见！',
        en: 'Thank you! Whatever you need, call our service line on {{servicePhone}}. Have a lovely day, goodbye!',
      },
      end: 'completed',
    },
  ],
  checklist: [
    {
      id: 'call-window',
      text: { 'zh-CN': '在09:00–11:00或15:00–17:00致电', en: 'Called 09:00–11:00 or 15:00–17:00' },
      required: false,
      rule: '篇四 三',
      steps: ['convenient'],
      satisfiedBy: [{ step: 'convenient', answers: ['yes'] }],
    },
    {
      id: 'pre-use-on-time',
      text: { 'zh-CN': '在使用产品前完成温馨提示', en: 'Reminder given before the product is used' },
      required: false,
      rule: '篇四 七（a）',
      steps: ['pre-intro'],
    },
    {
      id: 'post-use-on-time',
      text: { 'zh-CN': '在使用后三天内完成满意度回访', en: 'Satisfaction asked within 3 days after use' },
      required: false,
      rule: '篇四 七（b）',
      steps: ['post-overall'],
    },
    {
      id: 're-need-on-time',
      text: { 'zh-CN': '在使用一个月后了解再次需求', en: 'New needs asked one month after use' },
      required: false,
      rule: '篇四 七（c）',
      steps: ['reneed-plans'],
    },
    {
      id: 'needs-recorded',
      text: {
        'zh-CN': '客户需求与意见已登记在回访记录中',
        en: 'Needs and comments entered in the visitor callback record',
      },
      required: true,
      rule: '篇四 二、四',
    },
    {
      id: 'reported',
      text: { 'zh-CN': '回访结果整理后反馈给主管', en: 'Results summarised for the manager' },
      required: false,
      rule: '篇四 四、五',
    },
    {
      id: 'service-phone',
      text: { 'zh-CN': '告知服务电话', en: 'Service phone number given' },
      required: true,
      rule: '篇一',
      steps: ['close'],
      satisfiedBy: [{ step: 'close' }],
    },
  ],
  outcomes: commonOutcomes,
};

export const travelCallbacks: Script = expandBuiltin(travelCallbacksSource);
