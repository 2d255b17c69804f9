import { insuranceHesitation } from '@/utils/core/playbooks/insurance-hesitation';
import { walkPlaybook } from './walk-playbook';

const verified = { identity: 'yes', 'verify-id': 'yes', convenient: 'yes' };
const clean = {
  ...verified,
  'policy-received': 'yes',
  'own-signature': 'yes',
  'premium-account': 'yes',
  'terms-explained': 'yes',
  'promised-return': 'no',
  'contact-data': 'yes',
  'keep-policy': 'keep',
};

describe('insurance hesitation-period callback (篇五)', () => {
  it('verifies the holder, confirms policy, signature, account, terms, contact data, then explains the cooling-off right', () => {
    const walk = walkPlaybook(insuranceHesitation, clean);
    expect(walk.path).toEqual([
      'identity',
      'verify-id',
      'convenient',
      'policy-received',
      'own-signature',
      'premium-account',
      'terms-explained',
      'promised-return',
      'contact-data',
      'cooling-off',
      'keep-policy',
      'how-to-check',
      'close',
    ]);
    expect(walk.flags).toEqual([]);
    expect(walk.outcome).toBe('completed');
  });

  it('says nothing about the policy before the holder is verified', () => {
    const steps = ['identity', 'not-holder', 'verify-id', 'identity-failed'];
    const policyFields = ['product', 'signDate', 'address', 'mobile', 'idNumber'];
    for (const id of steps) {
      const step = insuranceHesitation.steps.find((candidate) => candidate.id === id);
      for (const field of policyFields) expect(step?.text['zh-CN'] + (step?.text.en ?? '')).not.toContain(`{{${field}`);
    }
  });

  it('ID digits that do not match end the call without disclosing anything', () => {
    const walk = walkPlaybook(insuranceHesitation, { identity: 'yes', 'verify-id': 'no' });
    expect(walk.path).toEqual(['identity', 'verify-id', 'identity-failed']);
    expect(walk.flags).toEqual(['identity-not-confirmed']);
    expect(walk.outcome).toBe('identity-failed');
    expect(Object.keys(walk.state.placeholders)).not.toContain('product');
  });

  it('the agent compares the last four ID digits from a note that is never read aloud', () => {
    const step = insuranceHesitation.steps.find((candidate) => candidate.id === 'verify-id');
    expect(step?.note?.['zh-CN']).toContain('{{idNumber|last4}}');
    expect(step?.text['zh-CN']).not.toContain('{{idNumber');
  });

  it.each([
    ['own-signature', 'no', ['signed-on-behalf']],
    ['premium-account', 'no', ['false-data', 'operated-on-behalf']],
    ['terms-explained', 'no', ['risk-not-disclosed']],
    ['promised-return', 'yes', ['promised-return']],
    ['policy-received', 'no', ['wants-follow-up']],
  ])('%s answered %s raises %j', (step, answer, flags) => {
    const walk = walkPlaybook(insuranceHesitation, { ...clean, [step]: answer });
    expect(walk.flags).toEqual(flags);
    expect(walk.outcome).toBe('completed');
  });

  it('wrong contact data is flagged and corrected', () => {
    const walk = walkPlaybook(insuranceHesitation, {
      ...clean,
      'contact-data': 'no',
      'contact-correction': '13700001111，上海市',
    });
    expect(walk.path).toEqual(expect.arrayContaining(['contact-data', 'contact-correction', 'cooling-off']));
    expect(walk.flags).toEqual(['false-data']);
  });

  it('a customer who wants to cancel hears how, within the cooling-off period', () => {
    const walk = walkPlaybook(insuranceHesitation, { ...clean, 'keep-policy': 'cancel' });
    expect(walk.path.slice(-4)).toEqual(['keep-policy', 'how-to-cancel', 'how-to-check', 'close']);
    expect(walk.flags).toEqual(['wants-follow-up']);
  });

  it.each([
    [{ identity: 'no', 'not-holder': 'later' }, 'call-back-later', ['call-back-requested']],
    [{ identity: 'no', 'not-holder': 'wrong-number' }, 'wrong-number', ['false-data']],
    [
      { identity: 'yes', 'verify-id': 'yes', convenient: 'no', 'ask-time': '明天上午' },
      'call-back-later',
      ['call-back-requested'],
    ],
  ])('an unfinished opening %j ends as %s', (answers, outcome, flags) => {
    const walk = walkPlaybook(insuranceHesitation, answers);
    expect(walk.outcome).toBe(outcome);
    expect(walk.flags).toEqual(flags);
  });
});
