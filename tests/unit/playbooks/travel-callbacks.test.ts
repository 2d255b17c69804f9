import { travelCallbacks } from '@/utils/core/playbooks/travel-callbacks';
import { fullContext, walkPlaybook } from './walk-playbook';

const opening = { greet: 'yes', convenient: 'yes' };

describe('travel callbacks (篇四 七): one script, three stages', () => {
  it('before use: schedule, documents, health needs, questions', () => {
    const walk = walkPlaybook(
      travelCallbacks,
      {
        ...opening,
        'pre-schedule': 'no',
        'pre-health': 'yes',
        'pre-health-detail': '同行老人有高血压',
        'pre-questions': 'no',
      },
      fullContext,
      'travel-pre-use',
    );
    expect(walk.path).toEqual([
      'pre.greet',
      'pre.convenient',
      'pre-intro',
      'pre-schedule',
      'pre-walkthrough',
      'pre-documents',
      'pre-health',
      'pre-health-detail',
      'pre-questions',
      'close',
    ]);
    expect(walk.flags).toEqual(['wants-follow-up']);
    expect(walk.outcome).toBe('completed');
  });

  it('three days after use: a satisfied customer goes straight to the recommendation', () => {
    const walk = walkPlaybook(
      travelCallbacks,
      {
        ...opening,
        'post-overall': 'satisfied',
        'post-as-promised': 'yes',
        'post-guide': 'fairly-satisfied',
        'post-issues': 'no',
        'post-recommend': 'yes',
      },
      fullContext,
      'travel-post-use',
    );
    expect(walk.path.slice(2)).toEqual([
      'post-overall',
      'post-as-promised',
      'post-guide',
      'post-issues',
      'post-recommend',
      'close',
    ]);
    expect(walk.flags).toEqual([]);
  });

  it('three days after use: a problem taken as a formal complaint escalates', () => {
    const walk = walkPlaybook(
      travelCallbacks,
      {
        ...opening,
        'post-overall': '不满意',
        'post-as-promised': 'no',
        'post-guide': 'dissatisfied',
        'post-issues': 'yes',
        'post-issue-detail': '酒店与描述不符',
        'post-complaint': 'yes',
        'post-recommend': 'no',
      },
      fullContext,
      'travel-post-use',
    );
    expect(walk.path).toEqual(
      expect.arrayContaining(['post-issue-detail', 'post-complaint', 'post-recommend', 'close']),
    );
    expect(walk.flags).toEqual([
      'dissatisfied',
      'wants-follow-up',
      'dissatisfied',
      'complaint',
      'strong-dissatisfaction',
    ]);
  });

  it('a month after use: new plans, preferences and the channel for offers', () => {
    const walk = walkPlaybook(
      travelCallbacks,
      {
        ...opening,
        'reneed-plans': 'yes',
        'reneed-details': '春节带孩子去海南',
        'reneed-interests': ['family', 'nature'],
        'reneed-channel': 'sms',
      },
      fullContext,
      'travel-re-need',
    );
    expect(walk.path.slice(2)).toEqual([
      'reneed-plans',
      'reneed-details',
      'reneed-interests',
      'reneed-channel',
      'close',
    ]);
    // Stored in the order the script lists the options.
    expect(walk.state.answers['reneed-interests']).toEqual(['nature', 'family']);
    expect(walk.flags).toEqual(['wants-follow-up', 'prefers-sms']);
  });

  it('not convenient: a time is taken and the call ends', () => {
    const walk = walkPlaybook(travelCallbacks, { greet: 'yes', convenient: 'no', 'ask-time': '下午三点后' });
    expect(walk.path).toEqual(['pre.greet', 'pre.convenient', 'ask-time']);
    expect(walk.outcome).toBe('call-back-later');
  });
});
