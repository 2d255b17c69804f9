import { useEffect, useState } from 'preact/hooks';
import { settingsStore } from '../services';
import { LanguageSwitch } from '@/components/language-switch';
import type { Locale, Translate } from '@/utils/ui/i18n';

export function AgentSection({ t, locale, onLocale }: { t: Translate; locale: Locale; onLocale: (l: Locale) => void }) {
  const [name, setName] = useState('');
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => void settingsStore.read().then((s) => setName(s.agent)), []);
  return (
    <section aria-labelledby="sec-agent">
      <h2 id="sec-agent">{t('secAgent')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          settingsStore.update({ agent: name.trim() }).then(
            () => setNote(t('saved')),
            (err: unknown) => setNote(String(err)),
          );
        }}
      >
        <label>
          {t('agentName')}
          <input
            data-testid="agent-name"
            value={name}
            maxLength={200}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <button type="submit">{t('save')}</button>
        {note && <span role="status">{note}</span>}
      </form>
      <p>
        <LanguageSwitch locale={locale} label={t('langSwitch')} onChange={onLocale} />
      </p>
    </section>
  );
}
