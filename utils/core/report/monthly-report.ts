import type { CallbackKind } from '../callback-kinds';
import { z } from '../zod';
import { addMonths } from '../calendar/civil-date';
import { defaultTimeZone, formatZonedIso, toZonedDate, zonedToInstant } from '../calendar/zoned-time';
import { selectCurrentRecords } from '../rules/current-records';
import type { Escalation } from '../rules/escalations';
import { getKindRule } from '../rules/kind-rules';
import type { Satisfaction } from '../schemas/callback-record';
import { satisfactionSchema } from '../schemas/callback-record';
import type { Customer } from '../schemas/customer';
import { type ScriptFlag, flagInfo, scriptFlagSchema } from '../script/flags';
import type { LocalizedText } from '../script/localized';
import {
  type DueItem,
  type ReportRecord,
  assessCompletion,
  collectDueItems,
  getDueDate,
  makeDueKey,
} from './due-items';

export type KindRow = {
  kind: CallbackKind;
  label: LocalizedText;
  clause: string;
  coverageTarget: number | null;
  due: number;
  onTime: number;
  late: number;
  outstanding: number;
  overdue: number;
  /** Done (on time or late) over due, in percent with one decimal; null when nothing was due. */
  coveragePct: number | null;
  onTimePct: number | null;
  /** Records (attempts) started in the month, whatever deadline they served. */
  attempts: number;
};
export type Totals = Omit<KindRow, 'kind' | 'label' | 'clause' | 'coverageTarget'>;
export type SatisfactionRow = { level: Satisfaction; label: LocalizedText; count: number; pct: number | null };
export type EscalationCount = { type: ScriptFlag; label: LocalizedText; count: number };

export type MonthlyReport = {
  month: string;
  timeZone: string;
  generatedAt: string;
  agents: string[];
  /** 篇九 第十一条: the month's figures are reported by the 7th of the next month at 16:00, holidays not excepted. */
  submitBy: string;
  kinds: KindRow[];
  totals: Totals;
  satisfaction: { rows: SatisfactionRow[]; answered: number };
  /** Escalations opened in the month (from the escalation list), and records flagged for one (from the records). */
  escalations: { opened: number; open: number; handled: number; byType: EscalationCount[] };
  flaggedRecords: { records: number; byType: EscalationCount[] };
  /** Ready for a stacked bar chart: one bar per kind with something due. */
  chart: {
    max: number;
    bars: { kind: CallbackKind; label: LocalizedText; onTime: number; late: number; outstanding: number }[];
  };
};

export type MonthlyReportInput = {
  month: string;
  now: number;
  timeZone?: string;
  records: readonly ReportRecord[];
  dueItems?: readonly DueItem[];
  customers?: readonly Customer[];
  escalations?: readonly Escalation[];
  /** Agents named by the export files, added to those of the records. */
  agents?: readonly string[];
};

export const satisfactionLabels: Record<Satisfaction, LocalizedText> = {
  satisfied: { 'zh-CN': '满意', en: 'Satisfied' },
  'fairly-satisfied': { 'zh-CN': '比较满意', en: 'Fairly satisfied' },
  'basically-satisfied': { 'zh-CN': '基本满意', en: 'Basically satisfied' },
  dissatisfied: { 'zh-CN': '不满意', en: 'Not satisfied' },
};

export const monthSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM'));

/** The 7th of the following month, 16:00 in the zone (节假日不顺延: no shift for holidays). */
export function getReportSubmitBy(month: string, timeZone: string = defaultTimeZone): string {
  const next = addMonths(`${month}-01`, 1);
  return formatZonedIso(zonedToInstant(`${next.slice(0, 7)}-07`, '16:00', timeZone), timeZone);
}

const pct = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 10;

