import type { Step } from '../script/schema';

/**
 * The opening of the hesitation-period callback: who is on the line, the last four ID digits, a convenient moment.
 * Nothing about the policy is said before the holder is verified (篇五 第十七条、第二十一条).
 */
export const hesitationOpeningSteps: Step[] = [
  {
    id: 'identity',
    type: 'question',
    input: 'yes-no',
    text: {
      'zh-CN': '您好，这里是{{companyName}}客户服务中心，我是{{agentName}}。请问您是{{name}}本人吗？',
      en: 'Hello, this is {{agentName}} from {{companyName}} customer service. Am I speaking with {{name}}?',
    },
    note: {
      'zh-CN': '身份核实之前，不提保单、产品、金额等任何信息（篇五 第十七条、第二十一条）。',
      en: 'Until identity is verified, say nothing about the policy, the product or amounts (篇五 第十七条, 第二十一条).',
    },
    options: [
      { value: 'yes', goto: 'verify-id' },
      { value: 'no', goto: 'not-holder' },
    ],
  },
  {
    id: 'not-holder',
    type: 'question',
    input: 'single',
    text: {
      'zh-CN': '不好意思打扰了。请问{{name}}什么时候方便接电话？',
      en: 'Sorry to bother you. When would be a good time to reach {{name}}?',
    },
    note: {
      'zh-CN': '对方不是投保人：即使是家属，也不说明来电事由。',
      en: 'Not the policy holder: even to family, do not say why you are calling.',
    },
    options: [
      {
        value: 'later',
        label: { 'zh-CN': '约好了再联系的时间', en: 'A time to call again was agreed' },
        flags: ['call-back-requested'],
        end: 'call-back-later',
      },
      {
        value: 'wrong-number',
        label: { 'zh-CN': '号码不对，对方不认识投保人', en: 'Wrong number: they do not know the policy holder' },
        flags: ['false-data'],
        end: 'wrong-number',
      },
    ],
  },
  {
    id: 'verify-id',
    type: 'question',
    input: 'yes-no',
    text: {
      'zh-CN': '为了保护您的信息安全，麻烦您报一下身份证号码的最后四位。',
      en: 'To keep your information safe, could you tell me the last four digits of your ID number?',
    },
    note: {
      'zh-CN': '与记录中的 {{idNumber|last4}} 对照：一致选“是”；不一致选“否”，不要提示正确号码。',
      en: 'Compare with {{idNumber|last4}} on file: the same → yes; different → no, and do not hint at the right digits.',
    },
    options: [
      { value: 'yes', goto: 'convenient' },
      { value: 'no', flags: ['identity-not-confirmed'], goto: 'identity-failed' },
    ],
  },
  {
    id: 'identity-failed',
    type: 'say',
    text: {
      'zh-CN':
        '抱歉，信息没能核对上。为了保护您的隐私，今天先不继续了，您也可以拨打{{servicePhone}}，由我们核实身份后为您服务。',
      en: 'I am sorry, the details do not match. To protect your privacy we will stop here; you can also call {{servicePhone}} and we will help you once your identity is checked.',
    },
    end: 'identity-failed',
  },
  {
    id: 'convenient',
    type: 'question',
    input: 'yes-no',
    text: {
      'zh-CN': '谢谢您。今天是就您新投保的保单做一个回访，大约五分钟，通话会录音，现在方便吗？',
      en: 'Thank you. This is a callback about the policy you have just taken out; it takes about five minutes and is recorded. Is now a good time?',
    },
    options: [
      { value: 'yes', goto: 'policy-received' },
      { value: 'no', goto: 'ask-time' },
    ],
  },
  {
    id: 'ask-time',
    type: 'question',
    input: 'text',
    text: {
      'zh-CN': '好的。回访需要在犹豫期内完成，您看什么时间再联系您合适？',
      en: 'All right. The callback has to happen within the cooling-off period; when should we call you again?',
    },
    flags: ['call-back-requested'],
    end: 'call-back-later',
  },
];
