// Wired by #13 (the report now writes its own sheets; the supervisor decides whether this CSV stays); reached only by its tests.
import { csvBom, escapeCsvCell } from '../export/csv';
import { type Locale, pickText } from '../script/localized';
import type { MonthlyReport } from './monthly-report';

const headers: Record<Locale, string[]> = {
  en: [
    'Section',
    'Key',
    'Label',
    'Clause',
    'Due',
    'On time',
    'Late',
    'Outstanding',
    'Overdue',
    'Coverage %',
    'On-time %',
    'Target %',
    'Attempts',
    'Count',
    'Share %',
  ],
  'zh-CN': [
    '部分',
    '代码',
    '名称',
    '依据条款',
    '应回访',
    '按时完成',
    '逾期完成',
    '未完成',
    '已逾期',
    '覆盖率%',
    '按时率%',
    '目标%',
    '拨打次数',
    '数量',
    '占比%',
  ],
};

const cell = (v: string | number | null) => (v === null ? '' : String(v));

/**
 * The report as one CSV table (a section column tells kinds, totals, satisfaction and escalations apart), with a
 * BOM so Excel reads the Chinese, and every cell guarded against formula injection.
 */
export function reportToCsv(report: MonthlyReport, lang: Locale = 'zh-CN'): string {
  const rows: (string | number | null)[][] = [headers[lang]];
  const blank = (n: number) => Array<null>(n).fill(null);
  rows.push(['meta', 'month', report.month, ...blank(12)]);
  rows.push(['meta', 'agents', report.agents.join('; '), ...blank(12)]);
  rows.push(['meta', 'submit-by', report.submitBy, '篇九 第十一条', ...blank(11)]);
  for (const k of report.kinds) {
    rows.push([
      'kind',
      k.kind,
      pickText(k.label, lang),
      k.clause,
      k.due,
      k.onTime,
      k.late,
      k.outstanding,
      k.overdue,
      k.coveragePct,
      k.onTimePct,
      k.coverageTarget,
      k.attempts,
      null,
      null,
    ]);
  }
  const t = report.totals;
  rows.push([
    'total',
    'all',
    lang === 'en' ? 'All kinds' : '合计',
    null,
    t.due,
    t.onTime,
    t.late,
    t.outstanding,
    t.overdue,
    t.coveragePct,
    t.onTimePct,
    null,
    t.attempts,
    null,
    null,
  ]);
  for (const s of report.satisfaction.rows)
    rows.push(['satisfaction', s.level, pickText(s.label, lang), '篇九', ...blank(9), s.count, s.pct]);
  for (const e of report.escalations.byType)
    rows.push(['escalation', e.type, pickText(e.label, lang), '篇六 第十条', ...blank(9), e.count, null]);
  rows.push([
    'escalation',
    'open',
    lang === 'en' ? 'Still open' : '未处理',
    null,
    ...blank(9),
    report.escalations.open,
    null,
  ]);
  for (const e of report.flaggedRecords.byType)
    rows.push(['flagged-record', e.type, pickText(e.label, lang), '篇六 第十条', ...blank(9), e.count, null]);
  return csvBom + rows.map((r) => r.map((v) => escapeCsvCell(cell(v))).join(',')).join('\r\n') + '\r\n';
}
