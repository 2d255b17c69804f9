import { extractCustomer } from '@/utils/extract';
import { parsePage, swapTwentyRecord } from './dom-helpers';
import { loadFixtures, scoreContext, type Fixture } from './ground-truth';

const NOW = new Date('2026-11-27T10:00:00Z');
const fixtures = loadFixtures(['tests/fixtures/crm-pages', 'tests/fixtures/real-crm']);
const staticPages = fixtures.filter((f) => !f.truth.spa);

describe('built-in adapters on the fixture pages', () => {
  it('covers every fixture', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });

  it.each(staticPages.map((f) => [f.name, f] as [string, Fixture]))(
    '%s: every ground-truth field, nothing invented',
    (_name, f) => {
      const ctx = extractCustomer(parsePage(f.html), f.url, NOW);
      expect(ctx.adapterId).not.toBeNull();
      const score = scoreContext(ctx, f.truth.fields, f.truth.record);
      expect({ wrong: score.wrong, missed: score.missed, invented: score.invented }).toEqual({
        wrong: [],
        missed: [],
        invented: [],
      });
    },
  );

  it.each(staticPages.map((f) => [f.name, f] as [string, Fixture]))(
    '%s served from a plain localhost URL: the page signature selects the adapter',
    (_name, f) => {
      const ctx = extractCustomer(
        parsePage(f.html),
        `http://127.0.0.1:8000/${f.dir.split('/').pop()}/${f.name}.html`,
        NOW,
      );
      expect(ctx.adapterId).not.toBeNull();
      // No record id in this URL: the fields alone, and the page-shown code is no URL's.
      const score = scoreContext(ctx, f.truth.fields);
      expect(ctx.record?.from ?? 'page').toBe('page');
      expect({ wrong: score.wrong, missed: score.missed, invented: score.invented }).toEqual({
        wrong: [],
        missed: [],
        invented: [],
      });
    },
  );

  it('twenty-person (SPA): each customer of the sequence in turn', () => {
    const f = fixtures.find((x) => x.name === 'twenty-person');
    const sequence = f?.truth.sequence;
    if (!f || !sequence) throw new Error('twenty-person fixture missing');
    const doc = parsePage(f.html);
    const first = scoreContext(extractCustomer(doc, f.url, NOW), sequence[0] ?? {});
    expect([first.wrong, first.missed, first.invented]).toEqual([[], [], []]);
    swapTwentyRecord(doc);
    const second = scoreContext(
      extractCustomer(doc, `${f.url}?recordId=${sequence[1]?.customerId}`, NOW),
      sequence[1] ?? {},
    );
    expect([second.wrong, second.missed, second.invented]).toEqual([[], [], []]);
  });
});
