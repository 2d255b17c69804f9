import type { LocalizedText } from '../script/localized';
import type { Trigger } from './rule-schema';

export const triggerLabels: Record<Trigger, LocalizedText> = {
  'contract-signed': { 'zh-CN': '签约日', en: 'signing date' },
  'last-callback': { 'zh-CN': '上次回访（或签约）日', en: 'last callback (or signing) date' },
  'complaint-closed': { 'zh-CN': '投诉处理完毕', en: 'complaint closed' },
  'agreement-changed': { 'zh-CN': '协议变更', en: 'agreement changed' },
  'contract-terminated': { 'zh-CN': '解约', en: 'contract terminated' },
  'policy-delivered': { 'zh-CN': '保单送达（犹豫期起算）', en: 'policy delivered (cooling-off starts)' },
  'product-use': { 'zh-CN': '产品使用日', en: 'date of use' },
  'installation-archived': { 'zh-CN': '装表接电完成归档', en: 'installation archived' },
  'repair-archived': { 'zh-CN': '抢修结束归档', en: 'repair closed and archived' },
  'letter-received': { 'zh-CN': '收到函件', en: 'letter received' },
  'period-start': { 'zh-CN': '所在周期（月/半年/年）', en: 'the period (month / half-year / year)' },
  'sales-visit': { 'zh-CN': '销售顾问拜访', en: 'sales consultant’s visit' },
  none: { 'zh-CN': '无（定期）', en: 'none (periodic)' },
};
