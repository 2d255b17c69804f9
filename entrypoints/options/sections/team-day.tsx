import { useEffect, useState } from 'preact/hooks';
import type { TeamDay } from '@/utils/core/sync/team-day';
import type { Translate } from '@/utils/ui/i18n';
import { formatDateTime } from '@/utils/ui/format';
import { dataClient } from '../services';

const refreshMs = 30_000;

/**
 * The supervisor's team day (docs/team-sync.md, "The supervisor's team day"): per agent what is due, held and done
 * today, from the server's team_day(); refreshed every 30 s while the page is open. Only a supervisor's or an
 * auditor's team build shows it (the server refuses agents too).
 */
export function TeamDaySection({ t, role }: { t: Translate; role: string | null }) {
  const [day, setDay] = useState<TeamDay | null>(null);
  const [error, setError] = useState<string | null>(null);
  const allowed = role === 'supervisor' || role === 'auditor';
  useEffect(() => {
    if (!allowed) return;
    const load = () =>
      dataClient.call('teamDay', {}).then(
        (d) => {
          setDay(d);
          setError(null);
        },
        (err: unknown) => setError(err instanceof Error ? err.message.replace(/^teamDay: /, '') : String(err)),
      );
    void load();
    const timer = setInterval(() => void load(), refreshMs);
    return () => clearInterval(timer);
  }, [allowed]);
  if (!allowed) return null;
  return (
    <section aria-labelledby="sec-team-day" data-testid="team-day">
      <h2 id="sec-team-day">{t('teamDayTitle')}</h2>
      {error && (
        <p class="error" role="alert">
          {t('teamDayError', { error })}
        </p>
      )}
      {day && (
        <>
          <p data-testid="team-day-totals">
            {t('teamDayTotals', {
              day: day.day,
              open: day.totals.open,
              due: day.totals.due_today,
              overdue: day.totals.overdue,
              claimed: day.totals.claimed,
              done: day.totals.done_today,
            })}
          </p>
          <table data-testid="team-day-table">
            <thead>
              <tr>
                <th scope="col">{t('teamDayAgent')}</th>
                <th scope="col">{t('teamDayDue')}</th>
                <th scope="col">{t('teamDayOverdue')}</th>
                <th scope="col">{t('teamDayClaimed')}</th>
                <th scope="col">{t('teamDayAttempts')}</th>
                <th scope="col">{t('teamDayReached')}</th>
                <th scope="col">{t('teamDayDone')}</th>
                <th scope="col">{t('teamDayFlagged')}</th>
              </tr>
            </thead>
            <tbody>
              {day.agents.map((a) => (
                <tr key={a.agent ?? ''} data-testid="team-day-row" data-agent={a.agent ?? ''}>
                  <th scope="row">{a.agent ?? t('teamDayUnassigned')}</th>
                  <td>{a.due}</td>
                  <td>{a.overdue}</td>
                  <td>{a.claimed}</td>
                  <td>{a.attempts}</td>
                  <td>{a.reached}</td>
                  <td>{a.done}</td>
                  <td>{a.flagged}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {day.agents.length === 0 && <p>{t('teamDayEmpty')}</p>}
          <p data-testid="team-day-updated">
            {t('teamDayUpdated', { at: formatDateTime(day.serverNow, day.timeZone) })}
          </p>
        </>
      )}
    </section>
  );
}
