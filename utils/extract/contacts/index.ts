// A company record's contact people, to ask which of them is on the line (issue #11, item 7), and where the page
// keeps them when it does not show them (docs/adapters.md, "Company vs person").
import type { ContactPerson } from '../../core/schemas/customer-context';
import type { Scope } from '../composed';
import { isHidden, isNeverShown, type HiddenCache } from '../dom';
import { listOf } from '../list';
import type { ContactSink } from './people';
import { contactsOfSections } from './section';
import { contactsOfTables } from './table';
import { CONTACTS_TAB } from './words';

/**
 * The people a company record lists: in tables with a name column and a phone, e-mail or job column; as cards, list
 * items, a descriptions list or a header-less table under a contacts heading; on the contacts tab when it is open.
 * Never the record itself or its owner (`exclude`).
 */
export function findContacts(scopes: Scope[], cache: HiddenCache, exclude: string[] = []): ContactPerson[] {
  const lang = scopes[0]?.ownerDocument?.documentElement?.lang ?? '';
  const sink: ContactSink = { people: [], exclude, cache, lang };
  if (contactsOfTables(scopes, sink)) contactsOfSections(scopes, sink);
  return sink.people;
}

const ACTIVE = /(?:^|\s|-)(?:active|selected|current|tabactive|is-active|on)(?:\s|$)/i;

/**
 * The label of a visible tab or link that opens the record's contacts, when the page is not already that tab: a
 * company record that lists no contacts tells the agent where they are (docs/adapters.md, "Company vs person").
 */
export function findContactsTab(scopes: Scope[], cache: HiddenCache): string | null {
  for (const scope of scopes)
    for (const el of listOf(scope.querySelectorAll('a[href], [role="tab"], .tab, .tabs li, .nav-tabs li'))) {
      const label = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!label || label.length > 60 || !CONTACTS_TAB.test(label)) continue;
      if (isHidden(el, cache) || isNeverShown(el)) continue;
      // The tab already open: its contacts are what the page shows (none, here).
      const selected = el.getAttribute('aria-selected') === 'true' || el.getAttribute('aria-current') === 'page';
      if (selected || ACTIVE.test(el.getAttribute('class') ?? '') || ACTIVE.test(el.parentElement?.className ?? ''))
        continue;
      return label.replace(/\s*[(（[]?\s*\d{1,4}\s*[)）\]]?$/, '');
    }
  return null;
}
