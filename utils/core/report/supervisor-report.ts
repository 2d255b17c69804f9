import type { CallbackKind } from '../callback-kinds';
import { defaultTimeZone, toZonedDate } from '../calendar/zoned-time';
import { qaPassScore, scoreReview, type Review } from '../qa/review';
import { selectCurrentRecords } from '../rules/current-records';
import { settleEscalations } from '../rules/escalation-lifecycle';
import type { Escalation, EscalationSeverity } from '../rules/escalations';
import { getKindRule } from '../rules/kind-rules';
import type { Outcome } from '../schemas/callback-record';
import type { ReportRecord } from './due-items';
import type { Customer } from '../schemas/customer';
import type { ScriptFlag } from '../script/flags';
import type { LocalizedText } from '../script/localized';
import { type DueItem, assessCompletion, collectDueItems, getDueDate, makeDueKey } from './due-items';
import { type MonthlyReport, type MonthlyReportInput, buildMonthlyReport } from './monthly-report';

// The 月报 a supervisor hands in (docs/report.md explains every figure): the monthly figures per kind, and per agent,
// the escalations one by one, QA results and the customers still owed a callback.

export type AgentRow = {
  agent: string;
  /** Records the agent started in the month (attempts, latest revision of each). */
  attempts: number;
  /** Due callbacks of the month the agent completed: on time and late. */
  onTime: number;
  late: number;
  /** Records with an overall rating, and those rated 满意 or 比较满意. */
  rated: number;
  satisfiedOrFairly: number;
  escalationsRaised: number;
  reviews: number;
  /** Mean QA score of the agent's reviewed calls (one decimal), null without reviews. */
  qaMean: number | null;
  qaPassed: number;
};

export type EscalationRow = {
  id: string;
  customerKey: string;
  customerName: string;
  kind: CallbackKind;
  kindLabel: LocalizedText;
  agent: string;
  type: ScriptFlag;
  severity: EscalationSeverity;
  reason: string;
  openedAt: string;
  status: 'open' | 'handled';
  secondCallbackDue: string | null;
  secondCallbackAt: string | null;
  secondCallbackBy: string | null;
};

export type OutstandingRow = {
  customerKey: string;
  customerName: string;
  phone: string;
  kind: CallbackKind;
  kindLabel: LocalizedText;
  due: string;
  overdue: boolean;
  attempts: number;
  lastAttemptAt: string | null;
  lastOutcome: Outcome | null;
  lastAgent: string;
};

export type QaRow = { agent: string; reviews: number; mean: number | null; passed: number; failed: number };

export type SupervisorReport = {
  monthly: MonthlyReport;
  agents: AgentRow[];
  escalations: { rows: EscalationRow[]; opened: number; inProgress: number; resolved: number };
  qa: { rows: QaRow[]; reviews: number; mean: number | null; passScore: number };
  outstanding: OutstandingRow[];
};

export type SupervisorReportInput = MonthlyReportInput & { reviews?: readonly Review[] };

const mean = (values: number[]): number | null =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;

/** Who the customer is, from the newest of: the customer row, then the latest record's page values. */
function describeCustomer(key: string, customers: Map<string, Customer>, records: readonly ReportRecord[]) {
  const context = { ...records.at(-1)?.context, ...customers.get(key)?.context };
  return { name: context.name ?? '', phone: context.mobile ?? context.phone ?? '' };
}

