// Field words of the world's CRM languages (docs/adapters.md, "Field words of the world's languages"): one small
// table per language, grouped by region, each field's words `|`-separated and written as normalizeLabel leaves them
// (lower case, no colon). The labels CRMs and ERPs localised into the language show (Odoo, Dolibarr, SuiteCRM,
// Bitrix24… translation files), not guesses. They rank below every word of dictionary.ts: a word already there keeps
// its field there and is not repeated here (each word ships once in the content script).

import { forgetMemos } from '../../../core/memo';
import { foldApostrophes } from '../../../core/normalize/text';
import { WORLD_WORDS } from './tables';

export { WORLD_WORDS };

/**
 * A record's fields, the parts a CRM may split them into, and `tel` — a phone word that says nothing of the kind of
 * line ("Telefon", "Simu"), or only whose number it is (客户电话, Kundentelefon, "Customer phone"): a mobile under it is
 * typed by its shape (generic/index.ts).
 */
export type WordField =
  | 'name'
  | 'firstName'
  | 'middleName'
  | 'lastName'
  | 'company'
  | 'tel'
  | 'phone'
  | 'mobile'
  | 'email'
  | 'address'
  | 'addressPart'
  | 'birthDate'
  | 'gender'
  | 'idNumber'
  | 'customerId'
  | 'owner'
  | 'product'
  | 'signDate';

/**
 * The parts of a label that names the seller's staff member by role (staff-role.ts, docs/adapters.md "Session 20:
 * owner by role"), not labels themselves: `adviserNoun` names one alone (adviser, conseiller, 学管师); `roleNoun` only
 * with a word of the seller's side (manager, officer, agent, 经理); `sellerSide` that side — the sale, the trade's
 * account of the customer, the customer served, the territory, the assignment (sales, loan, client, area, assigned,
 * 销售, 区域); `serviceNoun` the trade of one who performs the service (groomer, optometrist, technician, 美容师,
 * 验光师), who is the owner only when no seller's role names one.
 */
export type RolePart = 'adviserNoun' | 'roleNoun' | 'sellerSide' | 'serviceNoun';

/** One language's words: field → `|`-separated labels, role part → `|`-separated words. */
export type WordTable = Partial<Record<WordField | RolePart, string>>;

export const wordsOf = (list: string | undefined): string[] =>
  (list ?? '')
    .split('|')
    .map((w) => w.trim())
    .filter(Boolean);

const NAME_PART = { firstName: 'first', middleName: 'middle', lastName: 'last' } as const;
const ROLE_PARTS = new Set<string>(['adviserNoun', 'roleNoun', 'sellerSide', 'serviceNoun'] satisfies RolePart[]);
const isRolePart = (field: string): field is RolePart => ROLE_PARTS.has(field);

/** Label → field key (tel → phone). */
export const WORLD_LABELS = new Map<string, string>();
export const WORLD_ADDRESS_PARTS = new Set<string>();
export const WORLD_NAME_PARTS = new Map<string, 'first' | 'middle' | 'last'>();
export const WORLD_UNTYPED_PHONE = new Set<string>();
/** Every language's words of each role part, together: a role label mixes languages as often as not ("Agente comercial"). */
export const WORLD_ROLE_PARTS: Record<RolePart, Set<string>> = {
  adviserNoun: new Set(),
  roleNoun: new Set(),
  sellerSide: new Set(),
  serviceNoun: new Set(),
};
/** Each language's own label → field key (tel → phone), without its address and name parts. */
const LABELS_BY_LANGUAGE = new Map<string, Map<string, string>>();
/** Each language's own name-part words. */
const PARTS_BY_LANGUAGE = new Map<string, Map<string, 'first' | 'middle' | 'last'>>();

/**
 * The page language's own table: its whole tag's ("sr-cyrl", "zh-tw"), else its language's ("az" of "az-Latn"), which
 * is also the first table of that language when none is tagged by the language alone ("sr" → sr-Cyrl).
 */
function ownTable<T>(tables: Map<string, T>, lang: string): T | undefined {
  const tag = lang.toLowerCase().replace(/_/g, '-');
  return tag ? (tables.get(tag) ?? tables.get(tag.split('-')[0] ?? '')) : undefined;
}

/**
 * The field a label names in the page's own language ("az" of `<html lang="az-Latn">`), when the language's table
 * has the word: a word one language uses for a record's name and another for its address (Turkish Ünvan, a firm's
 * title; Azerbaijani Ünvan, the address) means what the page's language says.
 */
