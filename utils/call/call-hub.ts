import { effect } from '@preact/signals-core';
import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import type { Locale } from '@/utils/core/script/localized';
import type { Draft } from '@/utils/core/schemas/draft';
import type { CallPorts } from './call-ports';
import { applyCallEvent, takeSnapshot } from './call-events';
import { callPortEventSchema, type CallEvent, type CallSnapshot } from './call-protocol';
import { createCallSession, type CallSession } from './call-session';
import { hasCustomer } from '@/utils/ui/manual-context';
import { followLease, type TeamSyncForCalls } from './call-lease';
import type { LiveCallMarker } from '@/utils/background/live-call-markers';
import { stageMark } from '@/utils/stage-mark';

/** The part of a runtime.Port the hub uses (a fake in tests). */
export type ViewPort = {
  postMessage(message: unknown): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
};

/** A call in progress, remembered outside the database until the browser starts again (storage.local). */
export type { LiveCallMarker };

export type CallHubEnv = {
  ports: CallPorts;
  locale(): Locale;
  /** The last context the content script sent for a tab, and a fresh read of the page (null when none). */
  storedContext(tabId: number): Promise<CustomerContext | null>;
  requestContext(tabId: number): Promise<CustomerContext | null>;
  /** storage.local (utils/background/live-call-markers.ts): a worker that was stopped mid-call resumes the call unasked. */
  markers: {
    get(tabId: number): Promise<LiveCallMarker | null>;
    set(tabId: number, marker: LiveCallMarker | null): Promise<void>;
  };
  /** Team sync (opt-in): the lease on the customer of each open call. Absent in builds without sync. */
  teamSync?: TeamSyncForCalls;
};

type Entry = {
  session: CallSession;
  views: Set<ViewPort>;
  ready: Promise<void>;
  /** Events run one at a time, in the order they came, whichever view sent them. */
  queue: Promise<void>;
  manual: CustomerContext | null;
  stop: () => void;
};

/**
 * One call per tab, owned by the background: every view of a tab (side panel, popped-out panel, overlay) connects a
 * port, sends events and receives the same snapshot. See docs/architecture.md.
 */
