import { createCallHub, type LiveCallMarker, type ViewPort } from '@/utils/call/call-hub';
import { createCallMirror } from '@/utils/call/call-mirror';
import { panelZhCN } from '@/utils/ui/i18n/panel-zh-cn';
import type { CallSnapshot } from '@/utils/call/call-protocol';
import type { CallEvent } from '@/utils/call/call-protocol';
import { createFakePorts, makeContext, tick } from './fake-ports';

const TAB = 7;
const context = makeContext('王建国', '13901186247', { signDate: '2025-10-30', customerId: 'C-1' });

/** A view's port: what the hub posts is kept; `send` is the view posting an event. */
function fakeView() {
  const listeners: ((m: unknown) => void)[] = [];
  const snapshots: CallSnapshot[] = [];
  const port: ViewPort = {
    postMessage: (m) => {
      if (typeof m === 'object' && m && 'snapshot' in m) snapshots.push((m as { snapshot: CallSnapshot }).snapshot);
    },
    onMessage: { addListener: (fn) => void listeners.push(fn) },
    onDisconnect: { addListener: () => undefined },
  };
  return {
    port,
    snapshots,
    last: (): CallSnapshot => {
      const snapshot = snapshots[snapshots.length - 1];
      if (!snapshot) throw new Error('no snapshot yet');
      return snapshot;
    },
    send: (event: CallEvent) => listeners.forEach((fn) => fn({ type: 'event', event })),
  };
}

/** storage.session: survives the worker, read and written asynchronously, with a log of the writes. */
function fakeMarkers() {
  const map = new Map<number, LiveCallMarker>();
  const writes: (LiveCallMarker | null)[] = [];
  return {
    map,
    writes,
    markers: {
      get: async (tabId: number) => (await tick(), map.get(tabId) ?? null),
      set: async (tabId: number, marker: LiveCallMarker | null) => {
        writes.push(marker);
        await tick();
        if (marker) map.set(tabId, marker);
        else map.delete(tabId);
      },
    },
  };
}

/** One service worker's life: a hub over the same database (fake ports) and the same storage.session. */
function startWorker(fake: ReturnType<typeof createFakePorts>, store: ReturnType<typeof fakeMarkers>) {
  return createCallHub({
    ports: fake.ports,
    locale: () => 'zh-CN',
    storedContext: async () => context,
    requestContext: async () => context,
    markers: store.markers,
  });
}

async function settle(hub: ReturnType<typeof startWorker>) {
  await hub.ready(TAB);
  await hub.idle(TAB);
  await tick();
}

/** The database and storage.session, which outlive the workers, and the first worker with a view connected. */
async function firstWorker() {
  const fake = createFakePorts();
  const store = fakeMarkers();
  const first = startWorker(fake, store);
  const a = fakeView();
  first.connect(TAB, a.port);
  await settle(first);
  return { fake, store, first, a };
}

/** The view answers the step on show, and the worker autosaves the call. */
async function answerAndSave(
  hub: ReturnType<typeof startWorker>,
  view: ReturnType<typeof fakeView>,
  fake: ReturnType<typeof createFakePorts>,
) {
  const step = view.last().engine?.current ?? null;
  view.send({ type: 'engine', step, event: { type: 'answer', at: '2025-11-03T02:30:00.000Z', value: 'yes' } });
  await settle(hub);
  await fake.runTimers();
  await tick();
}

