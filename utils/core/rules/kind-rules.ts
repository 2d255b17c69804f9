import type { CallbackKind } from '../callback-kinds';
import type { Clause, Deadline, KindRule, RequiredField, Trigger } from './rule-schema';
import { triggerLabels } from './trigger-labels';

// One rule per callback kind of docs/domain.md, read from the source texts (篇一 … 篇十二).

const phone: RequiredField = ['phone', 'mobile'];
const insuranceHolder: RequiredField[] = ['name', 'gender', 'birthDate', 'idNumber', 'address', phone];

function clause(text: string, article: string, zh: string, en: string): Clause {
  return {
    text,
    article,
    label: { 'zh-CN': `${text} ${article}`.trim() + `：${zh}`, en: `${text} ${article}`.trim() + `: ${en}` },
  };
}

type RuleInput = {
  label: [string, string];
  trigger: Trigger;
  deadline: Deadline;
  limit?: Deadline;
  coverageTarget: number | null;
  summary: [string, string];
  clause: Clause;
  requiredFields: RequiredField[];
};

function defineRule(kind: CallbackKind, r: RuleInput): KindRule {
  return {
    kind,
    label: { 'zh-CN': r.label[0], en: r.label[1] },
    trigger: r.trigger,
    triggerLabel: triggerLabels[r.trigger],
    deadline: r.deadline,
    limit: r.limit ?? null,
    coverageTarget: r.coverageTarget,
    summary: { 'zh-CN': r.summary[0], en: r.summary[1] },
    clause: r.clause,
    requiredFields: r.requiredFields,
  };
}

const special = clause(
  '篇六',
  '第七、八条',
  '专项回访无频率要求，按具体要求执行',
  'special callbacks have no set frequency',
);

