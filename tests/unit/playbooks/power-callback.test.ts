import { powerCallback } from '@/utils/core/playbooks/power-callback';
import type { AnswerInput } from '@/utils/core/script/engine';
import { summariseResult } from '@/utils/core/script/result';
import { fullContext, walkPlaybook } from './walk-playbook';

const opening = { greet: 'yes', convenient: 'yes' };
const rated = [
  'q1-safety-guidance',
  'q2-repair-time',
  'q3-hotline',
  'q4-staff-attitude',
  'q5-disclosure',
  'q6-installation',
  'q7-payment',
  'q8-energy-saving',
];
const allSatisfied: Record<string, AnswerInput> = Object.fromEntries(rated.map((id) => [id, '满意']));
const survey = { ...allSatisfied, 'q9-outage-notice': ['sms', 'app'], 'q10-improve': '希望停电通知更早' };

describe('power utility callback and ten-question survey (篇九)', () => {
  it('business acceptance: power on, promises kept, service rated, then the survey and new needs', () => {
    const walk = walkPlaybook(
      powerCallback,
      {
        ...opening,
        'biz-power-on': 'yes',
        'biz-promises': 'yes',
        'biz-service': 'satisfied',
        'survey-offer': 'yes',
        ...survey,
        'new-needs': 'no',
      },
      fullContext,
      'power-business',
    );
    expect(walk.path).toEqual([
      'biz.greet',
      'biz.convenient',
      'biz-power-on',
      'biz-promises',
      'biz-service',
      'survey-offer',
      'survey-intro',
      ...rated,
      'q9-outage-notice',
      'q10-improve',
      'new-needs',
      'close',
    ]);
    expect(walk.flags).toEqual([]);
    expect(walk.state.answers['q9-outage-notice']).toEqual(['sms', 'app']);
    expect(walk.outcome).toBe('completed');
  });

  it('the survey has ten questions, eight of them on the 4-level scale', () => {
    const questions = powerCallback.steps.filter((step) => /^q\d+-/.test(step.id) && !step.id.endsWith('-why'));
    expect(questions).toHaveLength(10);
    expect(questions.filter((step) => step.type === 'question' && step.input === 'satisfaction-4')).toHaveLength(8);
  });

  it.each(rated)('不满意 on %s raises strong dissatisfaction, asks why, and goes on to the next question', (id) => {
    const walk = walkPlaybook(
      powerCallback,
      {
        ...opening,
        ...survey,
        [id]: '不满意',
        [`${id}-why`]: '原因',
        'new-needs': 'no',
      },
      fullContext,
      'satisfaction-sample',
    );
    expect(walk.flags).toEqual(['strong-dissatisfaction']);
    const at = walk.path.indexOf(id);
    expect(walk.path[at + 1]).toBe(`${id}-why`);
    expect(walk.path[at + 2]).toBe(rated[rated.indexOf(id) + 1] ?? 'q9-outage-notice');
    expect(walk.state.flags[0]?.step).toBe(id);
    expect(walk.outcome).toBe('completed');
  });

  it('repair: supply not restored and a slow crew are followed up; declining the survey goes to new needs', () => {
    const walk = walkPlaybook(
      powerCallback,
      {
        ...opening,
        'repair-restored': 'no',
        'repair-problem': '还是跳闸',
        'repair-speed': 'no',
        'repair-service': 'basically-satisfied',
        'survey-offer': 'no',
        'new-needs': 'yes',
        'needs-detail': '明年要增容',
      },
      fullContext,
      'power-repair',
    );
    expect(walk.path).toEqual([
      'repair.greet',
      'repair.convenient',
      'repair-restored',
      'repair-problem',
      'repair-speed',
      'repair-service',
      'survey-offer',
      'new-needs',
      'needs-detail',
      'close',
    ]);
    expect(walk.flags).toEqual(['wants-follow-up', 'dissatisfied', 'suggestion']);
  });

  it('a repair crew rated 不满意 escalates', () => {
    const walk = walkPlaybook(
      powerCallback,
      {
        ...opening,
        'repair-restored': 'yes',
        'repair-speed': 'yes',
        'repair-service': 'dissatisfied',
        'repair-service-why': '态度差',
        'survey-offer': 'no',
        'new-needs': 'no',
      },
      fullContext,
      'power-repair',
    );
    expect(walk.flags).toEqual(['strong-dissatisfaction']);
    expect(walk.path).toContain('repair-service-why');
  });

  it('on the repair path the record keeps the rating of the repair crew, even when the survey follows', () => {
    const walk = walkPlaybook(
      powerCallback,
      {
        ...opening,
        'repair-restored': 'yes',
        'repair-speed': 'yes',
        'repair-service': 'basically-satisfied',
        'survey-offer': 'yes',
        ...survey,
        'new-needs': 'no',
      },
      fullContext,
      'power-repair',
    );
    expect(summariseResult(powerCallback, walk.state).record.satisfaction).toBe('basically-satisfied');
  });
});
