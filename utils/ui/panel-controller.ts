import { batch, computed, effect, signal } from '@preact/signals';
import type { CallbackKind } from '@/utils/core/callback-kinds';
import { createDraftScheduler } from '@/utils/core/draft/scheduler';
import { rankScripts, type RankedScript } from '@/utils/core/script/select';
import type { CallbackRecord, Outcome } from '@/utils/core/schemas/callback-record';
import { makeCustomerKey, type Customer } from '@/utils/core/schemas/customer';
import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import type { Draft } from '@/utils/core/schemas/draft';
import { toZonedDate } from '@/utils/core/calendar/zoned-time';
import { createCallState, identifyCustomer } from './call-state';
import { computeDueAt, computeRetryTime } from './call-timing';
import { composeDraft, contextValues } from './compose-draft';
import { createTranslate, type Locale } from './i18n';
import type { PanelPorts } from './panel-ports';
import type { OtherCustomer } from '@/utils/core/checks/shared-contacts';
import { createRunnerState } from './runner-state';

export type PanelTab = 'current' | 'queue' | 'history';

export function keyOfContext(context: CustomerContext): string {
  const f = context.fields;
  return makeCustomerKey({
    origin: context.origin,
    customerId: f.customerId?.value,
    name: f.name?.value,
    phone: f.mobile?.value ?? f.phone?.value,
  });
}

