import { useEffect, useState } from 'preact/hooks';
import { buildReportSheets, sheetsToCsv } from '@/utils/core/report/report-sheets';
import { buildSupervisorReport, type SupervisorReport } from '@/utils/core/report/supervisor-report';
import { pickText, type Locale } from '@/utils/core/script/localized';
import { toZonedDate } from '@/utils/core/calendar/zoned-time';
import { ReportChart } from '@/components/report-chart';
import { ReportTables } from '@/components/report-tables';
import type { Translate } from '@/utils/ui/i18n';
import { saveFile } from '@/utils/ui/save-file';
import { writeReportXlsx } from '@/utils/report/write-report-xlsx';
import { dataClient } from '../services';

/** The 月报 (docs/report.md): chart, every section as a table, XLSX and CSV; names and phones masked unless unmasked. */
export function ReportSection({ t, locale }: { t: Translate; locale: Locale }) {
  const [month, setMonth] = useState(toZonedDate(Date.now()).slice(0, 7));
  const [report, setReport] = useState<SupervisorReport | null>(null);
  const [unmask, setUnmask] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A supervisor with team sync on may build the month from the server's records (#16, docs/team-sync.md).
  const [teamRole, setTeamRole] = useState(false);
  const [fromServer, setFromServer] = useState(false);
  useEffect(() => {
    void dataClient.call('teamSyncStatus', {}).then(
      (s) => setTeamRole(s.active && (s.role === 'supervisor' || s.role === 'auditor')),
      () => setTeamRole(false),
    );
  }, []);
  const build = async () => {
    try {
      const [{ records, customers }, { escalations, reviews }, dueItems] = await Promise.all([
        teamRole && fromServer ? dataClient.call('teamMonthExport', { month }) : dataClient.callLarge('reportData', {}),
        dataClient.call('supervisionData', {}),
        // 应访 from this computer's work lists: the server's month holds records, not the team's lists.
        teamRole && fromServer ? Promise.resolve([]) : dataClient.call('reportDueItems', {}),
      ]);
      setReport(buildSupervisorReport({ month, now: Date.now(), records, customers, escalations, reviews, dueItems }));
      setError(null);
    } catch (err) {
      setError(t('error', { error: String(err) }));
    }
  };
  const toggleUnmask = async (on: boolean) => {
    // Showing names and phones is logged before they appear (no personal data in the log).
    if (on) await dataClient.call('auditUnmask', { month });
    setUnmask(on);
  };
  const sheets = report ? buildReportSheets(report, { lang: locale, unmask }) : [];
  const legend = { onTime: t('reportOnTime'), late: t('reportLate'), outstanding: t('reportOutstanding') };
  const fileName = (ext: string) => `huifang-月报-${report?.monthly.month ?? month}.${ext}`;
  return (
    <section aria-labelledby="sec-report">
      <h2 id="sec-report">{t('secReport')}</h2>
      <label>
        {t('month')}{' '}
        <input type="month" value={month} data-testid="report-month" onInput={(e) => setMonth(e.currentTarget.value)} />
      </label>
      {teamRole && (
        <label>
          <input
            type="checkbox"
            data-testid="report-from-server"
            checked={fromServer}
            onChange={(e) => setFromServer(e.currentTarget.checked)}
          />{' '}
          {t('reportFromServer')}
        </label>
      )}{' '}
      <button type="button" data-testid="build-report" onClick={() => void build()}>
        {t('buildReport')}
      </button>
      {error && <p role="alert">{error}</p>}
      {report && (
        <div data-testid="report">
          <p>{t('reportSubmitBy', { time: report.monthly.submitBy.slice(0, 16).replace('T', ' ') })}</p>
          <p data-testid="report-totals">
            {t('reportTotals', {
              due: report.monthly.totals.due,
              done: report.monthly.totals.onTime + report.monthly.totals.late,
              onTime: report.monthly.totals.onTime,
              late: report.monthly.totals.late,
              outstanding: report.monthly.totals.outstanding,
              coverage: report.monthly.totals.coveragePct === null ? '—' : `${report.monthly.totals.coveragePct}%`,
            })}
          </p>
          <p data-testid="report-escalations">
            {t('reportEscalationsCount', {
              opened: report.escalations.opened,
              open: report.escalations.inProgress,
              handled: report.escalations.resolved,
            })}
          </p>
          {report.monthly.chart.bars.length === 0 ? (
            <p>{t('reportEmpty')}</p>
          ) : (
            <ReportChart
              title={t('chartTitle')}
              max={report.monthly.chart.max}
              legend={legend}
              bars={report.monthly.chart.bars.map((b) => ({
                label: pickText(b.label, locale),
                onTime: b.onTime,
                late: b.late,
                outstanding: b.outstanding,
              }))}
            />
          )}
          <label>
            <input
              type="checkbox"
              data-testid="report-unmask"
              checked={unmask}
              onChange={(e) => void toggleUnmask(e.currentTarget.checked)}
            />{' '}
            {t('reportUnmask')}
          </label>
          <p>
            <button
              type="button"
              data-testid="report-xlsx"
              onClick={() =>
                void writeReportXlsx(sheets).then((blob) => saveFile({ blob, fileName: fileName('xlsx') }))
              }
            >
              {t('reportXlsx')}
            </button>{' '}
            <button
              type="button"
              data-testid="report-csv"
              onClick={() =>
                saveFile({ text: sheetsToCsv(sheets), fileName: fileName('csv'), mimeType: 'text/csv;charset=utf-8' })
              }
            >
              {t('reportCsvLabelled')}
            </button>
          </p>
          <ReportTables sheets={sheets} skip={[0]} />
        </div>
      )}
    </section>
  );
}
