import { callbackKindSchema } from '../callback-kinds';
import type { QueueEntry, QueueSource } from '../worklist/work-queue';
import type { TeamQueueItem } from './team-queue-item';

/** The cached team queue after a pull: later items replace earlier ones by customer key. */
export function mergePull(cache: ReadonlyMap<string, TeamQueueItem>, items: readonly TeamQueueItem[], full: boolean) {
  const next = new Map(full ? [] : cache);
  for (const item of items) next.set(item.customerKey, item);
  return next;
}

/** An open item as a queue entry; `heldByOther` says who holds it now (the panel shows it and skips it for J). */
export function toQueueEntry(item: TeamQueueItem, me: string, now: number): QueueEntry & { heldBy: string | null } {
  const kind = callbackKindSchema.safeParse(item.kind);
  const held = item.leaseOwner !== null && item.leaseUntil !== null && Date.parse(item.leaseUntil) > now;
  return {
    id: `team:${item.customerKey}`,
    source: 'team',
    customerKey: item.customerKey,
    name: item.name,
    phone: item.phone,
    product: item.product,
    kind: kind.success ? kind.data : null,
    dueAt: item.dueAt === null ? null : new Date(item.dueAt).toISOString(),
    callBackAt: item.callBackAt === null ? null : new Date(item.callBackAt).toISOString(),
    recordUrl: item.recordUrl,
    heldBy: held && item.leaseOwner !== me ? item.leaseOwner : null,
  };
}

/** The team queue as one more queue source beside the work list (utils/core/worklist/work-queue.ts). */
export function createTeamQueueSource(read: () => Promise<readonly TeamQueueItem[]>, me: string): QueueSource {
  return {
    id: 'team',
    label: { 'zh-CN': '团队队列', en: 'Team queue' },
    async list(now: Date) {
      const items = await read();
      return items.filter((i) => i.status === 'open').map((i) => toQueueEntry(i, me, now.getTime()));
    },
  };
}
