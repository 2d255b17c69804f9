// When no labelled name exists, the record's title heading usually is the customer's name.
import { normalizeLabel } from '../../core/normalize/text';
import { isHidden, readValueLines } from '../dom';
import { normalizeField } from '../fields';
import type { Found, ReadEnv } from '../types';
import { keyForLabel } from './dictionary';
import { isExcludedRegion, type RegionCache } from './regions';

const NOT_A_NAME = /详情|信息|资料|管理|列表|首页|概览|客户|联系人|档案|公司|商机|合同|记录|动态|成员|家庭|附件|跟进|detail|information|overview|record|profile|contacts?$|customers?$|accounts?$|leads?$|home|dashboard|summary|edit|new |compan|deal|note|task|file|e-?mail|activit|opportunit|point of|about|related|timeline/i;
// h3 comes after h1/h2 in this list on purpose: a record's title is rarely an h3, section titles often are.
const HEADINGS = [
  'h1, h2, [class*="record-name"], [class*="recordName"], [class*="title-name"], [class*="customer-name"], [class*="cust-name"], [class*="person-name"]',
  'h3',
];

export function findNameHeading(root: Element, regions: RegionCache, env: ReadEnv): Found | null {
  // Look in the record and a little around it: the title often sits just above the fields.
  let scope: Element = root;
  for (let i = 0; i < 4 && scope.parentElement && scope.tagName !== 'BODY'; i++) scope = scope.parentElement;
  for (const el of HEADINGS.flatMap((h) => Array.from(scope.querySelectorAll(h)))) {
    if (isHidden(el, env.cache) || isExcludedRegion(el, regions)) continue;
    const lines = readValueLines(el, false, env.cache);
    const text = lines[0] ?? '';
    if (lines.length !== 1 || text.length > 40 || /\d{3,}|[:：@]/.test(text) || NOT_A_NAME.test(text)) continue;
    if (keyForLabel(normalizeLabel(text)) !== undefined) continue;
    const norm = normalizeField('name', [text], env.order);
    if (norm) return { key: 'name', ...norm, source: { via: 'generic', label: el.tagName.toLowerCase() } };
  }
  return null;
}
