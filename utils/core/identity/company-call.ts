// One call on a company record is one call, whichever of the company's pages the agent opens, and it speaks to a
// named person (issue #11; docs/adapters.md, "A call on a company"). Pure: the call state and the session use it.
import type { EngineEvent } from '../script/engine-types';
import type { Outcome } from '../schemas/callback-record';
import type { Script } from '../script/schema';
import type { ContactPerson, CustomerContext } from '../schemas/customer-context';
import { identityOf, makeRecordKey, sameCustomer } from '../schemas/customer';
import { contactsOf } from './addressee';

/**
 * The call's company with the contacts a later page of the same company lists (its contacts tab opened after the
 * call began): the picker offers them. The call keeps its own fields, so its key and its record stay the same.
 */
export function withContactsOfPage(
  bound: CustomerContext | null,
  page: CustomerContext | null,
): CustomerContext | null {
  const listed = page?.entity === 'company' ? (page.contacts ?? []) : [];
  if (!bound || bound.entity !== 'company' || listed.length === 0 || !sameCustomer(page, bound)) return bound;
  if (JSON.stringify(bound.contacts ?? []) === JSON.stringify(listed)) return bound;
  const { contactsTab: _tab, ...rest } = bound;
  return { ...rest, contacts: listed };
}

const nameKey = (name: string) => name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
/** Dolibarr and others write a Chinese name given name first ("伟 李"): either order is the same person. */
const nameKeys = (name: string) => {
  const parts = name.normalize('NFKC').trim().split(/\s+/);
  return new Set([nameKey(name), nameKey(parts.slice().reverse().join(''))]);
};
const phoneKey = (phone: string) => {
  const digits = phone.replace(/[^\d+]/g, '');
  return digits.startsWith('+86') ? digits.slice(3) : digits;
};

/** Whether a person the company lists is the one the page shows: the same name and one number in common. */
function isListedPerson(person: ContactPerson, page: CustomerContext): boolean {
  const name = page.fields.name?.value;
  const listed = nameKeys(person.name);
  if (!name || ![...nameKeys(name)].some((key) => listed.has(key))) return false;
  const shown = [page.fields.mobile?.value, page.fields.phone?.value].filter((p): p is string => !!p).map(phoneKey);
  return [person.mobile, person.phone].some((p) => !!p && phoneKey(p) !== '' && shown.includes(phoneKey(p)));
}

/**
 * A person's page that belongs to the company the call is on: the page links to the company's record (a Dolibarr
 * contact card's link to its third party), or it is one of the company's listed contacts by name and phone. Opening
 * it is no change of customer. A company name alone is not enough: two records may share one.
 */
export function isContactOfCompany(page: CustomerContext | null, company: CustomerContext | null): boolean {
  if (!page || !company || company.entity !== 'company' || page.entity === 'company') return false;
  if (page.origin !== company.origin) return false;
  const companyRecord = identityOf(company)?.rec;
  if (page.companyRecord && companyRecord && makeRecordKey(page.origin, page.companyRecord) === companyRecord)
    return true;
  return contactsOf(company).some((person) => isListedPerson(person, page));
}

const namePlaceholder = /\{\{\s*name\s*(?:\|[^}]*)?\}\}/;

/**
 * A "yes" to a yes/no question that asks for the person by name ("请问您是{{name}}本人吗") while no name is known:
 * it would confirm "【缺：姓名】" — nobody. The agent names the person on the line first (domain: identity is
 * confirmed before anything is disclosed, and a record says whom the agent spoke to).
 */
export function confirmsUnnamedPerson(
  script: Script | null,
  stepId: string | null,
  event: EngineEvent,
  values: Readonly<Record<string, string | undefined>>,
): boolean {
  if (event.type !== 'answer' || event.value !== 'yes' || (values.name ?? '').trim() !== '') return false;
  const step = script?.steps.find((s) => s.id === stepId);
  if (step?.type !== 'question' || step.input !== 'yes-no') return false;
  return Object.values(step.text).some((text) => typeof text === 'string' && namePlaceholder.test(text));
}

/** A company call that reached someone is recorded only with the name of the person spoken to. */
export function needsContactToRecord(outcome: Outcome, addressed: CustomerContext | null): boolean {
  return outcome === 'reached' && addressed?.entity === 'company' && !addressed.fields.name?.value.trim();
}
