import { createDraftScheduler } from '@/utils/core/draft/scheduler';

/** A hand-driven clock: timers fire only when the test advances time. */
function createClock() {
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 1;
  return {
    now: () => now,
    setTimer: (fn: () => void, ms: number) => {
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimer: (id: unknown) => {
      timers = timers.filter((t) => t.id !== id);
    },
    async advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((t) => t !== due);
        now = due.at;
        due.fn();
        await Promise.resolve();
      }
      now = end;
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

describe('draft autosave scheduler', () => {
  it('saves 0.8 s after a lone change', async () => {
    const clock = createClock();
    const saved: string[] = [];
    const s = createDraftScheduler<string>({ save: async (v) => void saved.push(v), ...clock });
    s.update('a');
    await clock.advance(790);
    expect(saved).toEqual([]);
    await clock.advance(10);
    expect(saved).toEqual(['a']);
  });

  it('saves once, with the newest value, no later than 1 s after the first unsaved change', async () => {
    const clock = createClock();
    const saved: string[] = [];
    const s = createDraftScheduler<string>({ save: async (v) => void saved.push(v), ...clock });
    s.update('a');
    await clock.advance(300);
    s.update('ab');
    await clock.advance(600);
    expect(saved).toEqual([]);
    await clock.advance(100);
    expect(saved).toEqual(['ab']);
    await clock.advance(2000);
    expect(saved).toEqual(['ab']);
  });

  it('never lets a change wait more than 1 s while the agent keeps typing', async () => {
    const clock = createClock();
    const savedAt: number[] = [];
    const s = createDraftScheduler<number>({ save: async () => void savedAt.push(clock.now()), ...clock });
    for (let t = 0; t < 3000; t += 100) {
      s.update(t);
      await clock.advance(100);
    }
    expect(savedAt.length).toBeGreaterThanOrEqual(2);
    expect(savedAt[0]).toBeLessThanOrEqual(1000);
    for (let i = 1; i < savedAt.length; i++)
      expect((savedAt[i] ?? 0) - (savedAt[i - 1] ?? 0)).toBeLessThanOrEqual(1100);
  });

  it('flush saves the pending value at once (pagehide) and then has nothing pending', async () => {
    const clock = createClock();
    const saved: string[] = [];
    const s = createDraftScheduler<string>({ save: async (v) => void saved.push(v), ...clock });
    s.update('typed just now');
    expect(s.pending()).toBe('typed just now');
    await s.flush();
    expect(saved).toEqual(['typed just now']);
    expect(s.pending()).toBeUndefined();
    await clock.advance(2000);
    expect(saved).toHaveLength(1);
  });

  it('keeps the value pending when a save fails, and retries it on flush', async () => {
    const clock = createClock();
    const saved: string[] = [];
    let fail = true;
    const errors: unknown[] = [];
    const s = createDraftScheduler<string>({
      save: async (v) => {
        if (fail) throw new Error('QuotaExceededError');
        saved.push(v);
      },
      onError: (e) => errors.push(e),
      ...clock,
    });
    s.update('precious');
    await clock.advance(1000);
    expect(errors).toHaveLength(1);
    expect(s.pending()).toBe('precious');
    fail = false;
    await s.flush();
    expect(saved).toEqual(['precious']);
  });

  it('saves in order: an older value never lands after a newer one', async () => {
    const clock = createClock();
    const saved: string[] = [];
    let release: () => void = () => {};
    const s = createDraftScheduler<string>({
      save: (v) =>
        v === 'old'
          ? new Promise<void>((resolve) => {
              release = () => {
                saved.push(v);
                resolve();
              };
            })
          : Promise.resolve(void saved.push(v)),
      ...clock,
    });
    s.update('old');
    const first = s.flush();
    s.update('new');
    const second = s.flush();
    await vi.waitFor(() => expect(saved).toEqual([]));
    await new Promise((r) => setTimeout(r, 0));
    release();
    await Promise.all([first, second]);
    expect(saved).toEqual(['old', 'new']);
  });

  it('cancel forgets the pending value (the call was discarded)', async () => {
    const clock = createClock();
    const saved: string[] = [];
    const s = createDraftScheduler<string>({ save: async (v) => void saved.push(v), ...clock });
    s.update('x');
    s.cancel();
    await clock.advance(2000);
    await s.flush();
    expect(saved).toEqual([]);
  });
});