function countTypes(types: readonly ScriptFlag[]): EscalationCount[] {
  const counts = new Map<ScriptFlag, number>();
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts]
    .map(([type, count]) => ({ type, label: flagInfo[type].label, count }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}

function emptyCounts(): Totals {
  return { due: 0, onTime: 0, late: 0, outstanding: 0, overdue: 0, coveragePct: null, onTimePct: null, attempts: 0 };
}

/** The month's figures per kind, satisfaction and escalations (篇九 第十一条), for the options page, CSV and CLI. */
export function buildMonthlyReport(input: MonthlyReportInput): MonthlyReport {
  const timeZone = input.timeZone ?? defaultTimeZone;
  const inMonth = (date: string) => date.slice(0, 7) === input.month;
  const records = selectCurrentRecords(input.records);
  const served = new Map<string, ReportRecord[]>();
  for (const r of records) {
    if (!r.dueAt) continue;
    const key = makeDueKey({ customerKey: r.customerKey, kind: r.kind, due: r.dueAt }, timeZone);
    const list = served.get(key);
    if (list) list.push(r);
    else served.set(key, [r]);
  }
  const rows = new Map<CallbackKind, Totals>();
  const row = (kind: CallbackKind) => rows.get(kind) ?? rows.set(kind, emptyCounts()).get(kind) ?? emptyCounts();
  for (const item of collectDueItems(input.dueItems ?? [], records, input.customers ?? [], timeZone)) {
    if (!inMonth(getDueDate(item.due, timeZone))) continue;
    const r = row(item.kind);
    const result = assessCompletion(item, served.get(makeDueKey(item, timeZone)) ?? [], input.now, timeZone);
    r.due += 1;
    if (result.status === 'on-time') r.onTime += 1;
    else if (result.status === 'late') r.late += 1;
    else r.outstanding += 1;
    if (result.overdue) r.overdue += 1;
  }
  const monthRecords = records.filter((r) => inMonth(toZonedDate(Date.parse(r.startedAt), timeZone)));
  for (const r of monthRecords) row(r.kind).attempts += 1;
  const totals = emptyCounts();
  const kinds: KindRow[] = [...rows]
    .map(([kind, c]) => {
      for (const k of ['due', 'onTime', 'late', 'outstanding', 'overdue', 'attempts'] as const) totals[k] += c[k];
      const rule = getKindRule(kind);
      return {
        kind,
        label: rule.label,
        clause: `${rule.clause.text} ${rule.clause.article}`.trim(),
        coverageTarget: rule.coverageTarget,
        ...c,
        coveragePct: pct(c.onTime + c.late, c.due),
        onTimePct: pct(c.onTime, c.due),
      };
    })
    .sort((a, b) => b.due - a.due || a.kind.localeCompare(b.kind));
  totals.coveragePct = pct(totals.onTime + totals.late, totals.due);
  totals.onTimePct = pct(totals.onTime, totals.due);

  const rated: Satisfaction[] = [];
  for (const r of monthRecords) if (r.satisfaction) rated.push(r.satisfaction);
  const satisfaction = satisfactionSchema.options.map((level) => {
    const count = rated.filter((s) => s === level).length;
    return { level, label: satisfactionLabels[level], count, pct: pct(count, rated.length) };
  });
  const escalationsInMonth = [...new Map((input.escalations ?? []).map((e) => [e.id, e])).values()].filter((e) =>
    inMonth(toZonedDate(Date.parse(e.openedAt), timeZone)),
  );
  const flagged: ScriptFlag[][] = [];
  for (const r of monthRecords) {
    if (r.flags.length === 0) continue;
    const types = r.flags.flatMap((f) => {
      const parsed = scriptFlagSchema.safeParse(f);
      return parsed.success && flagInfo[parsed.data].escalate ? [parsed.data] : [];
    });
    if (types.length > 0) flagged.push(types);
  }
  const agents = [...new Set([...(input.agents ?? []), ...monthRecords.map((r) => r.agent)])]
    .filter((a) => a !== '')
    .sort();
  const bars = kinds
    .filter((k) => k.due > 0)
    .map((k) => ({ kind: k.kind, label: k.label, onTime: k.onTime, late: k.late, outstanding: k.outstanding }));
  return {
    month: input.month,
    timeZone,
    generatedAt: new Date(input.now).toISOString(),
    agents,
    submitBy: getReportSubmitBy(input.month, timeZone),
    kinds,
    totals,
    satisfaction: { rows: satisfaction, answered: rated.length },
    escalations: {
      opened: escalationsInMonth.length,
      open: escalationsInMonth.filter((e) => e.status === 'open').length,
      handled: escalationsInMonth.filter((e) => e.status === 'handled').length,
      byType: countTypes(escalationsInMonth.map((e) => e.type)),
    },
    flaggedRecords: { records: flagged.length, byType: countTypes(flagged.flat()) },
    chart: { max: Math.max(0, ...bars.map((b) => b.onTime + b.late + b.outstanding)), bars },
  };
}
