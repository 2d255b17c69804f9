import { drawQaSample, getQaRate } from '@/utils/core/qa/sample';
import { qaPassScore, scoreReview } from '@/utils/core/qa/review';
import { makeRecord } from '../rules/make-record';

const month = '2026-11';
const calls = (kind: 'new-contract' | 'satisfaction-sample', count: number, agent: string) =>
  Array.from({ length: count }, (_, i) =>
    makeRecord({
      id: `${agent}-${kind}-${i}`,
      kind,
      agent,
      startedAt: new Date(Date.UTC(2026, 10, 2 + (i % 25), 2)).toISOString(),
    }),
  );

describe('QA sample (抽检)', () => {
  const records = [
    ...calls('new-contract', 23, 'a'),
    ...calls('new-contract', 22, 'b'),
    ...calls('satisfaction-sample', 150, 'a'),
    makeRecord({ id: 'october', startedAt: '2026-10-31T15:59:00Z' }), // 23:59 on 31 Oct in Shanghai
    makeRecord({ id: 'unanswered', outcome: 'no-answer', startedAt: '2026-11-05T02:00:00Z' }),
  ];

  it('draws 10 % per kind by default and 1 % where the rules say, rounding up', () => {
    const sample = drawQaSample(records, { month, seed: 's1' });
    expect(sample.kinds.map((k) => [k.kind, k.population, k.rate, k.size])).toEqual([
      ['new-contract', 45, 10, 5],
      ['satisfaction-sample', 150, 1, 2],
    ]);
    expect(sample.recordIds).toHaveLength(7);
    expect(sample.recordIds).not.toContain('october');
    expect(sample.recordIds).not.toContain('unanswered');
  });

  it('is reproducible whatever the order of the merged records, and another seed draws another sample', () => {
    const a = drawQaSample(records, { month, seed: 's1' });
    const b = drawQaSample([...records].reverse(), { month, seed: 's1' });
    expect(b).toEqual(a);
    expect(drawQaSample(records, { month, seed: 's2' }).recordIds).not.toEqual(a.recordIds);
  });

  it('takes the supervisor’s rate over the rule’s', () => {
    expect(getQaRate('satisfaction-sample')).toBe(1);
    expect(getQaRate('satisfaction-sample', { 'satisfaction-sample': 5 })).toBe(5);
    expect(drawQaSample(records, { month, seed: 's1', rates: { 'new-contract': 100 } }).kinds[0]?.size).toBe(45);
  });

  it('scores a sheet: 100 points, passing at 80', () => {
    expect(scoreReview({ identity: 20, script: 20, compliance: 20, record: 10, manner: 10 })).toEqual({
      ok: true,
      total: qaPassScore,
      passed: true,
    });
    expect(scoreReview({ identity: 20, script: 20, compliance: 19, record: 10, manner: 10 })).toMatchObject({
      passed: false,
    });
  });
});
