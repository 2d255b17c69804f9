import { HuifangDb } from '@/utils/db/app-db';
import type { CallbackRecord } from '@/utils/core/schemas/callback-record';
import type { Draft } from '@/utils/core/schemas/draft';
import { callbackKinds } from '@/utils/core/callback-kinds';

let dbCounter = 0;

/** A fresh, uniquely named database per test so tests never see each other's rows. */
export function openTestDb(): HuifangDb {
  dbCounter++;
  return new HuifangDb(`huifang-test-${dbCounter}-${Math.random().toString(36).slice(2)}`);
}

const outcomes = ['reached', 'no-answer', 'busy', 'call-back-later', 'refused'] as const;

/** A deterministic, valid record; `i` spreads customers, kinds, outcomes and dates. */
export function makeRecord(i: number, overrides: Partial<CallbackRecord> = {}): CallbackRecord {
  const started = new Date(Date.UTC(2026, 0, 1) + i * 37 * 60 * 1000);
  const outcome = outcomes[i % outcomes.length] ?? 'reached';
  return {
    id: `rec-${String(i).padStart(7, '0')}`,
    customerKey: `crm:https://crm.example.com#C${i % 997}`,
    kind: callbackKinds[i % 5] ?? 'new-contract',
    scriptId: 'builtin-new-contract',
    scriptVersion: 1,
    channel: 'phone',
    startedAt: started.toISOString(),
    endedAt: new Date(started.getTime() + 180_000).toISOString(),
    ringSeconds: 20 + (i % 10),
    outcome,
    callBackAt: outcome === 'call-back-later' ? new Date(started.getTime() + 86_400_000).toISOString() : null,
    answers: { q1: i % 2 === 0, q2: `答复 ${i}`, q3: i % 7 },
    path: ['start', 'identity', 'q1', 'q2', 'end'],
    ticks: { riskDisclosed: started.toISOString() },
    flags: i % 11 === 0 ? ['escalation'] : [],
    satisfaction: outcome === 'reached' ? 'satisfied' : null,
    notes: i % 3 === 0 ? `客户说 "明天再打", 电话=13800138000` : '',
    agent: i % 2 === 0 ? 'agent-li' : 'agent-wang',
    sourceUrl: `https://crm.example.com/customer/C${i % 997}`,
    context: { name: `客户${i % 997}`, phone: `1380013${String(i % 997).padStart(4, '0')}`, customerId: `C${i % 997}` },
    dueAt: null,
    revision: 0,
    supersedes: null,
    recordedAt: new Date(started.getTime() + 200_000).toISOString(),
    ...overrides,
  };
}

export function makeDraft(customerKey: string, recordId: string, overrides: Partial<Draft['record']> = {}): Draft {
  return {
    customerKey,
    recordId,
    startedAt: '2026-11-27T02:00:00.000Z',
    updatedAt: '2026-11-27T02:01:00.000Z',
    record: {
      kind: 'new-contract',
      scriptId: 'builtin-new-contract',
      scriptVersion: 1,
      channel: 'phone',
      ringSeconds: 25,
      outcome: null,
      callBackAt: null,
      answers: { identityConfirmed: true },
      path: ['start', 'identity'],
      ticks: {},
      flags: [],
      satisfaction: null,
      notes: '',
      agent: 'agent-li',
      sourceUrl: 'https://crm.example.com/customer/C1',
      context: { name: '张三', phone: '13800138000' },
      dueAt: null,
      ...overrides,
    },
    engine: { stepId: 'identity', visited: ['start'] },
  };
}

/** Every table's rows, sorted, to compare a whole database before and after. */
export async function snapshot(db: HuifangDb) {
  const [callbacks, customers, drafts, audit] = await Promise.all([
    db.callbacks.orderBy('id').toArray(),
    db.customers.orderBy('key').toArray(),
    db.drafts.toArray(),
    db.audit.orderBy('seq').toArray(),
  ]);
  return { callbacks, customers, drafts, audit };
}
