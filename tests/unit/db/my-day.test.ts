import { listAgentCalls } from '@/utils/db/history';
import { countByOutcome, dayBounds } from '@/utils/core/worklist/my-day';
import { makeRecord, openTestDb } from './helpers';

describe('my calls today', () => {
  it('the day is the local day of the deployment’s time zone', () => {
    // 2026-11-29 01:30 in Shanghai is 2026-11-28 17:30 UTC.
    const day = dayBounds(Date.parse('2026-11-28T17:30:00Z'), 'Asia/Shanghai');
    expect(day).toEqual({
      date: '2026-11-29',
      from: Date.parse('2026-11-28T16:00:00Z'),
      to: Date.parse('2026-11-29T16:00:00Z'),
    });
  });

  it('lists only this agent’s calls of the day, the latest revision, newest first, whatever offset they carry', async () => {
    const db = openTestDb();
    const at = (iso: string, i: number, o: Parameters<typeof makeRecord>[1] = {}) =>
      makeRecord(i, { startedAt: iso, agent: 'agent-li', ...o });
    await db.callbacks.bulkAdd([
      at('2026-11-29T01:00:00+08:00', 1, { outcome: 'no-answer' }),
      at('2026-11-29T09:30:00+08:00', 2, { outcome: 'no-such-number' }),
      at('2026-11-29T15:59:00.000Z', 3, { outcome: 'reached' }), // 23:59 in Shanghai
      at('2026-11-29T16:00:00.000Z', 4), // the next day there
      at('2026-11-28T23:59:00+08:00', 5), // the day before
      at('2026-11-29T10:00:00+08:00', 6, { agent: 'agent-wang' }),
      at('2026-11-29T11:00:00+08:00', 7, { outcome: 'busy' }),
      at('2026-11-29T11:00:00+08:00', 8, { outcome: 'reached', supersedes: makeRecord(7).id, revision: 1 }),
    ]);
    const day = dayBounds(Date.parse('2026-11-29T04:00:00Z'), 'Asia/Shanghai');
    const calls = await listAgentCalls(db, { agent: 'agent-li', from: day.from, to: day.to });
    expect(calls.map((r) => r.id)).toEqual([makeRecord(3).id, makeRecord(8).id, makeRecord(2).id, makeRecord(1).id]);
  });

  it('counts by outcome in the outcome bar’s order, empty outcomes left out', () => {
    const call = (outcome: 'reached' | 'busy' | 'no-such-number' | 'message-sent') => ({
      id: outcome,
      customerKey: 'k',
      name: '',
      startedAt: '',
      kind: 'continuous' as const,
      outcome,
      notes: '',
      sourceUrl: '',
    });
    expect(
      countByOutcome([call('busy'), call('reached'), call('busy'), call('message-sent')], ['reached', 'busy']),
    ).toEqual({
      counts: [
        { outcome: 'reached', n: 1 },
        { outcome: 'busy', n: 2 },
        { outcome: 'message-sent', n: 1 },
      ],
      total: 4,
    });
  });
});
