// Wired by #12 (the agent's day: onboarding, work list, next customer); until then reached only by its tests.
import { sha256Hex } from '../export/sha256';
import type { LocalizedText } from '../script/localized';
import { worklistFields, type WorklistField, type ColumnMapping } from './column-mapping';
export { worklistFields, worklistFieldSchema, columnMappingSchema } from './column-mapping';
export type { WorklistField, ColumnMapping } from './column-mapping';

export const worklistFieldLabels: Record<WorklistField, LocalizedText> = {
  customerId: { 'zh-CN': '客户编号', en: 'Customer id' },
  name: { 'zh-CN': '姓名', en: 'Name' },
  mobile: { 'zh-CN': '手机', en: 'Mobile' },
  phone: { 'zh-CN': '固定电话', en: 'Landline' },
  product: { 'zh-CN': '产品', en: 'Product' },
  kind: { 'zh-CN': '回访类型', en: 'Callback kind' },
  eventDate: { 'zh-CN': '起算日期（签约、投保、报修办结…）', en: 'Event date (signing, policy, repair closed…)' },
  dueDate: { 'zh-CN': '截止日期', en: 'Due date' },
  owner: { 'zh-CN': '负责人', en: 'Owner' },
  recordUrl: { 'zh-CN': '客户页面链接', en: 'Record link' },
};

export function emptyMapping(): ColumnMapping {
  return {
    customerId: null,
    name: null,
    mobile: null,
    phone: null,
    product: null,
    kind: null,
    eventDate: null,
    dueDate: null,
    owner: null,
    recordUrl: null,
  };
}

// Header words CRMs and hand-made sheets use, most specific first within each field. A header is matched to the
// first field whose words it equals, then to the first whose words it contains.
const headerWords: Record<WorklistField, readonly string[]> = {
  customerId: ['客户编号', '客户id', '客户代码', '客户号', '编号', 'id', 'customerid', 'customerno', 'clientid'],
  name: ['客户姓名', '客户名称', '姓名', '名称', '投保人', '客户', 'name', 'customername', 'customer', 'fullname'],
  mobile: ['手机号码', '手机号', '手机', '移动电话', 'mobile', 'mobilephone', 'cell', 'cellphone'],
  phone: ['固定电话', '座机', '联系电话', '办公电话', '电话', 'phone', 'telephone', 'tel', 'landline'],
  product: ['产品名称', '购买产品', '险种', '产品', 'product', 'productname', 'plan'],
  kind: ['回访类型', '回访类别', '任务类型', '类型', 'callbacktype', 'kind', 'type'],
  eventDate: [
    '签约日期',
    '投保日期',
    '承保日期',
    '起算日期',
    '事件日期',
    '归档日期',
    '办结日期',
    '受理日期',
    '使用日期',
    '拜访日期',
    '日期',
    'eventdate',
    'signdate',
    'signed',
    'date',
  ],
  dueDate: ['截止日期', '回访截止', '应回访日期', '到期日', '截止', 'duedate', 'deadline', 'due'],
  owner: ['负责人', '客户经理', '理财经理', '业务员', '销售', 'owner', 'salesrep', 'accountmanager'],
  recordUrl: ['客户链接', '页面链接', '链接', '网址', 'url', 'link', 'recordurl'],
};

// "回访截止日期" holds both 截止 and 日期: the more specific fields try first when only part of a header matches.
const containsOrder: readonly WorklistField[] = [
  'customerId',
  'dueDate',
  'recordUrl',
  'mobile',
  'phone',
  'kind',
  'eventDate',
  'product',
  'owner',
  'name',
];

/** Short Latin words ("id", "tel") would match inside unrelated headers ("idnumber", "hotel"). */
function containable(word: string): boolean {
  return /[\u0080-\uffff]/.test(word) ? word.length >= 2 : word.length >= 4;
}

function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.:：（）()*#]/g, '');
}

/** A proposal the agent confirms in the preview: each field to the column whose header names it, each column once. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const norm = headers.map(normaliseHeader);
  const taken = new Set<number>();
  const mapping = emptyMapping();
  for (const pass of ['equals', 'contains'] as const) {
    for (const field of pass === 'equals' ? worklistFields : containsOrder) {
      if (mapping[field] !== null) continue;
      for (const word of headerWords[field]) {
        const at = norm.findIndex(
          (h, i) =>
            !taken.has(i) && h !== '' && (pass === 'equals' ? h === word : containable(word) && h.includes(word)),
        );
        if (at >= 0) {
          mapping[field] = at;
          taken.add(at);
          break;
        }
      }
    }
  }
  return mapping;
}

/**
 * The identity of a column layout, so a mapping the agent confirmed is offered again for the next file of the same
 * export. Built from the header texts only (they hold no personal data), order included.
 */
export function layoutKey(headers: readonly string[]): string {
  return `layout:${sha256Hex(headers.map(normaliseHeader).join('\u001f')).slice(0, 24)}`;
}
