import { softwareCheckin } from '@/utils/core/playbooks/software-checkin';
import { walkPlaybook } from './walk-playbook';

describe('software service-centre check-in (篇一)', () => {
  it('walks the six topics and closes with the service phone', () => {
    const walk = walkPlaybook(softwareCheckin, {
      greet: 'yes',
      problems: 'no',
      'meets-needs': 'yes',
      'branch-plans': 'no',
      'new-version': 'no',
      satisfaction: 'satisfied',
      'other-requests': 'no',
    });
    expect(walk.path).toEqual([
      'greet',
      'problems',
      'meets-needs',
      'branch-plans',
      'new-version',
      'satisfaction',
      'other-requests',
      'close',
    ]);
    expect(walk.flags).toEqual([]);
    expect(walk.outcome).toBe('completed');
    expect(walk.state.placeholders.servicePhone).toBe('400-800-1234');
  });

  it('problems, missing features, a new branch and interest in the new version become follow-ups', () => {
    const walk = walkPlaybook(softwareCheckin, {
      greet: 'yes',
      problems: 'yes',
      'problem-detail': '打印报表很慢',
      'meets-needs': 'no',
      'missing-features': '缺少多仓库管理',
      'branch-plans': 'yes',
      'branch-detail': '明年在上海开分公司',
      'new-version': 'yes',
      satisfaction: 'dissatisfied',
      'dissatisfied-detail': '响应慢',
      'other-requests': 'no',
    });
    expect(walk.path).toEqual([
      'greet',
      'problems',
      'problem-detail',
      'meets-needs',
      'missing-features',
      'branch-plans',
      'branch-detail',
      'new-version',
      'satisfaction',
      'dissatisfied-detail',
      'other-requests',
      'close',
    ]);
    expect(walk.flags).toEqual(['wants-follow-up', 'suggestion', 'wants-follow-up', 'wants-follow-up', 'dissatisfied']);
  });

  it('the wrong company ends as a wrong number', () => {
    const walk = walkPlaybook(softwareCheckin, { greet: 'no', 'not-reached': 'wrong-number' });
    expect(walk.outcome).toBe('wrong-number');
    expect(walk.state.outcome?.record).toBe('wrong-number');
  });
});
