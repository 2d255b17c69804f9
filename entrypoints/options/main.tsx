import { browser } from 'wxt/browser';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import '@/components/styles.css';
import { settingsStore } from './services';
import { createTranslate, pickLocale, type Locale } from '@/utils/ui/i18n';
import { SitesSection } from './sections/sites';
import { AgentSection } from './sections/agent';
import { ScheduleSection } from './sections/schedule';
import { RetentionSection } from './sections/retention';
import { ScriptsSection } from './sections/scripts';
import { AdaptersSection } from './sections/adapters';
import { DataSection } from './sections/data';
import { WorklistSection } from './sections/worklist';
import { BackupSection } from './sections/backup';
import { ReportSection } from './sections/report';
import { QaSection } from './sections/qa';
import { AuditSection } from './sections/audit';
import { TeamSyncSection } from './sections/team-sync';

function Options({ initial }: { initial: Locale }) {
  const [locale, setLocale] = useState(initial);
  const t = createTranslate(locale);
  const changeLocale = (next: Locale) => {
    setLocale(next);
    document.documentElement.lang = next;
    void settingsStore.update({ locale: next });
  };
  return (
    <main class="options" lang={locale}>
      <h1>{t('optionsTitle')}</h1>
      <SitesSection t={t} />
      <AgentSection t={t} locale={locale} onLocale={changeLocale} />
      <ScheduleSection t={t} />
      <RetentionSection t={t} />
      <ScriptsSection t={t} locale={locale} />
      <AdaptersSection t={t} />
      <WorklistSection t={t} locale={locale} />
      <DataSection t={t} locale={locale} />
      <BackupSection t={t} />
      <ReportSection t={t} locale={locale} />
      <QaSection t={t} locale={locale} />
      <AuditSection t={t} />
      <TeamSyncSection t={t} />
    </main>
  );
}

async function start() {
  const root = document.getElementById('app');
  if (!root) return;
  const settings = await settingsStore.read();
  const locale = pickLocale(settings.locale, browser.i18n?.getUILanguage?.() ?? navigator.language);
  document.documentElement.lang = locale;
  render(<Options initial={locale} />, root);
}

void start();
