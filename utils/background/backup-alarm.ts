import { decideBackupDue } from '@/utils/core/export/backup';
import type { SettingValue } from '@/utils/core/schemas/settings';

// Scheduled encrypted backups (docs/data.md, "Backups"): an alarm checks every hour whether one is due. The backup
// itself needs the passphrase, which is never stored, so a due backup marks the toolbar button and the options page
// asks for the passphrase; "back up now" there writes the encrypted file and the time.

export const backupAlarmName = 'huifang-backup-check';
const checkEveryMinutes = 60;

/** The parts of browser.alarms and browser.action this uses, injected so it runs in tests. */
export type BackupAlarmApis = {
  alarms: {
    create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): unknown;
    onAlarm: { addListener(fn: (alarm: { name: string }) => void): void };
  };
  action?: {
    setBadgeText(details: { text: string }): unknown;
    setTitle(details: { title: string }): unknown;
    setBadgeBackgroundColor?(details: { color: string }): unknown;
  };
};

/** Marks the toolbar button while a backup is due; clears it once done or switched off. */
export async function showBackupDue(
  apis: BackupAlarmApis,
  backup: SettingValue<'backup'>,
  now: Date,
  text: { due: string; normal: string },
): Promise<boolean> {
  const { due } = decideBackupDue(backup, now);
  await apis.action?.setBadgeText({ text: due ? '!' : '' });
  if (due) await apis.action?.setBadgeBackgroundColor?.({ color: '#b45309' });
  await apis.action?.setTitle({ title: due ? text.due : text.normal });
  return due;
}

/** Starts the hourly check; `check` runs on each alarm (and should run once at start). */
export function scheduleBackupCheck(apis: BackupAlarmApis, check: () => Promise<unknown>): void {
  apis.alarms.create(backupAlarmName, { periodInMinutes: checkEveryMinutes, delayInMinutes: 1 });
  apis.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === backupAlarmName) void check();
  });
}
