import { signal, type ReadonlySignal } from '@preact/signals';

/**
 * Code the panel's first frame does not show — the queue and history tabs, the setup screen, the keys' help, the
 * escalation banner — in a chunk of its own, loaded once the customer and the first answer are on screen or when the
 * agent reaches it first (docs/architecture.md, "What the panel loads first"). `value` is null until it has loaded;
 * a failed load is tried again at the next `load()`.
 */
export type Later<T> = { value: ReadonlySignal<T | null>; load(): Promise<T> };

export function createLater<T>(load: () => Promise<T>): Later<T> {
  const value = signal<T | null>(null);
  let loading: Promise<T> | null = null;
  return {
    value,
    load: () =>
      (loading ??= load().then(
        (loaded) => (value.value = loaded),
        (err: unknown) => {
          loading = null;
          throw err;
        },
      )),
  };
}

/**
 * Runs `fn` once after the frame that shows the call has been painted (`shown` turns true), or after `fallbackMs`
 * when nothing comes (no customer on the page, the site not enabled): what it loads then is not fetched while the
 * agent waits for the customer. Returns the cleanup.
 */
export function afterFirstPaint(shown: ReadonlySignal<boolean>, fn: () => void, fallbackMs = 1500): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    stop();
    window.clearTimeout(fallback);
    fn();
  };
  const fallback = window.setTimeout(run, fallbackMs);
  // After the paint: the next animation frame comes before it, a task queued from there after it.
  const stop = shown.subscribe((yes) => {
    if (yes) requestAnimationFrame(() => window.setTimeout(run, 0));
  });
  return () => {
    done = true;
    stop();
    window.clearTimeout(fallback);
  };
}
