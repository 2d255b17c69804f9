// Field words of the world's CRM languages (docs/adapters.md, "Field words of the world's languages"): one small
// table per language, grouped by region, each field's words `|`-separated and written as normalizeLabel leaves them
// (lower case, no colon). The labels CRMs and ERPs localised into the language show (Odoo, Dolibarr, SuiteCRM,
// Bitrix24… translation files), not guesses. They rank below every word of dictionary.ts: a word already there keeps
// its field there and is not repeated here (each word ships once in the content script).
import { AFRICA } from './africa';
import { EUROPE_WEST } from './europe-west';
import { EAST_ASIA } from './east-asia';
import { EUROPE_EAST } from './europe-east';
import { EUROPE_NORTH } from './europe-north';
import { MIDDLE_EAST_CENTRAL_ASIA } from './middle-east';
import { SOUTH_ASIA } from './south-asia';
import { SOUTHEAST_ASIA } from './southeast-asia';

/**
 * A record's fields, the parts a CRM may split them into, and `tel` — a phone word that says nothing of the kind of
 * line ("Telefon", "Simu"): a mobile under it is typed by its shape (generic/index.ts).
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

/** One language's words: field → `|`-separated labels. */
export type WordTable = Partial<Record<WordField, string>>;

/** Every language's table by its BCP 47 tag (zh-TW, sr-Cyrl…). */
export const WORLD_WORDS: Record<string, WordTable> = {
  ...EUROPE_WEST,
  ...EUROPE_NORTH,
  ...EUROPE_EAST,
  ...MIDDLE_EAST_CENTRAL_ASIA,
  ...SOUTH_ASIA,
  ...SOUTHEAST_ASIA,
  ...EAST_ASIA,
  ...AFRICA,
};

export const wordsOf = (list: string | undefined): string[] =>
  (list ?? '')
    .split('|')
    .map((w) => w.trim())
    .filter(Boolean);

const NAME_PART = { firstName: 'first', middleName: 'middle', lastName: 'last' } as const;

/** Label → field key (tel → phone). */
export const WORLD_LABELS = new Map<string, string>();
export const WORLD_ADDRESS_PARTS = new Set<string>();
export const WORLD_NAME_PARTS = new Map<string, 'first' | 'middle' | 'last'>();
export const WORLD_UNTYPED_PHONE = new Set<string>();

for (const table of Object.values(WORLD_WORDS))
  for (const [field, list] of Object.entries(table) as [WordField, string][])
    for (const word of wordsOf(list)) {
      if (field === 'addressPart') WORLD_ADDRESS_PARTS.add(word);
      else if (field === 'firstName' || field === 'middleName' || field === 'lastName') {
        if (!WORLD_NAME_PARTS.has(word)) WORLD_NAME_PARTS.set(word, NAME_PART[field]);
      } else {
        if (field === 'tel') WORLD_UNTYPED_PHONE.add(word);
        if (!WORLD_LABELS.has(word)) WORLD_LABELS.set(word, field === 'tel' ? 'phone' : field);
      }
    }
