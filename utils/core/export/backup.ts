import type { SettingValue } from '../schemas/settings';
import type { ExportEnvelope } from './envelope';
import { makeExportFileName, serializeExport } from './write-export';

const dayMs = 24 * 60 * 60 * 1000;

export interface BackupDecision {
  due: boolean;
  /** When the next backup falls due (now when it is due already); null when backups are off. */
  nextAt: string | null;
}

/** Whether a scheduled backup is due; the first one is due right after backups are switched on. */
export function decideBackupDue(settings: SettingValue<'backup'>, now: Date): BackupDecision {
  if (!settings.enabled) return { due: false, nextAt: null };
  if (settings.lastBackupAt === null) return { due: true, nextAt: now.toISOString() };
  const next = Date.parse(settings.lastBackupAt) + settings.intervalDays * dayMs;
  // A last-backup time in the future means the clock moved back; back up rather than wait years.
  const due = next <= now.getTime() || Date.parse(settings.lastBackupAt) > now.getTime();
  return { due, nextAt: due ? now.toISOString() : new Date(next).toISOString() };
}

/** The encrypted file a scheduled backup downloads; backups are never written in clear. */
export async function buildBackupFile(
  envelope: ExportEnvelope,
  options: { passphrase: string; now: Date; iterations?: number },
): Promise<{ fileName: string; text: string }> {
  if (!options.passphrase) throw new Error('Backups are always encrypted: set a backup passphrase first.');
  const text = await serializeExport(envelope, { passphrase: options.passphrase, iterations: options.iterations });
  return { fileName: makeExportFileName(options.now, 'backup', 'json'), text };
}
