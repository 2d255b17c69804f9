// Held-out bad export files, one table row per class of issue #14 (docs/export-format.md, "Validation rules"):
// each is refused by readExport (import, check-export) with a message naming the record and the field.
import { readExport } from '@/utils/core/export/read-export';
import type { CallbackRecord } from '@/utils/core/schemas/callback-record';
import { makeRecord } from '../rules/make-record';

const noWait = () => Promise.resolve();
const base = makeRecord({ id: 'r1', customerKey: 'c1', startedAt: '2026-10-09T08:00:00Z', dueAt: '2026-10-09' });
const filters = { from: null, to: null, kinds: [], outcomes: [], agents: [] };
const envelope = (records: unknown[], extra: object = {}) => ({
  format: 'huifang-export',
  version: 2,
  exportedAt: '2026-11-02T00:00:00Z',
  agent: 'A',
  filters,
  records,
  customers: [],
  ...extra,
});
const rec = (over: Partial<CallbackRecord> & Record<string, unknown>) => ({ ...base, ...over });

async function problemsOf(file: unknown, prefix = ''): Promise<string[]> {
  const result = await readExport(prefix + JSON.stringify(file), { yieldNow: noWait });
  return result.ok ? [] : result.problems.map((p) => p.message);
}

describe('bad export files are refused, naming the record and the field', () => {
  it.each([
    ['no such day', [rec({ dueAt: '2026-02-30' })], 'records[0] (id "r1").dueAt: "2026-02-30" is not a real date'],
    ['letters in a date', [rec({ dueAt: '2026-10-AA' })], 'records[0] (id "r1").dueAt'],
    ['not a date at all', [rec({ dueAt: 'banana' })], 'records[0] (id "r1").dueAt'],
    ['a year before 2000', [rec({ startedAt: '1970-10-09T08:00:00Z' })], 'outside the years 2000–2100'],
    ['a year after 2100', [rec({ callBackAt: '2999-01-01T00:00:00Z' })], 'records[0] (id "r1").callBackAt'],
    ['an end before the start', [rec({ endedAt: '2026-10-09T07:00:00Z' })], 'records[0] (id "r1").endedAt'],
    ['a tick on 30 February', [rec({ ticks: { risk: '2026-02-30T08:00:00Z' } })], '.ticks.risk'],
    ['a record correcting itself', [rec({ supersedes: 'r1', revision: 1 })], 'cannot correct itself'],
    [
      'two records correcting each other',
      [rec({ id: 'x', supersedes: 'y', revision: 1 }), rec({ id: 'y', supersedes: 'x', revision: 1 })],
      'loop',
    ],
    [
      'a correction of a missing record',
      [rec({ id: 'x', supersedes: 'gone', revision: 1 })],
      '"gone", which is not there',
    ],
    ['a correction that skips a revision', [base, rec({ id: 'x', supersedes: 'r1', revision: 3 })], 'expected 1'],
    ['a revision with nothing to correct', [rec({ revision: 2 })], 'must name the record it corrects'],
    ['an unknown key in a record', [rec({ colour: 'red' })], 'records[0] (id "r1").colour'],
    [
      'an unknown key inside a record',
      [rec({ ticks: {}, context: { name: 'x', shoeSize: '42' } as never })],
      'records[0]',
    ],
  ])('%s', async (_name, records, expected) => {
    const problems = await problemsOf(envelope(records));
    expect(problems.join('\n')).toContain(expected);
  });

  it('an unknown key in the envelope or its filters is refused with its path', async () => {
    expect((await problemsOf(envelope([base], { comment: 'hi' }))).join()).toContain('comment');
    expect((await problemsOf(envelope([base], { filters: { ...filters, region: 'x' } }))).join()).toContain(
      'filters.region',
    );
  });

  it('a filter range that ends before it starts is refused', async () => {
    const bad = envelope([base], { filters: { ...filters, from: '2026-10-02T00:00:00Z', to: '2026-10-01T00:00:00Z' } });
    expect((await problemsOf(bad)).join()).toContain('filters.to');
  });

  it('a version 2 file labelled version 1 is refused, not migrated with its data dropped', async () => {
    const problems = await problemsOf({ ...envelope([base]), version: 1 });
    expect(problems.join()).toContain('the version label does not match the content');
  });

  it('a correction whose original is outside a filtered export is accepted', async () => {
    const file = envelope([rec({ id: 'x', supersedes: 'gone', revision: 1 })], {
      filters: { ...filters, kinds: ['new-contract'] },
    });
    expect(await problemsOf(file)).toEqual([]);
  });

  it('accepts UTF-8 with and without a byte-order mark alike', async () => {
    expect(await problemsOf(envelope([base]), '\ufeff')).toEqual([]);
    expect(await problemsOf(envelope([base]))).toEqual([]);
  });

  it('refuses text that was not UTF-8 (GBK read with replacement characters) and says so', async () => {
    const garbled = JSON.stringify(envelope([rec({ notes: '\ufffd\ufffd' })]));
    const result = await readExport(garbled, { yieldNow: noWait });
    expect(!result.ok && result.problems[0]).toMatchObject({ code: 'encoding' });
    expect(!result.ok && result.problems[0]?.message).toContain('not UTF-8');
  });
});
