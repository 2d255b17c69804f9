import type { Channel, Outcome } from './schemas/callback-record';

/**
 * An outcome and a channel in an agent's words, [zh-CN, en] — for exports and reports, where the panel's catalogs
 * (utils/ui/i18n) are not at hand. 号码错误 (a real number, not the customer) and 空号 (no such number) differ.
 */
export const outcomeLabels: Record<Outcome, readonly [string, string]> = {
  reached: ['接通', 'Reached'],
  'no-answer': ['未接', 'No answer'],
  busy: ['占线', 'Busy'],
  refused: ['拒访', 'Refused'],
  'wrong-number': ['号码错误（非本人）', 'Wrong number'],
  'no-such-number': ['空号', 'Number does not exist'],
  'call-back-later': ['改约', 'Call back later'],
  'message-sent': ['已发消息', 'Message sent'],
};

export const channelLabels: Record<Channel, readonly [string, string]> = {
  phone: ['电话', 'Phone'],
  sms: ['短信', 'SMS'],
  email: ['邮件', 'E-mail'],
  visit: ['上门', 'Visit'],
  letter: ['信函', 'Letter'],
  wechat: ['微信', 'WeChat'],
};
