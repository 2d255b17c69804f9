import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { defaultCallWindows } from '@/utils/core/rules/call-windows';
import { builtinPlaybooks } from '@/utils/core/playbooks';
import { buildRecordFromDraft } from '@/utils/db/callbacks';
import type { CallbackRecord } from '@/utils/core/schemas/callback-record';
import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import type { Draft } from '@/utils/core/schemas/draft';
import type { CallPorts } from '@/utils/call/call-ports';

/** In-memory ports: a clock the test moves, timers it runs, records and drafts in maps. */
export function createFakePorts(start = '2025-11-03T02:30:00.000Z') {
  let now = Date.parse(start);
  let seq = 0;
  const timers = new Map<number, () => void>();
  const drafts = new Map<string, Draft>();
  const records: CallbackRecord[] = [];
  const calendar = createWorkingCalendar();
  const ports: CallPorts = {
    now: () => new Date(now),
    newId: () => `id-${++seq}`,
    timeZone: 'Asia/Shanghai',
    calendar: () => calendar,
    windows: () => defaultCallWindows,
    setTimer: (fn) => {
      timers.set(++seq, fn);
      return seq;
    },
    clearTimer: (h) => typeof h === 'number' && timers.delete(h),
    agent: async () => '测试专员',
    scripts: async () => builtinPlaybooks,
    seeCustomer: async () => undefined,
    history: async (key) => records.filter((r) => r.customerKey === key),
    otherCustomers: async () => [],
    loadDraft: async (key) => drafts.get(key),
    saveDraft: async (d) => void drafts.set(d.customerKey, d),
    discardDraft: async (key) => void drafts.delete(key),
    finishCall: async (draft, outcome, endedAt) => {
      const record = buildRecordFromDraft(draft, { outcome, endedAt, now: new Date(now) });
      records.push(record);
      drafts.delete(draft.customerKey);
      return record;
    },
  };
  return {
    ports,
    drafts,
    records,
    advance(ms: number) {
      now += ms;
    },
    async runTimers() {
      const due = [...timers.values()];
      timers.clear();
      for (const fn of due) fn();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

export function makeContext(
  name: string,
  mobile: string,
  extra: Partial<Record<'signDate' | 'customerId' | 'idNumber', string>> = {},
): CustomerContext {
  const src = { via: 'adapter' as const, adapterId: 'test' };
  const field = (value: string) => ({ value, raw: value, source: src });
  const fields: CustomerContext['fields'] = { name: field(name), mobile: field(mobile) };
  if (extra.signDate) fields.signDate = field(extra.signDate);
  if (extra.customerId) fields.customerId = field(extra.customerId);
  if (extra.idNumber) fields.idNumber = field(extra.idNumber);
  return {
    url: 'http://crm.test/c/1',
    origin: 'http://crm.test',
    adapterId: 'test',
    fields,
    extra: {},
    missing: [],
    flags: [],
    extractedAt: '2025-11-03T02:00:00.000Z',
  };
}

export const tick = () => new Promise((r) => setTimeout(r, 0));
