import { useState } from 'preact/hooks';
import { db } from '@/utils/db/db';
import { exportRecords, getSetting, importFile } from '@/utils/db';
import { DataButtons } from '@/components/data-buttons';
import type { Locale, Translate } from '@/utils/ui/i18n';
import { saveFile } from '../../sidepanel/ports';

const MIN_PASSPHRASE = 12;

/** Export (JSON, CSV, encrypted), import; the same functions the panel uses. */
export function DataSection({ t, locale }: { t: Translate; locale: Locale }) {
  const [note, setNote] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const run = async (options: { format: 'json' | 'csv'; passphrase?: string }) => {
    setNote(t('loading'));
    const result = await exportRecords(db, {
      ...options,
      agent: await getSetting(db, 'agent'),
      now: new Date(),
      lang: locale,
    });
    if (!result.ok) return setNote(t('error', { error: result.problems.map((p) => p.message).join('; ') }));
    saveFile(result);
    setNote(null);
  };
  return (
    <section aria-labelledby="sec-data">
      <h2 id="sec-data">{t('secData')}</h2>
      <DataButtons
        t={t}
        status={note}
        onExportJson={() => void run({ format: 'json' })}
        onExportCsv={() => void run({ format: 'csv' })}
        onImport={async (file) => {
          setNote(t('loading'));
          // A passphrase typed below also opens an encrypted backup.
          const result = await importFile(db, file, {
            agent: await getSetting(db, 'agent'),
            now: new Date(),
            passphrase: passphrase || undefined,
          });
          setNote(
            result.ok
              ? t('imported', { n: result.report.added })
              : t('importFailed', {
                  error: result.problems
                    .map((p) => p.message)
                    .slice(0, 3)
                    .join('; '),
                }),
          );
        }}
      />
      <form
        class="backup"
        onSubmit={(e) => {
          e.preventDefault();
          if (passphrase.length < MIN_PASSPHRASE) return setNote(t('passphraseShort'));
          void run({ format: 'json', passphrase });
        }}
      >
        <label>
          {t('passphrase')}
          <input
            type="password"
            autocomplete="new-password"
            value={passphrase}
            onInput={(e) => setPassphrase(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid="encrypted-backup">
          {t('encryptedBackup')}
        </button>
      </form>
    </section>
  );
}
