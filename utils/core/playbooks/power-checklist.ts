import type { ChecklistItem } from '../script/schema';

/** The power callback's checks, each naming the clause of 篇九 it serves. */
export const powerChecklist: ChecklistItem[] = [
  {
    id: 'business-on-time',
    text: {
      'zh-CN': '业扩：装表接电归档后7个工作日内回访',
      en: 'Connection: called within 7 working days of archiving',
    },
    required: false,
    rule: '篇九 第十一条',
    steps: ['biz-power-on'],
  },
  {
    id: 'repair-on-time',
    text: {
      'zh-CN': '抢修：归档后24小时内回访（大面积自然灾害时48小时）',
      en: 'Repair: called within 24 hours of closing (48 in a declared disaster)',
    },
    required: false,
    rule: '篇九 第十一条',
    steps: ['repair-restored'],
  },
  {
    id: 'content-covered',
    text: { 'zh-CN': '了解办理程序、承诺兑现和服务质量', en: 'Procedure, promises kept and service quality covered' },
    required: true,
    rule: '篇九 第六条',
    steps: ['biz-promises', 'biz-service', 'repair-speed', 'repair-service', 'survey-intro'],
    satisfiedBy: [
      { step: 'biz-promises' },
      { step: 'biz-service' },
      { step: 'repair-speed' },
      { step: 'repair-service' },
      { step: 'survey-intro' },
    ],
  },
  {
    id: 'survey-done',
    text: { 'zh-CN': '抽样客户完成十项满意度问卷', en: 'Sampled customer answered the ten-question survey' },
    required: false,
    rule: '篇九 第四条、第十一条（连心卡）',
    steps: ['survey-intro', 'q10-improve'],
    satisfiedBy: [{ step: 'q10-improve' }],
  },
  {
    id: 'needs-asked',
    text: { 'zh-CN': '了解用电新需求和意见建议', en: 'New needs and suggestions asked' },
    required: true,
    rule: '篇九 第六条',
    steps: ['new-needs'],
    satisfiedBy: [{ step: 'new-needs' }],
  },
  {
    id: 'archived',
    text: { 'zh-CN': '回访记录已归入客户回访档案库', en: 'Record filed in the callback archive' },
    required: true,
    rule: '篇九 第九条、第十一条',
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
