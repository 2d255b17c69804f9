// Whom a call speaks to. A company record is not a person: its scripts address the contact on the line, never the
// company ("请问您是上海明德贸易有限公司本人吗" must not happen; issue #11, docs/adapters.md "Company or person").
import type { ContactPerson, CustomerContext, FieldValue } from '../schemas/customer-context';
import { normalizePhone } from '../normalize/phone';
import { normalizeSpace, stripControlChars } from '../normalize/text';

function typed(value: string, label: string): FieldValue {
  return { value, raw: value, source: { via: 'manual', label, confidence: 1 } };
}

/**
 * The context the script reads and the record keeps: for a company, its name moves to `company` and `name` is the
 * chosen contact's (with the contact's own numbers), or absent — a gap the panel shows — until one is chosen.
 * A person's context is returned as it is.
 */
export function addressContext(context: CustomerContext | null, contact: ContactPerson | null): CustomerContext | null {
  if (!context || context.entity !== 'company') return context;
  const fields = { ...context.fields };
  if (fields.name) fields.company ??= fields.name;
  delete fields.name;
  if (contact) {
    fields.name = typed(contact.name, 'contact');
    for (const key of ['mobile', 'phone'] as const) {
      const raw = contact[key];
      const phone = raw ? normalizePhone(raw) : null;
      if (raw && phone) fields[key] = { value: phone.value, raw, source: { via: 'manual', label: 'contact' } };
    }
  }
  return { ...context, fields };
}

/** The contacts a company record lists, by name (the agent picks one; the page may list none). */
export function contactsOf(context: CustomerContext | null): ContactPerson[] {
  return context?.entity === 'company' ? (context.contacts ?? []) : [];
}

/** The person on the line as the agent typed their name (the page lists no one, or not them); null for a blank. */
export function typedContact(name: string | null): ContactPerson | null {
  const clean = normalizeSpace(stripControlChars(name ?? '')).slice(0, 100);
  return clean ? { name: clean } : null;
}
