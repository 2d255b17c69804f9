import type { Script } from '../script/schema';
import { commonOutcomes } from './shared';
import { buildWealthClosing, buildWealthOpening, wealthBaseChecklist } from './wealth-opening';

/**
 * Termination callback (篇六 第七条, special callbacks): confirm the customer asked for it, learn why and what they
 * think, their investments and needs now, and whether we may invite them to client events later.
 */
export const wealthTermination: Script = {
  id: 'wealth-termination',
  format: 2,
  version: 1,
  title: { 'zh-CN': '解约客户回访', en: 'Termination callback' },
  description: {
    'zh-CN': '确认解约为本人意愿，了解解约原因、意见建议、投资状况与需求，适时邀请参加客户活动。',
    en: 'Confirm the customer wanted it; learn the reason, their views, current investments and needs; invite them to client events.',
  },
  kinds: ['termination'],
  start: 'identity',
  steps: [
    ...buildWealthOpening({
      purpose: { 'zh-CN': '您解除服务协议的事情', en: 'the end of your service agreement' },
      next: 'confirm-termination',
    }),
    {
      id: 'confirm-termination',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '我们收到了解除{{product}}服务协议的申请，想跟您确认一下，这是您本人的决定吗？',
        en: 'We have received a request to end your {{product}} agreement. May I confirm this was your own decision?',
      },
      note: {
        'zh-CN': '协议解除属于重要业务事宜，需客户本人确认（篇六 第七条）。',
        en: 'Ending an agreement is an important matter the customer must confirm personally (篇六 第七条).',
      },
      options: [
        { value: 'yes', goto: 'reason' },
        { value: 'no', flags: ['operated-on-behalf'], goto: 'not-requested' },
      ],
    },
    {
      id: 'not-requested',
      type: 'question',
      input: 'text',
      text: {
        'zh-CN': '这个情况很重要。请您说说具体经过，我们会马上核查，并尽快给您回复。',
        en: 'This matters a great deal. Please tell me what happened; we will look into it at once and get back to you soon.',
      },
      note: {
        'zh-CN': '客户未申请却被解约：疑似代客户操作，立即上报主管（篇六 第十条）。',
        en: 'Terminated without the customer asking: possible operation on their behalf; tell the supervisor now (篇六 第十条).',
      },
      next: 'suggestions',
    },
    {
      id: 'reason',
      type: 'question',
      input: 'multiple',
      text: {
        'zh-CN': '方便说说您解约的主要原因吗？',
        en: 'Would you mind telling me the main reasons for ending the agreement?',
      },
      options: [
        { value: 'returns', label: { 'zh-CN': '收益没达到预期', en: 'Returns below expectations' } },
        {
          value: 'service',
          label: { 'zh-CN': '对服务不满意', en: 'Unhappy with the service' },
          flags: ['dissatisfied'],
        },
        { value: 'fees', label: { 'zh-CN': '费用偏高', en: 'Fees too high' } },
        { value: 'own-funds', label: { 'zh-CN': '个人资金另有安排', en: 'Needs the money for other plans' } },
        { value: 'elsewhere', label: { 'zh-CN': '转到其他机构', en: 'Moving to another firm' } },
        { value: 'other', label: { 'zh-CN': '其他原因', en: 'Another reason' } },
      ],
      next: 'reason-detail',
    },
    {
      id: 'reason-detail',
      type: 'question',
      input: 'text',
      text: {
        'zh-CN': '能再具体讲讲吗？您的意见对我们改进服务很重要。',
        en: 'Could you say a little more? Your view helps us improve.',
      },
      next: 'investment-status',
    },
    {
      id: 'investment-status',
      type: 'question',
      input: 'text',
      text: {
        'zh-CN': '如果方便的话，能说说您现在的投资情况，以及以后在理财方面还有哪些需要吗？',
        en: 'If you do not mind, how are your investments arranged now, and what might you need in future?',
      },
      next: 'invite-events',
    },
    {
      id: 'invite-events',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '以后我们举办投资讲座、客户交流会这类活动时，可以邀请您来参加吗？',
        en: 'When we hold investment talks or client events in future, may we invite you?',
      },
      options: [
        { value: 'yes', goto: 'invite-channel' },
        { value: 'no', goto: 'suggestions' },
      ],
    },
    {
      id: 'invite-channel',
      type: 'question',
      input: 'single',
      text: { 'zh-CN': '您希望我们怎么通知您？', en: 'How would you like us to let you know?' },
      options: [
        { value: 'phone', label: { 'zh-CN': '电话', en: 'Phone' } },
        { value: 'sms', label: { 'zh-CN': '短信', en: 'SMS' }, flags: ['prefers-sms'] },
        { value: 'email', label: { 'zh-CN': '电子邮件', en: 'E-mail' }, flags: ['prefers-sms'] },
      ],
      next: 'suggestions',
    },
    ...buildWealthClosing(),
  ],
  checklist: [
    ...wealthBaseChecklist,
    {
      id: 'termination-confirmed',
      text: { 'zh-CN': '客户本人确认解除协议', en: 'The customer confirmed the termination personally' },
      required: true,
      rule: '篇六 第七条（专项回访·协议解除）',
      steps: ['confirm-termination'],
      satisfiedBy: [{ step: 'confirm-termination', answers: ['yes'] }],
    },
    {
      id: 'reason-asked',
      text: { 'zh-CN': '了解解约原因及意见建议', en: 'Reason and views asked' },
      required: true,
      rule: '篇六 第七条（专项回访·解约客户回访）',
      steps: ['reason', 'reason-detail'],
      satisfiedBy: [{ step: 'reason' }],
    },
    {
      id: 'needs-asked',
      text: { 'zh-CN': '了解客户投资状况和服务需求', en: 'Current investments and needs asked' },
      required: false,
      rule: '篇六 第七条（专项回访·解约客户回访）',
      steps: ['investment-status'],
      satisfiedBy: [{ step: 'investment-status' }],
    },
    {
      id: 'events-invitation',
      text: {
        'zh-CN': '邀请客户参加公司客户服务活动，尊重其联系方式选择',
        en: 'Invited to client events; the chosen channel respected',
      },
      required: false,
      rule: '篇六 第七条、第三条',
      steps: ['invite-events', 'invite-channel'],
      satisfiedBy: [{ step: 'invite-events' }],
    },
  ],
  outcomes: commonOutcomes,
};
