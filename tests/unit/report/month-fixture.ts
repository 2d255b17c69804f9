import type { Review } from '@/utils/core/qa/review';
import type { DueItem } from '@/utils/core/report/due-items';
import type { Escalation } from '@/utils/core/rules/escalations';
import type { CallbackRecord } from '@/utils/core/schemas/callback-record';
import { makeRecord } from '../rules/make-record';

// A month of two agents (docs/report.md's worked example), shared by the report unit test. Times are UTC; the
// report counts in Asia/Shanghai.
const at = (day: number, hour = 2) => new Date(Date.UTC(2026, 10, day, hour)).toISOString();
const call = (id: string, over: Partial<CallbackRecord>) =>
  makeRecord({ id, startedAt: over.startedAt, endedAt: over.startedAt, recordedAt: over.startedAt, ...over });
const person = (name: string, mobile: string) => ({ context: { name, mobile } });

export const monthRecords: CallbackRecord[] = [
  call('c1-a', {
    customerKey: 'C1',
    agent: '李明',
    startedAt: at(5),
    dueAt: '2026-11-06',
    satisfaction: 'basically-satisfied',
    flags: ['promised-return'],
    ...person('王芳', '13812345678'),
  }),
  call('c1-b', {
    customerKey: 'C1',
    agent: '王磊',
    startedAt: at(9),
    satisfaction: null,
    ...person('王芳', '13812345678'),
  }),
  call('c2-a1', {
    customerKey: 'C2',
    agent: '李明',
    startedAt: at(9),
    outcome: 'no-answer',
    dueAt: '2026-11-10',
    satisfaction: null,
    ...person('赵强', '13900001111'),
  }),
  call('c2-a2', {
    customerKey: 'C2',
    agent: '李明',
    startedAt: at(12),
    dueAt: '2026-11-10',
    satisfaction: 'satisfied',
    ...person('赵强', '13900001111'),
  }),
  call('c3-b', {
    customerKey: 'C3',
    agent: '王磊',
    startedAt: at(18),
    outcome: 'no-answer',
    dueAt: '2026-11-20',
    satisfaction: null,
    ...person('孙丽', '13700002222'),
  }),
  call('c4-b', {
    customerKey: 'C4',
    agent: '王磊',
    startedAt: at(25),
    kind: 'continuous',
    dueAt: '2026-11-30',
    satisfaction: 'fairly-satisfied',
    ...person('周杰', '13600003333'),
  }),
];

export const monthDue: DueItem[] = [
  { customerKey: 'C1', kind: 'new-contract', due: '2026-11-06' },
  { customerKey: 'C2', kind: 'new-contract', due: '2026-11-10' },
  { customerKey: 'C3', kind: 'new-contract', due: '2026-11-20' },
  { customerKey: 'C4', kind: 'continuous', due: '2026-11-30' },
  { customerKey: 'C5', kind: 'continuous', due: '2026-12-05' },
];

const escalation = (over: Partial<Escalation>): Escalation => ({
  id: 'e',
  type: 'promised-return',
  severity: 'high',
  status: 'open',
  customerKey: 'C1',
  recordId: 'c1-a',
  kind: 'new-contract',
  openedBy: '李明',
  openedAt: at(5, 3),
  handledBy: null,
  handledAt: null,
  note: '',
  secondCallbackDue: '2026-11-12',
  reason: '客户称业务员保证收益',
  secondCallbackRecordId: null,
  secondCallbackAt: null,
  ...over,
});

export const monthEscalations: Escalation[] = [
  escalation({ id: 'e1' }),
  escalation({
    id: 'e2',
    type: 'complaint',
    severity: 'medium',
    customerKey: 'C3',
    recordId: 'c3-b',
    openedBy: '王磊',
    openedAt: at(18, 3),
    secondCallbackDue: '2026-11-25',
    reason: '客户投诉服务态度',
  }),
];

const review = (id: string, recordId: string, agent: string, compliance: number): Review => ({
  id,
  recordId,
  customerKey: recordId.slice(0, 2).toUpperCase(),
  kind: 'new-contract',
  agent,
  reviewer: '质检-周',
  reviewedAt: at(30),
  month: '2026-11',
  seed: '2026-11',
  scores: { identity: 20, script: 20, compliance, record: 10, manner: 10 },
  comment: '',
});

export const monthReviews: Review[] = [review('rv1', 'c1-a', '李明', 30), review('rv2', 'c4-b', '王磊', 10)];
export const monthNow = Date.parse('2026-12-01T02:00:00Z');
