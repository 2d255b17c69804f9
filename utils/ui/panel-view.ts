import { computed, signal } from '@preact/signals';
import { assessAttempts } from '@/utils/core/rules/attempts';
import { checkUnreachable } from '@/utils/core/rules/record-checks';
import { checkCallTime } from '@/utils/core/rules/call-windows';
import { pickText } from '@/utils/core/script/localized';
import { getKindRule } from '@/utils/core/rules/kind-rules';
import type { ReadonlySignal } from '@preact/signals-core';
import type { WorkingCalendar } from '@/utils/core/calendar/working-calendar';
import type { CallWindowConfig } from '@/utils/core/rules/call-windows';
import type { HistoryItemView } from '@/components/history-list';
import type { CorrectionChanges } from '@/components/record-correction';
import type { MissingFieldView } from '@/components/missing-fields';
import { buildCardView, labelOf } from './card-view';
import { buildDeadlineView } from './deadline-view';
import { formatDateTime } from './format';
import { toZonedDate } from '@/utils/core/calendar/zoned-time';
import { addComputedValues } from '@/utils/core/script/computed';
import type { CallMirror } from '@/utils/call/call-mirror';
import type { EscalationSeverity } from '@/utils/core/rules/escalations';
import type { ScriptFlag } from '@/utils/core/script/flags';
import { buildChecklist, buildStepView, describePath } from './runner-view';

/** `reveal` logs that numbers were shown (the audit holds the opaque customer key only). */
export type PanelViewActions = {
  teach(field: string): void;
  cancelTeach(): void;
  reveal(customerKey: string): void;
  /** Escalates a recorded call (the data call `escalate`); resolves to the second callback's deadline. */
  escalate?(input: EscalationRequest): Promise<string | null>;
  /** Corrects a recorded call (the data call `correctRecord`): a new revision with the reason; the original stays. */
  correct?(input: { id: string; changes: CorrectionChanges; reason: string }): Promise<void>;
};
export type EscalationRequest = { recordId: string; type: ScriptFlag; severity: EscalationSeverity; reason: string };

/** Everything the current tab renders, derived from the controller; no DOM here. */
export type PanelViewEnv = {
  now(): Date;
  timeZone: string;
  /** From the settings store: a change on the options page shows at once. */
  calendar: ReadonlySignal<WorkingCalendar>;
  windows: ReadonlySignal<CallWindowConfig>;
};