export function buildSupervisorReport(input: SupervisorReportInput): SupervisorReport {
  const timeZone = input.timeZone ?? defaultTimeZone;
  const inMonth = (date: string) => date.slice(0, 7) === input.month;
  const records = selectCurrentRecords(input.records);
  // Each escalation as the merged records say it stands: handled once its second callback exists.
  const settled = settleEscalations([...new Map((input.escalations ?? []).map((e) => [e.id, e])).values()], records);
  const monthly = buildMonthlyReport({ ...input, escalations: settled });
  const byCustomer = new Map<string, ReportRecord[]>();
  for (const r of [...records].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt))) {
    const list = byCustomer.get(r.customerKey) ?? [];
    list.push(r);
    byCustomer.set(r.customerKey, list);
  }
  const customers = new Map((input.customers ?? []).map((c) => [c.key, c]));
  const agents = new Map<string, AgentRow>();
  const agentRow = (agent: string): AgentRow => {
    const seen = agents.get(agent);
    if (seen) return seen;
    const row: AgentRow = {
      agent,
      attempts: 0,
      onTime: 0,
      late: 0,
      rated: 0,
      satisfiedOrFairly: 0,
      escalationsRaised: 0,
      reviews: 0,
      qaMean: null,
      qaPassed: 0,
    };
    agents.set(agent, row);
    return row;
  };
  for (const agent of monthly.agents) agentRow(agent);
  const monthRecords = records.filter((r) => inMonth(toZonedDate(Date.parse(r.startedAt), timeZone)));
  for (const r of monthRecords) {
    const row = agentRow(r.agent);
    row.attempts += 1;
    if (r.satisfaction) {
      row.rated += 1;
      if (r.satisfaction === 'satisfied' || r.satisfaction === 'fairly-satisfied') row.satisfiedOrFairly += 1;
    }
  }

  // Due callbacks of the month, as buildMonthlyReport counts them: the completing record names the agent.
  const served = new Map<string, ReportRecord[]>();
  for (const r of records) {
    if (!r.dueAt) continue;
    const key = makeDueKey({ customerKey: r.customerKey, kind: r.kind, due: r.dueAt }, timeZone);
    const list = served.get(key);
    if (list) list.push(r);
    else served.set(key, [r]);
  }
  const outstanding: OutstandingRow[] = [];
  for (const item of collectDueItems(input.dueItems ?? [], records, input.customers ?? [], timeZone)) {
    if (!inMonth(getDueDate(item.due, timeZone))) continue;
    const list = served.get(makeDueKey(item, timeZone)) ?? [];
    const result = assessCompletion(item, list, input.now, timeZone);
    if (result.status !== 'outstanding') {
      const doneBy = list.find((r) => Date.parse(r.endedAt ?? r.startedAt) === Date.parse(result.doneAt ?? ''));
      const row = agentRow(doneBy?.agent ?? '');
      if (result.status === 'on-time') row.onTime += 1;
      else row.late += 1;
      continue;
    }
    outstanding.push(describeOutstanding(item, result.overdue, byCustomer.get(item.customerKey) ?? [], customers));
  }
  outstanding.sort((a, b) => a.due.localeCompare(b.due) || a.customerKey.localeCompare(b.customerKey));

  // Escalations opened in the month, and older ones still open: each settled against the merged records.
  const escalationRows: EscalationRow[] = [];
  let opened = 0;
  for (const e of settled) {
    const openedInMonth = inMonth(toZonedDate(Date.parse(e.openedAt), timeZone));
    const openedBefore = toZonedDate(Date.parse(e.openedAt), timeZone).slice(0, 7) < input.month;
    if (!openedInMonth && !(openedBefore && e.status === 'open')) continue;
    if (openedInMonth) {
      opened += 1;
      agentRow(e.openedBy).escalationsRaised += 1;
    }
    escalationRows.push(describeEscalation(e, byCustomer, customers));
  }
  escalationRows.sort((a, b) => a.openedAt.localeCompare(b.openedAt));

  // QA: the latest sheet per reviewed call of the month's sample.
  const sheets = [...new Map((input.reviews ?? []).filter((r) => r.month === input.month).map((r) => [r.recordId, r]))];
  const qaByAgent = new Map<string, number[]>();
  for (const [, review] of sheets) {
    const score = scoreReview(review.scores);
    if (!score.ok) continue;
    const totals = qaByAgent.get(review.agent);
    if (totals) totals.push(score.total);
    else qaByAgent.set(review.agent, [score.total]);
  }
  const qaRows: QaRow[] = [...qaByAgent]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([agent, totals]) => {
      const passed = totals.filter((t) => t >= qaPassScore).length;
      const row = agentRow(agent);
      row.reviews = totals.length;
      row.qaMean = mean(totals);
      row.qaPassed = passed;
      return { agent, reviews: totals.length, mean: mean(totals), passed, failed: totals.length - passed };
    });

  return {
    monthly,
    agents: [...agents.values()].filter((a) => a.agent !== '').sort((a, b) => a.agent.localeCompare(b.agent)),
    escalations: {
      rows: escalationRows,
      opened,
      inProgress: escalationRows.filter((e) => e.status === 'open').length,
      resolved: escalationRows.filter((e) => e.status === 'handled').length,
    },
    qa: {
      rows: qaRows,
      reviews: qaRows.reduce((n, r) => n + r.reviews, 0),
      mean: mean([...qaByAgent.values()].flat()),
      passScore: qaPassScore,
    },
    outstanding,
  };
}

function describeOutstanding(
  item: DueItem,
  overdue: boolean,
  history: readonly ReportRecord[],
  customers: Map<string, Customer>,
): OutstandingRow {
  const tries = history.filter((r) => r.kind === item.kind);
  const last = tries.at(-1);
  const who = describeCustomer(item.customerKey, customers, history);
  return {
    customerKey: item.customerKey,
    customerName: who.name,
    phone: who.phone,
    kind: item.kind,
    kindLabel: getKindRule(item.kind).label,
    due: item.due,
    overdue,
    attempts: tries.length,
    lastAttemptAt: last?.startedAt ?? null,
    lastOutcome: last?.outcome ?? null,
    lastAgent: last?.agent ?? '',
  };
}

function describeEscalation(
  e: Escalation,
  byCustomer: Map<string, ReportRecord[]>,
  customers: Map<string, Customer>,
): EscalationRow {
  const history = byCustomer.get(e.customerKey) ?? [];
  const second = e.secondCallbackRecordId ? history.find((r) => r.id === e.secondCallbackRecordId) : undefined;
  return {
    id: e.id,
    customerKey: e.customerKey,
    customerName: describeCustomer(e.customerKey, customers, history).name,
    kind: e.kind,
    kindLabel: getKindRule(e.kind).label,
    agent: e.openedBy,
    type: e.type,
    severity: e.severity,
    reason: e.reason ?? e.note,
    openedAt: e.openedAt,
    status: e.status,
    secondCallbackDue: e.secondCallbackDue,
    secondCallbackAt: e.secondCallbackAt ?? e.handledAt,
    secondCallbackBy: second?.agent ?? e.handledBy,
  };
}
