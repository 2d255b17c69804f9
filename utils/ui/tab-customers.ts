import { customerContextSchema, type CustomerContext } from '@/utils/core/schemas/customer-context';
import { toContextValues } from '@/utils/core/script/context-values';
import type { BuiltinFieldKey } from '@/utils/core/script/field-labels';

// The customers open in CRM tabs, for the options page's script preview (issue #15): the background keeps each tab's
// last context in storage.session under `context-<tabId>` (utils/messages.ts tabContextKey); the tab used last comes
// first, so "the current tab" is the CRM tab the team lead just left for the options page.

export type TabCustomer = {
  tabId: number;
  name: string;
  origin: string;
  /** The values a script reads, as in a call (page fields, extras, the agent's built-ins). */
  values: Record<string, string>;
};

/** Tabs that are still open and show a customer, most recently used first. */
export function listTabCustomers(
  session: Record<string, unknown>,
  tabs: readonly { id?: number; lastAccessed?: number }[],
  builtins: Partial<Record<BuiltinFieldKey, string>>,
): TabCustomer[] {
  const used = new Map(tabs.flatMap((tab) => (tab.id === undefined ? [] : [[tab.id, tab.lastAccessed ?? 0]])));
  const found: (TabCustomer & { at: number })[] = [];
  for (const [key, raw] of Object.entries(session)) {
    const match = /^context-(\d+)$/.exec(key);
    const tabId = match ? Number(match[1]) : NaN;
    if (!used.has(tabId)) continue;
    const parsed = customerContextSchema.safeParse(raw);
    const context: CustomerContext | undefined = parsed.data;
    if (!context || context.noCustomer || !context.fields.name) continue;
    found.push({
      tabId,
      name: context.fields.name.value,
      origin: context.origin,
      values: toContextValues(context, builtins),
      at: used.get(tabId) ?? 0,
    });
  }
  return found.sort((a, b) => b.at - a.at).map(({ at: _at, ...rest }) => rest);
}