export function createPanelView(c: CallMirror, ports: PanelViewEnv, actions: PanelViewActions) {
  const picking = signal<string | null>(null);
  const showHelp = signal(false);
  const nowMs = () => ports.now().getTime();
  const today = () => toZonedDate(ports.now().getTime(), ports.timeZone);
  const findings = c.findings;
  const card = computed(() => {
    const customer = c.call.customer.value;
    if (!customer) return null;
    const checks = findings.value
      .filter((f) => f.severity !== 'info')
      .map((f) => ({ code: f.code, field: f.field ?? undefined, message: pickText(f.message, c.locale.value) }));
    return buildCardView(customer, {
      locale: c.locale.value,
      t: c.t.value,
      revealed: c.call.revealed.value,
      today: today(),
      extraFlags: checks,
    });
  });
  const kindRecords = computed(() => c.history.value.filter((r) => r.kind === c.kind.value));
  const attempts = computed(() => {
    if (!card.value) return null;
    const status = assessAttempts(kindRecords.value, {
      now: nowMs(),
      calendar: ports.calendar.value,
      timeZone: ports.timeZone,
      windows: ports.windows.value,
    });
    return { k: Math.min(status.counted + 1, status.required), max: status.required };
  });
  /** Unanswered attempts so far: how many more half-days before "unreachable" may be recorded (篇六 第十二条). */
  const unreachable = computed(() => {
    const records = kindRecords.value;
    if (!card.value || !records.some((r) => r.outcome === 'no-answer' || r.outcome === 'busy')) return null;
    if (records.some((r) => r.outcome === 'reached' || r.outcome === 'message-sent')) return null;
    const check = checkUnreachable(records, {
      now: nowMs(),
      calendar: ports.calendar.value,
      timeZone: ports.timeZone,
      windows: ports.windows.value,
    });
    return pickText(check.text, c.locale.value);
  });
  const missing = computed<MissingFieldView[]>(() =>
    (card.value?.missingKeys ?? []).map((key) => ({ key, label: labelOf(key, c.locale.value) })),
  );
  const otherMissing = computed<MissingFieldView[]>(() => {
    const context = c.call.customer.value;
    if (!context) return [];
    const keyMissing = new Set<string>(card.value?.missingKeys ?? []);
    return context.missing
      .filter((key) => !keyMissing.has(key))
      .map((key) => ({ key, label: labelOf(key, c.locale.value) }));
  });
  const deadline = computed(() =>
    buildDeadlineView(
      c.kind.value,
      {
        pageSignDate: c.call.customer.value?.fields.signDate?.value,
        stored: c.customerRow.value?.events,
        lastReachedAt: c.customerRow.value?.stats.lastReachedAt,
      },
      {
        calendar: ports.calendar.value,
        nowMs: nowMs(),
        timeZone: ports.timeZone,
        locale: c.locale.value,
        t: c.t.value,
      },
    ),
  );
  const step = computed(() => {
    const script = c.runner.script.value;
    const engine = c.runner.engine.value;
    if (!script || !engine) return null;
    return buildStepView(script, engine, {
      locale: c.locale.value,
      values: addComputedValues(script, c.values.value, ports.calendar.value),
      freeValue: c.runner.freeValue.value,
      pending: c.runner.pending.value,
    });
  });
  const path = computed(() =>
    c.runner.script.value && c.runner.engine.value
      ? describePath(c.runner.script.value, c.runner.engine.value, c.locale.value)
      : [],
  );
  const checklist = computed(() =>
    c.runner.script.value && c.runner.engine.value
      ? buildChecklist(c.runner.script.value, c.runner.engine.value, c.locale.value)
      : [],
  );
  const announcement = computed(() => {
    void c.runner.stepCounter.value;
    const s = step.value;
    if (c.runner.engine.value?.status === 'ended') return c.t.value('scriptDone');
    return s ? c.t.value('stepAnnounce', { n: s.number, text: s.parts.map((p) => p.text).join('') }) : '';
  });
  const elapsed = computed(() =>
    c.call.startedAt.value === null ? 0 : Math.floor((c.call.tick.value - c.call.startedAt.value) / 1000),
  );
  const saveStatus = computed(() => {
    const s = c.saving.value;
    if (s.error) return c.t.value('recordFailed', { error: s.error });
    return s.at === null
      ? ''
      : c.t.value('savedAgo', { n: Math.max(0, Math.round((c.call.tick.value - s.at) / 1000)) });
  });
  const windowWarning = computed(() => {
    void c.call.tick.value;
    const check = checkCallTime(nowMs(), ports.windows.value, ports.calendar.value, ports.timeZone);
    return check.warning ? pickText(check.warning.text, c.locale.value) : null;
  });
  const historyItems = computed<HistoryItemView[]>(() =>
    c.history.value.map((r) => ({
      id: r.id,
      when: formatDateTime(r.startedAt, ports.timeZone),
      outcome: c.t.value(`outcome.${r.outcome}`),
      kind: pickText(getKindRule(r.kind).label, c.locale.value),
      notes: r.notes,
      path: r.path,
      answers: Object.entries(r.answers).map(([k, a]) => `${k}: ${Array.isArray(a) ? a.join(', ') : String(a)}`),
      current: { outcome: r.outcome, satisfaction: r.satisfaction, notes: r.notes },
      checks: [
        ...(r.revision > 0 ? [c.t.value('historyRevision', { n: r.revision, reason: r.revisionReason ?? '' })] : []),
        ...(r.openItemsReason ? [c.t.value('historyOpenItemsReason', { reason: r.openItemsReason })] : []),
        ...(r.shortRingConfirmed ? [c.t.value('historyShortRing')] : []),
      ],
    })),
  );

  return {
    escalate: actions.escalate,
    /** History's "correct": saved, then the call reads its history again; resolves to an error text, or null. */
    correct: actions.correct
      ? async (id: string, changes: CorrectionChanges, reason: string) => {
          try {
            await actions.correct?.({ id, changes, reason });
            c.refreshHistory();
            return null;
          } catch (err) {
            return c.t.value('error', { error: err instanceof Error ? err.message : String(err) });
          }
        }
      : undefined,
    c,
    showHelp,
    card,
    attempts,
    unreachable,
    missing,
    otherMissing,
    picking,
    deadline,
    step,
    path,
    checklist,
    announcement,
    elapsed,
    saveStatus,
    windowWarning,
    findings,
    historyItems,
    formatTime: (iso: string) => formatDateTime(iso, ports.timeZone),
    /** Runs an agent action inside the call (the call binds itself to the customer on the first one). */
    act(fn: () => unknown) {
      fn();
    },
    toggleReveal() {
      c.call.revealed.value = !c.call.revealed.value;
      if (c.call.revealed.value && c.customerKey.value) actions.reveal(c.customerKey.value);
    },
    teach(field: string) {
      picking.value = field;
      actions.teach(field);
    },
    cancelTeach() {
      picking.value = null;
      actions.cancelTeach();
    },
  };
}
export type PanelView = ReturnType<typeof createPanelView>;