export const kindRules: Record<CallbackKind, KindRule> = {
  'new-contract': defineRule('new-contract', {
    label: ['新签约回访', 'New-contract callback'],
    trigger: 'contract-signed',
    deadline: { type: 'working-days', days: 5 },
    limit: { type: 'calendar-months', months: 1 },
    coverageTarget: 100,
    summary: [
      '签约后5个工作日内回访；自签约之日起一个自然月内必须完成，覆盖率100%',
      'Within 5 working days of signing; done within one calendar month of signing at the latest; 100 % of new customers',
    ],
    clause: clause('篇六', '第八条', '新签约客户5个工作日内回访', 'new customers called within 5 working days'),
    requiredFields: ['name', phone, 'signDate', 'product'],
  }),
  continuous: defineRule('continuous', {
    label: ['持续回访', 'Continuous callback'],
    trigger: 'last-callback',
    deadline: { type: 'calendar-months', months: 12 },
    coverageTarget: 100,
    summary: [
      '每位客户每年至少一次（自上次回访或签约起12个月内），覆盖率100%',
      'At least once a year per customer (within 12 months of the last callback or the signing); 100 %',
    ],
    clause: clause('篇六', '第八条', '持续回访每年至少一次', 'continuous callback at least once a year'),
    requiredFields: ['name', phone],
  }),
  'complaint-followup': defineRule('complaint-followup', {
    label: ['投诉回访', 'Complaint follow-up'],
    trigger: 'complaint-closed',
    deadline: { type: 'none' },
    coverageTarget: 100,
    summary: [
      '投诉处理完毕后回访，核实处理方案的执行情况（无固定时限）',
      'After the complaint is closed, confirm the resolution was carried out (no fixed deadline)',
    ],
    clause: clause(
      '篇六',
      '第七条',
      '投诉处理完毕后核实执行情况',
      'confirm the resolution after a complaint is closed',
    ),
    requiredFields: ['name', phone],
  }),
  'agreement-change': defineRule('agreement-change', {
    label: ['协议变更确认', 'Agreement change'],
    trigger: 'agreement-changed',
    deadline: { type: 'none' },
    coverageTarget: null,
    summary: [
      '变更佣金率或有效期时确认（无固定时限）',
      'Confirm a change of commission rate or validity (no fixed deadline)',
    ],
    clause: special,
    requiredFields: ['name', phone, 'product'],
  }),
  termination: defineRule('termination', {
    label: ['解约回访', 'Termination callback'],
    trigger: 'contract-terminated',
    deadline: { type: 'none' },
    coverageTarget: null,
    summary: [
      '解约时及时了解原因，之后定期邀请参加活动（无固定时限）',
      'On termination ask why, later invite to events (no fixed deadline)',
    ],
    clause: special,
    requiredFields: ['name', phone],
  }),
  'hesitation-period': defineRule('hesitation-period', {
    label: ['犹豫期回访', 'Hesitation-period callback'],
    trigger: 'policy-delivered',
    deadline: { type: 'calendar-days', days: 15, configurable: true },
    coverageTarget: 100,
    summary: [
      '在犹豫期内回访（默认15天，以保单约定为准），可疑资料须在回访前核实修正',
      'Inside the cooling-off period (15 days by default; the policy’s own period wins); suspicious data resolved before the call',
    ],
    clause: clause(
      '篇五',
      '第七、十三条',
      '犹豫期回访前完成可疑排查',
      'suspicious data resolved before the hesitation-period callback',
    ),
    requiredFields: [...insuranceHolder],
  }),
  'travel-pre-use': defineRule('travel-pre-use', {
    label: ['使用前提示', 'Pre-use reminder'],
    trigger: 'product-use',
    deadline: { type: 'calendar-days', days: -1 },
    coverageTarget: null,
    summary: [
      '在游客使用所购产品之前（最迟前一天）提示',
      'Before the customer uses the product (the day before at the latest)',
    ],
    clause: clause('篇四', '七', '使用前的温馨提示', 'a reminder before use'),
    requiredFields: ['name', phone, 'product'],
  }),
  'travel-post-use': defineRule('travel-post-use', {
    label: ['使用后满意度回访', 'Post-use satisfaction'],
    trigger: 'product-use',
    deadline: { type: 'calendar-days', days: 3 },
    coverageTarget: null,
    summary: ['使用后3天内回访满意度', 'Within 3 calendar days after use'],
    clause: clause('篇四', '七', '使用后三天内体验满意度回访', 'satisfaction within three days after use'),
    requiredFields: ['name', phone],
  }),
  'travel-re-need': defineRule('travel-re-need', {
    label: ['再次需求回访', 'Re-need callback'],
    trigger: 'product-use',
    deadline: { type: 'calendar-months', months: 1 },
    coverageTarget: null,
    summary: ['使用1个月后回访再次需求', 'One month after use'],
    clause: clause('篇四', '七', '使用1个月后的再次需求回访', 'new needs one month after use'),
    requiredFields: ['name', phone],
  }),
  'partner-visit': defineRule('partner-visit', {
    label: ['创客回访', 'Partner visits'],
    trigger: 'period-start',
    deadline: { type: 'period', period: 'month', times: 1 },
    coverageTarget: 100,
    summary: ['每月上门不少于1次，电话/微信沟通不少于2次', 'At least 1 visit and 2 phone/WeChat contacts a month'],
    clause: clause('篇四', '四', '每月上门回访不低于一次，电话、微信沟通不低于2次', 'monthly visit and two contacts'),
    requiredFields: ['name', phone],
  }),
  'power-business': defineRule('power-business', {
    label: ['业扩回访', 'Business-acceptance callback'],
    trigger: 'installation-archived',
    deadline: { type: 'working-days', days: 7 },
    coverageTarget: 100,
    summary: ['装表接电完成归档后7个工作日内回访', 'Within 7 working days after the installation is archived'],
    clause: clause(
      '篇九',
      '第十一条',
      '业务受理：归档后7个工作日内',
      'business acceptance: 7 working days after archiving',
    ),
    requiredFields: ['name', phone, 'address', 'customerId'],
  }),
  'power-repair': defineRule('power-repair', {
    label: ['故障报修回访', 'Fault-repair callback'],
    trigger: 'repair-archived',
    deadline: { type: 'hours', hours: 24, disasterHours: 48 },
    coverageTarget: 100,
    summary: [
      '抢修结束归档后24小时内回访；自然灾害造成大面积故障时可延长至48小时',
      'Within 24 hours after the repair is archived; 48 hours when a disaster caused wide outages',
    ],
    clause: clause(
      '篇九',
      '第十一条',
      '供电抢修：归档后24小时内（灾害时48小时）',
      'repairs: 24 h after archiving (48 h in a disaster)',
    ),
    requiredFields: ['name', phone, 'address'],
  }),
  'letter-complaint': defineRule('letter-complaint', {
    label: ['投诉函复', 'Complaint letter reply'],
    trigger: 'letter-received',
    deadline: { type: 'working-days', days: 5 },
    coverageTarget: 100,
    summary: ['接到投诉函件后5个工作日内复函', 'Reply within 5 working days of receiving the letter'],
    clause: clause('篇九', '第十一条', '投诉5个工作日内复函', 'complaint letters: 5 working days'),
    requiredFields: ['name', 'address'],
  }),
  'letter-report': defineRule('letter-report', {
    label: ['举报函复', 'Report letter reply'],
    trigger: 'letter-received',
    deadline: { type: 'working-days', days: 10 },
    coverageTarget: 100,
    summary: ['接到举报函件后10个工作日内复函', 'Reply within 10 working days of receiving the letter'],
    clause: clause('篇九', '第十一条', '举报10个工作日内复函', 'report letters: 10 working days'),
    requiredFields: ['name', 'address'],
  }),
  'large-customer-visit': defineRule('large-customer-visit', {
    label: ['大电力客户走访', 'Large-customer visit'],
    trigger: 'period-start',
    deadline: { type: 'period', period: 'year', times: 1 },
    coverageTarget: 100,
    summary: [
      '10千伏及以上客户每年至少走访一次，年底制定下年计划',
      'Customers at 10 kV and above: at least one visit a year, planned at the end of the year before',
    ],
    clause: clause(
      '篇九',
      '第四、十一条',
      '10KV及以上大电力客户每年回访不少于一次',
      'large customers at least once a year',
    ),
    requiredFields: ['name', 'company', phone, 'address'],
  }),
  'satisfaction-sample': defineRule('satisfaction-sample', {
    label: ['连心卡抽样回访', 'Sampled satisfaction survey'],
    trigger: 'period-start',
    deadline: { type: 'period', period: 'half-year', times: 1 },
    coverageTarget: null,
    summary: [
      '每年至少两次；每次抽样非居民客户10%、居民客户1%（其他抽样不低于10%），一个月内完成',
      'At least twice a year; sample 10 % of non-residential and 1 % of residential customers (others at least 10 %); each round within a month',
    ],
    clause: clause('篇九', '第四、十一条', '每年至少两次，抽样10%/1%', 'twice a year, 10 % / 1 % sample'),
    requiredFields: ['name', phone],
  }),
  'dealer-visit-followup': defineRule('dealer-visit-followup', {
    label: ['拜访后回访', 'Visit follow-up'],
    trigger: 'sales-visit',
    deadline: { type: 'calendar-days', days: 1 },
    coverageTarget: null,
    summary: ['销售顾问拜访后的第二天回访', 'The day after the sales consultant’s visit'],
    clause: clause('篇十', '', '销售顾问昨天拜访', 'the consultant visited yesterday'),
    requiredFields: ['name', phone, 'company'],
  }),
  'software-checkin': defineRule('software-checkin', {
    label: ['服务中心回访', 'Service check-in'],
    trigger: 'none',
    deadline: { type: 'none' },
    coverageTarget: null,
    summary: [
      '定期回访软件使用情况（原文未定频率）',
      'Periodic check-in on the software (the source sets no interval)',
    ],
    clause: clause('篇一', '', '回访话术', 'the check-in script'),
    requiredFields: ['company', phone],
  }),
};

export function getKindRule(kind: CallbackKind): KindRule {
  return kindRules[kind];
}
