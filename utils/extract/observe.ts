// SPA support: re-extract on URL change and on mutations of the page, debounced and capped, and send
// only when the customer context really changed. A page that mutates forever backs the observer off.
import type { CustomerContext } from '../core/schemas/customer-context';
import { pauseForPage, runSliced } from './sliced';
import type { Steps } from './types';

/** The subset of WXT's ContentScriptContext the observer needs (a fake in tests). */
export interface ObserverHost {
  setTimeout(handler: () => void, ms: number): number;
  addEventListener(target: EventTarget, type: string, handler: (e: Event) => void): void;
  onInvalidated(cb: () => void): void;
  readonly isValid: boolean;
}

export interface ObserveOptions {
  host: ObserverHost;
  doc: Document;
  extract(): CustomerContext;
  /**
   * The same extraction in steps (utils/extract/index.ts `extractSteps`): read in slices with the page's turn between
   * them, so that a very large page is not blocked by one long task. Without it, `extract` runs in one go.
   */
  steps?: () => Steps<CustomerContext>;
  /** Settles when the reader has its words (the content script's world words from the background): no read before. */
  ready?: Promise<unknown>;
  /** Gives the page its turn between slices (default: scheduler.yield, else a zero timeout). */
  pause?: () => Promise<void>;
  /** Time one slice may take (ms). */
  sliceMs?: number;
  /** Each slice's length (ms), for the benchmark. */
  onSlice?: (ms: number) => void;
  send(context: CustomerContext): void;
  /**
   * The document's root or body was replaced (document.open wrote a new document into this frame): the page's
   * listeners on window and document went with the old one, so whoever added some adds them again.
   */
  onDocumentReplaced?(): void;
  /** Delay from the first mutation to the extraction (≤ 300 ms). */
  debounceMs?: number;
  /** Minimum time between two extractions caused by mutations. */
  minIntervalMs?: number;
  /** Longest pause when the page keeps mutating without the customer changing. */
  maxBackoffMs?: number;
  now?: () => number;
}

export interface RecordObserver {
  /** Extract soon and send if changed (URL change, taught adapter updated). */
  refresh(): void;
  /** The last context extracted. */
  current(): CustomerContext | null;
  /**
   * The last context extracted; before the first, the answer of the extraction in progress (the page is read once,
   * in slices, not a second time in one long task).
   */
  answer(): Promise<CustomerContext>;
  stats(): { extractions: number; sent: number };
  stop(): void;
}

/** What the panel cares about: equal signatures mean nothing to send. */
export function contextSignature(c: CustomerContext): string {
  const values = (o: Record<string, { value: string; raw: string } | undefined>) =>
    Object.entries(o)
      .map(([k, v]) => `${k}=${v?.value}|${v?.raw}`)
      .sort()
      .join('\n');
  return [c.url, c.adapterId, values(c.fields), values(c.extra), c.flags.map((f) => f.code).join(',')].join('\n#');
}

