import { useEffect, useState } from 'preact/hooks';
import { decideBackupDue } from '@/utils/core/export/backup';
import { defaultTimeZone } from '@/utils/core/calendar/zoned-time';
import { settingDefaults, type SettingValue } from '@/utils/core/schemas/settings';
import type { Translate } from '@/utils/ui/i18n';
import { formatDateTime } from '@/utils/ui/format';
import { saveFile } from '@/utils/ui/save-file';
import { dataClient, settingsStore } from '../services';

const MIN_PASSPHRASE = 12;

/**
 * Scheduled encrypted backups (docs/data.md, "Backups"): on/off and the interval; the last backup's time, the next one,
 * a warning when one is due (the toolbar button shows "!" too — the background's hourly alarm). The passphrase is
 * typed each time, never stored.
 */
export function BackupSection({ t }: { t: Translate }) {
  const [backup, setBackup] = useState<SettingValue<'backup'>>(settingDefaults.backup);
  const [passphrase, setPassphrase] = useState('');
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    void settingsStore.read().then((s) => setBackup(s.backup));
    return settingsStore.watch((s) => setBackup(s.backup));
  }, []);
  const decision = decideBackupDue(backup, new Date());
  const save = (next: SettingValue<'backup'>) =>
    settingsStore.update({ backup: next }).catch((err: unknown) => setNote(String(err)));
  return (
    <section aria-labelledby="sec-backup" data-testid="backup-schedule">
      <h2 id="sec-backup">{t('secBackup')}</h2>
      <label>
        <input
          type="checkbox"
          data-testid="backup-enabled"
          checked={backup.enabled}
          onChange={(e) => void save({ ...backup, enabled: e.currentTarget.checked })}
        />{' '}
        {t('backupEnabled')}
      </label>{' '}
      <label>
        {t('backupInterval')}{' '}
        <input
          type="number"
          min={1}
          max={90}
          value={backup.intervalDays}
          onChange={(e) =>
            void save({
              ...backup,
              intervalDays: Math.min(90, Math.max(1, Math.round(Number(e.currentTarget.value) || 7))),
            })
          }
        />
      </label>
      <p data-testid="backup-last">
        {backup.lastBackupAt
          ? t('backupLast', { at: formatDateTime(backup.lastBackupAt, defaultTimeZone) })
          : t('backupNever')}
        {backup.enabled && !decision.due && decision.nextAt
          ? ` · ${t('backupNext', { at: formatDateTime(decision.nextAt, defaultTimeZone) })}`
          : ''}
      </p>
      {decision.due && (
        <p class="warning" role="alert" data-testid="backup-due">
          {t('backupDue')}
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (passphrase.length < MIN_PASSPHRASE) return setNote(t('passphraseShort'));
          setNote(t('loading'));
          dataClient.callLarge('backupNow', { passphrase }).then(
            (file) => {
              saveFile(file);
              setPassphrase('');
              setNote(t('backupDone', { file: file.fileName }));
            },
            (err: unknown) => setNote(t('error', { error: err instanceof Error ? err.message : String(err) })),
          );
        }}
      >
        <label>
          {t('passphrase')}{' '}
          <input
            type="password"
            autocomplete="new-password"
            data-testid="backup-passphrase"
            value={passphrase}
            onInput={(e) => setPassphrase(e.currentTarget.value)}
          />
        </label>{' '}
        <button type="submit" data-testid="backup-now">
          {t('backupNow')}
        </button>
      </form>
      {note && (
        <p role="status" data-testid="backup-status">
          {note}
        </p>
      )}
    </section>
  );
}