export function createCallHub(env: CallHubEnv) {
  const entries = new Map<number, Entry>();

  function open(tabId: number): Entry {
    const existing = entries.get(tabId);
    if (existing) return existing;
    const session = createCallSession(env.ports, env.locale());
    const views = new Set<ViewPort>();
    let pending = false;
    let last: CallSnapshot | null = null;
    /**
     * Nothing goes to the views until the session is ready: a worker started again mid-call loads the page's customer
     * before it resumes the call, and the views must not see that fresh script (nor take its empty note) meanwhile.
     */
    let settled = false;
    const send = () => {
      pending = false;
      if (!last || !settled) return;
      for (const view of views) view.postMessage({ type: 'snapshot', snapshot: last });
    };
    const stopBroadcast = effect(() => {
      last = takeSnapshot(session, tabId);
      // Many signals change in one step: the views get one snapshot after it.
      if (!pending) {
        pending = true;
        queueMicrotask(send);
      }
    });
    // The marker is written from the moment the marker left by a stopped worker has been read (in `ready`): written
    // earlier, this session's "no call yet" would erase it before it is read.
    let stopMarker = () => undefined as void;
    let stopped = false;
    const watchMarker = () =>
      effect(() => {
        const key = session.customerKey.value;
        const recordId = session.recordId.value;
        const live = session.call.inCall.value && key && recordId ? { customerKey: key, recordId } : null;
        void env.markers.set(tabId, live).catch(() => undefined);
      });
    const stopLease = env.teamSync ? followLease(session, env.teamSync) : () => undefined;
    const entry: Entry = {
      session,
      views,
      manual: null,
      queue: Promise.resolve(),
      ready: Promise.resolve(),
      stop: () => {
        stopped = true;
        stopBroadcast();
        stopMarker();
        stopLease();
        session.dispose();
      },
    };
    entry.ready = (async () => {
      const marker = await env.markers.get(tabId).catch(() => null);
      try {
        await session.init();
        const context = (await env.requestContext(tabId)) ?? (await env.storedContext(tabId));
        await session.setContext(hasCustomer(context) ? context : null);
        // The background was stopped mid-call (the browser was not): carry on with the same call, as it was.
        const draft = session.draftOffer.value;
        if (marker && draft && draft.recordId === marker.recordId) session.resume(draft, { cutOff: true });
      } finally {
        settled = true;
        if (!stopped) stopMarker = watchMarker();
      }
    })();
    entries.set(tabId, entry);
    return entry;
  }

  function enqueue(entry: Entry, task: () => Promise<void> | void) {
    entry.queue = entry.queue
      .then(() => entry.ready)
      .then(task)
      .catch((err: unknown) => console.error('Huifang: call event failed', err));
    return entry.queue;
  }

  return {
    /**
     * A view connected (port name `call:<tabId>`, from an extension page). Called as the port arrives: Chrome drops a
     * port's messages that come before a listener is attached, and the event that woke a stopped worker is one of
     * them. The call opens once `before` (the settings) is ready; events wait for it, in order.
     */
    connect(tabId: number, port: ViewPort, before: Promise<unknown> = Promise.resolve()) {
      stageMark(`hf:bg-connect:${tabId}`);
      let entry: Entry | null = null;
      let gone = false;
      const early: CallEvent[] = [];
      const take = (target: Entry, event: CallEvent) => {
        if (event.type === 'manual-context') target.manual = event.context;
        void enqueue(target, () => applyCallEvent(target.session, event));
      };
      port.onMessage.addListener((raw) => {
        const parsed = callPortEventSchema.safeParse(raw);
        if (!parsed.success) return;
        if (entry) take(entry, parsed.data.event);
        else early.push(parsed.data.event);
      });
      port.onDisconnect.addListener(() => {
        gone = true;
        entry?.views.delete(port);
      });
      void before.then(() => {
        stageMark(`hf:bg-settings:${tabId}`);
        const opened = open(tabId);
        entry = opened;
        if (!gone) opened.views.add(port);
        for (const event of early.splice(0)) take(opened, event);
        void opened.ready.then(() => {
          stageMark(`hf:bg-ready:${tabId}`);
          if (!gone) port.postMessage({ type: 'snapshot', snapshot: takeSnapshot(opened.session, tabId) });
          stageMark(`hf:bg-sent:${tabId}`);
        });
      });
    },
    /** The content script read the page again; a manual customer stays while the page shows none. */
    pageContext(tabId: number, context: CustomerContext | null) {
      const entry = entries.get(tabId);
      if (!entry) return Promise.resolve();
      return enqueue(entry, () => entry.session.setContext(hasCustomer(context) ? context : entry.manual));
    },
    /** Settings changed: each call takes the agent name and scripts (the views read the rest themselves). */
    settingsChanged(locale: Locale) {
      for (const entry of entries.values()) {
        entry.session.locale.value = locale;
        void enqueue(entry, () => entry.session.reloadSettings());
      }
    },
    async closeTab(tabId: number) {
      const entry = entries.get(tabId);
      if (!entry) return;
      entries.delete(tabId);
      await entry.session.flush();
      entry.stop();
      await env.markers.set(tabId, null).catch(() => undefined);
    },
    pendingDrafts(): Draft[] {
      return [...entries.values()].flatMap((e) => e.session.pendingDraft() ?? []);
    },
    session: (tabId: number) => entries.get(tabId)?.session,
    ready: (tabId: number) => entries.get(tabId)?.ready ?? Promise.resolve(),
    idle: (tabId: number) => entries.get(tabId)?.queue ?? Promise.resolve(),
  };
}
export type CallHub = ReturnType<typeof createCallHub>;
