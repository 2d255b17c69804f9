import { useState } from 'preact/hooks';
import { buildMonthlyReport, type MonthlyReport } from '@/utils/core/report/monthly-report';
import { reportToCsv } from '@/utils/core/report/report-csv';
import { pickText, type Locale } from '@/utils/core/script/localized';
import { toZonedDate } from '@/utils/core/calendar/zoned-time';
import { ReportChart } from '@/components/report-chart';
import type { Translate } from '@/utils/ui/i18n';
import { saveFile } from '@/utils/ui/save-file';
import { dataClient } from '../services';

export function ReportSection({ t, locale }: { t: Translate; locale: Locale }) {
  const [month, setMonth] = useState(toZonedDate(Date.now()).slice(0, 7));
  const [report, setReport] = useState<MonthlyReport | null>(null);
  const build = async () => {
    const { records, customers } = await dataClient.call('reportData', {});
    setReport(buildMonthlyReport({ month, now: Date.now(), records, customers }));
  };
  const legend = { onTime: t('reportOnTime'), late: t('reportLate'), outstanding: t('reportOutstanding') };
  return (
    <section aria-labelledby="sec-report">
      <h2 id="sec-report">{t('secReport')}</h2>
      <label>
        {t('month')}{' '}
        <input type="month" value={month} data-testid="report-month" onInput={(e) => setMonth(e.currentTarget.value)} />
      </label>
      <button type="button" data-testid="build-report" onClick={() => void build()}>
        {t('buildReport')}
      </button>
      {report && (
        <div data-testid="report">
          <p>{t('reportSubmitBy', { time: report.submitBy.slice(0, 16).replace('T', ' ') })}</p>
          {report.chart.bars.length === 0 ? (
            <p>{t('reportEmpty')}</p>
          ) : (
            <ReportChart
              title={t('chartTitle')}
              max={report.chart.max}
              legend={legend}
              bars={report.chart.bars.map((b) => ({
                label: pickText(b.label, locale),
                onTime: b.onTime,
                late: b.late,
                outstanding: b.outstanding,
              }))}
            />
          )}
          <table>
            <thead>
              <tr>
                <th>{t('reportKind')}</th>
                <th>{t('reportDue')}</th>
                <th>{legend.onTime}</th>
                <th>{legend.late}</th>
                <th>{legend.outstanding}</th>
                <th>{t('reportCoverage')}</th>
                <th>{t('reportAttempts')}</th>
              </tr>
            </thead>
            <tbody>
              {report.kinds.map((k) => (
                <tr key={k.kind}>
                  <td>{pickText(k.label, locale)}</td>
                  <td>{k.due}</td>
                  <td>{k.onTime}</td>
                  <td>{k.late}</td>
                  <td>{k.outstanding}</td>
                  <td>{k.coveragePct === null ? '—' : `${k.coveragePct}%`}</td>
                  <td>{k.attempts}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            {t('reportSatisfaction')}:{' '}
            {report.satisfaction.rows.map((r) => `${pickText(r.label, locale)} ${r.count}`).join(' · ')}
          </p>
          <p>
            {t('reportEscalations', {
              opened: report.escalations.opened,
              open: report.escalations.open,
              handled: report.escalations.handled,
            })}
          </p>
          <button
            type="button"
            data-testid="report-csv"
            onClick={() =>
              saveFile({
                text: reportToCsv(report, locale),
                fileName: `huifang-report-${report.month}.csv`,
                mimeType: 'text/csv',
              })
            }
          >
            {t('reportCsv')}
          </button>
        </div>
      )}
    </section>
  );
}
