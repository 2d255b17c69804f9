import { drawSample, type SampleCandidate } from '@/utils/core/rules/sampling';

function population(): SampleCandidate[] {
  const list: SampleCandidate[] = [];
  for (let i = 0; i < 250; i++) list.push({ customerKey: `biz-${i}`, segment: 'non-residential' });
  for (let i = 0; i < 1000; i++) list.push({ customerKey: `home-${i}`, segment: 'residential' });
  for (let i = 0; i < 7; i++) list.push({ customerKey: `x-${i}`, segment: 'other' });
  return list;
}

describe('drawSample', () => {
  it('takes 10 % of non-residential, 1 % of residential and 10 % of others by default (rounded up)', () => {
    const sample = drawSample(population(), '2025-H1');
    expect([sample['non-residential'].length, sample.residential.length, sample.other.length]).toEqual([25, 10, 1]);
    expect(sample.residential.every((k) => k.startsWith('home-'))).toBe(true);
  });

  it('gives the same sample for the same seed whatever the input order, and another for another seed', () => {
    const list = population();
    const shuffled = [...list].reverse();
    shuffled.push(...list.slice(0, 30)); // duplicates do not count twice
    expect(drawSample(shuffled, 'seed-1')).toEqual(drawSample(list, 'seed-1'));
    expect(drawSample(list, 'seed-2')['non-residential']).not.toEqual(drawSample(list, 'seed-1')['non-residential']);
  });

  it('takes configured rates', () => {
    expect(drawSample(population(), 's', { residential: 5 }).residential).toHaveLength(50);
    expect(drawSample(population(), 's', { other: 0 }).other).toEqual([]);
  });
});
