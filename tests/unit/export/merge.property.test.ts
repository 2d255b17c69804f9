// Property-based tests (fast-check) of the shared merge, the revision graph and the streamed reader:
// whatever the order of the sources or the chunking of the text, the answer is the same.
import fc from 'fast-check';
import { fingerprintContent } from '@/utils/core/export/fingerprint';
import { RecordMerger } from '@/utils/core/export/merge';
import { checkRevisionGraph, selectFamilyHeads } from '@/utils/core/export/revisions';
import { ExportScanner } from '@/utils/core/export/stream-scan';

type Row = { id: string; revision: number; recordedAt: string; supersedes: string | null; note: string };

const rowArb: fc.Arbitrary<Row> = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  revision: fc.integer({ min: 0, max: 3 }),
  recordedAt: fc.constantFrom('2026-10-01T00:00:00Z', '2026-10-02T00:00:00Z', '2026-10-03T00:00:00+08:00'),
  supersedes: fc.constantFrom(null, 'a', 'b', 'c', 'x'),
  note: fc.constantFrom('', 'one', 'two'),
});
const filesArb = fc.array(fc.array(rowArb, { maxLength: 6 }), { minLength: 1, maxLength: 4 });

function merge(files: Row[][]) {
  const m = new RecordMerger<Row>();
  files.forEach((rows, f) => {
    const source = m.addSource(`file${f}`);
    rows.forEach((r, i) => m.add(r, fingerprintContent(r), source, i));
  });
  const { records, conflicts, duplicates } = m.result();
  return {
    records: records.map((r) => fingerprintContent(r)),
    conflicts: conflicts.map((c) => [c.id, c.kept.fingerprint, c.others.map((o) => o.fingerprint)]),
    duplicates,
  };
}

describe('RecordMerger (property)', () => {
  it('gives the same records, conflicts and duplicate count whatever the order of the files', () => {
    fc.assert(
      fc.property(filesArb, fc.infiniteStream(fc.nat()), (files, rand) => {
        const named = files.map((rows, i) => ({ rows, i }));
        const shuffled = [...named].sort(() => (rand.next().value % 3) - 1);
        const a = merge(named.map((n) => n.rows));
        const m = new RecordMerger<Row>();
        for (const n of shuffled) {
          const source = m.addSource(`file${n.i}`);
          n.rows.forEach((r, i) => m.add(r, fingerprintContent(r), source, i));
        }
        const r = m.result();
        expect(r.records.map((x) => fingerprintContent(x))).toEqual(a.records);
        expect(r.conflicts.map((c) => [c.id, c.kept.fingerprint, c.others.map((o) => o.fingerprint)])).toEqual(
          a.conflicts,
        );
        expect(r.duplicates).toBe(a.duplicates);
      }),
    );
  });

  it('reports a conflict exactly for the ids read with different content', () => {
    fc.assert(
      fc.property(filesArb, (files) => {
        const contents = new Map<string, Set<string>>();
        for (const r of files.flat()) contents.set(r.id, (contents.get(r.id) ?? new Set()).add(fingerprintContent(r)));
        const expected = [...contents]
          .filter(([, s]) => s.size > 1)
          .map(([id]) => id)
          .sort();
        expect(merge(files).conflicts.map((c) => c[0])).toEqual(expected);
      }),
    );
  });
});