export function observeRecord(options: ObserveOptions): RecordObserver {
  const { host, doc } = options;
  const debounceMs = Math.min(options.debounceMs ?? 150, 300);
  const minIntervalMs = options.minIntervalMs ?? 250;
  const maxBackoffMs = options.maxBackoffMs ?? 4000;
  const now = options.now ?? (() => performance.now());
  let last: CustomerContext | null = null;
  let lastSignature = '';
  let lastRun = -Infinity;
  let idleRuns = 0; // mutation-driven extractions in a row that found no change
  let timer = false;
  let generation = 0; // a newer schedule() supersedes a pending one
  let stopped = false;
  let extractions = 0;
  let sent = 0;
  // Asked for the context before the first extraction ended: answered when it ends.
  const waiting: ((context: CustomerContext) => void)[] = [];

  const observer = new MutationObserver(() => schedule(false));
  const changes: MutationObserverInit = {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden', 'value', 'aria-hidden'],
  };
  // The body itself can be replaced: a frame's script writes the record into an about:blank iframe with
  // document.open / write / close (a new <html>, a new <body>), often after this script ran on the empty document,
  // and a page can swap its <body>. The old body is then detached and its observer hears nothing more: the document
  // and its root are watched for a new child (their children only), and the new body is read and watched.
  const replaced = new MutationObserver((records) => {
    // document.open erased the listeners on window too; adding the same one again is a no-op where it did not.
    if (records.some((r) => r.target === doc)) {
      listen();
      options.onDocumentReplaced?.();
    }
    schedule(false);
  });
  const watch = () => {
    if (stopped) return;
    replaced.observe(doc, { childList: true });
    if (doc.documentElement) replaced.observe(doc.documentElement, { childList: true });
    if (doc.body) observer.observe(doc.body, changes);
  };
  // Changes of the page during a sliced extraction's pauses (the same changes the observer reacts to). Its callback
  // may run before the extraction resumes (and empties takeRecords()): it leaves a mark.
  let dirty = false;
  const guard = new MutationObserver(() => {
    dirty = true;
  });
  const pause = options.pause ?? pauseForPage((h, ms) => host.setTimeout(h, ms));
  let runId = 0; // a newer run voids an older sliced one

  /** One extraction in slices; started again when the page changes in a pause, at most twice, then read in one go. */
  async function sliced(steps: () => Steps<CustomerContext>, id: number): Promise<CustomerContext | null> {
    const body = doc.body;
    if (!body) return options.extract();
    for (let attempt = 0; attempt < 3; attempt++) {
      guard.observe(body, changes);
      guard.takeRecords();
      dirty = false;
      try {
        const done = await runSliced(steps, {
          pause,
          changed: () => id !== runId || stopped || guard.takeRecords().length > 0 || dirty,
          budgetMs: options.sliceMs,
          now,
          onSlice: options.onSlice,
        });
        if (id !== runId || stopped) return null;
        if (done) return done.value;
      } catch {
        break; // extraction never throws; if it ever did, the plain call below says what it can
      } finally {
        guard.disconnect();
      }
    }
    // A page that keeps changing under a sliced read is read as it is now, at once.
    return options.extract();
  }

  const finish = (context: CustomerContext, forced: boolean) => {
    last = context;
    for (const answer of waiting.splice(0)) answer(context);
    const signature = contextSignature(context);
    if (signature !== lastSignature) {
      lastSignature = signature;
      idleRuns = 0;
      sent++;
      options.send(context);
    } else if (!forced) {
      idleRuns++;
    }
    watch();
  };

  // Nothing is read before the reader has its words; the first read follows at once (a read meanwhile is dropped).
  let ready = options.ready === undefined;
  const run = (forced: boolean) => {
    timer = false;
    if (stopped || !host.isValid || !ready) return;
    lastRun = now();
    extractions++;
    const id = ++runId;
    if (!options.steps) {
      finish(options.extract(), forced);
      return;
    }
    void sliced(options.steps, id).then((context) => {
      if (context && id === runId && !stopped && host.isValid) finish(context, forced);
    });
  };

  function schedule(forced: boolean) {
    if (stopped || timer) return;
    // Paused while an extraction is pending: the callbacks of a busy page cost nothing meanwhile.
    observer.disconnect();
    timer = true;
    const backoff = forced
      ? 0
      : Math.min(maxBackoffMs, idleRuns < 3 ? minIntervalMs : minIntervalMs * 2 ** (idleRuns - 2));
    const wait = forced ? 0 : Math.max(debounceMs, lastRun + backoff - now());
    const g = ++generation;
    host.setTimeout(() => {
      if (g === generation) run(forced);
    }, wait);
  }

  // Stopped before the first extraction ended: whoever waits gets the page read at once (or nothing, if that fails).
  const settle = () => {
    const pending = waiting.splice(0);
    if (pending.length === 0) return;
    const context = last ?? options.extract();
    for (const answer of pending) answer(context);
  };
  host.onInvalidated(() => {
    stopped = true;
    observer.disconnect();
    replaced.disconnect();
    guard.disconnect();
    settle();
  });
  const onLocationChange = () => {
    idleRuns = 0;
    timer = false;
    schedule(true);
  };
  const listen = () => host.addEventListener(window, 'wxt:locationchange', onLocationChange);
  listen();
  // Read before the page had loaded (the script runs once the document is parsed): a load handler that fills a form's
  // inputs through their value property (an agent screen showing the connected call's lead) changes no attribute and
  // no node, so nothing above hears it. The page is read once more after its load handlers ran.
  if (doc.readyState !== 'complete')
    host.addEventListener(doc.defaultView ?? window, 'load', () => {
      idleRuns = 0;
      schedule(false);
    });
  if (options.ready) {
    const go = () => {
      ready = true;
      run(true);
    };
    void options.ready.then(go, go);
  } else run(true);

  return {
    refresh: () => {
      idleRuns = 0;
      timer = false;
      schedule(true);
    },
    current: () => last,
    answer: () => {
      if (last) return Promise.resolve(last);
      if (stopped) return Promise.resolve(options.extract());
      return new Promise((resolve) => waiting.push(resolve));
    },
    stats: () => ({ extractions, sent }),
    stop: () => {
      stopped = true;
      observer.disconnect();
      replaced.disconnect();
      guard.disconnect();
      settle();
    },
  };
}
