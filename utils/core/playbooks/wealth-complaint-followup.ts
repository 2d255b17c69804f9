import type { Script } from '../script/schema';
import { commonOutcomes } from './shared';
import { buildWealthClosing, buildWealthOpening, wealthBaseChecklist } from './wealth-opening';

/**
 * Complaint follow-up (篇六 第七条, special callbacks): once a complaint is closed, check with the customer that
 * the agreed resolution was carried out. Calm first, then record (第九条); anything unresolved goes back to the
 * department and the customer hears the result (第十条).
 */
export const wealthComplaintFollowup: Script = {
  id: 'wealth-complaint-followup',
  format: 2,
  version: 1,
  title: { 'zh-CN': '投诉处理回访', en: 'Complaint follow-up callback' },
  description: {
    'zh-CN': '投诉处理完毕后，核实处理方案的落实情况和客户对处理结果的满意度。',
    en: 'After a complaint is closed: was the agreed resolution carried out, and is the customer satisfied with it?',
  },
  kinds: ['complaint-followup'],
  start: 'identity',
  steps: [
    ...buildWealthOpening({
      purpose: { 'zh-CN': '您之前反映问题的处理结果', en: 'how the matter you raised with us was resolved' },
      next: 'resolution-done',
    }),
    {
      id: 'resolution-done',
      type: 'question',
      input: 'single',
      text: {
        'zh-CN': '您之前向我们反映的问题已经处理完毕。当时和您商定的处理方案，现在都落实了吗？',
        en: 'The matter you raised with us has been closed. Has everything we agreed with you been carried out?',
      },
      note: {
        'zh-CN': '先看一下投诉记录里商定的方案。客户情绪激动时，先安抚再继续（篇六 第九条）。',
        en: 'Read the agreed resolution in the complaint record first. If the customer is upset, calm things before going on (篇六 第九条).',
      },
      options: [
        { value: 'done', label: { 'zh-CN': '全部落实', en: 'All carried out' }, goto: 'handling-satisfaction' },
        {
          value: 'partly',
          label: { 'zh-CN': '部分落实', en: 'Partly carried out' },
          flags: ['wants-follow-up'],
          goto: 'what-is-missing',
        },
        {
          value: 'not-done',
          label: { 'zh-CN': '没有落实', en: 'Not carried out' },
          flags: ['wants-follow-up', 'complaint'],
          goto: 'what-is-missing',
        },
      ],
    },
    {
      id: 'what-is-missing',
      type: 'question',
      input: 'text',
      text: {
        'zh-CN': '还有哪些没有做到？我记下来交给相关部门跟进，并把结果告诉您。',
        en: 'What is still outstanding? I will pass it to the department concerned and let you know the result.',
      },
      next: 'handling-satisfaction',
    },
    {
      id: 'handling-satisfaction',
      type: 'question',
      input: 'satisfaction-4',
      recordAs: 'satisfaction',
      text: {
        'zh-CN': '对这次问题的处理过程和结果，您满意吗？满意、比较满意、基本满意，还是不满意？',
        en: 'How satisfied are you with how it was handled and with the result: satisfied, fairly satisfied, basically satisfied or not satisfied?',
      },
      options: [{ value: 'dissatisfied', flags: ['strong-dissatisfaction'], goto: 'still-dissatisfied' }],
      next: 'staff-attitude',
    },
    {
      id: 'still-dissatisfied',
      type: 'question',
      input: 'text',
      text: {
        'zh-CN': '非常抱歉还没能让您满意。请您说说主要是哪里不满意，我会上报主管，并安排再次回访。',
        en: 'I am very sorry we have not put it right yet. What is the main problem? I will report it to my supervisor and we will call you again.',
      },
      note: {
        'zh-CN': '仍不满意属重大异常：上报主管并二次回访（篇六 第十条）。',
        en: 'Still dissatisfied is a serious anomaly: tell the supervisor, a second callback follows (篇六 第十条).',
      },
      next: 'staff-attitude',
    },
    {
      id: 'staff-attitude',
      type: 'question',
      input: 'satisfaction-4',
      text: {
        'zh-CN': '处理过程中，我们工作人员的态度您觉得怎么样？',
        en: 'How did you find the attitude of our staff while it was being handled?',
      },
      options: [{ value: 'dissatisfied', flags: ['dissatisfied'] }],
      next: 'suggestions',
    },
    ...buildWealthClosing(),
  ],
  checklist: [
    ...wealthBaseChecklist,
    {
      id: 'resolution-verified',
      text: { 'zh-CN': '核实投诉处理方案的执行情况', en: 'Carrying out of the agreed resolution checked' },
      required: true,
      rule: '篇六 第七条（专项回访·投诉客户回访）',
      steps: ['resolution-done'],
      satisfiedBy: [{ step: 'resolution-done' }],
    },
    {
      id: 'calmed-first',
      text: {
        'zh-CN': '客户有情绪时先安抚，再按投诉流程处理',
        en: 'Customer calmed first, then the complaint procedure followed',
      },
      required: false,
      rule: '篇六 第九条',
      steps: ['resolution-done', 'still-dissatisfied'],
    },
    {
      id: 'outstanding-forwarded',
      text: {
        'zh-CN': '未解决的问题已转相关部门，并会把结果反馈客户',
        en: 'Outstanding issues passed on; the customer will hear the result',
      },
      required: false,
      rule: '篇六 第九条、第十条',
      steps: ['what-is-missing'],
      satisfiedBy: [{ step: 'what-is-missing' }],
    },
  ],
  outcomes: commonOutcomes,
};
