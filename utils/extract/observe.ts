// SPA support: re-extract on URL change and on mutations of the page, debounced and capped, and send
// only when the customer context really changed. A page that mutates forever backs the observer off.
import type { CustomerContext } from '../core/schemas/customer-context';

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
  send(context: CustomerContext): void;
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

  const observer = new MutationObserver(() => schedule(false));
  const watch = () => {
    if (!stopped && doc.body)
      observer.observe(doc.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['class', 'style', 'hidden', 'value', 'aria-hidden'],
      });
  };

  const run = (forced: boolean) => {
    timer = false;
    if (stopped || !host.isValid) return;
    lastRun = now();
    extractions++;
    const context = options.extract();
    last = context;
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

  host.onInvalidated(() => {
    stopped = true;
    observer.disconnect();
  });
  host.addEventListener(window, 'wxt:locationchange', () => {
    idleRuns = 0;
    timer = false;
    schedule(true);
  });
  run(true);

  return {
    refresh: () => {
      idleRuns = 0;
      timer = false;
      schedule(true);
    },
    current: () => last,
    stats: () => ({ extractions, sent }),
    stop: () => {
      stopped = true;
      observer.disconnect();
    },
  };
}
