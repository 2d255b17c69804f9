import { dealerVisitFollowup } from '@/utils/core/playbooks/dealer-visit-followup';
import { applyEvent } from '@/utils/core/script/engine';
import { walkPlaybook } from './walk-playbook';

describe('car-dealer visit follow-up (篇十)', () => {
  it('does not remember the visit: asks a convenient time, then says goodbye politely', () => {
    const walk = walkPlaybook(dealerVisitFollowup, {
      greet: 'yes',
      'remembers-visit': 'no',
      'convenient-time': 'afternoon',
    });
    expect(walk.path).toEqual(['greet', 'remembers-visit', 'convenient-time', 'polite-goodbye']);
    expect(walk.flags).toEqual(['call-back-requested']);
    expect(walk.outcome).toBe('call-back-later');
    expect(walk.state.outcome?.record).toBe('call-back-later');
    expect(walk.state.answers['convenient-time']).toBe('afternoon');
  });

  it('remembers: how they heard of us → which model → test drive accepted → booked date and time', () => {
    const walk = walkPlaybook(dealerVisitFollowup, {
      greet: 'yes',
      'remembers-visit': 'yes',
      'heard-of-us': 'internet',
      'interested-model': 'E级轿车',
      'test-car-available': 'yes',
      'invite-test-drive': 'yes',
      'test-drive-date': '2026-11-29',
      'test-drive-slot': 'morning',
    });
    expect(walk.path).toEqual([
      'greet',
      'remembers-visit',
      'heard-of-us',
      'interested-model',
      'test-car-available',
      'invite-test-drive',
      'test-drive-date',
      'test-drive-slot',
      'test-drive-booked',
    ]);
    expect(walk.outcome).toBe('test-drive-booked');
    expect(walk.state.outcome?.record).toBe('reached');
    expect(walk.state.answers).toMatchObject({
      'heard-of-us': 'internet',
      'interested-model': 'E级轿车',
      'test-drive-date': '2026-11-29',
    });
    expect(walk.flags).toEqual([]);
  });

  it('no test car of that model: invites to see the car in the showroom and books the day', () => {
    const walk = walkPlaybook(dealerVisitFollowup, {
      greet: 'yes',
      'remembers-visit': 'yes',
      'heard-of-us': 'referral',
      'interested-model': 'G级越野',
      'test-car-available': 'no',
      'invite-showroom': 'yes',
      'showroom-date': '2026-12-01',
    });
    expect(walk.path.slice(-3)).toEqual(['invite-showroom', 'showroom-date', 'showroom-booked']);
    expect(walk.outcome).toBe('showroom-booked');
  });

  it('declines the test drive: offers information and closes', () => {
    const walk = walkPlaybook(dealerVisitFollowup, {
      greet: 'yes',
      'remembers-visit': 'yes',
      'test-car-available': 'yes',
      'invite-test-drive': 'no',
      'send-info': 'yes',
    });
    expect(walk.path.slice(-3)).toEqual(['invite-test-drive', 'send-info', 'close']);
    expect(walk.flags).toEqual(['wants-follow-up']);
    expect(walk.outcome).toBe('completed');
  });

  it.each([
    ['later', 'call-back-later', ['call-back-requested']],
    ['wrong-number', 'wrong-number', []],
  ])('not the customer (%s) ends as %s', (answer, outcome, flags) => {
    const walk = walkPlaybook(dealerVisitFollowup, { greet: 'no', 'not-reached': answer });
    expect(walk.path).toEqual(['greet', 'not-reached']);
    expect(walk.outcome).toBe(outcome);
    expect(walk.flags).toEqual(flags);
  });

  it('going back to "remembers the visit" and changing no to yes drops the convenient time and leads to the brand question', () => {
    const { state } = walkPlaybook(dealerVisitFollowup, {
      greet: 'yes',
      'remembers-visit': 'no',
      'convenient-time': 'morning',
    });
    const at = '2026-11-27T02:10:00.000Z';
    const back = [1, 2, 3].reduce((current) => applyEvent(dealerVisitFollowup, current, { type: 'back', at }), state);
    expect(back.current).toBe('remembers-visit');
    const changed = applyEvent(dealerVisitFollowup, back, { type: 'answer', at, value: 'yes' });
    expect(changed.current).toBe('heard-of-us');
    expect(changed.answers['convenient-time']).toBeUndefined();
    expect(changed.invalidated.map((entry) => entry.step)).toEqual(['convenient-time']);
    expect(changed.flags).toEqual([]);
    expect(changed.status).toBe('running');
  });
});
