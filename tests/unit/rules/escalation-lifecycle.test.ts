import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import {
  listProposedEscalations,
  raiseEscalation,
  settleEscalation,
  settleEscalations,
} from '@/utils/core/rules/escalation-lifecycle';
import { makeRecord } from './make-record';

const calendar = createWorkingCalendar();
const first = makeRecord({ id: 'first', customerKey: 'c9', flags: ['promised-return', 'suggestion'] });
const raise = () =>
  raiseEscalation({
    record: first,
    type: 'promised-return',
    reason: '保证收益',
    now: Date.parse('2025-03-03T02:30:00Z'),
    newId: () => 'e1',
    calendar,
  });

describe('escalation lifecycle', () => {
  it('proposes the serious flags not yet escalated', () => {
    expect(listProposedEscalations(first.flags, 'first')).toEqual(['promised-return']);
    expect(listProposedEscalations(first.flags, 'first', [raise()])).toEqual([]);
  });

  it('refuses a flag that is not a serious anomaly', () => {
    expect(() =>
      raiseEscalation({ record: first, type: 'suggestion', reason: 'x', now: 0, newId: () => 'e', calendar }),
    ).toThrow(/not a serious anomaly/);
  });

  it('is settled by a later completed call to the same customer, by any agent, not by the call that raised it', () => {
    const e = raise();
    expect(e.secondCallbackDue).toBe('2025-03-10');
    const later = (over: Parameters<typeof makeRecord>[0]) =>
      makeRecord({ customerKey: 'c9', startedAt: '2025-03-05T02:00:00Z', ...over });
    expect(settleEscalation(e, [first]).status).toBe('open');
    expect(settleEscalation(e, [later({ outcome: 'no-answer' })]).status).toBe('open');
    expect(settleEscalation(e, [later({ customerKey: 'other' })]).status).toBe('open');
    expect(settleEscalation(e, [later({ startedAt: '2025-03-03T01:00:00Z' })]).status).toBe('open');
    expect(settleEscalation(e, [later({ id: 'second', agent: 'agent-b' })])).toMatchObject({
      status: 'handled',
      handledBy: 'agent-b',
      secondCallbackRecordId: 'second',
    });
  });

  it('settles many escalations against many records as one at a time would, each by its own customer', () => {
    const e = raise();
    const other = { ...raise(), id: 'e2', customerKey: 'c8', recordId: 'x' };
    const records = [
      makeRecord({ id: 'noise', customerKey: 'c7', startedAt: '2025-03-05T02:00:00Z' }),
      makeRecord({ id: 'second-9', customerKey: 'c9', startedAt: '2025-03-06T02:00:00Z' }),
      makeRecord({ id: 'second-9-earlier', customerKey: 'c9', startedAt: '2025-03-05T02:00:00Z' }),
    ];
    const settled = settleEscalations([e, other], records);
    expect(settled).toEqual([settleEscalation(e, records), settleEscalation(other, records)]);
    expect(settled.map((x) => [x.status, x.secondCallbackRecordId])).toEqual([
      ['handled', 'second-9-earlier'],
      ['open', null],
    ]);
  });
});
