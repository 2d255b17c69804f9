// Phone numbers as the pages write them → digits (leading + kept), plus what kind of line it is.

export type PhoneKind = 'mobile' | 'landline' | 'unknown';
export interface NormalizedPhone {
  /** Digits only, a leading + for international form, `;ext=123` for an extension. */
  value: string;
  kind: PhoneKind;
}

const CN_MOBILE = /^(?:\+86)?1[3-9]\d{9}$/;
const CN_LANDLINE = /^(?:\+86)?0?[1-9]\d{1,2}\d{7,8}$/;
const DATE_SHAPE = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/;

/**
 * Reads one phone number. Returns null when the text is not a phone number (letters, too few or too
 * many digits, a masked number like 139****2204, a date), so callers never invent one.
 */
export function normalizePhone(input: string): NormalizedPhone | null {
  let text = input.replace(/[\u00a0\u3000]/g, ' ').trim();
  if (!text || text.length > 40 || /[*＊•]/.test(text) || DATE_SHAPE.test(text)) return null;
  text = text.replace(/^(?:tel|phone)[:：]\s*/i, '');
  let ext = '';
  const extMatch = /(?:ext\.?|extension|x|转|分机)\s*(\d{1,6})\s*$/i.exec(text);
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
  return { value: ext ? `${value};ext=${ext}` : value, kind: classifyPhone(value) };
}

function classifyPhone(value: string): PhoneKind {
  if (CN_MOBILE.test(value)) return 'mobile';
  if (value.startsWith('+86') || value.startsWith('0')) return CN_LANDLINE.test(value) ? 'landline' : 'unknown';
  return 'unknown';
}
