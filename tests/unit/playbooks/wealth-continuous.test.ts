import { wealthContinuous } from '@/utils/core/playbooks/wealth-continuous';
import { summariseResult } from '@/utils/core/script/result';
import { walkPlaybook } from './walk-playbook';

const clean = {
  identity: 'yes',
  convenient: 'yes',
  recording: 'yes',
  'advice-grounds': 'yes',
  'risk-disclosed': 'yes',
  'promised-return': 'no',
  'private-fee': 'no',
  'account-control': 'self',
  'advice-value': 'fairly-satisfied',
  satisfaction: 'satisfied',
  'contact-changed': 'no',
  'risk-appetite': 'steady',
  'new-services': 'no',
  suggestions: 'no',
};

describe('wealth continuous yearly callback (篇六 第七条 持续回访)', () => {
  it('checks conduct, then satisfaction, contact data, risk appetite and new services', () => {
    const walk = walkPlaybook(wealthContinuous, clean);
    expect(walk.path).toEqual([
      'identity',
      'convenient',
      'recording',
      'advice-grounds',
      'risk-disclosed',
      'promised-return',
      'private-fee',
      'account-control',
      'advice-value',
      'satisfaction',
      'contact-changed',
      'risk-appetite',
      'new-services',
      'suggestions',
      'close',
    ]);
    expect(walk.flags).toEqual([]);
    expect(walk.state.answers['risk-appetite']).toBe('steady');
    expect(walk.outcome).toBe('completed');
  });

  it.each([
    ['promised-return', 'yes', ['promised-return']],
    ['risk-disclosed', 'no', ['risk-not-disclosed']],
    ['private-fee', 'yes', ['private-fee']],
    ['account-control', 'full-mandate', ['discretionary-trading']],
    ['advice-value', 'dissatisfied', ['dissatisfied']],
    ['new-services', 'yes', ['wants-follow-up']],
  ])('%s answered %s raises %j', (step, answer, flags) => {
    const walk = walkPlaybook(wealthContinuous, { ...clean, [step]: answer });
    expect(walk.flags).toEqual(flags);
    expect(walk.outcome).toBe('completed');
  });

  it('a changed phone number is taken down before going on', () => {
    const walk = walkPlaybook(wealthContinuous, {
      ...clean,
      'contact-changed': 'yes',
      'contact-update': '13900001111',
    });
    expect(walk.path).toEqual(expect.arrayContaining(['contact-changed', 'contact-update', 'risk-appetite']));
    expect(walk.state.answers['contact-update']).toBe('13900001111');
  });

  it('the record keeps the overall satisfaction with the adviser, not the rating of the advice', () => {
    const walk = walkPlaybook(wealthContinuous, {
      ...clean,
      'advice-value': 'basically-satisfied',
      satisfaction: 'fairly-satisfied',
    });
    expect(summariseResult(wealthContinuous, walk.state).record.satisfaction).toBe('fairly-satisfied');
  });
});
