import { batch, computed, effect, signal } from '@preact/signals-core';
import type { CallbackKind } from '@/utils/core/callback-kinds';
import { createDraftScheduler } from '@/utils/core/draft/scheduler';
import { rankScripts, type RankedScript } from '@/utils/core/script/select';
import type { Locale, LocalizedText } from '@/utils/core/script/localized';
import type { Script } from '@/utils/core/script/schema';
import type { CallbackRecord, Outcome } from '@/utils/core/schemas/callback-record';
import { keyOfContext, type Customer } from '@/utils/core/schemas/customer';
import { proposeKind } from '@/utils/core/kind-proposal';
import type { ContactPerson, CustomerContext } from '@/utils/core/schemas/customer-context';
import { addressContext } from '@/utils/core/identity/addressee';
import { confirmsUnnamedPerson, needsContactToRecord } from '@/utils/core/identity/company-call';
import type { EngineEvent } from '@/utils/core/script/engine-types';
import type { Draft } from '@/utils/core/schemas/draft';
import { toZonedDate } from '@/utils/core/calendar/zoned-time';
import { toContextValues } from '@/utils/core/script/context-values';
import { addComputedValues } from '@/utils/core/script/computed';
import { checkCustomer } from '@/utils/core/checks/check-customer';
import type { OtherCustomer } from '@/utils/core/checks/shared-contacts';
import { createCallState, identifyCustomer } from './call-state';
import { computeDueAt, computeRetryTime } from './call-timing';
import { composeDraft } from './compose-draft';
import type { CallPorts } from './call-ports';
import { checkReachedChecklist, checkRingTime } from '@/utils/core/rules/record-checks';
import { listOpenRequiredItems } from '@/utils/core/script/checklist-scope';
import type { DraftRecord } from '@/utils/core/schemas/draft';
import type { CallStatus, WrapUp } from './call-protocol';
import { assessAttempts } from '@/utils/core/rules/attempts';
import { createRunnerState } from './runner-state';
import type { TeamView } from '@/utils/core/sync/team-view';

/** The agent's answers to the record checks, carried by the `outcome` event (utils/call/call-protocol.ts). */
export type OutcomeAnswers = { openItemsReason?: string; shortRingConfirmed?: boolean };
type PendingOutcome = { outcome: Outcome; callBackAt: string | null; ringSeconds: number | null; shortRing: boolean };

/** A second "record" for the same customer within this time, with no new call begun, is taken as a duplicate. */
export const duplicateWindowMs = 5_000;

/**
 * One call, as the background keeps it for one tab: bound to its customer, the script engine's state, ticks, notes,
 * timer and outcome, autosaved as a draft. The panel, a popped-out panel and the overlay are views of it
 * (utils/call/call-hub.ts sends them its snapshot; docs/architecture.md).
 */
