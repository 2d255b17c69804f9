import { describe, expect, it } from 'vitest';
import {
  backoffMs,
  readResults,
  scheduleRetry,
  singleFlight,
  takeBatch,
  type OutboxEntry,
} from '@/utils/core/sync/outbox';

const entry = (recordId: string, over: Partial<OutboxEntry> = {}): OutboxEntry => ({
  recordId,
  leaseSeq: null,
  tries: 0,
  notBefore: 0,
  rejected: null,
  ...over,
});

describe('takeBatch', () => {
  it('takes due, unrejected entries in order, at most max', () => {
    const all = [entry('a'), entry('b', { notBefore: 500 }), entry('c', { rejected: 'bad' }), entry('d'), entry('e')];
    expect(takeBatch(all, 100, 2).map((e) => e.recordId)).toEqual(['a', 'd']);
    expect(takeBatch(all, 500).map((e) => e.recordId)).toEqual(['a', 'b', 'd', 'e']);
  });
});

describe('backoff', () => {
  it.each([
    [1, 0.5, 30_000],
    [2, 0.5, 60_000],
    [4, 0.5, 240_000],
    [20, 0.5, 1_800_000],
    [1, 0, 22_500],
    [1, 0.999, 37_485],
  ])('try %i with jitter %f waits %i ms', (tries, jitter, ms) => {
    expect(backoffMs(tries, jitter)).toBe(ms);
  });

  it('a failed batch is retried later, one more try each', () => {
    const again = scheduleRetry([entry('a'), entry('b', { tries: 2 })], 1000, 0.5);
    expect(again.map((e) => [e.tries, e.notBefore])).toEqual([
      [1, 31_000],
      [3, 121_000],
    ]);
  });
});

describe('readResults', () => {
  it('inserted and duplicate leave the outbox, rejected stay marked, unanswered ids stay for the next send', () => {
    const batch = [entry('a'), entry('b'), entry('c'), entry('d')];
    const out = readResults(batch, [
      { rowId: 'a', status: 'inserted', reason: null, leaseFlag: null },
      { rowId: 'b', status: 'duplicate', reason: null, leaseFlag: null },
      { rowId: 'c', status: 'rejected', reason: 'startedAt: missing', leaseFlag: null },
      { rowId: 'zz', status: 'inserted', reason: null, leaseFlag: null },
      { rowId: 'a', status: 'inserted', reason: null, leaseFlag: 'lease-lost' },
    ]);
    expect(out.done).toEqual(['a', 'b', 'a']);
    expect([...out.rejected]).toEqual([['c', 'startedAt: missing']]);
    expect([...out.flagged]).toEqual([['a', 'lease-lost']]);
  });
});

describe('singleFlight', () => {
  it('callers during a run share it; the next call runs again', async () => {
    let runs = 0;
    let release!: () => void;
    const flush = singleFlight(async () => {
      runs++;
      await new Promise<void>((r) => (release = r));
      return runs;
    });
    const a = flush();
    const b = flush();
    release();
    expect(await a).toBe(1);
    expect(await b).toBe(1);
    const c = flush();
    release();
    expect(await c).toBe(2);
  });

  it('a failed run does not block the next one', async () => {
    let fail = true;
    const flush = singleFlight(async () => {
      if (fail) throw new Error('offline');
      return 'ok';
    });
    await expect(flush()).rejects.toThrow('offline');
    fail = false;
    expect(await flush()).toBe('ok');
  });
});
