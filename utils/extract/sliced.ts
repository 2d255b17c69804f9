// An extraction in slices: its steps run back to back until a slice has used its budget, then the page gets its
// turn, so that reading a page of tens of thousands of elements is never one long task (> 50 ms; the benchmark in
// docs/benchmarks.md measures the longest slice). A page that changes during a pause voids what was read so far:
// one extraction reads one state of the page, never half of one and half of the next.
import { buildLocalePart, withLocalesPutOff } from '../core/normalize/month-words';
import type { Steps } from './types';

export interface SliceOptions {
  /** Gives the page its turn between two slices. */
  pause: () => Promise<void>;
  /** True when the page changed (or the result is no longer wanted) since the last pause. */
  changed: () => boolean;
  /** Time one slice may take before the page gets its turn (ms); a normal page is read in one slice. */
  budgetMs?: number;
  now?: () => number;
  /** Each slice's length (ms), for the benchmark. */
  onSlice?: (ms: number) => void;
}

export const SLICE_BUDGET_MS = 12;

/**
 * The steps' result, or null when the page changed during a pause (start again on the page as it is now). A date
 * needing month words of locales not built yet (utils/core/normalize/month-words.ts: 170–300 ms for every Latin-script
 * locale) does not build them inside a step: the reading is thrown away, the locales are built a calendar at a time, a few per slice, and
 * the steps start again (`steps` a function), or null is given (the caller reads again, the locales now built).
 */
export async function runSliced<T>(steps: Steps<T> | (() => Steps<T>), o: SliceOptions): Promise<{ value: T } | null> {
  const budget = o.budgetMs ?? SLICE_BUDGET_MS;
  const now = o.now ?? (() => performance.now());
  const start = typeof steps === 'function' ? steps : null;
  let run = start ? start() : (steps as Steps<T>);
  let sliceStart = now();
  for (;;) {
    const { value: r, wanted } = withLocalesPutOff(() => run.next());
    if (wanted.length > 0) {
      if (!r.done) run.return(undefined as never);
      for (const tag of wanted)
        for (let done = false; !done;) {
          if (now() - sliceStart >= budget) {
            o.onSlice?.(now() - sliceStart);
            await o.pause();
            sliceStart = now();
          }
          done = buildLocalePart(tag);
        }
      if (!start || o.changed()) {
        o.onSlice?.(now() - sliceStart);
        return null;
      }
      run = start();
      continue;
    }
    if (r.done) {
      o.onSlice?.(now() - sliceStart);
      return { value: r.value };
    }
    if (now() - sliceStart < budget) continue;
    o.onSlice?.(now() - sliceStart);
    await o.pause();
    if (o.changed()) {
      run.return(undefined as never);
      return null;
    }
    sliceStart = now();
  }
}

/**
 * The page's turn: `scheduler.yield()` where the browser has it (the rest of the extraction keeps its place ahead of
 * other tasks, so a normal page's first answer is not delayed), else a zero timeout.
 */
export function pauseForPage(setTimer: (handler: () => void, ms: number) => unknown): () => Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return () => scheduler.yield?.() ?? Promise.resolve();
  return () => new Promise<void>((resolve) => void setTimer(resolve, 0));
}
