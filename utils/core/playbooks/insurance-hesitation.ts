import type { Script } from '../script/schema';
import { commonOutcomes } from './shared';
import { hesitationChecklist } from './insurance-hesitation-checklist';
import { hesitationOpeningSteps } from './insurance-hesitation-opening';

/**
 * Insurance hesitation-period callback (篇五): nothing about the policy is said until the caller is verified as the
 * policy holder (第十七、二十一条); then the policy, who signed and who pays (第十一条), contact data (第十二条),
 * the cooling-off right and where to check the policy (第十五、十六条).
 */
export const insuranceHesitation: Script = {
  id: 'insurance-hesitation',
  format: 2,
  version: 1,
  title: { 'zh-CN': '保险犹豫期回访', en: 'Insurance hesitation-period callback' },
  description: {
    'zh-CN': '先核实投保人身份，再确认保单送达、亲笔签名、缴费账户、条款说明、联系信息，并告知犹豫期权利。',
    en: 'Verify the policy holder first; then delivery, own signature, paying account, terms explained, contact data, and the cooling-off right.',
  },
  kinds: ['hesitation-period'],
  appliesWhen: { op: 'kind', in: ['hesitation-period'] },
  start: 'identity',
  steps: [
    ...hesitationOpeningSteps,
    {
      id: 'policy-received',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '您在{{signDate|date}}投保的{{product}}，保险合同和送达回执您已经收到了吗？',
        en: 'Have you received the contract and the delivery receipt for the {{product}} policy you took out on {{signDate|date}}?',
      },
      options: [
        { value: 'yes', goto: 'own-signature' },
        { value: 'no', flags: ['wants-follow-up'], goto: 'own-signature' },
      ],
    },
    {
      id: 'own-signature',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '投保单和相关文件上的签名，都是您本人亲笔签的吗？',
        en: 'Are all the signatures on the application and the other papers in your own hand?',
      },
      options: [
        { value: 'yes', goto: 'premium-account' },
        { value: 'no', flags: ['signed-on-behalf'], goto: 'premium-account' },
      ],
    },
    {
      id: 'premium-account',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '保费是从您本人名下的银行账户扣缴的吗？这个账户一直由您自己管理吗？',
        en: 'Is the premium paid from a bank account in your own name, one that you manage yourself?',
      },
      note: {
        'zh-CN': '非投保人账户扣费、业务员代开或控制账户都属违规（篇五 第十一条）。',
        en: 'Premiums from someone else’s account, or an account opened or run by the salesperson, are forbidden (篇五 第十一条).',
      },
      options: [
        { value: 'yes', goto: 'terms-explained' },
        { value: 'no', flags: ['false-data', 'operated-on-behalf'], goto: 'terms-explained' },
      ],
    },
    {
      id: 'terms-explained',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '业务员有没有给您讲清楚保障内容、不赔的情形、缴费年期，以及提前退保可能的损失？',
        en: 'Did the salesperson explain what is covered, what is not, how long you pay, and what you could lose by surrendering early?',
      },
      options: [
        { value: 'yes', goto: 'promised-return' },
        { value: 'no', flags: ['risk-not-disclosed'], goto: 'promised-return' },
      ],
    },
    {
      id: 'promised-return',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '业务员有没有说过这份保单的分红或收益是保证的，一定能拿到多少？',
        en: 'Did the salesperson tell you that dividends or returns on this policy are guaranteed, or that you will surely get a set amount?',
      },
      options: [
        { value: 'yes', flags: ['promised-return'], goto: 'contact-data' },
        { value: 'no', goto: 'contact-data' },
      ],
    },
    {
      id: 'contact-data',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '我们登记的手机号{{mobile|tail}}，地址是{{address}}，都对吗？',
        en: 'We have your mobile {{mobile|tail}} and your address as {{address}}. Are both correct?',
      },
      note: {
        'zh-CN': '用业务员或其亲属的电话、地址代替客户资料是严禁的（篇五 第十一条）。',
        en: 'A salesperson’s own or a relative’s phone or address in place of the customer’s is forbidden (篇五 第十一条).',
      },
      options: [
        { value: 'yes', goto: 'cooling-off' },
        { value: 'no', flags: ['false-data'], goto: 'contact-correction' },
      ],
    },
    {
      id: 'contact-correction',
      type: 'question',
      input: 'text',
      text: {
        'zh-CN': '请告诉我正确的电话和地址，我帮您更正；最好也留一个固定电话或邮箱。',
        en: 'Please give me the correct phone and address and I will fix them; a landline or e-mail as well would help.',
      },
      next: 'cooling-off',
    },
    {
      id: 'cooling-off',
      type: 'say',
      text: {
        'zh-CN':
          '再提醒您一下：这份合同有犹豫期，从您签收合同后开始计算，天数以合同条款为准。犹豫期内如果您改变主意，可以申请解除合同，已交保费会按合同约定退还。',
        en: 'One more thing: this contract has a cooling-off period, counted from when you signed for it; the contract states how many days. If you change your mind within it, you may cancel and the premium is refunded as the contract provides.',
      },
      next: 'keep-policy',
    },
    {
      id: 'keep-policy',
      type: 'question',
      input: 'single',
      text: {
        'zh-CN': '关于这份保单，您还有什么疑问吗？您打算继续保留吗？',
        en: 'Do you have any questions about the policy? Do you intend to keep it?',
      },
      options: [
        { value: 'keep', label: { 'zh-CN': '继续保留', en: 'Keeps it' }, goto: 'how-to-check' },
        {
          value: 'undecided',
          label: { 'zh-CN': '还在考虑', en: 'Still thinking' },
          flags: ['wants-follow-up'],
          goto: 'how-to-check',
        },
        {
          value: 'cancel',
          label: { 'zh-CN': '想要解除', en: 'Wants to cancel' },
          flags: ['wants-follow-up'],
          goto: 'how-to-cancel',
        },
      ],
    },
    {
      id: 'how-to-cancel',
      type: 'say',
      text: {
        'zh-CN': '好的。请在犹豫期内带上身份证和保险合同到我们的柜台办理，或者先拨打{{servicePhone}}咨询手续。',
        en: 'Understood. Within the cooling-off period, bring your ID card and the contract to one of our counters, or call {{servicePhone}} first to ask about the steps.',
      },
      next: 'how-to-check',
    },
    {
      id: 'how-to-check',
      type: 'say',
      text: {
        'zh-CN':
          '您随时可以打我们的服务电话、登录我们的网站或到柜台查询保单，核对保单信息是否真实。以后电话、地址有变化，也请及时告诉我们。',
        en: 'You can always check your policy through our service line, on our website or at a counter, to make sure its details are genuine. Please tell us whenever your phone or address changes.',
      },
      next: 'close',
    },
    {
      id: 'close',
      type: 'say',
      text: {
        'zh-CN': '感谢您的配合！我们的服务电话是{{servicePhone}}，有任何问题欢迎来电。祝您和家人平安健康，再见！',
        en: 'Thank you for your time! Our service line is {{servicePhone}}; call us with any question. We wish you and your family good health. Goodbye!',
      },
      end: 'completed',
    },
  ],
  checklist: hesitationChecklist,
  outcomes: [
    ...commonOutcomes,
    {
      id: 'identity-failed',
      label: { 'zh-CN': '身份未能核实，未透露保单信息', en: 'Identity not verified; nothing disclosed' },
      record: 'refused',
    },
  ],
};
