import type { Script, ScriptSource } from '../script/schema';
import { powerBranchSteps } from './power-branches';
import { powerChecklist } from './power-checklist';
import { buildPowerSurvey } from './power-survey';
import { commonOutcomes, expandBuiltin } from './shared';

/**
 * The power utility's callbacks (篇九): after a new connection or capacity increase is archived, after a fault
 * repair closes, or as a sampled satisfaction survey. Each checks procedure, promises kept and service quality
 * (第六条), may run the ten-question survey, and asks for new needs and suggestions.
 */
export const powerCallbackSource: ScriptSource = {
  id: 'power-callback',
  format: 2,
  version: 2,
  title: {
    'zh-CN': '供电业扩/抢修回访与满意度调查',
    en: 'Power utility: connection or repair callback and satisfaction survey',
  },
  description: {
    'zh-CN':
      '业扩报装归档后7个工作日内、故障抢修归档后24小时内回访；可做十项满意度问卷（满意/比较满意/基本满意/不满意）。',
    en: 'Within 7 working days of a new connection being archived, within 24 hours of a repair closing; optional ten-question survey on the 4-level scale.',
  },
  kinds: ['power-business', 'power-repair', 'satisfaction-sample'],
  appliesWhen: { op: 'kind', in: ['power-business', 'power-repair', 'satisfaction-sample'] },
  // Each kind starts on its own branch after the shared opening: no "what is this call about?" question for the agent.
  start: 'biz',
  startByKind: { 'power-business': 'biz', 'power-repair': 'repair', 'satisfaction-sample': 'survey' },
  blocks: [
    {
      id: 'opening',
      description: { 'zh-CN': '问候、确认用电客户、是否方便', en: 'Greeting, the account holder, a convenient moment' },
      steps: [
        {
          id: 'greet',
          type: 'question',
          input: 'yes-no',
          text: {
            'zh-CN': '您好，我是{{companyName}}客户服务中心的{{agentName}}。请问是{{address}}的用电客户{{name}}吗？',
            en: 'Hello, this is {{agentName}} from the {{companyName}} customer service centre. Am I speaking with {{name}}, the account holder at {{address}}?',
          },
          options: [{ value: 'no', goto: 'not-reached' }],
        },
        {
          id: 'convenient',
          type: 'question',
          input: 'yes-no',
          text: {
            'zh-CN': '想占用您几分钟，听听您对我们供电服务的意见，现在方便吗？',
            en: 'May I take a few minutes to hear what you think of our service? Is now a good time?',
          },
          // yes: on to the branch this use of the block leads to
          options: [{ value: 'no', goto: 'ask-time' }],
        },
      ],
    },
  ],
  steps: [
    { type: 'use', id: 'biz', block: 'opening', next: 'biz-power-on' },
    { type: 'use', id: 'repair', block: 'opening', next: 'repair-restored' },
    { type: 'use', id: 'survey', block: 'opening', next: 'survey-overall' },
    {
      id: 'not-reached',
      type: 'question',
      input: 'single',
      text: {
        'zh-CN': '不好意思打扰了。请问什么时候能联系到{{name}}？',
        en: 'Sorry to bother you. When could I reach {{name}}?',
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
    ...powerBranchSteps,
    {
      // A sampled survey's overall rating, asked before the ten questions (the branches above have their own).
      id: 'survey-overall',
      type: 'question',
      input: 'satisfaction-4',
      recordAs: 'satisfaction',
      text: {
        'zh-CN': '总的来说，您对我们的供电服务满意吗？满意、比较满意、基本满意，还是不满意？',
        en: 'Overall, how satisfied are you with our power supply service: satisfied, fairly satisfied, basically satisfied or not satisfied?',
      },
      options: [{ value: 'dissatisfied', flags: ['dissatisfied'], goto: 'survey-intro' }],
      next: 'survey-intro',
    },
    {
      id: 'survey-offer',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '您愿意再花两三分钟，回答十个简短的满意度问题吗？',
        en: 'Could you spare two or three more minutes for ten short questions about our service?',
      },
      options: [
        { value: 'yes', goto: 'survey-intro' },
        { value: 'no', goto: 'new-needs' },
      ],
    },
    ...buildPowerSurvey('new-needs'),
    {
      id: 'new-needs',
      type: 'question',
      input: 'yes-no',
      text: {
        'zh-CN': '今后您有新的用电需求（比如增容），或者对我们还有什么建议吗？',
        en: 'Do you expect any new electricity needs, such as more capacity, or have any other suggestions for us?',
      },
      options: [
        { value: 'yes', flags: ['suggestion'], goto: 'needs-detail' },
        { value: 'no', goto: 'close' },
      ],
    },
    {
      id: 'needs-detail',
      type: 'question',
      input: 'text',
      text: { 'zh-CN': '好的，您请讲，我记下来。', en: 'Please go ahead; I am taking notes.' },
      next: 'close',
    },
    {
      id: 'close',
      type: 'say',
      text: {
        'zh-CN': '感谢您对我们工作的支持！用电方面有任何问题，请拨打{{servicePhone}}。祝您生活愉快，再见！',
        en: 'Thank you for supporting our work! For anything to do with your supply, please call {{servicePhone}}. Have a good day, goodbye!',
      },
      end: 'completed',
    },
  ],
  checklist: powerChecklist,
  outcomes: commonOutcomes,
};

export const powerCallback: Script = expandBuiltin(powerCallbackSource);
