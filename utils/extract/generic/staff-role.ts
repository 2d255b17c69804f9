// A label that names the seller's staff member by their role (docs/adapters.md, "Session 19: missed values"): a role
// noun (manager, adviser, officer, agent, co-ordinator, counsellor…) qualified by the seller's side of the
// relationship — the trade (sales, loan), the customer served (client, patient, relationship), the territory
// (area, store) or the assignment (assigned, responsible). Qualifier and noun are read apart, so "patient
// co-ordinator", "Satış meneceri" and "Agjenti i shitjes" need no phrase of their own. A role qualified otherwise
// (a company's general or finance manager, a purchasing officer: the customer's own people) is no owner, nor is a
// technician (groomer, driver, doctor): their nouns are not role nouns here. The words are each language's, in its
// table (words/*.ts: adviserNoun, roleNoun, sellerSide); this module reads their structure only.

import { onWorldWords, WORLD_ROLE_PARTS } from './words';

// Words that join a noun to its qualifier in head-first languages ("agente de ventas", "agjenti i shitjes", "менеджер по продажам").
const JOINERS = new Set('de des du del da do di della of i e të für van za по'.split(' '));

// Arabic's article is written onto its word (المستشار): a word is read without it.
const ARTICLE = /^ال(?=[\u0600-\u06ff]{3,})/;
const withoutArticle = (word: string): string => word.replace(ARTICLE, '');

// The role parts of every language's table (words/*.ts), read without the article; rebuilt when the tables are
// registered (the content script's come from the background).
let ADVISER = new Set<string>();
let QUALIFIED = new Set<string>();
let SIDE = new Set<string>();
function readRoleParts(): void {
  const withoutArticles = (words: Set<string>) => new Set([...words].map(withoutArticle));
  ADVISER = withoutArticles(WORLD_ROLE_PARTS.adviserNoun);
  QUALIFIED = withoutArticles(WORLD_ROLE_PARTS.roleNoun);
  SIDE = withoutArticles(WORLD_ROLE_PARTS.sellerSide);
}
readRoleParts();
onWorldWords(readRoleParts);

// A role written for either gender in one label ("Assessor/a", "Conseiller(ère)", "المستشار(ة)").
const BOTH_GENDERS = /\s*(?:\/\s*[\p{L}]{1,3}|\([\p{L}]{1,3}\))(?=\s|$)/gu;

// A label written in Han characters alone, which puts no space between a qualifier and its noun (区域经理, 负责专员).
const HAN_ONLY = /^[\u4e00-\u9fff]+$/;

/** A Han label read as a role: an adviser's noun alone (学管师), or one seller-side word before a role noun (区域经理). */
function namesHanRole(label: string): boolean {
  if (ADVISER.has(label)) return true;
  for (let cut = 1; cut < label.length; cut++)
    if (SIDE.has(label.slice(0, cut)) && QUALIFIED.has(label.slice(cut))) return true;
  return false;
}

const wordsOf = (label: string): string[] =>
  label.toLowerCase().replace(BOTH_GENDERS, '').split(/\s+/).filter(Boolean).map(withoutArticle);

/**
 * Whether `label` (as normalizeLabel leaves it, simplified Chinese) names a staff member of the seller by role: an
 * adviser's noun alone or with a seller-side qualifier, another role noun only with one (first or last word).
 */
export function namesStaffRole(label: string): boolean {
  if (HAN_ONLY.test(label)) return namesHanRole(label);
  const words = wordsOf(label);
  if (words.length === 0 || words.length > 4) return false;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  // The noun ends the label (sales manager, Satış meneceri) or begins it (agente de ventas, المستشار المكلف).
  for (const [noun, rest] of [
    [last, words.slice(0, -1)],
    [first, words.slice(1)],
  ] as [string, string[]][]) {
    const qualifiers = rest.filter((w) => !JOINERS.has(w));
    if (!ADVISER.has(noun) && !QUALIFIED.has(noun)) continue;
    if (qualifiers.length === 0 && ADVISER.has(noun) && rest.length === 0) return true;
    if (qualifiers.length > 0 && qualifiers.length <= 2 && qualifiers.every((w) => SIDE.has(w))) return true;
  }
  return false;
}
