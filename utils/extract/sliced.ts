// An extraction in slices: its steps run back to back until a slice has used its budget, then the page gets its
// turn, so that reading a page of tens of thousands of elements is never one long task (> 50 ms; the benchmark in
// docs/benchmarks.md measures the longest slice). A page that changes during a pause voids what was read so far:
// one extraction reads one state of the page, never half of one and half of the next.
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

/** The steps' result, or null when the page changed during a pause (start again on the page as it is now). */
export async function runSliced<T>(steps: Steps<T>, o: SliceOptions): Promise<{ value: T } | null> {
  const budget = o.budgetMs ?? SLICE_BUDGET_MS;
  const now = o.now ?? (() => performance.now());
  let start = now();
  for (;;) {
    const r = steps.next();
    if (r.done) {
      o.onSlice?.(now() - start);
      return { value: r.value };
    }
    if (now() - start < budget) continue;
    o.onSlice?.(now() - start);
    await o.pause();
    if (o.changed()) {
      steps.return(undefined as never);
      return null;
    }
    start = now();
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
