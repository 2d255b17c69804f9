import { decideBackupDue } from '../core/export/backup';
import { makeExportFileName } from '../core/export/write-export';
import type { SettingsStore } from '../settings/settings-store';
import type { HuifangDb } from './app-db';
import { exportRecords } from './export-records';

/**
 * If a scheduled backup is due (or `force`: "back up now"), builds the encrypted file for the page to download and
 * records the time. Returns null when none is due. The passphrase is asked of the agent, never stored.
 */
export async function runScheduledBackup(
  db: HuifangDb,
  settings: Pick<SettingsStore, 'read' | 'update'>,
  options: { now: Date; passphrase: string; agent: string; iterations?: number; force?: boolean },
): Promise<{ fileName: string; text: string } | null> {
  const { backup } = await settings.read();
  if (!options.force && !decideBackupDue(backup, options.now).due) return null;
  if (!options.passphrase) throw new Error('Backups are always encrypted: enter the backup passphrase.');
  const result = await exportRecords(db, {
    format: 'json',
    agent: options.agent,
    now: options.now,
    passphrase: options.passphrase,
    iterations: options.iterations,
    auditAction: 'backup',
  });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  await settings.update({ backup: { ...backup, lastBackupAt: options.now.toISOString() } });
  return { fileName: makeExportFileName(options.now, 'backup', 'json'), text: result.text };
}
