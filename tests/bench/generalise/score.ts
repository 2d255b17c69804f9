// Scores what the extractor returned for a held-out page against its ground truth, with the comparison rules of
// tests/fixtures/crm-pages/README.md (digits for phones and ids, lenient addresses, exact names).
import { basename } from 'node:path';
import { sameValue } from '../../unit/extract/ground-truth';
import type { HoldoutPage } from './corpus';

/** The part of a CustomerContext the score reads; loose on purpose, so older and newer commits both fit. */
export interface LooseContext {
  fields?: Record<string, { value?: unknown } | undefined>;
  extra?: Record<string, { value?: unknown } | undefined>;
  /** The record the URL names (`from: 'url'`); older commits put its id in `fields.customerId` instead. */
  record?: { id?: unknown; from?: unknown };
}

export interface FrameResult {
  /** The frame's URL (about:srcdoc, about:blank, or its src). */
  url: string;
  context: LooseContext | null;
  error?: string;
  /** The frame's viewport in CSS px² (0 for a frame in a hidden tab). */
  area?: number;
}

export interface PageScore {
  page: string;
  /** The page's folder (round1, dolibarr-live…): a gate sums the folders it names. */
  folder: string;
  crm: string;
  negative: boolean;
  /** Which frame the score used (0 = the top document, -1 = the frame choice picked none), and how many frames. */
  frame: number;
  frames: number;
  total: number;
  right: number;
  wrong: string[];
  missed: string[];
  invented: string[];
  /** Negative pages: true when the extractor gave no customer (no field at all). */
  noCustomer?: boolean;
  /** The page changes over time by itself (see HoldoutTruth.volatile). */
  volatile?: boolean;
  error?: string;
}

const valueText = (v: { value?: unknown } | undefined) => (typeof v?.value === 'string' ? v.value : undefined);

export function fieldKeys(ctx: LooseContext | null): string[] {
  return Object.entries(ctx?.fields ?? {})
    .filter(([, v]) => valueText(v) !== undefined)
    .map(([k]) => k);
}

export function scorePage(page: HoldoutPage, ctx: LooseContext | null, frame = 0, frames = 1): PageScore {
  const expected = page.truth.fields;
  const score: PageScore = {
    page: page.name,
    folder: basename(page.dir),
    crm: page.truth.crm,
    negative: page.negative,
    frame,
    frames,
    total: Object.keys(expected).length,
    right: 0,
    wrong: [],
    missed: [],
    invented: [],
  };
  // The held-out rule (tests/fixtures/holdout/README.md): customerId is the code the page shows, else the URL's
  // record id, which the extractor gives as `context.record` (never as a field) — from the URL, or from the page's
  // link to the customer when the URL names another object (a conversation, a ticket).
  const from = ctx?.record?.from;
  const urlRecord =
    (from === 'url' || from === 'link') && typeof ctx?.record?.id === 'string' ? ctx.record.id : undefined;
  const got = (key: string) =>
    valueText(ctx?.fields?.[key]) ?? valueText(ctx?.extra?.[key]) ?? (key === 'customerId' ? urlRecord : undefined);
  for (const [key, want] of Object.entries(expected)) {
    const value = got(key);
    if (value === undefined) score.missed.push(key);
    else if (sameValue(key, want, value)) score.right++;
    else score.wrong.push(`${key}: ${JSON.stringify(value)} ≠ ${JSON.stringify(want)}`);
  }
  for (const key of fieldKeys(ctx)) if (!(key in expected)) score.invented.push(`${key}: ${JSON.stringify(got(key))}`);
  if (page.negative) score.noCustomer = fieldKeys(ctx).length === 0;
  if (page.truth.volatile) score.volatile = true;
  return score;
}

export interface Totals {
  pages: number;
  positive: number;
  fields: number;
  right: number;
  wrong: number;
  missed: number;
  invented: number;
  negative: number;
  noCustomer: number;
  errors: number;
}

export function totals(rows: PageScore[]): Totals {
  const t: Totals = {
    pages: rows.length,
    positive: 0,
    fields: 0,
    right: 0,
    wrong: 0,
    missed: 0,
    invented: 0,
    negative: 0,
    noCustomer: 0,
    errors: 0,
  };
  for (const r of rows) {
    if (r.negative) {
      t.negative++;
      if (r.noCustomer) t.noCustomer++;
    } else t.positive++;
    t.fields += r.total;
    t.right += r.right;
    t.wrong += r.wrong.length;
    t.missed += r.missed.length;
    t.invented += r.invented.length;
    if (r.error) t.errors++;
  }
  return t;
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '100.0');
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function formatTotals(t: Totals): string {
  return (
    `${t.right} / ${t.fields} fields right (${pct(t.right, t.fields)} %), ${t.wrong} wrong, ${t.invented} invented, ` +
    `${t.missed} missed; negative pages: ${t.noCustomer} / ${t.negative} gave no customer` +
    (t.errors ? `; ${t.errors} page(s) failed to extract` : '')
  );
}

/** Markdown: one row per page, then the totals line. */
export function formatTable(rows: PageScore[]): string {
  const lines = [
    '| page | CRM | frame | right / fields | wrong | invented | missed | no customer? |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const frame = r.frames > 1 ? (r.frame < 0 ? `none of ${r.frames}` : `${r.frame} of ${r.frames}`) : 'top';
    const verdict = r.negative ? (r.noCustomer ? 'yes ✓' : '**no ✗**') : '';
    lines.push(
      `| ${r.page}${r.volatile ? ' (volatile)' : ''} | ${cell(r.crm)} | ${frame} | ${r.right} / ${r.total} | ${cell(r.wrong.join('; ')) || '0'} | ` +
        `${cell(r.invented.join('; ')) || '0'} | ${cell(r.missed.join(', ')) || '0'} | ${verdict}${r.error ? ` error: ${cell(r.error)}` : ''} |`,
    );
  }
  lines.push('', `**Total**: ${formatTotals(totals(rows))}`);
  return lines.join('\n');
}
