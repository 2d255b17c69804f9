import { browser } from 'wxt/browser';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { dataClient, settingsStore } from '../services';
import { WorklistImport } from '@/components/worklist-import';
import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { defaultTimeZone } from '@/utils/core/calendar/zoned-time';
import { enabledOriginPatterns } from '@/utils/core/origins';
import { settingDefaults, type Settings } from '@/utils/core/schemas/settings';
import { createWorklistImportState } from '@/utils/ui/worklist-import-state';
import { createWorklistImportPorts } from '@/utils/ui/worklist-import-ports';
import type { Locale, Translate } from '@/utils/ui/i18n';

/** "https://crm.example.com/*" → "https://crm.example.com" (a granted site as the origin its records live under). */
const originOf = (pattern: string) => pattern.replace(/\/\*$/, '');

/** The work-list import on the options page (the team lead's desk, or the agent's before opening the CRM). */
export function WorklistSection({ t, locale }: { t: Translate; locale: Locale }) {
  const [settings, setSettings] = useState<Settings>(settingDefaults);
  const [granted, setGranted] = useState<string[]>([]);
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState(false);
  const [extra, setExtra] = useState<string[]>([]);
  // The calendar is read when a file is checked: always from the settings as they are then.
  const latest = useRef(settings);
  latest.current = settings;
  const importer = useMemo(
    () =>
      createWorklistImportState(
        createWorklistImportPorts({
          store: settingsStore,
          client: dataClient,
          calendar: () => createWorkingCalendar(latest.current.calendarOverrides),
          timeZone: defaultTimeZone,
        }),
      ),
    [],
  );
  useEffect(() => {
    void settingsStore.read().then(setSettings);
    void browser.permissions.getAll().then((all) => setGranted(enabledOriginPatterns(all.origins).map(originOf)));
    return settingsStore.watch(setSettings);
  }, []);
  const origins = [...new Set([...extra, ...Object.keys(settings.recordLinks), ...granted])];
  useEffect(() => {
    if (!importer.origin.value && origins[0]) void importer.setOrigin(origins[0]);
  }, [origins[0]]);
  const done = importer.done.value;
  return (
    <section aria-labelledby="sec-worklist" data-testid="options-worklist">
      <h2 id="sec-worklist">{t('secWorklist')}</h2>
      <p class="hint">{t('worklistOptionsHint')}</p>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const origin = /^https?:\/\/[^/\s]+/.exec(typed.trim())?.[0];
          setTypedError(!origin);
          if (!origin) return;
          setExtra([origin, ...extra.filter((o) => o !== origin)]);
          void importer.setOrigin(origin);
          setTyped('');
        }}
      >
        <label>
          {t('worklistOtherSite')}{' '}
          <input
            data-testid="worklist-other-site"
            value={typed}
            placeholder="https://crm.example.com"
            maxLength={500}
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
        </label>
        <button type="submit">{t('worklistAddSite')}</button>
        {typedError && <span class="error">{t('siteAddressInvalid')}</span>}
      </form>
      <WorklistImport t={t} locale={locale} s={importer} origins={origins} industry={settings.profile.industry} />
      {done && <p role="status">{t('worklistOptionsDone')}</p>}
    </section>
  );
}
