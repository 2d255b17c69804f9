import type { LocalizedText, Step } from '../script/schema';

/**
 * The utility's ten-question customer survey (篇九, the 受电工程满意度调查问卷), in our words. Questions 1–8 use the
 * 4-level scale 满意/比较满意/基本满意/不满意; 不满意 is escalated as strong dissatisfaction and asks why before the next
 * question. The source puts the satisfaction boxes under question 9 too, which asks *how* to announce outages:
 * we ask it as a choice of channels. Question 10 is open.
 */
type RatedQuestion = { id: string; text: LocalizedText; note?: LocalizedText };

const ratedQuestions: RatedQuestion[] = [
  {
    id: 'q1-safety-guidance',
    text: {
      'zh-CN': '第一题：在安全用电方面，我们给您的指导和帮助，您满意吗？',
      en: 'Question 1: How satisfied are you with our guidance and help on using electricity safely?',
    },
  },
  {
    id: 'q2-repair-time',
    text: {
      'zh-CN': '第二题：出了故障时，我们抢修修复的速度您满意吗？',
      en: 'Question 2: How satisfied are you with how quickly faults are repaired?',
    },
    note: {
      'zh-CN': '承诺到达时限：城区45分钟，农村90分钟，特殊边远山区120分钟。',
      en: 'Promised arrival: 45 minutes in town, 90 in the countryside, 120 in remote mountain areas.',
    },
  },
  {
    id: 'q3-hotline',
    text: {
      'zh-CN': '第三题：拨打95598服务热线，问题的解决情况您满意吗？',
      en: 'Question 3: When you call the 95598 hotline, how satisfied are you with how your problem is solved?',
    },
  },
  {
    id: 'q4-staff-attitude',
    text: {
      'zh-CN': '第四题：对营业厅和现场工作人员的服务态度，您满意吗？',
      en: 'Question 4: How satisfied are you with the attitude of our counter and field staff?',
    },
  },
  {
    id: 'q5-disclosure',
    text: {
      'zh-CN': '第五题：对我们公开办事信息的情况，您满意吗？',
      en: 'Question 5: How satisfied are you with how we publish information?',
    },
    note: {
      'zh-CN': '营业厅里应当张贴：办事流程、电价及各项收费、监管部门举报电话12398。',
      en: 'Service halls must display the procedures, tariffs and charges, and the regulator’s complaint line 12398.',
    },
  },
  {
    id: 'q6-installation',
    text: {
      'zh-CN': '第六题：您办理新装时，我们的服务让您满意吗？',
      en: 'Question 6: How satisfied are you with our service when you had a new connection installed?',
    },
  },
  {
    id: 'q7-payment',
    text: {
      'zh-CN': '第七题：现在交电费的渠道和方式，您用着满意吗？',
      en: 'Question 7: How satisfied are you with the ways you can pay your bill?',
    },
  },
  {
    id: 'q8-energy-saving',
    text: {
      'zh-CN': '第八题：我们组织的节约用电、降低能耗的活动，您满意吗？',
      en: 'Question 8: How satisfied are you with our energy-saving campaigns?',
    },
  },
];

function buildRatedSteps(question: RatedQuestion, next: string): Step[] {
  const why = `${question.id}-why`;
  return [
    {
      id: question.id,
      type: 'question',
      input: 'satisfaction-4',
      text: question.text,
      ...(question.note ? { note: question.note } : {}),
      options: [{ value: 'dissatisfied', flags: ['strong-dissatisfaction'], goto: why }],
      next,
    },
    {
      id: why,
      type: 'question',
      input: 'text',
      text: { 'zh-CN': '能说说哪里让您不满意吗？', en: 'What were you not satisfied with?' },
      next,
    },
  ];
}

/** The survey from its introduction to question 10; `next` follows the last question. */
export function buildPowerSurvey(next: string): Step[] {
  const ids = ratedQuestions.map((question) => question.id);
  const rated = ratedQuestions.flatMap((question, i) => buildRatedSteps(question, ids[i + 1] ?? 'q9-outage-notice'));
  return [
    {
      id: 'survey-intro',
      type: 'say',
      text: {
        'zh-CN': '为了改进服务，想请您回答十个小问题。前八题请从“满意、比较满意、基本满意、不满意”里选一个。',
        en: 'To help us improve, I have ten short questions. For the first eight, please answer satisfied, fairly satisfied, basically satisfied or not satisfied.',
      },
      next: ids[0] ?? 'q9-outage-notice',
    },
    ...rated,
    {
      id: 'q9-outage-notice',
      type: 'question',
      input: 'multiple',
      text: {
        'zh-CN': '第九题：计划停电时，您希望我们通过什么方式通知您？',
        en: 'Question 9: How would you like to be told about planned outages?',
      },
      options: [
        { value: 'sms', label: { 'zh-CN': '短信', en: 'SMS' } },
        { value: 'phone', label: { 'zh-CN': '电话', en: 'Phone call' } },
        { value: 'app', label: { 'zh-CN': '手机应用或微信', en: 'App or WeChat' } },
        { value: 'notice', label: { 'zh-CN': '小区或单位张贴公告', en: 'Posted notice at home or work' } },
        { value: 'media', label: { 'zh-CN': '电视、广播或报纸', en: 'TV, radio or newspaper' } },
      ],
      next: 'q10-improve',
    },
    {
      id: 'q10-improve',
      type: 'question',
      input: 'text',
      text: {
        'zh-CN': '第十题：最后，您希望我们在哪些地方做得更好？',
        en: 'Question 10: Where do you think our service still needs to improve?',
      },
      next,
    },
  ];
}
