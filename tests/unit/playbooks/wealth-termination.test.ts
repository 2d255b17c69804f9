import { wealthTermination } from '@/utils/core/playbooks/wealth-termination';
import { walkPlaybook } from './walk-playbook';

const opening = { identity: 'yes', convenient: 'yes', recording: 'yes' };

describe('termination callback (篇六 第七条 解约客户回访)', () => {
  it('asks the reasons, current investments and needs, and invites to events by the chosen channel', () => {
    const walk = walkPlaybook(wealthTermination, {
      ...opening,
      'confirm-termination': 'yes',
      reason: ['returns', 'own-funds'],
      'reason-detail': '收益低于预期，要买房',
      'investment-status': '主要是银行存款',
      'invite-events': 'yes',
      'invite-channel': 'sms',
      suggestions: 'no',
    });
    expect(walk.path).toEqual([
      'identity',
      'convenient',
      'recording',
      'confirm-termination',
      'reason',
      'reason-detail',
      'investment-status',
      'invite-events',
      'invite-channel',
      'suggestions',
      'close',
    ]);
    expect(walk.state.answers.reason).toEqual(['returns', 'own-funds']);
    expect(walk.flags).toEqual(['prefers-sms']);
    expect(walk.outcome).toBe('completed');
  });

  it('a service complaint among the reasons is flagged; declining events skips the channel', () => {
    const walk = walkPlaybook(wealthTermination, {
      ...opening,
      'confirm-termination': 'yes',
      reason: ['service'],
      'invite-events': 'no',
      suggestions: 'no',
    });
    expect(walk.flags).toEqual(['dissatisfied']);
    expect(walk.path).not.toContain('invite-channel');
  });

  it('a termination the customer never asked for is escalated and skips the reasons', () => {
    const walk = walkPlaybook(wealthTermination, {
      ...opening,
      'confirm-termination': 'no',
      'not-requested': '我没有申请解约',
      suggestions: 'no',
    });
    expect(walk.path).toEqual([
      'identity',
      'convenient',
      'recording',
      'confirm-termination',
      'not-requested',
      'suggestions',
      'close',
    ]);
    expect(walk.flags).toEqual(['operated-on-behalf']);
  });
});
