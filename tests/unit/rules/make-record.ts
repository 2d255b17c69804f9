import { type CallbackRecord, callbackRecordSchema } from '@/utils/core/schemas/callback-record';

let counter = 0;

/** A valid finished record with sensible defaults; tests override what they are about. */
export function makeRecord(over: Partial<CallbackRecord> = {}): CallbackRecord {
  counter += 1;
  const startedAt = over.startedAt ?? '2025-03-03T02:00:00Z';
  const record: CallbackRecord = {
    id: `r${counter}`,
    customerKey: 'c1',
    kind: 'new-contract',
    scriptId: null,
    scriptVersion: null,
    channel: 'phone',
    startedAt,
    endedAt: startedAt,
    ringSeconds: 25,
    outcome: 'reached',
    callBackAt: null,
    answers: {},
    path: [],
    ticks: {},
    flags: [],
    satisfaction: null,
    notes: '',
    agent: 'agent-a',
    sourceUrl: '',
    context: {},
    dueAt: null,
    revision: 0,
    supersedes: null,
    recordedAt: startedAt,
    ...over,
  };
  return callbackRecordSchema.parse(record);
}
