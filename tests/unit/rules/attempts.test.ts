import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { assessAttempts, checkRing } from '@/utils/core/rules/attempts';
import { makeRecord } from './make-record';

const calendar = createWorkingCalendar();
const noAnswer = (startedAt: string, ringSeconds = 25) => makeRecord({ outcome: 'no-answer', startedAt, ringSeconds });

describe('assessAttempts', () => {
  it('counts attempts in the same half-day once and asks for another time', () => {
    const status = assessAttempts([noAnswer('2025-03-04T10:05:00+08:00'), noAnswer('2025-03-04T10:40:00+08:00')], {
      now: Date.parse('2025-03-04T10:50:00+08:00'),
      calendar,
    });
    expect(status).toMatchObject({
      state: 'in-progress',
      counted: 1,
      required: 3,
      nowInUsedHalfDay: true,
      suggestion: 'call',
    });
    expect(status.nextWindow?.start).toBe('2025-03-04T14:00:00+08:00');
    expect(status.warnings.map((w) => w.code)).toEqual(['same-half-day']);
  });

  it('marks the customer unreachable after three half-days and suggests SMS or e-mail', () => {
    const status = assessAttempts(
      [
        noAnswer('2025-03-04T10:05:00+08:00'),
        noAnswer('2025-03-04T14:30:00+08:00'),
        makeRecord({ outcome: 'busy', startedAt: '2025-03-05T02:10:00Z' }),
      ],
      { now: Date.parse('2025-03-05T11:00:00+08:00'), calendar },
    );
    expect(status).toMatchObject({ state: 'unreachable', counted: 3, suggestion: 'sms-or-email', nextWindow: null });
    expect(status.halfDaysUsed).toEqual(['2025-03-04-am', '2025-03-04-pm', '2025-03-05-am']);
  });

  it('flags attempts that rang under 20 seconds', () => {
    const short = noAnswer('2025-03-04T10:05:00+08:00', 12);
    const status = assessAttempts([short, noAnswer('2025-03-04T15:00:00+08:00', 20)], {
      now: Date.parse('2025-03-04T16:30:00+08:00'),
      calendar,
    });
    expect(status.shortRingIds).toEqual([short.id]);
    expect(checkRing(19)?.code).toBe('short-ring');
    expect(checkRing(20)).toBeNull();
    expect(checkRing(null)).toBeNull();
    // Both half-days of 3/4 are used: the next window is the next working morning.
    expect(status.nextWindow?.start).toBe('2025-03-05T10:00:00+08:00');
  });

  it.each([
    ['reached', 'done', 'none'],
    ['message-sent', 'done', 'none'],
    ['refused', 'refused', 'sms-or-email'],
    ['wrong-number', 'invalid-number', 'check-number'],
    ['no-such-number', 'invalid-number', 'check-number'],
  ] as const)('after an attempt with outcome %s the state is %s', (outcome, state, suggestion) => {
    const status = assessAttempts(
      [noAnswer('2025-03-04T10:05:00+08:00'), makeRecord({ outcome, startedAt: '2025-03-04T14:10:00+08:00' })],
      { now: Date.parse('2025-03-04T15:00:00+08:00'), calendar },
    );
    expect(status).toMatchObject({ state, suggestion });
  });

  it('ignores a superseded revision', () => {
    const first = makeRecord({ outcome: 'reached', startedAt: '2025-03-04T10:05:00+08:00' });
    const fix = makeRecord({ outcome: 'no-answer', startedAt: first.startedAt, supersedes: first.id, revision: 1 });
    expect(assessAttempts([first, fix], { now: Date.parse('2025-03-04T10:30:00+08:00'), calendar }).state).toBe(
      'in-progress',
    );
  });

  it('proposes the time the customer asked for', () => {
    const later = makeRecord({
      outcome: 'call-back-later',
      startedAt: '2025-03-04T10:05:00+08:00',
      callBackAt: '2025-03-06T19:30:00+08:00',
    });
    expect(assessAttempts([later], { now: Date.parse('2025-03-04T10:30:00+08:00'), calendar }).nextWindow?.start).toBe(
      '2025-03-06T19:30:00+08:00',
    );
  });

  it('starts with the next window when nothing was tried', () => {
    const status = assessAttempts([], { now: Date.parse('2025-10-01T09:00:00+08:00'), calendar });
    expect(status).toMatchObject({ state: 'not-started', counted: 0 });
    expect(status.nextWindow?.start).toBe('2025-10-09T10:00:00+08:00');
  });
});
