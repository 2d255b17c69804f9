import { standardFieldKeys, type StandardFieldKey } from '../fields';
import type { LocalizedText } from './localized';

/** Values the panel fills itself, not read from the CRM page. `today` is an ISO date in the customer's zone. */
export const builtinFieldKeys = ['agentName', 'companyName', 'servicePhone', 'today'] as const;
export type BuiltinFieldKey = (typeof builtinFieldKeys)[number];

export const fieldLabels: Record<StandardFieldKey | BuiltinFieldKey, LocalizedText> = {
  name: { 'zh-CN': '姓名', en: 'name' },
  gender: { 'zh-CN': '性别', en: 'gender' },
  birthDate: { 'zh-CN': '出生日期', en: 'birth date' },
  idNumber: { 'zh-CN': '身份证号', en: 'ID number' },
  phone: { 'zh-CN': '电话', en: 'phone' },
  mobile: { 'zh-CN': '手机', en: 'mobile' },
  email: { 'zh-CN': '邮箱', en: 'e-mail' },
  company: { 'zh-CN': '单位', en: 'company' },
  address: { 'zh-CN': '地址', en: 'address' },
  customerId: { 'zh-CN': '客户编号', en: 'customer id' },
  product: { 'zh-CN': '产品', en: 'product' },
  signDate: { 'zh-CN': '签约日期', en: 'signing date' },
  owner: { 'zh-CN': '客户经理', en: 'account owner' },
  agentName: { 'zh-CN': '回访专员姓名', en: 'agent name' },
  companyName: { 'zh-CN': '公司名称', en: 'company name' },
  servicePhone: { 'zh-CN': '服务电话', en: 'service phone' },
  today: { 'zh-CN': '今天日期', en: 'today' },
};

export const knownFieldKeys: readonly string[] = [...standardFieldKeys, ...builtinFieldKeys];

export function isKnownField(key: string): key is StandardFieldKey | BuiltinFieldKey {
  return knownFieldKeys.includes(key);
}
