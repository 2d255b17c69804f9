// Zod-free structural check of a site adapter arriving in the content script (zod stays out of the
// page bundle). The background already validated it with siteAdapterSchema; this keeps the content
// script safe even if it did not.
import type { FieldRule, SiteAdapter } from '../core/schemas/site-adapter';

const isStr = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const isStrList = (v: unknown, max: number, n: number): v is string[] =>
  Array.isArray(v) && v.length <= n && v.every((s) => isStr(s, max));
const READS = new Set(['text', 'own', 'after', 'attr']);

function toRule(raw: unknown): FieldRule | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const rule: FieldRule = {};
  if (r.selector !== undefined) {
    if (!isStr(r.selector, 1000)) return null;
    rule.selector = r.selector;
  }
  if (r.label !== undefined) {
    if (!isStrList(r.label, 200, 30)) return null;
    rule.label = r.label;
  }
  if (r.column !== undefined) {
    if (!isStrList(r.column, 200, 30)) return null;
    rule.column = r.column;
  }
  if (r.up !== undefined) {
    if (typeof r.up !== 'number' || !Number.isInteger(r.up) || r.up < 0 || r.up > 6) return null;
    rule.up = r.up;
  }
  if (r.read !== undefined) {
    if (typeof r.read !== 'string' || !READS.has(r.read)) return null;
    rule.read = r.read as FieldRule['read'];
  }
  if (r.attr !== undefined) {
    if (!isStr(r.attr, 100)) return null;
    rule.attr = r.attr;
  }
  if (r.pattern !== undefined) {
    if (!isStr(r.pattern, 500)) return null;
    rule.pattern = r.pattern;
  }
  if (r.join !== undefined) {
    if (typeof r.join !== 'string' || r.join.length > 10) return null;
    rule.join = r.join;
  }
  if (r.all !== undefined) rule.all = r.all === true;
  if (r.hidden !== undefined) rule.hidden = r.hidden === true;
  return rule.selector || rule.label || rule.column ? rule : null;
}

export function toSiteAdapter(raw: unknown): SiteAdapter | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const a = raw as Record<string, unknown>;
  if (!isStr(a.id, 200) || !isStrList(a.urlPatterns, 500, 50) || a.urlPatterns.length === 0) return null;
  if (typeof a.fields !== 'object' || a.fields === null) return null;
  const fields: Record<string, FieldRule[]> = {};
  for (const [key, rules] of Object.entries(a.fields as Record<string, unknown>).slice(0, 100)) {
    if (!isStr(key, 200) || !Array.isArray(rules) || rules.length === 0 || rules.length > 10) return null;
    const parsed = rules.map(toRule);
    if (parsed.some((r) => r === null)) return null;
    fields[key] = parsed as FieldRule[];
  }
  const adapter: SiteAdapter = { id: a.id, urlPatterns: a.urlPatterns, fields };
  if (isStrList(a.root, 1000, 10)) adapter.root = a.root;
  if (isStrList(a.exclude, 1000, 30)) adapter.exclude = a.exclude;
  const person = a.person as Record<string, unknown> | undefined;
  if (person && typeof person === 'object' && isStr(person.selector, 1000) && isStr(person.pattern, 2000))
    adapter.person = { selector: person.selector, pattern: person.pattern };
  if (a.dateOrder === 'ymd' || a.dateOrder === 'dmy' || a.dateOrder === 'mdy') adapter.dateOrder = a.dateOrder;
  return adapter;
}
