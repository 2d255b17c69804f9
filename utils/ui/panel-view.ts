import { computed, signal } from '@preact/signals';
import { assessAttempts } from '@/utils/core/rules/attempts';
import { checkUnreachable } from '@/utils/core/rules/record-checks';
import { checkCallTime } from '@/utils/core/rules/call-windows';
import { pickText } from '@/utils/core/script/locale-text';
import { getKindRule } from '@/utils/core/rules/kind-rules';
import type { ReadonlySignal } from '@preact/signals-core';
import type { WorkingCalendar } from '@/utils/core/calendar/working-calendar';
import type { CallWindowConfig } from '@/utils/core/rules/call-windows';
import type { HistoryItemView } from '@/components/history-list';
import type { CorrectionChanges } from '@/components/record-correction';
import type { MissingFieldView } from '@/components/missing-fields';
import { buildCardView, labelOf } from './card-view';
import { buildExtraRows, listMissingCustomFields } from './custom-fields-view';
import { buildDeadlineView } from './deadline-view';
import { formatDateTime } from './format';
import { toZonedDate } from '@/utils/core/calendar/zoned-time';
import { addComputedValues } from '@/utils/core/script/computed';
import type { CallMirror } from '@/utils/call/call-mirror';
import type { EscalationSeverity } from '@/utils/core/rules/escalations';
import type { ScriptFlag } from '@/utils/core/script/flags';
import { buildChecklist, buildStepView, describePath } from './runner-view';
import { buildWrapUpView } from './wrap-up-view';
import type { CallbackKind } from '@/utils/core/callback-kinds';
import type { Industry } from '@/utils/core/kind-groups';

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
  /** The agent's industry from the setup: its kinds come first in the kind select. */
  industry?: ReadonlySignal<Industry | null>;
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
    const view = buildCardView(customer, {
      locale: c.locale.value,
      t: c.t.value,
      revealed: c.call.revealed.value,
      today: today(),
      extraFlags: checks,
    });
    // Custom fields (a loan amount…) with their source, after the standard ones (custom-fields-view.ts).
    return {
      ...view,
      rows: [
        ...view.rows,
        ...buildExtraRows(customer, c.runner.script.value, c.locale.value, c.t.value, c.call.revealed.value),
      ],
    };
  });
  const kindRecords = computed(() => c.history.value.filter((r) => r.kind === c.kind.value));
  const attemptStatus = computed(() =>
    assessAttempts(kindRecords.value, {
      now: nowMs(),
      calendar: ports.calendar.value,
      timeZone: ports.timeZone,
      windows: ports.windows.value,
    }),
  );
  /**
   * The kind's callback is finished for this customer (reached, refused, number wrong): no attempt count and no
   * deadline left to chase. A yearly continuous callback is never finished: its next deadline follows the last one.
   */
  const finishedRecord = computed(() => {
    const state = attemptStatus.value.state;
    if (!['done', 'refused', 'invalid-number'].includes(state) || getKindRule(c.kind.value).trigger === 'last-callback')
      return null;
    return kindRecords.value.find((r) =>
      ['reached', 'message-sent', 'refused', 'wrong-number', 'no-such-number'].includes(r.outcome),
    );
  });
  const attempts = computed(() => {
    if (!card.value || finishedRecord.value) return null;
    const status = attemptStatus.value;
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
    // Named once: the key fields by the line above, the ones the ID number gives not at all (shown as derived).
    const keyMissing = new Set<string>([...(card.value?.missingKeys ?? []), ...(card.value?.derivedKeys ?? [])]);
    return [
      ...listMissingCustomFields(context, c.runner.script.value, c.locale.value),
      ...context.missing
        .filter((key) => !keyMissing.has(key))
        .map((key) => ({ key, label: labelOf(key, c.locale.value) })),
    ];
  });
  const deadline = computed(() => {
    const done = finishedRecord.value;
    if (done)
      return {
        text: c.t.value('kindFinished', {
          kind: pickText(getKindRule(c.kind.value).label, c.locale.value),
          date: formatDateTime(done.startedAt, ports.timeZone).slice(0, 10),
        }),
        overdue: false,
        rule: null,
        clause: null,
      };
    return buildDeadlineView(
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
    );
  });
  /** The call just recorded, while the card still shows that customer and no other call has begun. */
  const wrapUp = computed(() => {
    const w = c.wrapUp.value;
    if (!w || c.call.inCall.value) return null;
    return {
      ...buildWrapUpView(w, { t: c.t.value, locale: c.locale.value, timeZone: ports.timeZone }),
      mine: w.customerKey === c.customerKey.value,
    };
  });
  /** A kind picked after the call began: the script restarts only once the agent confirms. */
  const kindPending = signal<CallbackKind | null>(null);
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
    wrapUp,
    kindPending,
    industry: computed(() => ports.industry?.value ?? null),
    kindReason: computed(() => {
      const reason = c.kindReason.value;
      return reason ? c.t.value('kindWhy', { reason: pickText(reason, c.locale.value) }) : null;
    }),
    /** Before the call begins the kind changes at once; after, the agent is asked to restart the script first. */
    chooseKind(kind: CallbackKind) {
      if (kind === c.kind.value) return;
      if (c.call.inCall.value) kindPending.value = kind;
      else c.setKind(kind);
    },
    confirmKind() {
      const kind = kindPending.value;
      kindPending.value = null;
      if (kind) c.setKind(kind, true);
    },
    cancelKind() {
      kindPending.value = null;
    },
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
