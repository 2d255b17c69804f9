import { decideBackupDue } from '../core/export/backup';
import { makeExportFileName } from '../core/export/write-export';
import type { HuifangDb } from './app-db';
import { exportRecords } from './export-records';
import { getSetting, setSetting } from './settings';

/**
 * If a scheduled backup is due, builds the encrypted file for the panel to download and records the time.
 * Returns null when none is due. The passphrase is asked of the agent, never stored.
 */
export async function runScheduledBackup(
  db: HuifangDb,
  options: { now: Date; passphrase: string; agent: string; iterations?: number },
): Promise<{ fileName: string; text: string } | null> {
  const backup = await getSetting(db, 'backup');
  if (!decideBackupDue(backup, options.now).due) return null;
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
  await setSetting(db, 'backup', { ...backup, lastBackupAt: options.now.toISOString() });
  return { fileName: makeExportFileName(options.now, 'backup', 'json'), text: result.text };
}
