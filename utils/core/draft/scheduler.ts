// Autosave for the call in progress: a change is saved at most ~1 s later, however fast the agent types.

export interface DraftSchedulerOptions<T> {
  save: (value: T) => Promise<void>;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** Longest a change may wait while changes keep coming. */
  maxWaitMs?: number;
  now: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  /** Called when a save fails; the value stays pending and is retried on the next change or flush. */
  onError?: (err: unknown) => void;
}

export interface DraftScheduler<T> {
  /** Records a change; the newest value wins. */
  update(value: T): void;
  /** Saves the pending value now (pagehide, visibilitychange, finishing the call); resolves when stored. */
  flush(): Promise<void>;
  /** The value not yet saved, for a synchronous last-chance write (versionchange). */
  pending(): T | undefined;
  /** Forgets the pending value (the call was discarded or finished) and stops the timer. */
  cancel(): void;
}

export function createDraftScheduler<T>(options: DraftSchedulerOptions<T>): DraftScheduler<T> {
  const delay = options.delayMs ?? 800;
  const maxWait = options.maxWaitMs ?? 1000;
  let pendingValue: { value: T } | undefined;
  let firstChangeAt: number | undefined;
  let timer: unknown;
  let inFlight: Promise<void> = Promise.resolve();

  const stopTimer = () => {
    if (timer !== undefined) options.clearTimer(timer);
    timer = undefined;
  };

  const saveNow = (): Promise<void> => {
    stopTimer();
    const taken = pendingValue;
    if (!taken) return inFlight;
    pendingValue = undefined;
    firstChangeAt = undefined;
    // Saves run one after another so an older value can never land after a newer one.
    inFlight = inFlight.then(() =>
      options.save(taken.value).catch((err: unknown) => {
        if (!pendingValue) pendingValue = taken;
        options.onError?.(err);
      }),
    );
    return inFlight;
  };

  return {
    update(value) {
      const at = options.now();
      pendingValue = { value };
      firstChangeAt ??= at;
      const dueAt = Math.min(at + delay, firstChangeAt + maxWait);
      stopTimer();
      timer = options.setTimer(
        () => {
          timer = undefined;
          void saveNow();
        },
        Math.max(0, dueAt - at),
      );
    },
    flush: saveNow,
    pending: () => pendingValue?.value,
    cancel() {
      stopTimer();
      pendingValue = undefined;
      firstChangeAt = undefined;
    },
  };
}
