// Ground-truth fixtures and the comparison rules of tests/fixtures/crm-pages/README.md.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { surnameFirst } from '../../../utils/core/normalize/chinese-name';
import type { CustomerContext } from '@/utils/core/schemas/customer-context';

export const FIXTURE_DIRS = ['tests/fixtures/crm-pages', 'tests/fixtures/real-crm', 'tests/fixtures/generic'];

export interface Truth {
  crm: string;
  lang: string;
  url_hint: string;
  fields: Record<string, string>;
  /** The CRM's record id in the page's URL (`context.record.id`), when the page itself shows no customer code. */
  record?: string;
  sequence?: Record<string, string>[];
  spa?: boolean;
}

export interface Fixture {
  name: string;
  dir: string;
  html: string;
  truth: Truth;
  url: string;
}

/** The fixture's real-CRM URL (first token of url_hint) on a made-up host. */
export function fixtureUrl(truth: Truth): string {
  const hint = truth.url_hint.trim().split(/\s+/)[0] ?? '/';
  return hint.startsWith('http') ? hint : `https://crm.example${hint.startsWith('/') ? '' : '/'}${hint}`;
}

export function loadFixtures(dirs: string[] = FIXTURE_DIRS, root = process.cwd()): Fixture[] {
  const out: Fixture[] = [];
  for (const dir of dirs) {
    let files: string[];
    try {
      files = readdirSync(join(root, dir));
    } catch {
      continue;
    }
    for (const file of files.filter((f) => f.endsWith('.html')).sort()) {
      const name = file.replace(/\.html$/, '');
      const truth = JSON.parse(readFileSync(join(root, dir, `${name}.json`), 'utf8')) as Truth;
      out.push({ name, dir, html: readFileSync(join(root, dir, file), 'utf8'), truth, url: fixtureUrl(truth) });
    }
  }
  return out;
}

const space = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
const digits = (s: string) =>
  (s.trim().startsWith('+') ? '+' : '') + s.replace(/\D/g, '') + (/[Xx]\s*$/.test(s) ? 'X' : '');
const addressForm = (s: string) => s.replace(/[\s,，、/-]+/g, '').toLowerCase();

/** True when the extracted value counts as the ground-truth value. */
export function sameValue(key: string, expected: string, actual: string): boolean {
  if (['phone', 'mobile', 'idNumber', 'bankAccount'].includes(key)) return digits(expected) === digits(actual);
  if (key === 'address') return addressForm(expected) === addressForm(actual);
  if (key === 'email') return expected.trim().toLowerCase() === actual.trim().toLowerCase();
  // A Chinese name shown given name first ("芳 王") is the same name surname first (王芳): utils/core/normalize/chinese-name.ts.
  if (key === 'name' || key === 'owner') return surnameFirst(space(expected)) === surnameFirst(space(actual));
  return space(expected) === space(actual);
}

export function valueOf(ctx: CustomerContext, key: string): string | undefined {
  const f = (ctx.fields as Record<string, { value: string } | undefined>)[key] ?? ctx.extra[key];
  return f?.value;
}

export interface Score {
  right: number;
  wrong: string[];
  missed: string[];
  invented: string[];
  total: number;
}

/** Field-by-field score of one context against the expected fields (and the URL's record id, scored as `record`). */
export function scoreContext(ctx: CustomerContext, expected: Record<string, string>, record?: string): Score {
  const wanted = record === undefined ? expected : { ...expected, record };
  const score: Score = { right: 0, wrong: [], missed: [], invented: [], total: Object.keys(wanted).length };
  for (const [key, want] of Object.entries(wanted)) {
    const got = key === 'record' ? ctx.record?.id : valueOf(ctx, key);
    if (got === undefined) score.missed.push(key);
    else if (sameValue(key, want, got)) score.right++;
    else score.wrong.push(`${key}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  }
  for (const key of Object.keys(ctx.fields))
    if (!(key in expected)) score.invented.push(`${key}: ${JSON.stringify(valueOf(ctx, key))}`);
  return score;
}
