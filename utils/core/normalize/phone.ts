// Phone numbers as the pages write them → digits (leading + kept), plus what kind of line it is.
import { asciiDigits } from './digits';

export type PhoneKind = 'mobile' | 'landline' | 'unknown';
export interface NormalizedPhone {
  /** Digits only, a leading + for international form, `;ext=123` for an extension. */
  value: string;
  kind: PhoneKind;
  /** Eleven digits starting with 1 that no Chinese mobile range uses (e.g. 12345678901): flagged, not guessed. */
  invalidMobile?: true;
  /** Further numbers written in the same cell ("138… / 139…"), normalised the same way, in order. */
  others?: NormalizedPhone[];
}

const CN_MOBILE = /^(?:\+86)?1[3-9]\d{9}$/;
const CN_ELEVEN_STARTING_WITH_1 = /^(?:\+86)?1\d{10}$/;
const CN_LANDLINE = /^(?:\+86)?0?[1-9]\d{1,2}\d{7,8}$/;
const DATE_SHAPE = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/;
/** Between two numbers in one cell: a list separator, or a space between two complete mobile numbers. */
const SEPARATORS = /\s*[,，;；、|／/]\s*|\s+(?:或|or)\s+/i;

/**
 * Reads the phone numbers of one cell: full-width digits and ＋ are read as ASCII (NFKC), "＋86 138…" keeps its
 * country code, and "138… / 139…" gives the first with the others in `others`. Returns null when the text is not
 * a phone number (letters, too few or too many digits, a masked number like 139****2204, a date), so callers
 * never invent one.
 */
export function normalizePhone(input: string): NormalizedPhone | null {
  // Digits of any script (Persian ۰–۹, Arabic-Indic ٠–٩, Devanagari, Thai…) as ASCII; bidi marks around the number dropped.
  const text = asciiDigits(input.normalize('NFKC')).replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '');
  const single = normalizeOnePhone(text);
  if (single) return single;
  const parts = splitPhoneCell(text);
  if (parts.length < 2) return null;
  const phones = parts.map(normalizeOnePhone);
  if (phones.some((p) => p === null)) return null;
  const [first, ...others] = phones as NormalizedPhone[];
  return first ? { ...first, others } : null;
}

/** "13800138000 / 13900139000", "13800138000 13900139000": the pieces of a cell holding several numbers. */
function splitPhoneCell(text: string): string[] {
  const listed = text.split(SEPARATORS).filter((p) => p.trim() !== '');
  if (listed.length > 1) return listed;
  // Two mobiles written side by side with only a space between them.
  const m = /^\s*((?:\+86\s*)?1\d{10})\s+((?:\+86\s*)?1\d{10})\s*$/.exec(text.replace(/(?<=\d)[\s-](?=\d{4}\b)/g, ''));
  return m ? [m[1] ?? '', m[2] ?? ''] : [];
}

function normalizeOnePhone(input: string): NormalizedPhone | null {
  let text = input.replace(/[\u00a0\u3000]/g, ' ').trim();
  if (!text || text.length > 40 || /[*＊•]/.test(text) || DATE_SHAPE.test(text)) return null;
  text = text.replace(/^(?:tel|phone|手机|电话)[:：]?\s*/i, '');
  let ext = '';
  // An extension after its word or a number sign ("ext. 21", "转 8016", Taiwan's "#21", 分機 / 內線).
  const extMatch = /(?:ext\.?|extension|x|转|分机|分機|內線|内线|(?<=\d\s*)#)\s*(\d{1,6})\s*$/i.exec(text);
  if (extMatch) {
    ext = extMatch[1] ?? '';
    text = text.slice(0, extMatch.index).trim();
  } else {
    // "010-12345678-123": a landline with a trailing dash group of 1-4 digits is an extension.
    const dashExt = /^(0\d{2,3}-\d{7,8})-(\d{1,4})$/.exec(text);
    if (dashExt) {
      text = dashExt[1] ?? text;
      ext = dashExt[2] ?? '';
    }
  }
  if (!/^[+＋]?[\d\s().\-/]+$/.test(text)) return null;
  let digits = text.replace(/\D/g, '');
  let plus = /^[+＋]/.test(text);
  if (!plus && digits.startsWith('00') && digits.length > 10) {
    digits = digits.slice(2);
    plus = true;
  }
  if (digits.length < 7 || digits.length > 15) return null;
  const value = (plus ? '+' : '') + digits;
  const kind = classifyPhone(value);
  const invalidMobile =
    kind !== 'mobile' && CN_ELEVEN_STARTING_WITH_1.test(value) && (plus ? value.startsWith('+86') : true);
  return {
    value: ext ? `${value};ext=${ext}` : value,
    kind,
    ...(invalidMobile ? { invalidMobile: true as const } : {}),
  };
}

/** The kind of line a normalised number (digits, a leading +) is by the mainland's numbering plan. */
export function classifyPhone(value: string): PhoneKind {
  if (CN_MOBILE.test(value)) return 'mobile';
  if (value.startsWith('+86') || value.startsWith('0')) return CN_LANDLINE.test(value) ? 'landline' : 'unknown';
  return 'unknown';
}
