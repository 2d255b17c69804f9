// A person's page that names its company as a link to the company's record (a Dolibarr contact card links its third
// party, societe/card.php?socid=N): that record, so a call on the company stays one call on this page
// (utils/core/identity/company-call.ts). The link's text must be the company name the page gives.
import type { RecordRef } from '../core/schemas/customer-context';
import { recordFromUrl } from '../core/url-record';
import type { Scope } from './composed';
import { listOf } from './list';

/** The record the first same-origin link named exactly `company` points to, unless it is the page's own record. */
export function findCompanyRecord(scopes: readonly Scope[], url: string, company: string): RecordRef | null {
  const name = company.replace(/\s+/g, ' ').trim();
  if (!name) return null;
  const page = new URL(url);
  const own = recordFromUrl(url);
  for (const scope of scopes) {
    for (const a of listOf(scope.querySelectorAll('a[href]'))) {
      if ((a.textContent ?? '').replace(/\s+/g, ' ').trim() !== name) continue;
      let target: URL;
      try {
        target = new URL(a.getAttribute('href') ?? '', page);
      } catch {
        continue;
      }
      const r = target.origin === page.origin ? recordFromUrl(target.href) : null;
      if (!r || (own && own.entity === r.entity && own.id === r.id)) continue;
      return { id: r.id, entity: r.entity, from: 'link' };
    }
  }
  return null;
}
