// Text clean-up shared by every extractor. Pure: strings in, strings out.
import { memoByString } from '../memo';

/**
 * Collapses runs of whitespace (incl. U+00A0 and U+3000) to one space and trims. Bidi marks, embeddings and isolates
 * (LRM, RLE…PDF, LRI…PDI: an Arabic or Hebrew page wraps each number in them) go too; the overrides (LRO, RLO) stay,
 * since they change the order the agent sees.
 */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u200b\u200e\u200f\u202a-\u202c\u2066-\u2069\ufeff]+/g, ' ').trim();
}

/**
 * A word's apostrophes as the ASCII ' the word tables write: the typographic ’ a word processor or a translator's tool
 * puts in, the modifier letters ʼ and ʻ (Kinyarwanda "itariki yʼamavuko", Uzbek "toʻliq ism"), ‘ and Hebrew's geresh (מס׳).
 * Labels are read and the tables registered through it, so a word is written once (docs/adapters.md, "Session 25").
 */
/**
 * Text written in two languages, "A / B" ("लिंग / Gender", "महिला / Female"): what both sides read as, or what the one
 * side that reads as anything does; undefined when they disagree or the text has not two sides.
 */
export function readBothSides<T>(text: string, read: (side: string) => T | null | undefined): T | undefined {
  const sides = text.split(/\s+\/\s+/);
  if (sides.length !== 2) return undefined;
  const [a, b] = sides.map((side) => read(side) ?? undefined);
  if (a !== undefined && (a === b || b === undefined)) return a;
  return b !== undefined && a === undefined ? b : undefined;
}

export const foldApostrophes = (text: string): string => text.replace(/[’ʼ‘ʻ\u05f3]/g, "'");

/**
 * A label as written on the page → comparable form: no colon, no required-asterisk, lower case (Turkish İ as i); every apostrophe as
 * ASCII ' (foldApostrophes) and Hebrew's gershayim (דוא״ל) as the ASCII quote most pages type (דוא"ל).
 */
export const normalizeLabel = memoByString(normalizeLabelOnce);

