import { signal } from '@preact/signals-core';
import type { DataClient } from '@/utils/service/call-client';
import type { PanelCalls } from '@/utils/service/panel-calls';
import { type WorkQueue, type QueueRow, buildWorkQueue, findNextRow } from '@/utils/core/worklist/work-queue';
import type { AttemptState } from '@/utils/core/rules/attempts';
import { createTeamQueueSource } from '@/utils/core/sync/team-queue-source';

const attemptStates: readonly AttemptState[] = [
  'done',
  'in-progress',
  'unreachable',
  'refused',
  'invalid-number',
  'not-started',
];

/** One page of customers seen per read; "show more" adds a page, up to what the call accepts. */
const seenPageSize = 100;
const maxSeenShown = 1000;

const emptyQueue = (): WorkQueue => ({
  overdue: [],
  today: [],
  upcoming: [],
  counts: { overdue: 0, today: 0, upcoming: 0, done: 0 },
});

/** The queue tab: the day's callbacks from every source, grouped, and "next customer" after the one on show. */
export function createWorkQueueState(client: DataClient<PanelCalls>, env: { now: () => number; timeZone: string }) {
  const queue = signal<WorkQueue>(emptyQueue());
  const error = signal<string | null>(null);
  /** Customers seen on pages that the queue holds beyond the ones read (the call pages that source). */
  const more = signal(0);
  let limit = seenPageSize;

  async function refresh() {
    try {
      const [data, team] = await Promise.all([
        client.call('workQueue', { limit }),
        // The team queue as last pulled (#16); empty while team sync is off.
        client.call('teamQueue', {}).catch(() => ({ me: null, items: [] })),
      ]);
      const teamOpen = team.items.filter((i) => i.status === 'open');
      more.value = Math.max(0, data.seen.total - data.seen.offset - data.seen.shown);
      const attempts = new Map(
        data.attempts.map((a) => [
          `${a.customerKey}|${a.kind ?? ''}`,
          { counted: a.counted, state: attemptStates.find((s) => s === a.state) ?? 'in-progress' },
        ]),
      );
      // Attempts the whole team made count for the team's customers.
      for (const item of teamOpen) {
        const id = `${item.customerKey}|${item.kind ?? ''}`;
        const mine = attempts.get(id);
        if (!mine || mine.counted < item.attempts)
          attempts.set(id, { counted: item.attempts, state: mine?.state ?? 'in-progress' });
      }
      // The team queue is one more QueueSource beside the work list (utils/core/worklist/work-queue.ts).
      const teamEntries = await createTeamQueueSource(async () => team.items, team.me ?? '').list(new Date(env.now()));
      queue.value = buildWorkQueue([...teamEntries, ...data.entries], {
        now: env.now(),
        timeZone: env.timeZone,
        attempts: (key, kind) => attempts.get(`${key}|${kind ?? ''}`),
        escalated: new Set(data.escalated),
      });
      error.value = null;
    } catch (err) {
      error.value = err instanceof Error ? err.message : String(err);
    }
  }

  return {
    queue,
    error,
    more,
    refresh,
    /** Reads the next page of customers seen on top of the ones shown. */
    async showMore() {
      limit = Math.min(maxSeenShown, limit + seenPageSize);
      await refresh();
    },
    /** The row "next customer" opens: fresh from the database, after the customer on show. */
    async next(currentKey: string | null): Promise<QueueRow | null> {
      await refresh();
      return findNextRow(queue.value, currentKey);
    },
  };
}
export type WorkQueueState = ReturnType<typeof createWorkQueueState>;
