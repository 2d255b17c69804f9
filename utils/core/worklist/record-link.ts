// Wired by #12 (the agent's day: onboarding, work list, next customer); until then reached only by its tests.
import type { LocalizedText } from '../script/localized';

// "Next customer" opens the record in the CRM: the list's own link column when it has one, else a template per site
// such as https://crm.example.com/customer/{id}. Only http(s) links are ever opened.

export type RecordLinkValues = { customerId: string | null; name: string };

const placeholder = /\{(id|name)\}/g;

/** Why a template cannot be used, or null when it is good. */
export function checkRecordLinkTemplate(template: string): LocalizedText | null {
  const text = template.trim();
  if (!/\{(id|name)\}/.test(text))
    return { 'zh-CN': '链接模板需要包含 {id} 或 {name}。', en: 'The link template needs {id} or {name}.' };
  const sample = safeUrl(text.replace(placeholder, '1'));
  if (!sample)
    return {
      'zh-CN': '链接模板不是 http:// 或 https:// 开头的网址。',
      en: 'The link template is not an http:// or https:// address.',
    };
  return null;
}

/** The record's address from a template, or null when a value the template needs is missing. */
export function fillRecordLink(template: string, values: RecordLinkValues): string | null {
  let missing = false;
  const filled = template.trim().replace(placeholder, (_, key: string) => {
    const value = key === 'id' ? values.customerId : values.name;
    if (!value) missing = true;
    return encodeURIComponent(value ?? '');
  });
  return missing ? null : safeUrl(filled);
}

/** The text as an http(s) URL, else null (javascript:, data:, relative paths are never opened). */
export function safeUrl(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