export function fieldInLanguage(label: string, lang: string): string | undefined {
  return ownTable(LABELS_BY_LANGUAGE, lang)?.get(label);
}

/**
 * The name part a label names in the page's own language: Bulgarian Презиме is the middle name (Име Презиме
 * Фамилия), Serbian and Macedonian Презиме the surname (docs/adapters.md, "Session 20: field words by concept").
 */
export function partInLanguage(label: string, lang: string): 'first' | 'middle' | 'last' | undefined {
  return ownTable(PARTS_BY_LANGUAGE, lang)?.get(label);
}

/** A language's map in `tables`, made when missing, under its tag and its language's when that has none. */
function tableOf<T>(tables: Map<string, Map<string, T>>, tag: string): Map<string, T> {
  const key = tag.toLowerCase();
  const own = tables.get(key) ?? new Map<string, T>();
  tables.set(key, own);
  const language = key.split('-')[0] ?? key;
  if (!tables.has(language)) tables.set(language, own);
  return own;
}

const whenRegistered: (() => void)[] = [];

/** Runs `fn` each time the world's words are registered (dictionary.ts rebuilds its label table). */
export function onWorldWords(fn: () => void): void {
  whenRegistered.push(fn);
}

/**
 * Makes the world's tables the reader's: every build registers them on import (this module), except the content
 * script's, which leaves them to the background and registers what it hands over before its first read
 * (docs/adapters.md, "How the world's words reach the content script").
 */
export function registerWorldWords(tables: Record<string, WordTable>): void {
  WORLD_LABELS.clear();
  WORLD_ADDRESS_PARTS.clear();
  WORLD_NAME_PARTS.clear();
  WORLD_UNTYPED_PHONE.clear();
  LABELS_BY_LANGUAGE.clear();
  for (const parts of Object.values(WORLD_ROLE_PARTS)) parts.clear();
  PARTS_BY_LANGUAGE.clear();
  for (const [tag, table] of Object.entries(tables))
    for (const [field, list] of Object.entries(table) as [WordField | RolePart, string][])
      for (const word of wordsOf(list).map(foldApostrophes)) {
        if (isRolePart(field)) {
          WORLD_ROLE_PARTS[field].add(word);
          continue;
        }
        if (field !== 'addressPart' && !(field in NAME_PART)) {
          const own = tableOf(LABELS_BY_LANGUAGE, tag);
          if (!own.has(word)) own.set(word, field === 'tel' ? 'phone' : field);
        }
        if (field === 'addressPart') WORLD_ADDRESS_PARTS.add(word);
        else if (field === 'firstName' || field === 'middleName' || field === 'lastName') {
          if (!WORLD_NAME_PARTS.has(word)) WORLD_NAME_PARTS.set(word, NAME_PART[field]);
          const own = tableOf(PARTS_BY_LANGUAGE, tag);
          if (!own.has(word)) own.set(word, NAME_PART[field]);
        } else {
          if (field === 'tel') WORLD_UNTYPED_PHONE.add(word);
          if (!WORLD_LABELS.has(word)) WORLD_LABELS.set(word, field === 'tel' ? 'phone' : field);
        }
      }
  forgetMemos();
  for (const fn of whenRegistered) fn();
}

const FIELDS = new Set<string>([
  ...([
    'name',
    'firstName',
    'middleName',
    'lastName',
    'company',
    'tel',
    'phone',
    'mobile',
    'email',
    'address',
    'addressPart',
    'birthDate',
    'gender',
    'idNumber',
    'customerId',
    'owner',
    'product',
    'signDate',
  ] satisfies WordField[]),
  ...ROLE_PARTS,
]);

/** The tables a message carried (the background's answer), or null when it is anything else. A hand guard, no zod. */
export function toWorldWords(raw: unknown): Record<string, WordTable> | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const out: Record<string, WordTable> = {};
  for (const [tag, table] of Object.entries(raw)) {
    if (typeof table !== 'object' || table === null || Array.isArray(table)) return null;
    const words: WordTable = {};
    for (const [field, list] of Object.entries(table)) {
      if (!FIELDS.has(field) || typeof list !== 'string') return null;
      words[field as WordField | RolePart] = list;
    }
    out[tag] = words;
  }
  return out;
}

registerWorldWords(WORLD_WORDS);