describe('the call hub across a stopped service worker', () => {
  it('a new worker resumes the call from its draft: same record, answers and notes; the next answer lands on it', async () => {
    const { fake, store, first, a } = await firstWorker();
    const step = a.last().engine?.current ?? null;
    a.send({ type: 'engine', step, event: { type: 'answer', at: '2025-11-03T02:30:00.000Z', value: 'yes' } });
    a.send({ type: 'notes', value: '客户下午方便' });
    await settle(first);
    await fake.runTimers(); // the autosave
    await tick();
    const draft = [...fake.drafts.values()][0];
    expect(draft?.record.notes).toBe('客户下午方便');
    expect(store.map.get(TAB)?.recordId).toBe(draft?.recordId);

    // The worker is stopped (nothing runs any more); the view connects again, which starts a new one.
    const second = startWorker(fake, store);
    const b = fakeView();
    second.connect(TAB, b.port);
    await settle(second);
    const resumed = b.last();
    // The view never saw the page's fresh script the new worker loads before it resumes.
    expect(b.snapshots.length).toBeGreaterThan(0);
    for (const x of b.snapshots) expect([x.startedAt !== null, x.notes]).toEqual([true, '客户下午方便']);
    expect(resumed.startedAt).not.toBeNull();
    expect(resumed.notes).toBe('客户下午方便');
    expect(resumed.draftOffer).toBeNull();
    expect(resumed.engine?.path.length).toBe(a.last().engine?.path.length);
    expect(second.session(TAB)?.recordId.value).toBe(draft?.recordId);
    expect(store.map.get(TAB)?.recordId).toBe(draft?.recordId);

    b.send({
      type: 'engine',
      step: resumed.engine?.current ?? null,
      event: { type: 'answer', at: '2025-11-03T02:31:00.000Z', value: 'yes' },
    });
    await settle(second);
    expect(b.last().engine?.path.length).toBe((resumed.engine?.path.length ?? 0) + 1);
  });

  it('the new worker shows the call as the old one did: nothing on screen appears, goes or moves', async () => {
    const { fake, store, first, a } = await firstWorker();
    await answerAndSave(first, a, fake);
    const before = a.last();
    // The page proposed the kind and said why; the agent did not pick another.
    expect(before.kindReason).not.toBeNull();
    expect(before.saving.at).not.toBeNull();

    const second = startWorker(fake, store);
    const b = fakeView();
    second.connect(TAB, b.port);
    await settle(second);
    // Every snapshot the new worker sends: the reason line and the "autosaved" line stay where they were (a line
    // that goes shifts the answers under the agent's pointer: a click meant for one lands beside it, or on another).
    for (const x of b.snapshots) {
      const { saving, ...rest } = x;
      const { saving: was, ...old } = before;
      expect(rest).toEqual(old);
      expect(saving.at !== null).toBe(was.at !== null);
    }
  });

  it('takes the event that woke the worker, sent on the port before the background was ready', async () => {
    const { fake, store, first, a } = await firstWorker();
    await answerAndSave(first, a, fake);
    const at = a.last().engine?.current ?? null;

    const second = startWorker(fake, store);
    const b = fakeView();
    let settingsRead: () => void = () => undefined;
    second.connect(TAB, b.port, new Promise<void>((resolve) => (settingsRead = resolve)));
    // The view says its next answer the moment it connects; the worker is still reading its settings.
    b.send({ type: 'engine', step: at, event: { type: 'answer', at: '2025-11-03T02:31:00.000Z', value: 'yes' } });
    await tick();
    expect(b.snapshots).toEqual([]);
    settingsRead();
    await tick();
    await settle(second);
    expect(b.last().startedAt).not.toBeNull();
    const path = b.last().engine?.path ?? [];
    expect(path).toHaveLength((a.last().engine?.path.length ?? 0) + 1);
    expect(b.last().engine?.current).not.toBe(at);
    expect(b.last().engine?.answers[at ?? '']).toBe('yes');
  });

  it('the new worker does not erase the marker before reading it (the call resumed on the first stop only)', async () => {
    const fake = createFakePorts();
    const store = fakeMarkers();
    store.map.set(TAB, { customerKey: 'k', recordId: 'r' });
    const hub = startWorker(fake, store);
    hub.connect(TAB, fakeView().port);
    await settle(hub);
    // The only write is the session's own state once the old marker was read (no call here: the marker goes then).
    expect(store.writes).toEqual([null]);
  });

  it('without a marker (the browser was restarted) the draft is offered, not resumed', async () => {
    const { fake, store, first, a } = await firstWorker();
    a.send({ type: 'notes', value: '草稿' });
    await settle(first);
    await fake.runTimers();
    store.map.clear();

    const second = startWorker(fake, store);
    const b = fakeView();
    second.connect(TAB, b.port);
    await settle(second);
    expect(b.last().startedAt).toBeNull();
    expect(b.last().draftOffer?.record.notes).toBe('草稿');
  });
});

