// Scores the generic extractor (adapters switched off) on every fixture page with ground truth.
import { extractCustomer } from '@/utils/extract';
import { swapTwentyRecord } from './dom-helpers';
import { FIXTURE_DIRS, loadFixtures, scoreContext, type Score } from './ground-truth';

export interface ScoreRow extends Score {
  page: string;
  set: string;
}

export function scoreGenericOnFixtures(parse: (html: string) => Document, dirs: string[] = FIXTURE_DIRS): ScoreRow[] {
  const now = new Date('2026-11-27T10:00:00Z');
  return loadFixtures(dirs).map((f) => {
    const doc = parse(f.html);
    if (f.truth.spa && f.name.startsWith('twenty')) swapTwentyRecord(doc);
    // The page's own URL (its record id is the record's key, scored as `record`), with every adapter off.
    const ctx = extractCustomer(doc, f.url, now, undefined, { adapters: [] });
    return { page: f.name, set: f.dir.split('/').pop() ?? f.dir, ...scoreContext(ctx, f.truth.fields, f.truth.record) };
  });
}

export function formatScoreTable(rows: ScoreRow[]): string {
  const lines = [
    '| set | page | right / fields | accuracy | invented | wrong or missed |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const acc = r.total ? ((100 * r.right) / r.total).toFixed(0) : '100';
    const issues = [...r.wrong, ...r.missed.map((m) => `${m}: missed`)].join('; ').replace(/\|/g, '\\|') || '—';
    lines.push(
      `| ${r.set} | ${r.page} | ${r.right} / ${r.total} | ${acc} % | ${r.invented.length ? r.invented.join('; ').replace(/\|/g, '\\|') : '0'} | ${issues} |`,
    );
  }
  const bySet = new Map<string, { right: number; total: number; invented: number }>();
  for (const r of rows) {
    const s = bySet.get(r.set) ?? { right: 0, total: 0, invented: 0 };
    s.right += r.right;
    s.total += r.total;
    s.invented += r.invented.length;
    bySet.set(r.set, s);
  }
  for (const [set, s] of bySet)
    lines.push(
      `| **${set}** | all | ${s.right} / ${s.total} | **${((100 * s.right) / Math.max(1, s.total)).toFixed(1)} %** | ${s.invented} | |`,
    );
  return lines.join('\n');
}
