import { useState } from 'preact/hooks';
import { DataButtons } from '@/components/data-buttons';
import type { Locale, Translate } from '@/utils/ui/i18n';
import { saveFile } from '@/utils/ui/save-file';
import { maxImportBytes, progressText } from '@/utils/ui/data-state';
import { dataClient } from '../services';

const MIN_PASSPHRASE = 12;

/** Export (JSON, CSV, encrypted), import: the same data calls the panel uses, run by the background. */
export function DataSection({ t, locale }: { t: Translate; locale: Locale }) {
  const [note, setNote] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const run = async (options: { format: 'json' | 'csv'; passphrase?: string }) => {
    setNote(t('loading'));
    // Over the port of big calls: a few years of records is more than one runtime message can carry.
    const result = await dataClient
      .callLarge('exportFile', { ...options, locale }, (p) => setNote(progressText(t, p)))
      .catch((err: unknown) => ({ ok: false as const, message: String(err) }));
    if (!result.ok) return setNote(t('error', { error: result.message }));
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
          const result =
            file.size > maxImportBytes
              ? { ok: false as const, message: `> ${maxImportBytes / 1024 / 1024} MB` }
              : await dataClient
                  .callLarge('importFile', { text: await file.text(), passphrase: passphrase || undefined }, (p) =>
                    setNote(progressText(t, p)),
                  )
                  .catch((err: unknown) => ({ ok: false as const, message: String(err) }));
          setNote(result.ok ? t('imported', { n: result.added }) : t('importFailed', { error: result.message }));
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
