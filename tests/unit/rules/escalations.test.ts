import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { escalationSchema, handleEscalation, listEscalations, openEscalations } from '@/utils/core/rules/escalations';
import { makeRecord } from './make-record';

const calendar = createWorkingCalendar();
function ids() {
  let n = 0;
  return () => `e${++n}`;
}

describe('escalations', () => {
  it('opens one escalation per escalating flag and schedules a second callback in 5 working days', () => {
    const record = makeRecord({
      id: 'rec-1',
      customerKey: 'c9',
      kind: 'continuous',
      agent: 'wang',
      flags: ['private-fee', 'complaint', 'suggestion', 'private-fee', 'made-up'],
    });
    // Flagged on Thursday 2025-09-25 evening in Shanghai: 9/26, 9/28 (Sun make-up), 9/29, 9/30, then 10/9.
    const now = Date.parse('2025-09-25T20:00:00+08:00');
    const { escalations, secondCallback } = openEscalations(record, { now, newId: ids(), calendar });
    expect(escalations.map((e) => [e.type, e.severity, e.status])).toEqual([
      ['private-fee', 'high', 'open'],
      ['complaint', 'medium', 'open'],
    ]);
    expect(escalations.every((e) => escalationSchema.safeParse(e).success)).toBe(true);
    expect(escalations[0]).toMatchObject({
      customerKey: 'c9',
      recordId: 'rec-1',
      openedBy: 'wang',
      secondCallbackDue: '2025-10-09',
    });
    expect(secondCallback).toEqual({
      customerKey: 'c9',
      kind: 'continuous',
      due: '2025-10-09',
      reason: ['private-fee', 'complaint'],
    });
  });

  it('does not open the same escalation twice for a record, nor any for harmless flags', () => {
    const record = makeRecord({ flags: ['complaint'] });
    const opts = { now: Date.parse('2025-03-03T10:00:00+08:00'), newId: ids(), calendar };
    const first = openEscalations(record, opts).escalations;
    expect(openEscalations(record, { ...opts, existing: first })).toMatchObject({
      escalations: [],
      secondCallback: null,
    });
    expect(openEscalations(makeRecord({ flags: ['suggestion', 'prefers-sms'] }), opts).escalations).toEqual([]);
  });

  it('lists for the supervisor: open first, high severity first, oldest first; handled ones can be filtered out', () => {
    const make = (flag: string, at: string) =>
      openEscalations(makeRecord({ flags: [flag] }), { now: Date.parse(at), newId: ids(), calendar }).escalations[0];
    const a = make('complaint', '2025-03-01T02:00:00Z');
    const b = make('signed-on-behalf', '2025-03-02T02:00:00Z');
    const c = make('false-data', '2025-03-03T02:00:00Z');
    const d = make('strong-dissatisfaction', '2025-02-01T02:00:00Z');
    if (!a || !b || !c || !d) throw new Error('no escalation opened');
    const handled = handleEscalation(d, {
      who: 'supervisor',
      now: Date.parse('2025-03-04T02:00:00Z'),
      note: 'called back',
    });
    expect(handled).toMatchObject({
      status: 'handled',
      handledBy: 'supervisor',
      handledAt: '2025-03-04T02:00:00.000Z',
      note: 'called back',
    });
    const list = [a, b, c, handled];
    expect(listEscalations(list).map((e) => e.type)).toEqual([
      'signed-on-behalf',
      'false-data',
      'complaint',
      'strong-dissatisfaction',
    ]);
    expect(listEscalations(list, { status: 'open', severity: 'medium' }).map((e) => e.type)).toEqual(['complaint']);
    expect(listEscalations(list, { from: Date.parse('2025-03-02T00:00:00Z') }).map((e) => e.id)).toEqual([b.id, c.id]);
  });
});