/** The panel's state and actions: one call at a time, bound to its customer, autosaved as a draft. */
export function createPanelController(ports: PanelPorts, initialLocale: Locale) {
  const nowIso = () => ports.now().toISOString();
  const locale = signal<Locale>(initialLocale);
  const t = computed(() => createTranslate(locale.value));
  const tab = signal<PanelTab>('current');
  const call = createCallState(() => ports.now().getTime());
  const runner = createRunnerState(nowIso);
  const kind = signal<CallbackKind>('new-contract');
  const scripts = signal<RankedScript[]>([]);
  const customerRow = signal<Customer | undefined>(undefined);
  const history = signal<CallbackRecord[]>([]);
  const draftOffer = signal<Draft | null>(null);
  const recordId = signal<string | null>(null);
  const status = signal<string | null>(null);
  const saving = signal<{ at: number | null; error: string | null }>({ at: null, error: null });
  const agent = signal('');
  const others = signal<OtherCustomer[]>([]);
  const customerKey = computed(() => (call.customer.value ? keyOfContext(call.customer.value) : null));
  const values = computed(() => ({
    ...contextValues(call.customer.value ?? emptyContext()),
    agentName: agent.value,
    today: toZonedDate(ports.now().getTime(), ports.timeZone),
  }));

  const scheduler = createDraftScheduler<Draft>({
    save: async (draft) => {
      await ports.saveDraft(draft);
      saving.value = { at: ports.now().getTime(), error: null };
    },
    now: () => ports.now().getTime(),
    setTimer: ports.setTimer,
    clearTimer: ports.clearTimer,
    onError: (err) => (saving.value = { ...saving.value, error: err instanceof Error ? err.message : String(err) }),
  });

  const dueFor = (k: CallbackKind, context: CustomerContext | null) =>
    computeDueAt(k, context, customerRow.value?.events, ports);

  /** The draft of the call in progress: always its bound customer's, never the customer the page shows now. */
  function currentDraft(callBackAt: string | null = null): Draft | null {
    const context = call.bound.value;
    if (!context || !recordId.value || call.startedAt.value === null) return null;
    const key = keyOfContext(context);
    return composeDraft({
      customerKey: key,
      recordId: recordId.value,
      startedAt: new Date(call.startedAt.value).toISOString(),
      now: nowIso(),
      context,
      kind: kind.value,
      script: runner.script.value,
      engine: runner.engine.value,
      notes: call.notes.value,
      escalated: call.escalated.value,
      ringSeconds: call.timerStartedAt.value === null ? null : call.ringSeconds.value,
      agent: agent.value,
      dueAt: dueFor(kind.value, context)?.at ?? null,
      callBackAt,
    });
  }

  /** Any change by the agent starts (binds) the call; the draft follows within about a second. */
  function touch() {
    if (!call.beginCall()) return;
    recordId.value ??= ports.newId();
    const draft = currentDraft();
    if (draft) scheduler.update(draft);
  }

  function loadScript() {
    const context = call.customer.value;
    const ranked = rankScripts(scriptList, { context: values.value, kinds: [kind.value], today: values.value.today });
    scripts.value = ranked;
    const best = ranked.find((r) => r.applies) ?? ranked.find((r) => r.kindsDue.length > 0) ?? null;
    runner.load(context ? (best?.script ?? null) : null, { context: values.value, locale: locale.value });
  }

  let scriptList: Awaited<ReturnType<PanelPorts['scripts']>> = [];
  let loadedFor: string | null = null;

  async function refreshCustomer(context: CustomerContext) {
    const key = keyOfContext(context);
    const loaded = await Promise.all([ports.history(key), ports.loadDraft(key)]).catch((err: unknown) => {
      status.value = t.value('error', { error: err instanceof Error ? err.message : String(err) });
      return null;
    });
    if (!loaded) return;
    const [rows, draft] = loaded;
    customerRow.value = await ports.seeCustomer(key, context, dueFor(kind.value, context)).catch(() => undefined);
    if (customerKey.value !== key) return;
    history.value = rows.slice().reverse();
    draftOffer.value = draft && !call.inCall.value ? draft : null;
  }

  /** The agent picked the kind for the customer on show: the stored due kind no longer replaces it. */
  let kindChosen = false;

  async function onCustomerShown(context: CustomerContext | null) {
    const id = identifyCustomer(context);
    if (!context || id === loadedFor) return;
    loadedFor = id;
    kindChosen = false;
    batch(() => {
      kind.value = context.fields.signDate ? 'new-contract' : 'continuous';
      history.value = [];
      draftOffer.value = null;
    });
    loadScript();
    await refreshCustomer(context);
    // The stored deadline names the kind due; never restart a script the agent has begun.
    // …nor override a kind the agent picked while the customer was loading.
    if (customerRow.value?.dueKind && customerRow.value.dueKind !== kind.value && !call.inCall.value && !kindChosen) {
      kind.value = customerRow.value.dueKind;
      loadScript();
    }
  }

  async function finish(outcome: Outcome, callBackAt: string | null) {
    if (!call.beginCall()) return;
    recordId.value ??= ports.newId();
    const draft = currentDraft(callBackAt);
    if (!draft) return;
    scheduler.cancel();
    try {
      const record = await ports.finishCall(draft, outcome, ports.now());
      status.value = t.value('recorded', { outcome: t.value(`outcome.${record.outcome}`) });
      const context = call.customer.value;
      batch(() => {
        call.endCall();
        recordId.value = null;
        history.value = [record, ...history.value.filter((r) => r.id !== record.id)];
      });
      loadedFor = null;
      await onCustomerShown(call.customer.value ?? context);
    } catch (err) {
      scheduler.update(draft);
      status.value = t.value('recordFailed', { error: err instanceof Error ? err.message : String(err) });
    }
  }

  const stopAutosave = effect(() => {
    void runner.engine.value;
    void call.notes.value;
    void call.escalated.value;
    if (call.inCall.value) {
      const draft = currentDraft();
      if (draft) scheduler.update(draft);
    }
  });

  return {
    locale,
    t,
    tab,
    call,
    runner,
    kind,
    scripts,
    history,
    draftOffer,
    status,
    saving,
    agent,
    others,
    customerKey,
    values,
    customerRow,
    async init() {
      // A storage failure (e.g. a browser that blocks the database in a framed page) must not stop the script.
      const fail = (err: unknown) => {
        status.value = t.value('error', { error: err instanceof Error ? err.message : String(err) });
      };
      [agent.value, scriptList, others.value] = await Promise.all([
        ports.agent().catch((err: unknown) => (fail(err), '')),
        ports.scripts().catch((err: unknown) => (fail(err), [])),
        ports.otherCustomers().catch(() => []),
      ]);
      loadScript();
    },
    setContext(context: CustomerContext | null) {
      call.setPageContext(context);
      if (!call.inCall.value) void onCustomerShown(context);
    },
    setKind(next: CallbackKind) {
      kindChosen = true;
      kind.value = next;
      if (!call.inCall.value) loadScript();
    },
    touch,
    outcome(o: Outcome) {
      if (o === 'call-back-later' && call.laterValue.value === null) {
        call.laterValue.value = '';
        return Promise.resolve();
      }
      return finish(
        o,
        o === 'no-answer' || o === 'busy' ? computeRetryTime(ports.now().getTime(), ports.windows, ports) : null,
      );
    },
    confirmLater() {
      const raw = call.laterValue.value;
      const at = raw ? new Date(raw) : null;
      if (!at || Number.isNaN(at.getTime())) return Promise.resolve();
      return finish('call-back-later', at.toISOString());
    },
    /** The page switched customer mid-call: end this call's binding and follow the page (the draft stays saved). */
    async switchToPage() {
      await scheduler.flush();
      const page = call.pageContext.value;
      call.endCall();
      recordId.value = null;
      loadedFor = null;
      await onCustomerShown(page);
    },
    resume(draft: Draft) {
      const context = call.customer.value;
      if (!context) return;
      call.resumeCall(context, Date.parse(draft.startedAt));
      recordId.value = draft.recordId;
      kind.value = draft.record.kind;
      call.setNotes(draft.record.notes);
      call.escalated.value = draft.record.flags.includes('escalated');
      const script = scriptList.find((s) => s.id === draft.record.scriptId) ?? runner.script.value;
      runner.load(script ?? null, { context: values.value, locale: locale.value, saved: draft.engine });
      draftOffer.value = null;
    },
    async discard(draft: Draft) {
      await ports.discardDraft(draft.customerKey);
      draftOffer.value = null;
    },
    async refreshHistory() {
      const context = call.customer.value;
      if (context) await refreshCustomer(context);
    },
    flush: () => scheduler.flush(),
    /** What a last-chance synchronous write must store (versionchange): the unsaved draft, or the current one. */
    pendingDraft: () => scheduler.pending() ?? (call.inCall.value ? (currentDraft() ?? undefined) : undefined),
    dispose() {
      stopAutosave();
      void scheduler.flush();
    },
  };
}
export type PanelController = ReturnType<typeof createPanelController>;

function emptyContext(): CustomerContext {
  return { url: '', origin: '', adapterId: null, fields: {}, extra: {}, missing: [], flags: [], extractedAt: '' };
}
