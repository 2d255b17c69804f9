import type { Escalation } from '@/utils/core/rules/escalations';
import type { DueItem } from '@/utils/core/report/due-items';
import { type Customer, customerSchema } from '@/utils/core/schemas/customer';
import type { CallbackRecord } from '@/utils/core/schemas/callback-record';
import { makeRecord } from '../rules/make-record';

// October 2025 in Shanghai, around the National Day break; figures checked by hand in monthly-report.test.ts.
export const now = Date.parse('2025-11-03T08:00:00Z');

const nc = (over: Partial<CallbackRecord>) => makeRecord({ kind: 'new-contract', ...over });
const pr = (over: Partial<CallbackRecord>) => makeRecord({ kind: 'power-repair', ...over });

const r1 = nc({
  id: 'R1',
  customerKey: 'c1',
  startedAt: '2025-10-09T08:00:00Z',
  dueAt: '2025-10-09',
  satisfaction: 'satisfied',
  agent: 'A',
});
export const agentA: CallbackRecord[] = [
  r1,
  nc({
    id: 'R3',
    customerKey: 'c3',
    outcome: 'no-answer',
    startedAt: '2025-10-13T02:00:00Z',
    dueAt: '2025-10-14',
    agent: 'A',
  }),
  nc({
    id: 'R4',
    customerKey: 'c3',
    outcome: 'no-answer',
    startedAt: '2025-10-13T06:30:00Z',
    dueAt: '2025-10-14',
    agent: 'A',
  }),
  // Due in September, done in October: an October attempt, not an October due.
  nc({
    id: 'R6',
    customerKey: 'c5',
    startedAt: '2025-10-02T02:00:00Z',
    dueAt: '2025-09-30',
    satisfaction: 'dissatisfied',
    flags: ['complaint'],
    agent: 'A',
  }),
  // R10 reached, then corrected by R11 to no answer: only R11 counts.
  nc({
    id: 'R10',
    customerKey: 'c12',
    startedAt: '2025-10-14T02:00:00Z',
    dueAt: '2025-10-15',
    satisfaction: 'satisfied',
    agent: 'A',
  }),
  nc({
    id: 'R11',
    customerKey: 'c12',
    outcome: 'no-answer',
    startedAt: '2025-10-14T02:00:00Z',
    dueAt: '2025-10-15',
    revision: 1,
    supersedes: 'R10',
    agent: 'A',
  }),
];

export const agentB: CallbackRecord[] = [
  // 16:30Z on 10/10 is 00:30 on 10/11 in Shanghai: one day late.
  nc({
    id: 'R2',
    customerKey: 'c2',
    startedAt: '2025-10-10T16:30:00Z',
    dueAt: '2025-10-10',
    satisfaction: 'fairly-satisfied',
    agent: 'B',
  }),
  nc({
    id: 'R5',
    customerKey: 'c4',
    outcome: 'message-sent',
    channel: 'sms',
    startedAt: '2025-10-30T03:00:00Z',
    dueAt: '2025-10-31',
    agent: 'B',
  }),
  r1, // the same record exported by a second agent: counted once
];

export const agentC: CallbackRecord[] = [
  pr({
    id: 'R7',
    customerKey: 'c6',
    startedAt: '2025-10-02T03:50:00+08:00',
    endedAt: '2025-10-02T03:59:00+08:00',
    dueAt: '2025-10-02T04:00:00+08:00',
    satisfaction: 'satisfied',
    agent: 'C',
  }),
  pr({
    id: 'R8',
    customerKey: 'c7',
    startedAt: '2025-10-31T20:20:00+08:00',
    endedAt: '2025-10-31T20:30:00+08:00',
    dueAt: '2025-10-31T20:00:00+08:00',
    satisfaction: 'basically-satisfied',
    flags: ['private-fee', 'suggestion'],
    agent: 'C',
  }),
  makeRecord({
    id: 'R9',
    kind: 'letter-complaint',
    channel: 'letter',
    customerKey: 'c11',
    startedAt: '2025-10-17T02:00:00Z',
    dueAt: '2025-10-20',
    agent: 'C',
  }),
  // 00:30 on 11/01 in Shanghai, due 01:00 on 11/01: November in Shanghai although October in UTC.
  pr({
    id: 'R13',
    customerKey: 'c9',
    outcome: 'no-answer',
    startedAt: '2025-11-01T00:30:00+08:00',
    dueAt: '2025-11-01T01:00:00+08:00',
    agent: 'C',
  }),
];

export const dueItems: DueItem[] = [
  { customerKey: 'c8', kind: 'power-repair', due: '2025-10-31T23:30:00+08:00' },
  { customerKey: 'c10', kind: 'letter-complaint', due: '2025-10-20' },
];

export const customers: Customer[] = [
  customerSchema.parse({
    key: 'c13',
    origin: 'https://crm.example',
    customerId: '13',
    context: {},
    sourceUrl: '',
    firstSeenAt: '2024-10-01T00:00:00Z',
    lastSeenAt: '2024-10-28T00:00:00Z',
    events: {},
    stats: { attempts: 0, lastAttemptAt: null, lastOutcome: null, lastReachedAt: null },
    dueAt: '2025-10-28',
    dueKind: 'continuous',
    nextCallBackAt: null,
  }),
];

const esc = (id: string, type: Escalation['type'], openedAt: string, status: Escalation['status']): Escalation => ({
  id,
  type,
  severity: 'medium',
  status,
  customerKey: 'c5',
  recordId: 'R6',
  kind: 'new-contract',
  openedBy: 'A',
  openedAt,
  handledBy: status === 'handled' ? 'S' : null,
  handledAt: status === 'handled' ? '2025-10-22T00:00:00Z' : null,
  note: '',
  secondCallbackDue: null,
});
export const escalations: Escalation[] = [
  esc('E1', 'complaint', '2025-10-05T02:00:00Z', 'open'),
  esc('E1', 'complaint', '2025-10-05T02:00:00Z', 'open'),
  esc('E2', 'complaint', '2025-10-31T17:00:00Z', 'open'),
  esc('E3', 'private-fee', '2025-10-20T02:00:00Z', 'handled'),
];
