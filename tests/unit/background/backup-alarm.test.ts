import { backupAlarmName, scheduleBackupCheck, showBackupDue } from '@/utils/background/backup-alarm';

function fakeApis() {
  const calls: { badge: string[]; title: string[]; alarms: { name: string; periodInMinutes: number }[] } = {
    badge: [],
    title: [],
    alarms: [],
  };
  let listener: ((alarm: { name: string }) => void) | null = null;
  const apis = {
    alarms: {
      create: (name: string, info: { periodInMinutes: number }) =>
        calls.alarms.push({ name, periodInMinutes: info.periodInMinutes }),
      onAlarm: { addListener: (fn: (alarm: { name: string }) => void) => (listener = fn) },
    },
    action: {
      setBadgeText: ({ text }: { text: string }) => calls.badge.push(text),
      setTitle: ({ title }: { title: string }) => calls.title.push(title),
    },
  };
  return { apis, calls, fire: (name: string) => listener?.({ name }) };
}

const text = { due: 'due', normal: 'Huifang' };
const now = new Date('2026-11-27T08:00:00Z');

describe('scheduled backups: the hourly alarm marks the toolbar button while one is due', () => {
  it.each([
    ['off', { enabled: false, intervalDays: 7, lastBackupAt: null }, ''],
    ['never backed up', { enabled: true, intervalDays: 7, lastBackupAt: null }, '!'],
    ['backed up 3 days ago', { enabled: true, intervalDays: 7, lastBackupAt: '2026-11-24T08:00:00Z' }, ''],
    ['backed up 8 days ago', { enabled: true, intervalDays: 7, lastBackupAt: '2026-11-19T08:00:00Z' }, '!'],
  ])('%s → badge %j', async (_label, backup, badge) => {
    const { apis, calls } = fakeApis();
    expect(await showBackupDue(apis, backup, now, text)).toBe(badge === '!');
    expect(calls.badge).toEqual([badge]);
    expect(calls.title).toEqual([badge ? 'due' : 'Huifang']);
  });

  it('creates one hourly alarm and checks on it, not on other alarms', () => {
    const { apis, calls, fire } = fakeApis();
    let checks = 0;
    scheduleBackupCheck(apis, async () => void (checks += 1));
    expect(calls.alarms).toEqual([{ name: backupAlarmName, periodInMinutes: 60 }]);
    fire('something-else');
    expect(checks).toBe(0);
    fire(backupAlarmName);
    expect(checks).toBe(1);
  });
});
