import { batch, computed, signal } from '@preact/signals-core';
import type { CallbackKind } from '@/utils/core/callback-kinds';
import type { Outcome } from '@/utils/core/schemas/callback-record';
import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import { toZonedDate } from '@/utils/core/calendar/zoned-time';
import { toContextValues } from '@/utils/core/script/context-values';
import type { Locale } from '@/utils/core/script/localized';
import { translateWith, type PanelCatalog } from '@/utils/ui/i18n/panel';
import { callPortMessage } from '@/utils/core/compiled/first-frame';
import { FAIL } from '@/utils/core/compiled/runtime';
import type { CallEvent, CallSnapshot } from './call-protocol';
import { createRunnerState } from './runner-state';
import { addressContext } from '@/utils/core/identity/addressee';
import { stageMark } from '@/utils/stage-mark';

export type PanelTab = 'current' | 'queue' | 'history';

/** Events kept while the background is away; more would mean it is not coming back (the extension was updated). */
const maxOutbox = 200;
/**
 * How long before the call's last autosave an event is still given again after a stop. The background saves at most
 * ~1 s after a change (utils/core/draft/scheduler.ts); a save that ended at T holds what reached it well before T.
 */
const journalMarginMs = 3_000;
/**
 * Events that are safe to give twice, so a view can give them again to a worker that may not have saved them: an
 * answer, a skip, a back or a tick is tagged with its step (the call drops it once the script has left that step) and a
 * tick says tick or untick. The others say the whole state they set (the note, the timer on or off, escalate on or
 * off, the contact, the identity confirmed), so only the latest of each counts. Never an outcome, a kind, a new attempt.
 */
const stepTagged = (event: CallEvent) => event.type === 'engine';
const wholeState = (event: CallEvent) =>
  event.type === 'notes' ||
  event.type === 'timer' ||
  event.type === 'escalate' ||
  event.type === 'choose-contact' ||
  event.type === 'confirm-identity';

/** The part of runtime.Port a view uses. */
export type CallPort = {
  postMessage(message: unknown): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
  disconnect(): void;
};

export type CallMirrorEnv = {
  connect(tabId: number): CallPort;
  now(): number;
  timeZone: string;
  setTimer(fn: () => void, ms: number): unknown;
};

/**
 * A view's side of the tab's call (utils/call/call-hub.ts holds the call): the last snapshot as signals, what is
 * typed but not yet sent (free answer, pending choices, the call-back time), and actions that become CallEvents.
 */
