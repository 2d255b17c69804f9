import { runScheduledBackup } from '@/utils/db/backup';
import { createMemorySettingsStore } from '@/utils/settings/settings-store';
import { importText } from '@/utils/db/import-records';
import { finishCall } from '@/utils/db/callbacks';
import { listAudit } from '@/utils/db/audit';
import { makeDraft, openTestDb } from './helpers';

const now = new Date('2026-11-27T08:00:00.000Z');

describe('scheduled backups from the database', () => {
  it('does nothing while backups are off, then produces an encrypted file that restores the records', async () => {
    const db = openTestDb();
    const settings = createMemorySettingsStore();
    await finishCall(db, makeDraft('k1', 'r1', { outcome: 'reached' }), { endedAt: null, now });
    expect(await runScheduledBackup(db, settings, { now, passphrase: 'bk', agent: 'a' })).toBeNull();

    await settings.update({ backup: { enabled: true, intervalDays: 7, lastBackupAt: null } });
    const file = await runScheduledBackup(db, settings, { now, passphrase: 'bk', agent: 'a' });
    expect(file?.fileName).toBe('huifang-backup-2026-11-27-0800Z.json');
    expect(file?.text).not.toContain('"outcome"'); // quotes never occur in base64, so this cannot pass by chance
    expect((await settings.read()).backup.lastBackupAt).toBe(now.toISOString());
    expect((await listAudit(db))[0]).toMatchObject({ action: 'backup', counts: { records: 1, encrypted: 1 } });
    expect(
      await runScheduledBackup(db, settings, { now: new Date('2026-11-30T08:00:00Z'), passphrase: 'bk', agent: 'a' }),
    ).toBeNull();

    const restored = openTestDb();
    const result = await importText(restored, file?.text ?? '', {
      agent: 'a',
      now,
      passphrase: 'bk',
      yieldNow: async () => {},
    });
    expect(result.ok && result.report.added).toBe(1);
    expect(await restored.callbacks.get('r1')).toEqual(await db.callbacks.get('r1'));
  });

  it('"back up now" (force) writes a file and the time even when none is due', async () => {
    const db = openTestDb();
    const settings = createMemorySettingsStore();
    await finishCall(db, makeDraft('k1', 'r1', { outcome: 'reached' }), { endedAt: null, now });
    const file = await runScheduledBackup(db, settings, {
      now,
      passphrase: 'bk',
      agent: 'a',
      iterations: 1000,
      force: true,
    });
    expect(file?.fileName).toBe('huifang-backup-2026-11-27-0800Z.json');
    expect((await settings.read()).backup.lastBackupAt).toBe(now.toISOString());
  });
});
