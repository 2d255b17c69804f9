import { wealthNewContract } from '@/utils/core/playbooks/wealth-new-contract';
import { walkPlaybook } from './walk-playbook';

const opening = { identity: 'yes', convenient: 'yes', recording: 'yes' };
const clean = {
  ...opening,
  'confirm-contract': 'yes',
  'own-signature': 'yes',
  'contact-data': 'yes',
  explained: 'yes',
  'risk-disclosed': 'yes',
  'promised-return': 'no',
  'private-fee': 'no',
  'account-control': 'self',
  satisfaction: 'satisfied',
  suggestions: 'no',
};

describe('wealth new-contract callback (篇六 第七、八、十条)', () => {
  it('a clean call walks every check in order and closes with the service phone', () => {
    const walk = walkPlaybook(wealthNewContract, clean);
    expect(walk.path).toEqual([
      'identity',
      'convenient',
      'recording',
      'confirm-contract',
      'own-signature',
      'contact-data',
      'explained',
      'risk-disclosed',
      'promised-return',
      'private-fee',
      'account-control',
      'satisfaction',
      'suggestions',
      'close',
    ]);
    expect(walk.flags).toEqual([]);
    expect(walk.outcome).toBe('completed');
    expect(walk.state.placeholders).toMatchObject({
      'signDate|date': '2026年11月24日',
      product: '稳盈一号',
      servicePhone: '400-800-1234',
      'mobile|tail': '尾号 5678',
    });
  });

  it('a yes to "promised a guaranteed return" raises promised-return and asks what was said', () => {
    const walk = walkPlaybook(wealthNewContract, {
      ...clean,
      'promised-return': 'yes',
      'promised-detail': '说保本，年化8%',
    });
    expect(walk.flags).toEqual(['promised-return']);
    expect(walk.path).toContain('promised-detail');
    expect(walk.state.answers['promised-detail']).toBe('说保本，年化8%');
    expect(walk.outcome).toBe('completed');
  });

  it.each([
    ['confirm-contract', 'no', ['false-data'], 'contract-difference'],
    ['own-signature', 'no', ['signed-on-behalf'], null],
    ['contact-data', 'no', ['false-data'], 'contact-correction'],
    ['explained', 'no', ['wants-follow-up'], 'open-questions'],
    ['risk-disclosed', 'no', ['risk-not-disclosed'], 'risk-explain'],
    ['private-fee', 'yes', ['private-fee'], null],
    ['account-control', 'adviser-operates', ['operated-on-behalf'], null],
    ['account-control', 'full-mandate', ['discretionary-trading'], null],
  ])('%s answered %s raises %j', (step, answer, flags, detour) => {
    const walk = walkPlaybook(wealthNewContract, { ...clean, [step]: answer });
    expect(walk.flags).toEqual(flags);
    if (detour) expect(walk.path).toContain(detour);
    expect(walk.outcome).toBe('completed');
  });

  it('不满意 asks what went wrong; a formal complaint escalates', () => {
    const walk = walkPlaybook(wealthNewContract, {
      ...clean,
      satisfaction: '不满意',
      'dissatisfied-detail': '经理态度差',
      'wants-complaint': 'yes',
    });
    expect(walk.path.slice(-5)).toEqual([
      'satisfaction',
      'dissatisfied-detail',
      'wants-complaint',
      'suggestions',
      'close',
    ]);
    expect(walk.flags).toEqual(['dissatisfied', 'complaint', 'strong-dissatisfaction']);
  });

  it('a suggestion is taken down and flagged for an answer within 5 working days', () => {
    const walk = walkPlaybook(wealthNewContract, { ...clean, suggestions: 'yes', 'suggestion-detail': '希望多发月报' });
    expect(walk.path.slice(-3)).toEqual(['suggestions', 'suggestion-detail', 'close']);
    expect(walk.flags).toEqual(['suggestion']);
  });

  it.each([
    [
      'not the customer, a time agreed',
      { identity: 'no', 'not-reached': 'later' },
      ['identity', 'not-reached'],
      ['call-back-requested'],
      'call-back-later',
    ],
    [
      'a wrong number on a fresh contract is false data',
      { identity: 'no', 'not-reached': 'wrong-number' },
      ['identity', 'not-reached'],
      ['false-data'],
      'wrong-number',
    ],
    [
      'not convenient now',
      { identity: 'yes', convenient: 'no', 'ask-time': 'time-agreed' },
      ['identity', 'convenient', 'ask-time'],
      ['call-back-requested'],
      'call-back-later',
    ],
    [
      'no recording: switch to SMS or e-mail',
      { ...opening, recording: 'no', 'ask-time': 'prefers-message' },
      ['identity', 'convenient', 'recording', 'ask-time'],
      ['prefers-sms'],
      'refused',
    ],
  ])('opening: %s', (_label, answers, path, flags, outcome) => {
    const walk = walkPlaybook(wealthNewContract, answers);
    expect(walk.path).toEqual(path);
    expect(walk.flags).toEqual(flags);
    expect(walk.outcome).toBe(outcome);
  });
});
