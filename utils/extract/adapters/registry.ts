// Every built-in adapter. Adding a CRM = one file in this folder, one line here, one fixture, one test.
import type { SiteAdapter } from '../../core/schemas/site-adapter';
import { matchesUrlPattern } from '../url-match';
import { dolibarrContactAdapter, dolibarrThirdpartyAdapter } from './dolibarr';
import { espocrmAdapter } from './espocrm';
import { hxtdAdapter } from './hxtd';
import { jeecgbootAdapter } from './jeecgboot';
import { odoo17Adapter } from './odoo17';
import { salesforceAdapter } from './salesforce';
import { suitecrm7Adapter } from './suitecrm7';
import { twentyAdapter } from './twenty';
import { wukongcrmAdapter } from './wukongcrm';

export const builtInAdapters: readonly SiteAdapter[] = [
  suitecrm7Adapter,
  espocrmAdapter,
  odoo17Adapter,
  dolibarrContactAdapter,
  dolibarrThirdpartyAdapter,
  twentyAdapter,
  salesforceAdapter,
  wukongcrmAdapter,
  hxtdAdapter,
  jeecgbootAdapter,
];

/** The adapter whose URL patterns match; else one whose `detect` selector is on the page; else null. */
export function selectAdapter(
  doc: Document,
  url: string,
  adapters: readonly SiteAdapter[] = builtInAdapters,
): SiteAdapter | null {
  const byUrl = adapters.find((a) => a.urlPatterns.some((p) => matchesUrlPattern(p, url)));
  if (byUrl) return byUrl;
  for (const adapter of adapters) {
    for (const sel of adapter.detect ?? []) {
      try {
        if (doc.querySelector(sel)) return adapter;
      } catch {
        // ignore a selector this browser does not know
      }
    }
  }
  return null;
}
