// A label that names the seller's staff member by their role (docs/adapters.md, "Session 19: missed values" and
// "Session 20: owner by role"): a role noun (manager, adviser, officer, agent, co-ordinator, counsellor…) qualified by
// the seller's side of the relationship — the trade (sales, loan), the customer served (client, patient,
// relationship), the territory (area, store) or the assignment (assigned, responsible). Qualifier and noun are read
// apart, so "patient co-ordinator", "Satış meneceri" and "Agjenti i shitjes" need no phrase of their own. A role
// qualified otherwise (a company's general or finance manager, a purchasing officer: the customer's own people) is no
// owner. One who performs the service (a groomer, an optometrist, a technician, a doctor: a trade noun) is the staff
// member the customer is assigned to only with a seller-side word (专属美容师, assigned technician), and the owner only
// when no seller's role names one (dictionary.ts labelRank). The words are each language's, in its table (words/*.ts:
// adviserNoun, roleNoun, sellerSide, serviceNoun); this module reads their structure only.

import { onWorldWords, WORLD_ROLE_PARTS } from './words';

// Words that join a noun to its qualifier ("agente de ventas", "agjenti i shitjes", "менеджер по продажам",
// "менеджер з продажу", "мениджър на клиента", Swahili's "afisa wa mikopo", Pashto's "د پور افسر").
const JOINERS = new Set('de des du del da do di della of i e të für van za по з па на за wa ya د'.split(' '));
// A Nguni possessive written onto a loanword with a hyphen (Zulu "umphathi we-akhawunti", "of the account").
const POSSESSIVE_CONCORD = /^(?:w|y|z|l|k|kw)[aeo]-(?=\p{L}{3})/u;
// Joiners inside Indic and Malayalam words (ZWNJ, ZWJ): a word is read without them, as often typed.
const JOINING_MARKS = /[\u200c\u200d]/g;

// Arabic's article is written onto its word (المستشار): a word is read without it.
const ARTICLE = /^ال(?=[\u0600-\u06ff]{3,})/;
const withoutArticle = (word: string): string =>
  word.replace(JOINING_MARKS, '').replace(ARTICLE, '').replace(POSSESSIVE_CONCORD, '');

// The role parts of every language's table (words/*.ts), read without the article; rebuilt when the tables are
// registered (the content script's come from the background).
let ADVISER = new Set<string>();
let QUALIFIED = new Set<string>();
let SIDE = new Set<string>();
let SERVICE = new Set<string>();
function readRoleParts(): void {
  const withoutArticles = (words: Set<string>) => new Set([...words].map(withoutArticle));
  ADVISER = withoutArticles(WORLD_ROLE_PARTS.adviserNoun);
  QUALIFIED = withoutArticles(WORLD_ROLE_PARTS.roleNoun);
  SIDE = withoutArticles(WORLD_ROLE_PARTS.sellerSide);
  SERVICE = withoutArticles(WORLD_ROLE_PARTS.serviceNoun);
}
readRoleParts();
onWorldWords(readRoleParts);

// A role written for either gender in one label ("Assessor/a", "Conseiller(ère)", "المستشار(ة)").
const BOTH_GENDERS = /\s*(?:\/\s*[\p{L}]{1,3}|\([\p{L}]{1,3}\))(?=\s|$)/gu;

// A label written in Han characters alone, which puts no space between a qualifier and its noun (区域经理, 负责专员).
const HAN_ONLY = /^[\u4e00-\u9fff]+$/;

/**
 * A Han label read as a role: an adviser's noun alone (学管师), or one seller-side word before a role or trade noun
 * (区域经理, 门店技师).
 */
function namesHanRole(label: string): boolean {
  if (ADVISER.has(label)) return true;
  for (let cut = 1; cut < label.length; cut++)
    if (SIDE.has(label.slice(0, cut)) && (QUALIFIED.has(label.slice(cut)) || SERVICE.has(label.slice(cut))))
      return true;
  return false;
}

const wordsOf = (label: string): string[] =>
  label.toLowerCase().replace(BOTH_GENDERS, '').split(/\s+/).filter(Boolean).map(withoutArticle);

/**
 * Whether `label` (as normalizeLabel leaves it, simplified Chinese) names a staff member of the seller by role: an
 * adviser's noun alone or with a seller-side qualifier, another role or a trade noun only with one (first or last
 * word).
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
    if (!ADVISER.has(noun) && !QUALIFIED.has(noun) && !SERVICE.has(noun)) continue;
    if (qualifiers.length === 0 && ADVISER.has(noun) && rest.length === 0) return true;
    if (qualifiers.length > 0 && qualifiers.length <= 2 && qualifiers.every((w) => SIDE.has(w))) return true;
  }
  return false;
}

/**
 * Whether `label` (as normalizeLabel leaves it, simplified Chinese) names a staff member by the trade they perform:
 * a Han label ending in a trade noun (专属美容师, 负责验光师, 服务工程师), another whose first or last word is one
 * ("assigned technician", "médico responsable"). An adviser's noun (学管老师) is no trade.
 */
export function namesServiceRole(label: string): boolean {
  if (HAN_ONLY.test(label)) {
    if (ADVISER.has(label)) return false;
    for (let cut = 0; cut < label.length - 1; cut++) if (SERVICE.has(label.slice(cut))) return true;
    return false;
  }
  const words = wordsOf(label);
  return words.length > 0 && (SERVICE.has(words[0] ?? '') || SERVICE.has(words[words.length - 1] ?? ''));
}