export function createCallSession(ports: CallPorts, initialLocale: Locale) {
  const nowIso = () => ports.now().toISOString();
  const locale = signal<Locale>(initialLocale);
  const call = createCallState(() => ports.now().getTime());
  const runner = createRunnerState(nowIso);
  const kind = signal<CallbackKind>('new-contract');
  /** Why the kind on show was proposed (null once the agent picks one). */
  const kindReason = signal<LocalizedText | null>(null);
  const scripts = signal<RankedScript[]>([]);
  const customerRow = signal<Customer | undefined>(undefined);
  const history = signal<CallbackRecord[]>([]);
  const draftOffer = signal<Draft | null>(null);
  const recordId = signal<string | null>(null);
  /** Records written by this session: a view's "record" names how many it saw, so a second press is dropped. */
  const recorded = signal(0);
  const status = signal<CallStatus | null>(null);
  /** The call just recorded: shown until another call begins or the page shows someone else (issue #12). */
  const wrapUp = signal<WrapUp | null>(null);
  /** Team sync's view of this call (server, lease), set by the call hub; null while sync is off. */
  const team = signal<TeamView | null>(null);
  const saving = signal<{ at: number | null; error: string | null }>({ at: null, error: null });
  const agent = signal('');
  const profile = signal({ companyName: '', servicePhone: '' });
  const others = signal<OtherCustomer[]>([]);
  /** A "record" the checks stopped, kept until the agent answers or cancels (utils/core/rules/record-checks.ts). */
  const pending = signal<PendingOutcome | null>(null);
  /** Page key → the key the customer is stored under, when the background found it under an older one. */
  const storedKeys = signal<ReadonlyMap<string, string>>(new Map());
  const keyFor = (context: CustomerContext | null) => {
    const key = keyOfContext(context);
    return key ? (storedKeys.value.get(key) ?? key) : null;
  };
  const customerKey = computed(() => keyFor(call.customer.value));
  /** The contact on the line, chosen by the agent on a company record (for that customer only). */
  const chosenContact = signal<{ key: string; person: ContactPerson } | null>(null);
  const contact = computed(() => {
    const chosen = chosenContact.value;
    return chosen && chosen.key === keyOfContext(call.customer.value) ? chosen.person : null;
  });
  /** Whom the script speaks to: a company's contact, never the company (utils/core/identity/addressee.ts). */
  const addressed = computed(() => addressContext(call.customer.value, contact.value));
  /**
   * What waits for the name of the person on the line (a company call): a "yes, that is me" to an unnamed identity
   * question, or recording the call as reached. Cleared once a contact is chosen (utils/core/identity/company-call.ts).
   */
  const contactNeeded = signal<'identity' | 'record' | null>(null);
  const today = () => toZonedDate(ports.now().getTime(), ports.timeZone);
  // What placeholders and script conditions read: page fields, extras, and the built-ins (utils/core/script/context-values.ts).
  // Blank setup values stay gaps (【缺：公司名称】), never an empty string read aloud.
  const values = computed(() =>
    toContextValues(addressed.value, {
      agentName: agent.value,
      companyName: profile.value.companyName || undefined,
      servicePhone: profile.value.servicePhone || undefined,
      today: today(),
    }),
  );
  const findings = computed(() => {
    const context = call.customer.value;
    const key = customerKey.value;
    if (!context || !key) return [];
    return checkCustomer({
      context,
      customerKey: key,
      kind: kind.value,
      agent: agent.value,
      others: others.value,
      today: today(),
    });
  });
  const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

  const scheduler = createDraftScheduler<Draft>({
    save: async (draft) => {
      await ports.saveDraft(draft);
      saving.value = { at: ports.now().getTime(), error: null };
    },
    now: () => ports.now().getTime(),
    setTimer: ports.setTimer,
    clearTimer: ports.clearTimer,
    onError: (err) => (saving.value = { ...saving.value, error: errorText(err) }),
  });

  const env = () => ({ calendar: ports.calendar(), timeZone: ports.timeZone });
  const dueFor = (k: CallbackKind, context: CustomerContext | null) =>
    computeDueAt(
      k,
      {
        pageSignDate: context?.fields.signDate?.value,
        stored: customerRow.value?.events,
        lastReachedAt: customerRow.value?.stats.lastReachedAt,
      },
      env(),
    );

  /** The draft of the call in progress: always its bound customer's, never the customer the page shows now. */
  function currentDraft(callBackAt: string | null = null, extra: Partial<DraftRecord> = {}): Draft | null {
    const context = call.bound.value;
    if (!context || !recordId.value || call.startedAt.value === null) return null;
    const key = keyFor(context);
    if (!key) return null;
    call.updateTick();
    const draft = composeDraft({
      customerKey: key,
      recordId: recordId.value,
      startedAt: new Date(call.startedAt.value).toISOString(),
      now: nowIso(),
      context: addressContext(context, contact.value) ?? context,
      kind: kind.value,
      kindReason: kindReason.value,
      script: runner.script.value,
      engine: runner.engine.value,
      notes: call.notes.value,
      escalated: call.escalated.value,
      ringSeconds: call.timerStartedAt.value === null ? null : call.ringSeconds.value,
      agent: agent.value,
      dueAt: dueFor(kind.value, context)?.at ?? null,
      callBackAt,
    });
    return Object.keys(extra).length === 0 ? draft : { ...draft, record: { ...draft.record, ...extra } };
  }

  /** Any change by the agent starts (binds) the call; the draft follows within about a second. */
  function touch(): boolean {
    const starting = !call.inCall.value;
    if (!call.beginCall()) return false;
    if (starting) batch(() => ((wrapUp.value = null), (status.value = null)));
    recordId.value ??= ports.newId();
    const draft = currentDraft();
    if (draft) scheduler.update(draft);
    return true;
  }

  function loadScript() {
    const context = call.customer.value;
    const calendar = ports.calendar();
    const ranked = rankScripts(scriptList, { context: values.value, kinds: [kind.value], today: today(), calendar });
    scripts.value = ranked;
    const best = ranked.find((r) => r.applies) ?? ranked.find((r) => r.kindsDue.length > 0) ?? null;
    const script = context ? (best?.script ?? null) : null;
    runner.load(script, { context: scriptValues(script), locale: locale.value, kind: kind.value });
  }

  let scriptList: Script[] = [];
  /** The values a script reads: the page's and built-ins, plus its computed dates (utils/core/script/computed.ts). */
  const scriptValues = (script: Script | null) =>
    script ? addComputedValues(script, values.value, ports.calendar()) : values.value;
  let loadedFor: string | null = null;

  async function refreshCustomer(context: CustomerContext) {
    const pageKey = keyOfContext(context);
    if (!pageKey) return;
    // First the stored customer: it may be known under an older key (a code, a work list), which keeps its history.
    const row = await ports.seeCustomer(pageKey, context, dueFor(kind.value, context)).catch(() => undefined);
    const key = row?.key ?? pageKey;
    if (key !== pageKey && storedKeys.value.get(pageKey) !== key)
      storedKeys.value = new Map(storedKeys.value).set(pageKey, key);
    customerRow.value = row;
    const loaded = await Promise.all([ports.history(key), ports.loadDraft(key)]).catch((err: unknown) => {
      status.value = { key: 'error', error: errorText(err) };
      return null;
    });
    if (!loaded) return;
    const [rows, draft] = loaded;
    if (customerKey.value !== key) return;
    history.value = rows.slice().reverse();
    draftOffer.value = draft && !call.inCall.value ? draft : null;
  }

  /** A company's contacts seen on one tab of its record (Dolibarr's contacts tab) stay offered on its other tabs. */
  const knownContacts = new Map<string, ContactPerson[]>();
  function withKnownContacts(context: CustomerContext | null): CustomerContext | null {
    const key = keyOfContext(context);
    if (!context || !key || context.entity !== 'company') return context;
    if (context.contacts?.length) {
      knownContacts.set(key, context.contacts);
      return context;
    }
    const known = knownContacts.get(key);
    return known ? { ...context, contacts: known } : context;
  }

  /** The agent picked the kind for the customer on show: the stored due kind no longer replaces it. */
  let kindChosen = false;

  async function onCustomerShown(context: CustomerContext | null) {
    const id = identifyCustomer(context);
    if (!context || id === loadedFor) return;
    loadedFor = id;
    kindChosen = false;
    batch(() => {
      // Nothing of the previous customer's call stays on this one's card ("已记录" included).
      if (wrapUp.value && wrapUp.value.customerKey !== id) wrapUp.value = null;
      if (status.value?.key === 'recorded') status.value = null;
      // From the page until the stored due kind (a work-list row, a deadline) names it (utils/core/kind-proposal.ts).
      const proposal = proposeKind({
        product: context.fields.product?.value,
        hasSignDate: !!context.fields.signDate,
      });
      kind.value = proposal.kind;
      kindReason.value = proposal.reason;
      history.value = [];
      draftOffer.value = null;
      contactNeeded.value = null;
    });
    loadScript();
    await refreshCustomer(context);
    // The stored deadline names the kind due; never restart a script the agent has begun,
    // nor override a kind the agent picked while the customer was loading.
    if (customerRow.value?.dueKind && customerRow.value.dueKind !== kind.value && !call.inCall.value && !kindChosen) {
      kind.value = customerRow.value.dueKind;
      kindReason.value = proposeKind({ dueKind: customerRow.value.dueKind }).reason;
      loadScript();
    }
  }

  /** Only one record per call: a second "record" (from another view, or a double press) while one is written is dropped. */
  let finishing = false;
  let lastRecord: { customerKey: string; at: number } | null = null;

  async function finish(outcome: Outcome, callBackAt: string | null, extra: Partial<DraftRecord> = {}) {
    if (finishing || !call.beginCall()) return;
    recordId.value ??= ports.newId();
    const draft = currentDraft(callBackAt, extra);
    if (!draft) return;
    finishing = true;
    scheduler.cancel();
    try {
      const record = await ports.finishCall(draft, outcome, ports.now());
      lastRecord = { customerKey: record.customerKey, at: ports.now().getTime() };
      const context = call.customer.value;
      const summary = summarise(record, context);
      batch(() => {
        pending.value = null;
        recorded.value += 1;
        call.endCall();
        recordId.value = null;
        status.value = null;
        contactNeeded.value = null;
        history.value = [record, ...history.value.filter((r) => r.id !== record.id)];
      });
      loadedFor = null;
      // The script is made ready for a later attempt, but the views show the wrap-up until the agent begins one.
      await onCustomerShown(call.pageContext.value ?? context);
      // Another attempt at the same customer is for the same kind, not the one the page proposes.
      if (customerKey.value === record.customerKey && kind.value !== record.kind) {
        kindChosen = true;
        kind.value = record.kind;
        kindReason.value = null;
        loadScript();
      }
      wrapUp.value = summary;
    } catch (err) {
      scheduler.update(draft);
      status.value = { key: 'recordFailed', error: errorText(err) };
    } finally {
      finishing = false;
    }
  }

  /**
   * Records only what the checks allow (docs/report.md, "What a record proves"): a "reached" call with required items
   * of its path open needs them ticked or a reason; a no-answer under 20 s of ringing needs a confirmation. Otherwise
   * the press waits in `pending` and every view asks the agent. The ring time is the one at the first press.
   */
  function checkThenFinish(o: Outcome, callBackAt: string | null, answers: OutcomeAnswers): Promise<void> {
    // Nothing is lost: the call, its answers and notes stay as they are until the agent names the person.
    if (needsContactToRecord(o, addressed.value)) {
      contactNeeded.value = 'record';
      return Promise.resolve();
    }
    call.updateTick();
    const before = pending.value?.outcome === o ? pending.value : null;
    const ringSeconds = before
      ? before.ringSeconds
      : call.timerStartedAt.value === null
        ? null
        : call.ringSeconds.value;
    const ring = checkRingTime(o, ringSeconds);
    const items = checkReachedChecklist(o, runner.script.value, runner.engine.value, answers.openItemsReason);
    if (items.needsReason || (ring.needsConfirmation && !answers.shortRingConfirmed)) {
      if (call.beginCall()) pending.value = { outcome: o, callBackAt, ringSeconds, shortRing: ring.needsConfirmation };
      return Promise.resolve();
    }
    const extra: Partial<DraftRecord> = {};
    if (before) extra.ringSeconds = before.ringSeconds;
    if (items.open.length > 0) extra.openItemsReason = (answers.openItemsReason ?? '').trim().slice(0, 2000);
    if (ring.needsConfirmation) extra.shortRingConfirmed = true;
    return finish(o, callBackAt, extra);
  }

  /** What was recorded and what comes next for this customer and kind. */
  function summarise(record: CallbackRecord, context: CustomerContext | null): WrapUp {
    const records = [record, ...history.value.filter((r) => r.id !== record.id)].filter((r) => r.kind === record.kind);
    const attempts = assessAttempts(records, {
      now: ports.now().getTime(),
      calendar: ports.calendar(),
      timeZone: ports.timeZone,
      windows: ports.windows(),
    });
    const planned = attempts.state === 'in-progress' || attempts.state === 'not-started';
    return {
      recordId: record.id,
      customerKey: record.customerKey,
      name: context?.fields.name?.value ?? '',
      outcome: record.outcome,
      kind: record.kind,
      recordedAt: record.recordedAt,
      state: attempts.state,
      nextAt: planned ? (record.callBackAt ?? attempts.nextWindow?.start ?? null) : null,
      counted: attempts.counted,
      required: attempts.required,
    };
  }

  const stopAutosave = effect(() => {
    void runner.engine.value;
    void call.notes.value;
    void call.escalated.value;
    void call.timerStartedAt.value;
    void kind.value;
    void kindReason.value;
    if (call.inCall.value) {
      const draft = currentDraft();
      if (draft) scheduler.update(draft);
    }
  });

  /**
   * Carries on with a saved call, as it was on screen (the kind's reason included). `cutOff`: the call was cut off a
   * moment ago (the background stopped or the extension was updated): its ring timer runs on from the draft's ring
   * time (to the second) and "autosaved" says when the draft was saved, so the views see the same call go on; a call
   * the agent picks up again later has no ring running.
   */
  function resume(draft: Draft, { cutOff = false } = {}) {
    const context = call.customer.value;
    if (!context) return;
    call.resumeCall(context, Date.parse(draft.startedAt));
    recordId.value = draft.recordId;
    const ring = draft.record.ringSeconds;
    if (cutOff && ring !== null) call.setTimer(true, Date.parse(draft.updatedAt) - ring * 1000);
    if (cutOff) saving.value = { at: Date.parse(draft.updatedAt), error: null };
    kind.value = draft.record.kind;
    kindReason.value = draft.kindReason ?? null;
    call.setNotes(draft.record.notes);
    call.escalated.value = draft.record.flags.includes('escalated');
    const script = scriptList.find((s) => s.id === draft.record.scriptId) ?? runner.script.value;
    runner.load(script ?? null, { context: scriptValues(script ?? null), locale: locale.value, saved: draft.engine });
    draftOffer.value = null;
    wrapUp.value = null;
  }

  return {
    locale,
    call,
    runner,
    kind,
    kindReason,
    scripts,
    history,
    draftOffer,
    recordId,
    recorded,
    status,
    wrapUp,
    team,
    saving,
    agent,
    profile,
    others,
    findings,
    customerKey,
    contact,
    values,
    customerRow,
    contactNeeded,
    /** The agent says which of a company's contacts is on the line (null: none of them). */
    chooseContact(person: ContactPerson | null) {
      const key = keyOfContext(call.customer.value);
      chosenContact.value = key && person ? { key, person } : null;
      if (chosenContact.value) contactNeeded.value = null;
      if (!call.inCall.value) loadScript();
    },
    async init() {
      // A storage failure must not stop the script: the built-in playbooks still run.
      const fail = (err: unknown) => (status.value = { key: 'error', error: errorText(err) });
      [agent.value, profile.value, scriptList, others.value] = await Promise.all([
        ports.agent().catch((err: unknown) => (fail(err), '')),
        ports.profile?.().catch(() => profile.value) ?? profile.value,
        ports.scripts().catch((err: unknown) => (fail(err), [])),
        ports.otherCustomers().catch(() => []),
      ]);
      loadScript();
    },
    /** Settings changed (agent name, scripts switched off): takes them for what is not yet begun. */
    async reloadSettings() {
      agent.value = await ports.agent().catch(() => agent.value);
      profile.value = (await ports.profile?.().catch(() => profile.value)) ?? profile.value;
      scriptList = await ports.scripts().catch(() => scriptList);
      if (!call.inCall.value) loadScript();
    },
    setContext(shown: CustomerContext | null) {
      const context = withKnownContacts(shown);
      call.setPageContext(context);
      if (!call.inCall.value) return onCustomerShown(context);
      return Promise.resolve();
    },
    /**
     * Another kind. Mid-call only with `restart` (the agent confirmed): the script starts again for the new kind and
     * the old one's answers go, so one record never mixes two scripts; notes and timer stay with the call.
     */
    setKind(next: CallbackKind, restart = false) {
      if (call.inCall.value && !restart) return;
      kindChosen = true;
      kind.value = next;
      kindReason.value = null;
      loadScript();
    },
    /** The agent begins another call to the customer just recorded: the wrap-up gives way to the script. */
    newAttempt() {
      if (call.inCall.value) return;
      batch(() => ((wrapUp.value = null), (status.value = null)));
      loadScript();
    },
    touch,
    /** A "yes" that would confirm nobody (no name of the person on the line yet): refused, and the panel asks. */
    refusesAnswer(event: EngineEvent): boolean {
      const refused = confirmsUnnamedPerson(
        runner.script.value,
        runner.engine.value?.current ?? null,
        event,
        values.value,
      );
      if (refused) contactNeeded.value = 'identity';
      return refused;
    },
    outcome(o: Outcome, callBackAt: string | null = null, answers: OutcomeAnswers = {}) {
      if (o === 'call-back-later') {
        const at = callBackAt ? new Date(callBackAt) : null;
        if (!at || Number.isNaN(at.getTime())) return Promise.resolve();
        return checkThenFinish(o, at.toISOString(), answers);
      }
      return checkThenFinish(
        o,
        o === 'no-answer' || o === 'busy' ? computeRetryTime(ports.now().getTime(), ports.windows(), env()) : null,
        answers,
      );
    },
    cancelOutcome() {
      pending.value = null;
    },
    /** The waiting "record" as the views show it: the open items are read live, so a tick removes one at once. */
    confirmView() {
      const p = pending.value;
      if (!p) return null;
      const script = runner.script.value;
      const engine = runner.engine.value;
      const open = p.outcome === 'reached' && script && engine ? listOpenRequiredItems(script, engine) : [];
      return {
        outcome: p.outcome,
        callBackAt: p.callBackAt,
        openItems: open.map((item) => ({ id: item.id, text: item.text })),
        shortRingSeconds: p.shortRing ? p.ringSeconds : null,
      };
    },
    /** The page switched customer mid-call: end this call's binding and follow the page (the draft stays saved). */
    async switchToPage() {
      await scheduler.flush();
      const page = call.pageContext.value;
      pending.value = null;
      contactNeeded.value = null;
      call.endCall();
      recordId.value = null;
      loadedFor = null;
      await onCustomerShown(page);
    },
    resume,
    /**
     * A "record" pressed with no call begun, for the customer recorded moments ago: the second of two views (or a
     * double press) that saw the first record arrive just before it. A real new attempt takes longer than a redial.
     */
    isEcho(windowMs = duplicateWindowMs) {
      return (
        !call.inCall.value &&
        lastRecord !== null &&
        lastRecord.customerKey === customerKey.value &&
        ports.now().getTime() - lastRecord.at < windowMs
      );
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
export type CallSession = ReturnType<typeof createCallSession>;
