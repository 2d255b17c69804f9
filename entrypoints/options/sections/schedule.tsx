import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '@/utils/ui/i18n';
import { formatWindowsText, parseDatesText, parseWindowsText } from '@/utils/ui/windows-text';
import { settingsStore } from '../services';

/** Call windows (篇六 第十二条 by default) and the working-day calendar's local overrides. */
export function ScheduleSection({ t }: { t: Translate }) {
  const [windows, setWindows] = useState('');
  const [workingOnly, setWorkingOnly] = useState(true);
  const [holidays, setHolidays] = useState('');
  const [workdays, setWorkdays] = useState('');
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    void settingsStore.read().then(({ callWindows: w, calendarOverrides: c }) => {
      setWindows(formatWindowsText(w));
      setWorkingOnly(w.workingDaysOnly);
      setHolidays(c.extraHolidays.join('\n'));
      setWorkdays(c.extraWorkdays.join('\n'));
    });
  }, []);
  const saveWindows = () => {
    const parsed = parseWindowsText(windows, workingOnly);
    if (!parsed.ok) return setNote(t('windowsInvalid', { error: parsed.error }));
    void settingsStore.update({ callWindows: parsed.value }).then(() => setNote(t('saved')));
  };
  const saveCalendar = () => {
    const parsed = parseDatesText(holidays, workdays);
    if (!parsed.ok) return setNote(t('calendarInvalid', { error: parsed.error }));
    void settingsStore.update({ calendarOverrides: parsed.value }).then(() => setNote(t('saved')));
  };
  return (
    <>
      <section aria-labelledby="sec-windows">
        <h2 id="sec-windows">{t('secWindows')}</h2>
        <label>
          {t('windowsHint')}
          <textarea
            rows={3}
            data-testid="call-windows"
            value={windows}
            onInput={(e) => setWindows(e.currentTarget.value)}
          />
        </label>
        <label class="inline">
          <input type="checkbox" checked={workingOnly} onChange={(e) => setWorkingOnly(e.currentTarget.checked)} />{' '}
          {t('workingDaysOnly')}
        </label>
        <button type="button" onClick={saveWindows}>
          {t('save')}
        </button>
      </section>
      <section aria-labelledby="sec-calendar">
        <h2 id="sec-calendar">{t('secCalendar')}</h2>
        <label>
          {t('extraHolidays')}
          <textarea rows={3} value={holidays} onInput={(e) => setHolidays(e.currentTarget.value)} />
        </label>
        <label>
          {t('extraWorkdays')}
          <textarea rows={3} value={workdays} onInput={(e) => setWorkdays(e.currentTarget.value)} />
        </label>
        <button type="button" onClick={saveCalendar}>
          {t('save')}
        </button>
      </section>
      {note && <p role="status">{note}</p>}
    </>
  );
}
