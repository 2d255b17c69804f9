// DOM in, CustomerContext out. Order: the site adapter the agent taught, then the built-in adapter
// the URL (or page signature) selects, else the generic extractor. Never throws.
import type { CustomerContext } from '../core/schemas/customer-context';
import type { SiteAdapter } from '../core/schemas/site-adapter';
import { dateOrderForLang, type DateOrder } from '../core/normalize/date';
import { builtInAdapters, selectAdapter } from './adapters/registry';
import { applyAdapter } from './apply-adapter';
import { buildContext } from './context';
import { extractGeneric } from './generic';
import type { Found, ReadEnv } from './types';
import { matchesUrlPattern } from './url-match';

export interface ExtractOptions {
  /** Built-in adapters to consider; [] switches them off (generic only). */
  adapters?: readonly SiteAdapter[];
  /** Overrides the day/month order the page's language implies. */
  dateOrder?: DateOrder;
}

function taughtApplies(adapter: SiteAdapter | undefined, url: string): adapter is SiteAdapter {
  return !!adapter && adapter.urlPatterns.some((p) => matchesUrlPattern(p, url));
}

export function extractCustomer(
  root: Document,
  url: string,
  now: Date,
  siteAdapter?: SiteAdapter,
  options: ExtractOptions = {},
): CustomerContext {
  const env: ReadEnv = {
    cache: new Map(),
    order: options.dateOrder ?? dateOrderForLang(root.documentElement?.getAttribute('lang')),
  };
  const found: Found[] = [];
  let adapterId: string | null = null;
  try {
    if (taughtApplies(siteAdapter, url)) {
      const taught = applyAdapter(root, siteAdapter, env, 'taught');
      if (taught && taught.length > 0) {
        found.push(...taught);
        adapterId = siteAdapter.id;
      }
    }
    const builtIn = selectAdapter(root, url, options.adapters ?? builtInAdapters);
    const fromAdapter = builtIn ? applyAdapter(root, builtIn, env, 'adapter') : null;
    if (builtIn && fromAdapter) {
      found.push(...fromAdapter);
      adapterId ??= builtIn.id;
    } else {
      found.push(...extractGeneric(root, env));
    }
  } catch {
    // Extraction degrades, never throws: whatever was found so far is returned.
  }
  return buildContext(url, adapterId, found, now);
}

export { builtInAdapters, selectAdapter } from './adapters/registry';
