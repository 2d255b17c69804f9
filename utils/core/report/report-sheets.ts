import { defaultTimeZone, getZonedParts } from '../calendar/zoned-time';
import { csvBom, escapeCsvCell } from '../export/csv';
import { maskValue } from '../script/placeholders';
import { flagInfo } from '../script/flags';
import { type Locale, pickText } from '../script/localized';
import { outcomeLabels } from '../record-labels';
import type { SupervisorReport } from './supervisor-report';

// The 月报 as sheets (one per section) for XLSX, and the same sheets one after another as CSV: the same labels,
// local times of the report's zone, customers' names and phones masked unless the supervisor unmasks them.

export type SheetCell = string | number | null;
export type ReportSheet = { name: string; columns: string[]; rows: SheetCell[][] };
export type SheetOptions = { lang?: Locale; unmask?: boolean };

const L = (lang: Locale, zh: string, en: string) => (lang === 'zh-CN' ? zh : en);

/** 2026-11-27 10:05 in the zone. */
export function formatLocalTime(iso: string | null, timeZone: string = defaultTimeZone): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const p = getZonedParts(ms, timeZone);
  return `${p.date} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/** A deadline: a date stays a date; an hour rule's instant in local time. */
const formatDue = (due: string | null, timeZone: string) =>
  due === null ? '' : due.length === 10 ? due : formatLocalTime(due, timeZone);

export function buildReportSheets(report: SupervisorReport, options: SheetOptions = {}): ReportSheet[] {
  const lang = options.lang ?? 'zh-CN';
  const tz = report.monthly.timeZone;
  const mask = (value: string) => (options.unmask || value === '' ? value : maskValue(value));
  // A name keeps its surname (王*), as Chinese service desks write it.
  const maskName = (value: string) =>
    options.unmask || value === '' ? value : [...value].map((ch, i) => (i === 0 ? ch : '*')).join('');
  const m = report.monthly;
  const t = m.totals;
  const yes = L(lang, '是', 'yes');
  return [
    {
      name: L(lang, '概况', 'Summary'),
      columns: [L(lang, '项目', 'Item'), L(lang, '数值', 'Value')],
      rows: [
        [L(lang, '月份', 'Month'), m.month],
        [L(lang, '时区', 'Time zone'), tz],
        [L(lang, '生成时间', 'Generated'), formatLocalTime(m.generatedAt, tz)],
        [L(lang, '报送截止（篇九 第十一条）', 'Submit by'), formatLocalTime(m.submitBy, tz)],
        [L(lang, '回访专员', 'Agents'), m.agents.join('、')],
        [L(lang, '应访', 'Due'), t.due],
        [L(lang, '已访', 'Done'), t.onTime + t.late],
        [L(lang, '按时完成', 'On time'), t.onTime],
        [L(lang, '逾期完成', 'Late'), t.late],
        [L(lang, '未完成', 'Outstanding'), t.outstanding],
        [L(lang, '覆盖率%', 'Coverage %'), t.coveragePct],
        [L(lang, '拨打次数', 'Attempts'), t.attempts],
        [L(lang, '上报主管：新开', 'Escalations opened'), report.escalations.opened],
        [L(lang, '上报主管：处理中', 'Escalations in progress'), report.escalations.inProgress],
        [L(lang, '上报主管：已解决', 'Escalations resolved'), report.escalations.resolved],
        [L(lang, '抽检已评', 'QA reviews'), report.qa.reviews],
        [L(lang, '抽检平均分', 'QA mean score'), report.qa.mean],
        [
          L(lang, '姓名与电话', 'Names and phones'),
          options.unmask ? L(lang, '未脱敏（已记录审计）', 'unmasked (audited)') : L(lang, '已脱敏', 'masked'),
        ],
      ],
    },
    {
      name: L(lang, '分类型', 'By kind'),
      columns: [
        L(lang, '回访类型', 'Kind'),
        L(lang, '依据条款', 'Clause'),
        L(lang, '应访', 'Due'),
        L(lang, '已访', 'Done'),
        L(lang, '按时完成', 'On time'),
        L(lang, '逾期完成', 'Late'),
        L(lang, '未完成', 'Outstanding'),
        L(lang, '其中已逾期', 'Of which overdue'),
        L(lang, '覆盖率%', 'Coverage %'),
        L(lang, '按时率%', 'On-time %'),
        L(lang, '目标%', 'Target %'),
        L(lang, '拨打次数', 'Attempts'),
      ],
      rows: [
        ...m.kinds.map((k) => [
          pickText(k.label, lang),
          k.clause,
          k.due,
          k.onTime + k.late,
          k.onTime,
          k.late,
          k.outstanding,
          k.overdue,
          k.coveragePct,
          k.onTimePct,
          k.coverageTarget,
          k.attempts,
        ]),
        [
          L(lang, '合计', 'All kinds'),
          '',
          t.due,
          t.onTime + t.late,
          t.onTime,
          t.late,
          t.outstanding,
          t.overdue,
          t.coveragePct,
          t.onTimePct,
          null,
          t.attempts,
        ],
      ],
    },
    {
      name: L(lang, '分专员', 'By agent'),
      columns: [
        L(lang, '回访专员', 'Agent'),
        L(lang, '拨打次数', 'Attempts'),
        L(lang, '按时完成', 'On time'),
        L(lang, '逾期完成', 'Late'),
        L(lang, '有满意度评价', 'Rated'),
        L(lang, '满意及比较满意', 'Satisfied or fairly'),
        L(lang, '上报主管次数', 'Escalations raised'),
        L(lang, '抽检数', 'QA reviews'),
        L(lang, '抽检平均分', 'QA mean'),
        L(lang, '抽检合格', 'QA passed'),
      ],
      rows: report.agents.map((a) => [
        a.agent,
        a.attempts,
        a.onTime,
        a.late,
        a.rated,
        a.satisfiedOrFairly,
        a.escalationsRaised,
        a.reviews,
        a.qaMean,
        a.qaPassed,
      ]),
    },
    {
      name: L(lang, '满意度', 'Satisfaction'),
      columns: [L(lang, '评价', 'Rating'), L(lang, '数量', 'Count'), L(lang, '占比%', 'Share %')],
      rows: [
        ...m.satisfaction.rows.map((s) => [pickText(s.label, lang), s.count, s.pct]),
        [L(lang, '合计', 'Total'), m.satisfaction.answered, null],
      ],
    },
    {
      name: L(lang, '上报事项', 'Escalations'),
      columns: [
        L(lang, '客户', 'Customer'),
        L(lang, '回访类型', 'Kind'),
        L(lang, '回访专员', 'Agent'),
        L(lang, '异常类型', 'Anomaly'),
        L(lang, '严重程度', 'Severity'),
        L(lang, '原因', 'Reason'),
        L(lang, '上报时间', 'Opened'),
        L(lang, '状态', 'Status'),
        L(lang, '二次回访截止', 'Second callback due'),
        L(lang, '二次回访时间', 'Second callback made'),
        L(lang, '二次回访专员', 'Second callback by'),
      ],
      rows: report.escalations.rows.map((e) => [
        maskName(e.customerName) || e.customerKey,
        pickText(e.kindLabel, lang),
        e.agent,
        pickText(flagInfo[e.type].label, lang),
        e.severity === 'high' ? L(lang, '高', 'high') : L(lang, '中', 'medium'),
        e.reason,
        formatLocalTime(e.openedAt, tz),
        e.status === 'handled' ? L(lang, '已解决', 'resolved') : L(lang, '处理中', 'in progress'),
        formatDue(e.secondCallbackDue, tz),
        formatLocalTime(e.secondCallbackAt, tz),
        e.secondCallbackBy ?? '',
      ]),
    },
    {
      name: L(lang, '抽检', 'QA'),
      columns: [
        L(lang, '回访专员', 'Agent'),
        L(lang, '抽检数', 'Reviews'),
        L(lang, '平均分', 'Mean'),
        L(lang, `合格（≥${report.qa.passScore}）`, `Passed (≥${report.qa.passScore})`),
        L(lang, '不合格', 'Failed'),
      ],
      rows: report.qa.rows.map((q) => [q.agent, q.reviews, q.mean, q.passed, q.failed]),
    },
    {
      name: L(lang, '未完成客户', 'Outstanding'),
      columns: [
        L(lang, '客户', 'Customer'),
        L(lang, '电话', 'Phone'),
        L(lang, '回访类型', 'Kind'),
        L(lang, '截止', 'Due'),
        L(lang, '已逾期', 'Overdue'),
        L(lang, '拨打次数', 'Attempts'),
        L(lang, '最近拨打', 'Last attempt'),
        L(lang, '最近结果', 'Last outcome'),
        L(lang, '最近专员', 'Last agent'),
      ],
      rows: report.outstanding.map((o) => [
        maskName(o.customerName) || o.customerKey,
        mask(o.phone),
        pickText(o.kindLabel, lang),
        formatDue(o.due, tz),
        o.overdue ? yes : '',
        o.attempts,
        formatLocalTime(o.lastAttemptAt, tz),
        o.lastOutcome ? L(lang, ...outcomeLabels[o.lastOutcome]) : '',
        o.lastAgent,
      ]),
    },
  ];
}

/** The same sheets as one CSV: each section's name on a row, its header, its rows, a blank line; BOM for Excel. */
export function sheetsToCsv(sheets: readonly ReportSheet[]): string {
  const line = (cells: readonly SheetCell[]) => cells.map((c) => escapeCsvCell(c === null ? '' : String(c))).join(',');
  const parts = sheets.flatMap((s) => [line([`【${s.name}】`]), line(s.columns), ...s.rows.map(line), '']);
  return csvBom + parts.join('\r\n') + '\r\n';
}