describe('a view typing before the call has answered', () => {
  /** A view (utils/call/call-mirror.ts) whose port delivers only what the test hands it, when it says. */
  function mirrorWithManualPort() {
    const listeners: ((m: unknown) => void)[] = [];
    const sent: unknown[] = [];
    const mirror = createCallMirror(
      {
        connect: () => ({
          postMessage: (m) => void sent.push(m),
          onMessage: { addListener: (fn) => void listeners.push(fn) },
          onDisconnect: { addListener: () => undefined },
          disconnect: () => undefined,
        }),
        now: () => Date.parse('2025-11-03T02:30:00.000Z'),
        timeZone: 'Asia/Shanghai',
        setTimer: () => undefined,
      },
      'zh-CN',
      panelZhCN,
    );
    mirror.bind(TAB);
    const deliver = (snapshot: CallSnapshot) => listeners.forEach((fn) => fn({ type: 'snapshot', snapshot }));
    return { mirror, sent, deliver };
  }

  it('keeps the keys typed before the first snapshot arrives, and the hub ends with the whole note', async () => {
    const fake = createFakePorts();
    const hub = startWorker(fake, fakeMarkers());
    const hubView = fakeView();
    hub.connect(TAB, hubView.port);
    await settle(hub);
    const first = hubView.last();
    expect([first.startedAt, first.notes]).toEqual([null, '']);

    const v = mirrorWithManualPort();
    v.mirror.call.setNotes('f');
    v.mirror.call.setNotes('fi');
    // The snapshot the background sent before it read those keys arrives now: the field must not go back to empty.
    v.deliver(first);
    expect(v.mirror.call.notes.value).toBe('fi');
    v.mirror.call.setNotes('fir');

    for (const m of v.sent) hubView.send((m as { event: CallEvent }).event);
    await settle(hub);
    expect(hubView.last().notes).toBe('fir');
    v.deliver(hubView.last());
    expect(v.mirror.call.notes.value).toBe('fir');
  });

  it('clears the field when the call ends elsewhere while a key is still on its way', async () => {
    const fake = createFakePorts();
    const hub = startWorker(fake, fakeMarkers());
    const hubView = fakeView();
    hub.connect(TAB, hubView.port);
    await settle(hub);
    hubView.send({ type: 'notes', value: '客户下午方便' });
    await settle(hub);
    const inCall = hubView.last();
    expect(inCall.startedAt).not.toBeNull();

    const v = mirrorWithManualPort();
    v.deliver(inCall);
    v.mirror.call.setNotes('客户下午方便，');
    // Another view recorded the call: the next snapshot has no call and no note.
    v.deliver({ ...inCall, startedAt: null, notes: '' });
    expect(v.mirror.call.notes.value).toBe('');
  });
});

