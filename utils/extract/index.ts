import type { CustomerContext, FieldValue } from '../core/schemas/customer-context';
import { standardFieldKeys, type StandardFieldKey } from '../core/fields';

// First cut: labelled name and phone only. Adapters and the generic extractor replace this.
const LABELS: Partial<Record<StandardFieldKey, RegExp>> = {
  name: /^(客户名称|客户姓名|姓名|name|full name)[:：]?$/i,
  phone: /^(电话|手机|phone|mobile)[:：]?$/i,
};

function readLabelled(root: Document, pattern: RegExp): string | undefined {
  for (const el of Array.from(root.querySelectorAll('th, td, dt, label, span, div'))) {
    const text = el.textContent?.trim() ?? '';
    if (text.length > 40 || !pattern.test(text)) continue;
    const value = el.nextElementSibling?.textContent?.trim();
    if (value) return value;
  }
  return undefined;
}

export function extractCustomer(root: Document, url: string, now: Date): CustomerContext {
  const fields: Partial<Record<StandardFieldKey, FieldValue>> = {};
  for (const [key, pattern] of Object.entries(LABELS) as [StandardFieldKey, RegExp][]) {
    const raw = readLabelled(root, pattern);
    if (raw) fields[key] = { value: raw, raw, source: { via: 'generic' } };
  }
  return {
    url,
    origin: new URL(url).origin,
    adapterId: null,
    fields,
    extra: {},
    missing: standardFieldKeys.filter((k) => !fields[k]),
    flags: [],
    extractedAt: now.toISOString(),
  };
}