function normalizeLabelOnce(text: string): string {
  return (
    foldApostrophes(normalizeSpace(text))
      .replace(/\u05f4/g, '"')
      // "性\u3000别", "姓 名": CJK labels padded to align columns
      .replace(/(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g, '')
      .replace(/^[*＊\s]+|[*＊\s]+$/g, '')
      .replace(/[:：]\s*$/, '')
      .replace(/^[*＊\s]+|[*＊\s]+$/g, '')
      .toLowerCase()
      // Turkish İ lower-cases to i and a combining dot ("İlçe" → "i̇lçe"): the dictionary writes a plain i.
      .replace(/i\u0307/g, 'i')
  );
}

const SALUTATION = /^(mr|mrs|ms|miss|mx|dr|prof|sir|madam|mme|mlle|m|herr|frau|sr|sra|srta)\.?\s+/i;
// Thai honorifics written glued to the name (คุณวรวุฒิ, นางสาว…, นาย…); Indonesian, Malay, Turkish and Vietnamese
// forms of address before a name of two words or more (Bapak Budi Santoso, Sayın Ayşe Kaya, Ông Trần Văn An).
const THAI_HONORIFIC = /^(?:คุณ|นางสาว|นาง|นาย|ดร\.|น\.ส\.)\s*(?=\p{Script=Thai}{2})/u;
const OTHER_HONORIFIC = /^(?:bapak|bpk\.|pak|ibu|bu|encik|puan|sayın|bay|bayan|ông|bà|anh|chị)\s+(?=\S+\s+\S)/iu;
// The forms of address of the world's CRM languages (docs/adapters.md, "Field words of the world's languages"), before
// a name of two words or more: Spanish, Portuguese, Italian, French, Dutch, Polish, Czech, Russian, Greek, Arabic,
// Persian, Urdu, Hebrew, Hindi, Bengali, Filipino, Swahili, Lao and Khmer (ທ້າວ, ນາງ, លោក, លោកស្រី; "Sig.ra Giulia
// Ferri", "г-жа Анна Соколова", "السيدة سارة العتيبي", "श्रीमती अनिता शर्मा"), Luxembourgish (Här, Madamm, Joffer),
// Afrikaans (Mnr., Mev., Mej.), Danish and Norwegian (Hr., Fru), Romanian (Dl., Dna.), Croatian and Slovene (Gđa.,
// Gospod, Gospa), Italian titles of a degree or a profession (Dott.ssa, Ing., Avv.), and session 24's (docs/adapters.md,
// "Session 24: field words of the thin languages"): Haitian Mesye / Madan / Manmzèl, Malagasy Andriamatoa / Ramatoa,
// Xhosa and Zulu Mnu. / Nksz. / Nkk., Igbo Maazị / Oriakụ, Kinyarwanda Madamu, Welsh Bnr. / Bns., Punjabi ਸ੍ਰੀ /
// ਸ੍ਰੀਮਤੀ, Odia ଶ୍ରୀ / ଶ୍ରୀମତୀ, Sorani کاک / خاتوو; and session 25's Tamil திரு / திருமதி / செல்வி
// (docs/adapters.md, "Session 25: round 25 opened").
const WORLD_HONORIFIC =
  /^(?:señor|señora|señorita|dña\.|d\.ª|senhor|senhora|sig\.|sig\.ra|sig\.na|signor|signora|dott\.|dott\.ssa\.?|dr\.ssa\.?|prof\.ssa\.?|ing\.|avv\.|arch\.|geom\.|rag\.|monsieur|madame|mademoiselle|dhr\.|mevr\.|mevrouw|mw\.|pan|pani|paní|г-н|г-жа|господин|госпожа|κ\.|κα|κος|κύριος|κυρία|السيد|السيدة|الأستاذ|الأستاذة|آقای|خانم|جناب|محترمہ|מר|גב'|גב׳|גברת|श्री|श्रीमती|सुश्री|shri|smt\.?|জনাব|här|madamm|joffer|mnr\.|mev\.|mej\.|hr\.|fru|dl\.|dna\.|gđa\.?|gđica|gospod|gospa|g\.|gng\.|bb\.|bw\.|bi\.|bwana|ທ້າວ|ທ່ານນາງ|ທ່ານ|ນາງສາວ|ນາງ|លោកស្រី|លោក|អ្នកស្រី|កញ្ញា|mesye|madan|manmzèl|andriamatoa|atoa|ramatoakely|ramatoa|rtoa\.?|mnu\.?|nkszn\.?|nksz\.?|nkk\.?|maazị|oriakụ|madamu|bnr\.?|bns\.?|ਸ੍ਰੀਮਤੀ|ਸ਼੍ਰੀਮਤੀ|ਸ੍ਰੀ|ਸ਼੍ਰੀ|ଶ୍ରୀମତୀ|ଶ୍ରୀ|کاک|خاتوو|திருமதி|திரு\.?|செல்வி)\s+(?=\S+\s+\S)/iu;
// A form of address after a Han or Hangul name ("单振东 先生", "佐藤花子様", "김민지 님"): the name before it.
// (A Japanese name is written family name, space, given name: "佐藤 健一 様".)
const ADDRESS_AFTER_NAME =
  /^(\p{Script=Han}{2,4}|\p{Script=Han}{1,4} \p{Script=Han}{1,4})\s*(?:先生|女士|小姐|様|さま|殿)$|^(\p{Script=Hangul}{2,4})\s*(?:님|씨|고객님)$/u;
// A Han name, then the English title and surname a Hong Kong or Singapore office calls the person by ("李嘉欣 Miss Lee",
// "陳大文 (Mr Chan)"): the same person addressed, not a second name (docs/adapters.md, "Session 20: round 21's wrong
// values").
const TITLED_SURNAME_AFTER_HAN =
  /^(\p{Script=Han}{2,4})\s*[(（]?\s*(?:Mr|Mrs|Ms|Miss|Mx|Dr|Madam|MR|MRS|MS|MISS|DR)\.?\s+\p{Lu}[\p{L}'’-]{1,20}\s*[)）]?$/u;

/** A Han name without the English title and surname written after it ("李嘉欣 Miss Lee" → "李嘉欣"). */
export function withoutTitledSurname(name: string): string {
  return normalizeSpace(name).replace(TITLED_SURNAME_AFTER_HAN, '$1');
}

/**
 * Drops a form of address: a leading salutation ("Ms. Harriet Vance" → "Harriet Vance", "Sig.ra Giulia Ferri") or a
 * Chinese, Japanese or Korean one after the name ("单振东 先生" → "单振东"); a bare Chinese name is kept.
 */
export function stripSalutation(name: string): string {
  const trimmed = normalizeSpace(name);
  const stripped = withoutTitledSurname(stripLeadingSalutation(trimmed).replace(ADDRESS_AFTER_NAME, '$1$2'));
  return stripped.length > 0 ? stripped : trimmed;
}

/** Drops a leading form of address only ("Ms. Ann Lee", "ນາງ ແສງດາວ ພົມມະຈັນ"); a 様 or 先生 after the name stays. */
export function stripLeadingSalutation(name: string): string {
  const trimmed = normalizeSpace(name);
  const stripped = trimmed
    .replace(SALUTATION, '')
    .replace(THAI_HONORIFIC, '')
    .replace(OTHER_HONORIFIC, '')
    .replace(WORLD_HONORIFIC, '');
  return stripped.length > 0 ? stripped : trimmed;
}

/** Removes bidi and other invisible control characters a page could use to disguise a value. */
export function stripControlChars(text: string): string {
  // …and the bidi marks RTL pages put around numbers (LRM, RLM, the Arabic letter mark).
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g,
    '',
  );
}

/** An e-mail address anywhere in a text (the first one is the value: normalizeEmail). */
export const EMAIL_IN_TEXT = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/** The first e-mail address in the text, or null. */
export function normalizeEmail(text: string): string | null {
  const match = EMAIL_IN_TEXT.exec(text);
  return match ? match[0].toLowerCase() : null;
}
