// Text clean-up shared by every extractor. Pure: strings in, strings out.
import { memoByString } from '../memo';

/** Collapses runs of whitespace (incl. U+00A0 and U+3000) to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u200b\u200e\u200f\ufeff]+/g, ' ').trim();
}

/** A label as written on the page → comparable form: no colon, no required-asterisk, lower case. */
export const normalizeLabel = memoByString(normalizeLabelOnce);

function normalizeLabelOnce(text: string): string {
  return (
    normalizeSpace(text)
      // "性\u3000别", "姓 名": CJK labels padded to align columns
      .replace(/(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g, '')
      .replace(/^[*＊\s]+|[*＊\s]+$/g, '')
      .replace(/[:：]\s*$/, '')
      .replace(/^[*＊\s]+|[*＊\s]+$/g, '')
      .toLowerCase()
  );
}

const SALUTATION = /^(mr|mrs|ms|miss|mx|dr|prof|sir|madam|mme|mlle|m|herr|frau|sr|sra|srta)\.?\s+/i;
// Thai honorifics written glued to the name (คุณวรวุฒิ, นางสาว…, นาย…); Indonesian, Malay, Turkish and Vietnamese
// forms of address before a name of two words or more (Bapak Budi Santoso, Sayın Ayşe Kaya, Ông Trần Văn An).
const THAI_HONORIFIC = /^(?:คุณ|นางสาว|นาง|นาย|ดร\.|น\.ส\.)\s*(?=\p{Script=Thai}{2})/u;
const OTHER_HONORIFIC = /^(?:bapak|bpk\.|pak|ibu|bu|encik|puan|sayın|bay|bayan|ông|bà|anh|chị)\s+(?=\S+\s+\S)/iu;

/** Drops a leading Western salutation ("Ms. Harriet Vance" → "Harriet Vance"); Chinese names are kept. */
export function stripSalutation(name: string): string {
  const trimmed = normalizeSpace(name);
  const stripped = trimmed.replace(SALUTATION, '').replace(THAI_HONORIFIC, '').replace(OTHER_HONORIFIC, '');
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

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/** The first e-mail address in the text, or null. */
export function normalizeEmail(text: string): string | null {
  const match = EMAIL.exec(text);
  return match ? match[0].toLowerCase() : null;
}