describe('a change in the last second before the worker is stopped', () => {
  /** A view (utils/call/call-mirror.ts) wired to whichever worker runs now; `stop` is Chrome stopping that worker. */
  function viewOfWorkers(fake: ReturnType<typeof createFakePorts>, firstHub: ReturnType<typeof startWorker>) {
    let hub = firstHub;
    const timers: (() => void)[] = [];
    const stops: (() => void)[] = [];
    const mirror = createCallMirror(
      {
        connect: (tabId) => {
          const toHub: ((m: unknown) => void)[] = [];
          const toView: ((m: unknown) => void)[] = [];
          const onDisconnect: (() => void)[] = [];
          let alive = true;
          hub.connect(tabId, {
            postMessage: (m) => void (alive && toView.forEach((fn) => fn(m))),
            onMessage: { addListener: (fn) => void toHub.push(fn) },
            onDisconnect: { addListener: () => undefined },
          });
          stops.push(() => {
            alive = false;
            onDisconnect.forEach((fn) => fn());
          });
          return {
            postMessage: (m) => void (alive && toHub.forEach((fn) => fn(m))),
            onMessage: { addListener: (fn) => void toView.push(fn) },
            onDisconnect: { addListener: (fn) => void onDisconnect.push(fn) },
            disconnect: () => void (alive = false),
          };
        },
        now: () => fake.ports.now().getTime(),
        timeZone: 'Asia/Shanghai',
        setTimer: (fn) => void timers.push(fn),
      },
      'zh-CN',
      panelZhCN,
    );
    return {
      mirror,
      /** The worker is stopped (nothing it held unsaved survives); the next connection reaches `next`. */
      stopWorker(next: ReturnType<typeof startWorker>) {
        stops.at(-1)?.();
        hub = next;
      },
      reconnect: () => timers.splice(0).forEach((fn) => fn()),
    };
  }

  /**
   * The first worker with a view (a call mirror) bound to the tab; `restart` stops the worker running now, starts the
   * next one and lets the view connect to it (`whileAway`: what the agent does before it does).
   */
  async function workersWithView() {
    const fake = createFakePorts();
    const store = fakeMarkers();
    const first = startWorker(fake, store);
    const v = viewOfWorkers(fake, first);
    v.mirror.bind(TAB);
    await settle(first);
    const restart = async (whileAway: () => void = () => undefined) => {
      const next = startWorker(fake, store);
      v.stopWorker(next);
      whileAway();
      v.reconnect();
      await settle(next);
      return next;
    };
    return { fake, first, v, restart };
  }

  it('the view gives it again: the new worker has the answer and the note the old one never saved', async () => {
    const { fake, first, v, restart } = await workersWithView();
    const at = () => fake.ports.now().toISOString();
    v.mirror.runner.dispatch({ type: 'answer', at: at(), value: 'yes' });
    await settle(first);
    await fake.runTimers(); // autosaved
    await settle(first);
    const saved = [...fake.drafts.values()][0];
    const savedPath = saved?.record.path.length ?? 0;
    expect(savedPath).toBeGreaterThan(0);

    // A minute later: another answer and a note, shown by the view (echoed), and the worker stops before its autosave.
    fake.advance(60_000);
    v.mirror.runner.dispatch({ type: 'answer', at: at(), value: 'yes' });
    v.mirror.call.setNotes('客户说下午三点后方便');
    await settle(first);
    expect(v.mirror.snapshot.value?.notes).toBe('客户说下午三点后方便');
    expect([...fake.drafts.values()][0]?.record.notes).toBe('');
    const second = await restart();
    await settle(second);

    const now = v.mirror.snapshot.value;
    expect(now?.engine?.path).toHaveLength(savedPath + 1);
    expect(now?.notes).toBe('客户说下午三点后方便');
    expect(second.session(TAB)?.recordId.value).toBe(saved?.recordId);
    await fake.runTimers();
    await settle(second);
    const draft = [...fake.drafts.values()][0];
    expect([draft?.record.path.length, draft?.record.notes]).toEqual([savedPath + 1, '客户说下午三点后方便']);
  });

  it('a timer started in that last second runs on in the new worker; a second press before the echo stops it', async () => {
    const { fake, first, v, restart } = await workersWithView();
    v.mirror.call.setNotes('拨号中');
    await settle(first);
    await fake.runTimers(); // the call is saved, without a timer
    await settle(first);
    expect([...fake.drafts.values()][0]?.record.ringSeconds).toBeNull();

    // The agent starts the ring timer; the worker stops before its autosave.
    fake.advance(60_000);
    v.mirror.call.toggleTimer();
    await settle(first);
    expect(v.mirror.call.timerStartedAt.value).not.toBeNull();
    const second = await restart();
    await settle(second);
    expect(v.mirror.call.timerStartedAt.value).not.toBeNull();
    await fake.runTimers();
    await settle(second);
    expect([...fake.drafts.values()][0]?.record.ringSeconds).not.toBeNull();

    // Pressed twice while the background is away: off, then on again — the call ends with the timer on.
    const third = await restart(() => {
      v.mirror.call.toggleTimer();
      v.mirror.call.toggleTimer();
    });
    await settle(third);
    expect(third.session(TAB)?.call.timerStartedAt.value).not.toBeNull();
  });

  it('a timer saved before the stop runs on from its start (Chrome stops an idle worker while it rings)', async () => {
    const { fake, first, v, restart } = await workersWithView();
    v.mirror.call.toggleTimer();
    await settle(first);
    const startedAt = v.mirror.call.timerStartedAt.value ?? 0;
    fake.advance(12_000);
    await fake.runTimers(); // autosaved with 12 s of ringing
    await settle(first);
    fake.advance(30_000); // no event for 30 s: Chrome stops the worker
    const second = await restart();
    const restarted = second.session(TAB)?.call.timerStartedAt.value ?? null;
    expect(restarted).not.toBeNull();
    expect(Math.abs((restarted ?? 0) - startedAt)).toBeLessThan(1_000);
  });

  it('nothing of a recorded call is given again (a note would begin another call)', async () => {
    const { fake, first, v, restart } = await workersWithView();
    v.mirror.call.setNotes('已接通');
    await settle(first);
    v.mirror.outcome('wrong-number');
    await settle(first);
    await settle(first);
    expect(fake.records).toHaveLength(1);
    await restart();
    expect(v.mirror.snapshot.value?.startedAt).toBeNull();
    expect(v.mirror.call.notes.value).toBe('');
  });
});