export function createCallMirror(env: CallMirrorEnv, initialLocale: Locale, initialCatalog: PanelCatalog | null) {
  const locale = signal<Locale>(initialLocale);
  // The panel's texts in `locale` (utils/ui/i18n/panel.ts): loaded by the page, so null until the first load.
  const catalog = signal<PanelCatalog | null>(initialCatalog);
  const t = computed(() => translateWith(catalog.value));
  const tab = signal<PanelTab>('current');
  const snapshot = signal<CallSnapshot | null>(null);
  const connected = signal(false);
  const tick = signal(env.now());
  const revealed = signal(false);
  const laterValue = signal<string | null>(null);
  const notes = signal('');
  /**
   * Notes sent and not yet echoed back: the field keeps what the agent typed meanwhile (a snapshot older than the last
   * key must not replace it). Giving the note again after a stop is the journal's job.
   */
  let notesInFlight: string[] = [];
  /** The timer state last asked for and not yet shown by a snapshot: a second press before the echo undoes the first. */
  let timerAsked: boolean | null = null;
  let port: CallPort | null = null;
  let boundTab: number | null = null;
  /**
   * Events given while the background is away (Chrome stopped its service worker; the port connects again within a
   * moment and starts a new one, which resumes the call): they go out, in order, once the port is back.
   */
  let outbox: CallEvent[] = [];
  /**
   * What this view gave the call lately (docs/architecture.md, "A stopped service worker"): Chrome may stop the worker
   * before its autosave (about a second after a change), and the new one resumes from the draft. Given again after a
   * stop, in order, these changes of the last seconds are not lost. Pruned by the saves the snapshots report.
   */
  let journal: { event: CallEvent; at: number }[] = [];

  const send = (event: CallEvent) => {
    // At most one entry of each whole-state type; step-tagged events up to the cap.
    if (wholeState(event)) journal = [...journal.filter((j) => j.event.type !== event.type), { event, at: env.now() }];
    else if (stepTagged(event) && journal.length < maxOutbox) journal.push({ event, at: env.now() });
    if (port) port.postMessage({ type: 'event', event });
    else if (boundTab !== null && outbox.length < maxOutbox) outbox.push(event);
  };
  const runner = createRunnerState(
    () => new Date(env.now()).toISOString(),
    (event, step) => send({ type: 'engine', step, event }),
  );

  const s = <T>(pick: (x: CallSnapshot) => T, fallback: T) =>
    computed(() => (snapshot.value ? pick(snapshot.value) : fallback));
  const customer = s((x) => x.customer, null);
  const startedAt = s((x) => x.startedAt, null);
  const timerStartedAt = s((x) => x.timerStartedAt, null);
  const agent = s((x) => x.agent, '');
  const profile = s((x) => x.profile, { companyName: '', servicePhone: '' });
  const contact = s((x) => x.contact, null);
  // What placeholders and script conditions read: page fields, extras, and the built-ins (utils/core/script/context-values.ts).
  // Blank setup values stay gaps (【缺：公司名称】), never an empty string read aloud.
  const values = computed(() =>
    toContextValues(addressContext(customer.value, contact.value), {
      agentName: agent.value,
      companyName: profile.value.companyName || undefined,
      servicePhone: profile.value.servicePhone || undefined,
      today: toZonedDate(tick.value, env.timeZone),
    }),
  );

  function receive(next: CallSnapshot) {
    batch(() => {
      const before = snapshot.value;
      if (before && before.customerKey !== next.customerKey) {
        revealed.value = false;
        laterValue.value = null;
      }
      if (before && next.recorded !== before.recorded) laterValue.value = null;
      const ended = before !== null && before.startedAt !== null && next.startedAt === null;
      const otherCustomer = before !== null && before.customerKey !== next.customerKey;
      // A call recorded or ended: nothing of it may be given again (a note would begin another call).
      if (ended || (before && next.recorded !== before.recorded)) journal = [];
      const savedAt = next.saving.at;
      if (savedAt !== null) journal = journal.filter((j) => j.at > savedAt - journalMarginMs);
      snapshot.value = next;
      if (ended || (next.timerStartedAt !== null) === timerAsked || next.unconfirmed.length > 0) timerAsked = null;
      runner.receive(next.script, next.engine);
      const echoed = notesInFlight.indexOf(next.notes);
      if (echoed >= 0) notesInFlight = notesInFlight.slice(echoed + 1);
      // A call that ended (recorded, another customer) clears the note; a snapshot that merely predates what the agent
      // is typing (the first one, still without a call) must not: the keys typed meanwhile would be lost.
      if (notesInFlight.length === 0 || next.notesCapped || (echoed < 0 && (ended || otherCustomer))) {
        notesInFlight = [];
        notes.value = next.notes;
      }
    });
  }

  function connect(tabId: number) {
    stageMark('hf:connect');
    const p = env.connect(tabId);
    port = p;
    connected.value = true;
    const queued = outbox;
    outbox = [];
    for (const event of queued) p.postMessage({ type: 'event', event });
    p.onMessage.addListener((raw) => {
      // The protocol's schema compiled (utils/core/compiled/first-frame.ts): the first frame loads no zod.
      stageMark('hf:message');
      const parsed = callPortMessage(raw);
      if (parsed !== FAIL && port === p && parsed.snapshot.tabId === tabId) receive(parsed.snapshot);
      stageMark('hf:received');
    });
    // The background may be stopped by the browser (the call is saved): connect again and carry on.
    p.onDisconnect.addListener(() => {
      if (port !== p) return;
      port = null;
      connected.value = false;
      // What the worker may have held unsaved goes again first, in order; the note as the field shows it now.
      const again = journal.map(({ event }): CallEvent =>
        event.type === 'notes' ? { ...event, value: notes.value } : event,
      );
      outbox = [...again, ...outbox].slice(0, maxOutbox);
      env.setTimer(() => {
        if (boundTab === tabId && port === null) connect(tabId);
      }, 200);
    });
  }

  return {
    locale,
    t,
    /** Another language, once its catalog is loaded: the texts and the script change together. */
    setLocale(next: Locale, nextCatalog: PanelCatalog) {
      batch(() => {
        catalog.value = nextCatalog;
        locale.value = next;
      });
    },
    tab,
    snapshot,
    connected,
    runner,
    values,
    customerKey: s((x) => x.customerKey, null),
    /** The page's unsure identity fields not yet confirmed (no call binds until the agent confirms). */
    unconfirmed: s((x) => x.unconfirmed, []),
    contact,
    /** The call waits for the name of the person on the line (to confirm who they are, or to record it). */
    contactNeeded: s((x) => x.contactNeeded, null),
    confirmIdentity: () => send({ type: 'confirm-identity' }),
    chooseContact: (name: string | null) => send({ type: 'choose-contact', name }),
    kind: s<CallbackKind>((x) => x.kind, 'new-contract'),
    reasons: s((x) => x.reasons, []),
    history: s((x) => x.history, []),
    draftOffer: s((x) => x.draftOffer, null),
    saving: s((x) => x.saving, { at: null, error: null }),
    findings: s((x) => x.findings, []),
    customerRow: s((x) => x.customerRow, null),
    /** A "record" the call asks the agent to confirm (open required items, short ring); null: none. */
    confirm: s((x) => x.confirm, null),
    wrapUp: s((x) => x.wrapUp, null),
    kindReason: s((x) => x.kindReason, null),
    agent,
    status: computed(() => {
      const st = snapshot.value?.status;
      if (!st) return null;
      const tr = t.value;
      if (st.key === 'recorded') return tr('recorded', { outcome: tr(`outcome.${st.outcome}`) });
      if (st.key === 'reloadNeeded') return tr('reloadNeeded');
      return tr(st.key, { error: st.error });
    }),
    call: {
      customer,
      page: s((x) => x.page, null),
      startedAt,
      inCall: computed(() => startedAt.value !== null),
      switchPending: s((x) => x.switchPending, null),
      timerStartedAt,
      tick,
      ringSeconds: computed(() =>
        timerStartedAt.value === null ? 0 : Math.max(0, Math.floor((tick.value - timerStartedAt.value) / 1000)),
      ),
      notes,
      notesCapped: s((x) => x.notesCapped, false),
      escalated: s((x) => x.escalated, false),
      revealed,
      laterValue,
      setNotes(value: string) {
        notes.value = value;
        notesInFlight.push(value);
        send({ type: 'notes', value });
      },
      toggleTimer() {
        timerAsked = !(timerAsked ?? timerStartedAt.value !== null);
        send({ type: 'timer', on: timerAsked });
      },
      keepBound: () => send({ type: 'keep-bound' }),
      updateTick() {
        tick.value = env.now();
      },
    },
    /** Follows another tab (the active one changed); null: none. */
    bind(tabId: number | null) {
      if (tabId === boundTab) return;
      boundTab = tabId;
      const old = port;
      port = null;
      outbox = [];
      journal = [];
      old?.disconnect();
      batch(() => {
        snapshot.value = null;
        revealed.value = false;
        laterValue.value = null;
        notesInFlight = [];
        timerAsked = null;
        notes.value = '';
        runner.receive(null, null);
      });
      if (tabId !== null) connect(tabId);
    },
    /** Mid-call the call takes another kind only with `restart` (the view asked the agent first). */
    setKind: (kind: CallbackKind, restart = false) => send({ type: 'kind', kind, restart }),
    newAttempt: () => send({ type: 'new-attempt' }),
    setEscalated: (on: boolean) => send({ type: 'escalate', on }),
    outcome(outcome: Outcome) {
      if (outcome === 'call-back-later' && laterValue.value === null) {
        laterValue.value = '';
        return;
      }
      send({ type: 'outcome', outcome, callBackAt: null, seen: snapshot.value?.recorded ?? 0 });
    },
    /** Answers the call's question about the pending "record"; the call records it if the answers settle it. */
    confirmOutcome(answers: { openItemsReason?: string; shortRingConfirmed?: boolean }) {
      const pending = snapshot.value?.confirm;
      if (!pending) return;
      send({
        type: 'outcome',
        outcome: pending.outcome,
        callBackAt: pending.callBackAt,
        seen: snapshot.value?.recorded ?? 0,
        ...answers,
      });
    },
    cancelOutcome: () => send({ type: 'cancel-outcome' }),
    confirmLater() {
      const raw = laterValue.value;
      const at = raw ? new Date(raw) : null;
      if (!at || Number.isNaN(at.getTime())) return;
      send({
        type: 'outcome',
        outcome: 'call-back-later',
        callBackAt: at.toISOString(),
        seen: snapshot.value?.recorded ?? 0,
      });
    },
    switchToPage: () => send({ type: 'switch-to-page' }),
    resume: () => send({ type: 'resume' }),
    discard: () => send({ type: 'discard' }),
    refreshHistory: () => send({ type: 'refresh' }),
    setManual: (context: CustomerContext) => send({ type: 'manual-context', context }),
    dispose() {
      boundTab = null;
      outbox = [];
      journal = [];
      port?.disconnect();
      port = null;
    },
  };
}
export type CallMirror = ReturnType<typeof createCallMirror>;
