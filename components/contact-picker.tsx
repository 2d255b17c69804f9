import type { PanelTranslate } from '@/utils/ui/i18n';
import type { CompanyView } from '@/utils/ui/identity-view';
import { SafeText } from './safe-text';

/** A company record: which of its contacts is on the line (click, or P for the next one). */
export function ContactPicker({
  t,
  view,
  onChoose,
}: {
  t: PanelTranslate;
  view: CompanyView;
  onChoose: (name: string | null) => void;
}) {
  if (view.contacts.length === 0)
    return (
      <p class="notice notice-info" data-testid="company-no-contacts">
        {t('companyNoContacts')}
      </p>
    );
  return (
    <section class="contacts" aria-label={t('companyTitle')} data-testid="contact-picker">
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
    </section>
  );
}
