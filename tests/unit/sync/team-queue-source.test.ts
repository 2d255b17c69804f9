import { describe, expect, it } from 'vitest';
import { createTeamQueueSource, mergePull, toQueueEntry } from '@/utils/core/sync/team-queue-source';
import type { TeamQueueItem } from '@/utils/core/sync/sync-api';
import { buildWorkQueue, findNextRow } from '@/utils/core/worklist/work-queue';

const item = (customerKey: string, over: Partial<TeamQueueItem> = {}): TeamQueueItem => ({
  customerKey,
  name: '李伟',
  phone: '13800138000',
  product: '终身寿险',
  kind: 'hesitation-period',
  dueAt: '2026-11-30T16:00:00+00:00',
  callBackAt: null,
  recordUrl: null,
  assignedTo: null,
  status: 'open',
  attempts: 0,
  lastOutcome: null,
  lastAttemptAt: null,
  leaseOwner: null,
  leaseUntil: null,
  leaseSeq: 0,
  ...over,
});

describe('the team queue cache', () => {
  it('a delta replaces items by key, a full pull replaces the cache', () => {
    const cache = mergePull(new Map(), [item('a'), item('b')], true);
    const delta = mergePull(cache, [item('b', { name: '赵敏' })], false);
    expect([...delta.values()].map((i) => [i.customerKey, i.name])).toEqual([
      ['a', '李伟'],
      ['b', '赵敏'],
    ]);
    expect([...mergePull(delta, [item('c')], true).keys()]).toEqual(['c']);
  });
});

describe('as a queue source', () => {
  const now = Date.parse('2026-11-29T01:00:00Z');

  it('lists open items as entries, with who else holds them now', async () => {
    const items = [
      item('a', { leaseOwner: 'zhang', leaseUntil: '2026-11-29T01:05:00Z', leaseSeq: 2 }),
      item('b', { leaseOwner: 'wang', leaseUntil: '2026-11-29T01:05:00Z' }),
      item('c', { leaseOwner: 'zhang', leaseUntil: '2026-11-29T00:55:00Z' }),
      item('d', { status: 'done' }),
      item('e', { kind: 'unknown-kind' }),
    ];
    const source = createTeamQueueSource(async () => items, 'wang');
    const entries = (await source.list(new Date(now))) as ReturnType<typeof toQueueEntry>[];
    expect(entries.map((e) => [e.customerKey, e.heldBy, e.kind])).toEqual([
      ['a', 'zhang', 'hesitation-period'],
      ['b', null, 'hesitation-period'],
      ['c', null, 'hesitation-period'],
      ['e', null, null],
    ]);
    expect(entries[0]).toMatchObject({ id: 'team:a', source: 'team', dueAt: '2026-11-30T16:00:00.000Z' });
  });
});

describe('in the panel queue', () => {
  const now = Date.parse('2026-11-29T01:00:00Z');
  const held = { leaseOwner: '张强', leaseUntil: '2026-11-29T01:10:00Z', leaseSeq: 3 };

  it('"next customer" passes by a customer another agent holds, and the row says who holds it', () => {
    const entries = [
      toQueueEntry(item('a', { ...held, dueAt: '2026-11-29T02:00:00Z' }), '王芳', now),
      toQueueEntry(item('b', { dueAt: '2026-11-29T03:00:00Z' }), '王芳', now),
    ];
    const queue = buildWorkQueue(entries, {
      now,
      timeZone: 'Asia/Shanghai',
      attempts: () => undefined,
      escalated: new Set(),
    });
    expect(queue.today.map((r) => [r.customerKey, r.heldBy])).toEqual([
      ['a', '张强'],
      ['b', null],
    ]);
    expect(findNextRow(queue, null)?.customerKey).toBe('b');
    // My own lease is no obstacle.
    const mine = buildWorkQueue([toQueueEntry(item('a', { ...held, leaseOwner: '王芳' }), '王芳', now)], {
      now,
      timeZone: 'Asia/Shanghai',
      attempts: () => undefined,
      escalated: new Set(),
    });
    expect(findNextRow(mine, null)?.customerKey).toBe('a');
  });
});
