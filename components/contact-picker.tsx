import type { PanelTranslate } from '@/utils/ui/i18n';
import type { CompanyView } from '@/utils/ui/identity-view';
import { SafeText } from './safe-text';

type Props = {
  t: PanelTranslate;
  view: CompanyView;
  /** What waits for the name of the person on the line (utils/core/identity/company-call.ts); null: nothing. */
  needed?: 'identity' | 'record' | null;
  onChoose: (name: string | null) => void;
};

/** Why the call cannot go on without a name: asked where the agent gives it (the list, or the name box). */
function ContactNeeded({ t, needed }: Pick<Props, 't' | 'needed'>) {
  if (!needed) return null;
  return (
    <p class="notice notice-warn" role="alert" data-testid="contact-needed">
      {t(needed === 'identity' ? 'contactNeededIdentity' : 'contactNeededRecord')}
    </p>
  );
}

/** A company record: which of its contacts is on the line (click, or P for the next one), or a name typed in. */
export function ContactPicker({ t, view, needed, onChoose }: Props) {
  if (view.contacts.length === 0)
    return (
      <section class="contacts" data-testid="company-no-contacts">
        <ContactNeeded t={t} needed={needed} />
        <p class="notice notice-info">
          {view.chosen ? (
            <SafeText value={t('contactOnLine', { name: view.chosen })} />
          ) : view.contactsTab ? (
            <SafeText value={t('companyContactsTab', { tab: view.contactsTab })} />
          ) : (
            t('companyNoContacts')
          )}
        </p>
        <TypedContact t={t} onChoose={onChoose} />
      </section>
    );
  return (
    <section class="contacts" aria-label={t('companyTitle')} data-testid="contact-picker">
      <ContactNeeded t={t} needed={needed} />
      <p>
        {view.chosen ? <SafeText value={t('contactOnLine', { name: view.chosen })} /> : t('companyTitle')} <kbd>P</kbd>
      </p>
      <div class="contact-choices" role="radiogroup">
        {view.contacts.map((c) => (
          <button
            type="button"
            role="radio"
            aria-checked={c.chosen}
            key={c.name}
            data-testid="contact-choice"
            onClick={() => onChoose(c.chosen ? null : c.name)}
          >
            <SafeText value={c.name} />
            {c.detail && (
              <span class="source">
                {' '}
                <SafeText value={c.detail} />
              </span>
            )}
          </button>
        ))}
      </div>
      <TypedContact t={t} onChoose={onChoose} />
    </section>
  );
}

/** The person on the line when the page lists no one, or someone it does not list: the script then addresses them. */
function TypedContact({ t, onChoose }: Pick<Props, 't' | 'onChoose'>) {
  return (
    <form
      class="contact-typed"
      onSubmit={(e) => {
        e.preventDefault();
        const input = e.currentTarget.elements.namedItem('contact') as HTMLInputElement | null;
        const name = input?.value.trim() ?? '';
        if (name && input) {
          onChoose(name);
          input.value = '';
        }
      }}
    >
      <input
        name="contact"
        maxLength={100}
        aria-label={t('contactTyped')}
        placeholder={t('contactTyped')}
        data-testid="contact-typed"
      />
      <button type="submit">{t('contactTypedUse')}</button>
    </form>
  );
}
