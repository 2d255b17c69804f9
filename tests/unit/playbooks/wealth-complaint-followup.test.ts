import { wealthComplaintFollowup } from '@/utils/core/playbooks/wealth-complaint-followup';
import { walkPlaybook } from './walk-playbook';

const opening = { identity: 'yes', convenient: 'yes', recording: 'yes' };

describe('complaint follow-up (篇六 第七条 专项回访)', () => {
  it('resolution carried out and customer satisfied: a short, clean call', () => {
    const walk = walkPlaybook(wealthComplaintFollowup, {
      ...opening,
      'resolution-done': 'done',
      'handling-satisfaction': 'satisfied',
      'staff-attitude': 'satisfied',
      suggestions: 'no',
    });
    expect(walk.path).toEqual([
      'identity',
      'convenient',
      'recording',
      'resolution-done',
      'handling-satisfaction',
      'staff-attitude',
      'suggestions',
      'close',
    ]);
    expect(walk.flags).toEqual([]);
    expect(walk.outcome).toBe('completed');
  });

  it.each([
    ['partly', ['wants-follow-up']],
    ['not-done', ['wants-follow-up', 'complaint']],
  ])('resolution %s: asks what is outstanding and raises %j', (answer, flags) => {
    const walk = walkPlaybook(wealthComplaintFollowup, {
      ...opening,
      'resolution-done': answer,
      'what-is-missing': '退款未到账',
      'handling-satisfaction': 'basically-satisfied',
      suggestions: 'no',
    });
    expect(walk.path.slice(3, 6)).toEqual(['resolution-done', 'what-is-missing', 'handling-satisfaction']);
    expect(walk.flags).toEqual(flags);
  });

  it('still 不满意 with the handling escalates as strong dissatisfaction', () => {
    const walk = walkPlaybook(wealthComplaintFollowup, {
      ...opening,
      'resolution-done': 'done',
      'handling-satisfaction': '不满意',
      'still-dissatisfied': '处理太慢',
      suggestions: 'no',
    });
    expect(walk.path).toContain('still-dissatisfied');
    expect(walk.flags).toEqual(['strong-dissatisfaction']);
    expect(walk.outcome).toBe('completed');
  });
});
