import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { computeCustomerDue, describeDueStatus } from '@/utils/core/rules/due-status';

const calendar = createWorkingCalendar();

describe('computeCustomerDue', () => {
  it('finds the event that starts the clock among the customer’s events', () => {
    expect(
      computeCustomerDue('power-repair', { repairClosedAt: '2025-09-30T20:00Z', signDate: '2020-01-01' }, calendar),
    ).toMatchObject({ eventKey: 'repairClosedAt', due: '2025-10-02T04:00:00+08:00' });
    expect(computeCustomerDue('new-contract', { signDate: '2026-02-13' }, calendar)).toMatchObject({
      eventKey: 'signDate',
      due: '2026-02-27',
    });
  });

  it('also reads events stored under the trigger id', () => {
    expect(computeCustomerDue('letter-report', { 'letter-received': '2025-09-26' }, calendar)).toMatchObject({
      eventKey: 'letter-received',
      due: '2025-10-16',
    });
  });

  it('returns null when the event is missing or unreadable', () => {
    expect(computeCustomerDue('new-contract', { repairClosedAt: '2025-09-30' }, calendar)).toBeNull();
    expect(computeCustomerDue('new-contract', { signDate: 'last week' }, calendar)).toBeNull();
  });
});

describe('describeDueStatus', () => {
  it.each([
    // Due Tuesday 2025-10-14; on Thursday 9/30 evening there are 10/9, 10/10, 10/11 (Sat, make-up), 10/13, 10/14 left.
    ['2025-09-30T20:00:00+08:00', 'open', 5],
    ['2025-10-14T09:00:00+08:00', 'due-today', 0],
    ['2025-10-16T09:00:00+08:00', 'overdue', -2],
  ])('at %s a day deadline is %s with %i working days left', (now, state, left) => {
    expect(describeDueStatus({ due: '2025-10-14', dueType: 'date' }, Date.parse(now), calendar)).toEqual({
      state,
      workingDaysLeft: left,
      hoursLeft: null,
    });
  });

  it('counts hours for hour rules and says when there is no deadline', () => {
    expect(
      describeDueStatus(
        { due: '2025-10-02T04:00:00+08:00', dueType: 'datetime' },
        Date.parse('2025-10-02T05:30:00+08:00'),
        calendar,
      ),
    ).toEqual({ state: 'overdue', workingDaysLeft: null, hoursLeft: -1.5 });
    expect(describeDueStatus({ due: null, dueType: null }, 0, calendar).state).toBe('no-deadline');
  });
});
