// Pure: merges a field the agent picked into the site adapter of that origin (same format as built-ins).
import type { FieldRule, SiteAdapter } from '../core/schemas/site-adapter';

export interface PickedField {
  field: string;
  selector: string;
  label?: string;
}

const MAX_RULES = 10;

export function siteAdapterId(origin: string): string {
  return `site:${origin}`;
}

/** The new rule goes first (newest layout first); an identical older rule is dropped; at most 10 rules. */
export function mergePickedField(
  existing: SiteAdapter | null | undefined,
  origin: string,
  picked: PickedField,
  now: Date,
): SiteAdapter {
  const base: SiteAdapter = existing ?? {
    id: siteAdapterId(origin),
    name: origin,
    urlPatterns: [`${origin}/*`],
    fields: {},
  };
  const rule: FieldRule = picked.label ? { label: [picked.label] } : { selector: picked.selector };
  const selectorRule: FieldRule = { selector: picked.selector };
  // A path of nth-of-type steps breaks with the next layout change: then the label leads.
  const fragile = /:nth-of-type/.test(picked.selector);
  const fresh = picked.label ? (fragile ? [rule, selectorRule] : [selectorRule, rule]) : [rule];
  const same = (a: FieldRule, b: FieldRule) =>
    a.selector === b.selector && JSON.stringify(a.label) === JSON.stringify(b.label);
  const old = (base.fields[picked.field] ?? []).filter((r) => !fresh.some((f) => same(f, r)));
  return {
    ...base,
    fields: { ...base.fields, [picked.field]: [...fresh, ...old].slice(0, MAX_RULES) },
    updatedAt: now.toISOString(),
  };
}

/** Removes a taught field (the agent undoes a wrong pick). */
export function removeTaughtField(adapter: SiteAdapter, field: string, now: Date): SiteAdapter {
  const fields = { ...adapter.fields };
  delete fields[field];
  return { ...adapter, fields, updatedAt: now.toISOString() };
}
