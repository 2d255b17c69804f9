// Who is on the line, for the panel (issue #11): the page's unsure name or phone to confirm before a call binds,
// and a company record's contacts to choose from (utils/core/identity/addressee.ts).
import type { StandardFieldKey } from '@/utils/core/fields';
import type { ContactPerson, CustomerContext } from '@/utils/core/schemas/customer-context';
import { contactsOf } from '@/utils/core/identity/addressee';
import { describeSource, labelOf } from './card-view';
import type { Locale, PanelTranslate } from './i18n';
import { maskField } from './mask';

export type ConfirmView = { lines: string[] };

/** The unsure identity values, each with where it came from and how sure the reader was; null when none. */
export function buildConfirmView(
  context: CustomerContext | null,
  unconfirmed: readonly string[],
  o: { locale: Locale; t: PanelTranslate; revealed: boolean },
): ConfirmView | null {
  if (!context || unconfirmed.length === 0) return null;
  const lines = unconfirmed.flatMap((key) => {
    const field = context.fields[key as StandardFieldKey];
    if (!field) return [];
    const k = key as StandardFieldKey;
    const value = k === 'name' || o.revealed ? field.value : maskField(k, field.value);
    return [
      o.t('confirmField', {
        label: labelOf(k, o.locale),
        value,
        source: describeSource(field, o.t),
        pct: Math.round((field.source.confidence ?? 1) * 100),
      }),
    ];
  });
  return lines.length ? { lines } : null;
}

export type ContactChoice = { name: string; detail: string; chosen: boolean };
/** `contactsTab`: the page lists no contacts but has a tab that does (its label), for the panel to point to it. */
export type CompanyView = { contacts: ContactChoice[]; chosen: string | null; contactsTab?: string };

/** A company record's contacts to choose the one on the line from; null for a person. */
export function buildCompanyView(
  context: CustomerContext | null,
  contact: ContactPerson | null,
  revealed: boolean,
): CompanyView | null {
  if (context?.entity !== 'company') return null;
  const contacts = contactsOf(context).map((p) => {
    const phone = p.mobile ?? p.phone;
    const shown = phone ? (revealed ? phone : maskField('mobile', phone.replace(/[^\d+]/g, ''))) : null;
    return {
      name: p.name,
      detail: [p.title, shown].filter(Boolean).join(' · '),
      chosen: contact?.name === p.name,
    };
  });
  const view: CompanyView = { contacts, chosen: contact?.name ?? null };
  if (contacts.length === 0 && context.contactsTab) view.contactsTab = context.contactsTab;
  return view;
}

/** The contact after the chosen one (key P), wrapping; null when the page lists none. */
export function nextContact(view: CompanyView | null): string | null {
  if (!view || view.contacts.length === 0) return null;
  const at = view.contacts.findIndex((c) => c.chosen);
  return view.contacts[(at + 1) % view.contacts.length]?.name ?? null;
}

/** What the panel says about where the record was read and what could not be read (frames, closed shadow roots). */
export function buildFrameNotes(context: CustomerContext | null, t: PanelTranslate): { text: string; warn: boolean }[] {
  if (!context) return [];
  const notes: { text: string; warn: boolean }[] = [];
  if (context.frame) notes.push({ text: frameNote(context.frame, t), warn: false });
  const foreign = context.foreignFrames ?? [];
  if (foreign.length > 0)
    notes.push({ text: t('frameForeign', { n: foreign.length, origins: foreign.join(', ') }), warn: true });
  if (context.closedShadowRoots) notes.push({ text: t('closedShadow', { n: context.closedShadowRoots }), warn: true });
  return notes;
}

/**
 * A frame as the agent can recognise it: by what it is called (its title, the heading of its content), else by its
 * path (same site) or its address without query noise; "about:blank" and the like are never shown (they say nothing).
 */
function frameNote(frame: NonNullable<CustomerContext['frame']>, t: PanelTranslate): string {
  if (frame.title) return t('frameRead', { where: frame.title });
  if (frame.url.startsWith('about:') || frame.url.startsWith('data:') || frame.url === '')
    return t('frameReadUntitled');
  try {
    const u = new URL(frame.url);
    return t('frameRead', { where: `${u.host}${u.pathname}` });
  } catch {
    return t('frameRead', { where: frame.url.slice(0, 200) });
  }
}