describe('revision graph (property)', () => {
  it('counts one head per family, the same for any order, and never loses a family', () => {
    fc.assert(
      fc.property(fc.uniqueArray(rowArb, { selector: (r) => r.id }), fc.infiniteStream(fc.nat()), (rows, rand) => {
        const heads = selectFamilyHeads(rows)
          .map((r) => r.id)
          .sort();
        const shuffled = [...rows].sort(() => (rand.next().value % 3) - 1);
        expect(
          selectFamilyHeads(shuffled)
            .map((r) => r.id)
            .sort(),
        ).toEqual(heads);
        // Every record belongs to exactly one family with a head: following supersedes reaches a head's family.
        expect(heads.length).toBeLessThanOrEqual(rows.length);
        if (rows.length > 0) expect(heads.length).toBeGreaterThan(0);
      }),
    );
  });

  it('flags every self-reference and every loop', () => {
    fc.assert(
      fc.property(fc.uniqueArray(rowArb, { selector: (r) => r.id }), (rows) => {
        const byId = new Map(rows.map((r) => [r.id, r]));
        const problems = checkRevisionGraph(rows, (id) => byId.get(id));
        for (const r of rows) {
          if (r.supersedes === r.id)
            expect(problems.some((p) => p.code === 'self-revision' && p.id === r.id)).toBe(true);
          if (r.supersedes !== null && !byId.has(r.supersedes))
            expect(problems.some((p) => p.code === 'missing-revision-target' && p.id === r.id)).toBe(true);
        }
        // A loop exists iff following supersedes from some record comes back to it.
        const loops = rows.some((r) => {
          let cur: Row | undefined = r;
          for (let i = 0; i <= rows.length && cur; i++) {
            cur = cur.supersedes === null ? undefined : byId.get(cur.supersedes);
            if (cur?.id === r.id) return cur.supersedes !== cur.id;
          }
          return false;
        });
        expect(problems.some((p) => p.code === 'revision-cycle')).toBe(loops);
      }),
    );
  });
});

describe('ExportScanner (property)', () => {
  it('reads the same values as JSON.parse, however the text is cut into chunks', () => {
    const item = fc.record({
      id: fc.string(),
      n: fc.double({ noNaN: true, noDefaultInfinity: true }),
      t: fc.jsonValue(),
    });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 8 }),
        fc.array(fc.jsonValue(), { maxLength: 3 }),
        fc.jsonValue(),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1 }),
        fc.boolean(),
        (records, escalations, extra, cuts, pretty) => {
          const file = { format: 'huifang-export', version: 2, extra, records, escalations };
          const text = JSON.stringify(file, null, pretty ? 2 : undefined);
          const got: Record<string, unknown> = {};
          const lists: Record<string, unknown[]> = { records: [], customers: [], escalations: [] };
          const scanner = new ExportScanner({
            onValue: (k, v) => (got[k] = v),
            onItem: (list, i, v) => ((lists[list] as unknown[])[i] = v),
          });
          let at = 0;
          for (let k = 0; at < text.length; k++) {
            const n = cuts[k % cuts.length] ?? 1;
            scanner.push(text.slice(at, at + n));
            at += n;
          }
          scanner.end();
          expect({ ...got, records: lists.records, escalations: lists.escalations }).toEqual(JSON.parse(text));
        },
      ),
    );
  });

  it('refuses a truncated file with its position', () => {
    const text = JSON.stringify({ format: 'huifang-export', version: 2, records: [{ a: 1 }, { b: 2 }] });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: text.length - 1 }), (cut) => {
        const scanner = new ExportScanner({ onValue: () => {}, onItem: () => {} });
        expect(() => {
          scanner.push(text.slice(0, cut));
          scanner.end();
        }).toThrow(/Not valid JSON at line \d+, column \d+/);
      }),
    );
  });
});

describe('fingerprintParsed (property)', () => {
  it('is the same for a record parsed from any key order, and differs when content differs', async () => {
    const { callbackRecordSchema } = await import('@/utils/core/schemas/callback-record');
    const { makeRecord } = await import('../rules/make-record');
    const { fingerprintParsed } = await import('@/utils/core/export/fingerprint');
    const base = makeRecord({ answers: { b: 1, a: 'x', c: true }, context: { phone: '1', name: 'n' } });
    fc.assert(
      fc.property(fc.infiniteStream(fc.nat()), (rand) => {
        const shuffle = <T>(xs: T[]) => [...xs].sort(() => (rand.next().value % 3) - 1);
        const reorder = (o: Record<string, unknown>) => Object.fromEntries(shuffle(Object.entries(o)));
        const shuffled = reorder({ ...base, answers: reorder(base.answers), context: reorder(base.context) });
        const parsed = callbackRecordSchema.parse(shuffled);
        const maps = ['answers', 'ticks', 'context'];
        expect(fingerprintParsed(parsed, maps)).toBe(fingerprintParsed(callbackRecordSchema.parse(base), maps));
        expect(fingerprintParsed({ ...parsed, notes: 'changed' }, maps)).not.toBe(fingerprintParsed(parsed, maps));
      }),
    );
  });
});
