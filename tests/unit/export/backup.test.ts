import { buildBackupFile, decideBackupDue } from '@/utils/core/export/backup';
import { readExport } from '@/utils/core/export/read-export';
import { makeEnvelope } from '@/utils/core/export/write-export';
import { noExportFilters } from '@/utils/core/export/envelope';
import { makeRecord } from '../db/helpers';

const now = new Date('2026-11-27T08:00:00.000Z');

describe('scheduled encrypted backups', () => {
  it.each([
    [{ enabled: false, intervalDays: 7, lastBackupAt: null }, false, null],
    [{ enabled: true, intervalDays: 7, lastBackupAt: null }, true, now.toISOString()],
    [{ enabled: true, intervalDays: 7, lastBackupAt: '2026-11-25T08:00:00.000Z' }, false, '2026-12-02T08:00:00.000Z'],
    [{ enabled: true, intervalDays: 7, lastBackupAt: '2026-11-20T08:00:00.000Z' }, true, now.toISOString()],
    [{ enabled: true, intervalDays: 7, lastBackupAt: '2027-05-01T00:00:00.000Z' }, true, now.toISOString()],
  ])('decides %j → due %s', (settings, due, nextAt) => {
    expect(decideBackupDue(settings, now)).toEqual({ due, nextAt });
  });

  it('produces an encrypted file that opens with the passphrase only', async () => {
    const envelope = makeEnvelope({
      records: [makeRecord(1)],
      customers: [],
      agent: 'agent-li',
      filters: noExportFilters,
      now,
    });
    const file = await buildBackupFile(envelope, { passphrase: 'backup pass', now });
    expect(file.fileName).toBe('huifang-backup-2026-11-27-0800Z.json');
    expect(file.text).not.toContain('rec-0000001');
    const opened = await readExport(file.text, { passphrase: 'backup pass', yieldNow: async () => {} });
    expect(opened.ok && opened.envelope.records[0]?.id).toBe('rec-0000001');
    await expect(buildBackupFile(envelope, { passphrase: '', now })).rejects.toThrow(/encrypted/);
  });
});
