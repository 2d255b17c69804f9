import { asciiDigits } from '../../core/normalize/digits';

// Whether a number as written is a mobile by its numbering plan (ITU-T E.164 and the national plans; libphonenumber's
// PhoneNumberMetadata.xml mobile ranges, simplified), for numbers no label types. Unknown plans (North America,
// Mexico since 2019) answer false: the number then stays a phone, as the page labels it.
// International form (+CC or 00CC, a "(0)" trunk dropped): country code → the mobile part of its national number.
const INTERNATIONAL: Record<string, string> = {
  7: '9\\d{9}|7(?:0[0-8]|47|7[1-8])\\d{7}', // Russia; Kazakhstan 70x, 747, 77x
  20: '1[0125]\\d{8}',
  27: '(?:[67]\\d|8[1-4])\\d{7}',
  30: '69\\d{8}',
  31: '6\\d{8}',
  32: '4[5-9]\\d{7}',
  33: '[67]\\d{8}',
  34: '[67]\\d{8}',
  36: '(?:20|3[01]|50|70)\\d{7}',
  39: '3\\d{8,9}',
  40: '7\\d{8}',
  41: '7[5-9]\\d{7}',
  43: '6[5-9]\\d{7,10}',
  44: '7[1-57-9]\\d{8}',
  45: '(?:2\\d|3[01]|4[0-2]|5[0-3]|6[01]|71|81|9[1-3])\\d{6}',
  46: '7[02369]\\d{7}',
  47: '[49]\\d{7}',
  48: '(?:45|5[0137]|6[069]|7[2389]|88)\\d{7}',
  49: '1[5-7]\\d{8,9}',
  51: '9\\d{8}',
  52: '1\\d{10}',
  54: '9\\d{10}',
  55: '\\d{2}9\\d{8}',
  56: '9\\d{8}',
  57: '3\\d{9}',
  60: '1[0-46-9]\\d{7,8}',
  61: '4\\d{8}',
  62: '8[1-9]\\d{6,10}',
  63: '9\\d{9}',
  64: '2\\d{7,9}',
  65: '[89]\\d{7}',
  66: '[689]\\d{8}',
  81: '[789]0\\d{8}',
  82: '1[016-9]\\d{7,8}',
  84: '[35789]\\d{8}',
  86: '1[3-9]\\d{9}',
  90: '5\\d{9}',
  91: '[6-9]\\d{9}',
  92: '3\\d{9}',
  94: '7\\d{8}',
  98: '9\\d{9}',
  // North, West, East and Southern Africa's mobile ranges: Morocco 6…/70–72…, Ghana, Rwanda 72/73/78/79…, Tanzania,
  // Uganda 7…, Zambia, Zimbabwe 71/73/77/78… (libphonenumber, simplified).
  212: '(?:6\\d|7[0-2])\\d{7}',
  233: '(?:2[0-8]|5\\d)\\d{7}',
  234: '[789][01]\\d{8}',
  250: '7[2389]\\d{7}',
  255: '[67]\\d{8}',
  256: '7\\d{8}',
  260: '(?:7[5-79]|9[5-8])\\d{7}',
  263: '7[1378]\\d{7}',
  // Madagascar's 32, 33, 34, 38, 39 and Haiti's 3…/4… (landlines are 2…).
  261: '3[23489]\\d{7}',
  509: '[34]\\d{7}',
  251: '[79]\\d{8}',
  254: '(?:1[01]|7\\d)\\d{7}',
  351: '9[1236]\\d{7}',
  353: '8[35-9]\\d{7}',
  358: '4\\d{5,9}|50\\d{4,8}',
  // Lithuania 6…, Latvia 2…, Estonia 5… and 81–84… (libphonenumber's mobile ranges, simplified).
  370: '6\\d{7}',
  371: '2\\d{7}',
  372: '5\\d{6,7}|8[1-4]\\d{6}',
  359: '(?:8[7-9]|98)\\d{7}',
  352: '6[2-9][18]\\d{6}', // Luxembourg's 621, 661, 691…
  380: '(?:39|50|6[3678]|73|9[1-9])\\d{7}',
  420: '(?:60[1-8]|7[2-9]\\d)\\d{6}',
  421: '9\\d{8}',
  852: '[5-79]\\d{7}',
  // Cambodia's mobile prefixes (1x, 31, 38, 6x, 7x, 8x, 9x) and Laos's 20 (libphonenumber, simplified).
  855: '(?:1\\d|3[18]|6[016-9]|7[016-9]|8[013-9]|9[0-35-9])\\d{6,7}',
  856: '20[2-9]\\d{7}',
  880: '1[3-9]\\d{8}',
  886: '9\\d{8}',
  // The Maldives' mobiles (7…, 9…, 46[46]…).
  960: '(?:46[46]|[79]\\d\\d)\\d{4}',
  966: '5\\d{8}',
  971: '5[024-68]\\d{7}',
  972: '5\\d{8}',
  977: '9[678]\\d{8}',
};
const INTERNATIONAL_PLAN = new RegExp(
  `^\\+(?:${Object.entries(INTERNATIONAL)
    .map(([cc, mobile]) => `${cc}(?:${mobile})`)
    .join('|')})$`,
);
/** A mainland mobile as written (13912345678, 139 1234 5678, +86 139-1234-5678); never a North American 1-415-555-…. */
export const CN_MOBILE_WRITTEN = /^(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}$/;
// Written without a prefix and shared by no landline anywhere near: a mainland mobile as written (above), Russia's
// 8 9…, India's 98765 43210 as Indians group it. A North American (917) 555-0100, 917-555-0100 or 9175550100 has the
// same digits as India's and is no mobile by its shape: India's ten digits run together are read only on a page in an
// Indian language (NATIONAL).
const RUSSIA_UNPREFIXED = /^89\d{9}$/;
const INDIA_GROUPED = /^[6-9]\d{4}[\s-]\d{5}$/;
// National forms that other plans' landlines share (France's 03 88… is Vietnam's 03x mobile, the UK's 01632 is
// Germany's 016x, Xi'an's 029-8856 1207 is Brazil's (DD) 9xxxx-xxxx): read only on a page in the plan's language
// (its <html lang>). Never guessed without it.
const NATIONAL: [RegExp, RegExp][] = [
  [/^vi\b/i, /^0[35789]\d{8}$/],
  [/^[a-z]{2}-sg$/i, /^[89]\d{7}$/],
  [/^(?:en|cy)\b/i, /^07[1-57-9]\d{8}$/],
  [/^fr\b/i, /^0[67]\d{8}$/],
  [/^(?:es|ca|gl|eu)\b/i, /^[67]\d{8}$/],
  [/^de\b/i, /^01[5-7]\d{8,9}$/],
  [/^(?:en-in|hi|bn|ta|te|mr|gu|kn|ml|pa)\b/i, /^0?[6-9]\d{9}$/],
  [/^pt\b/i, /^(?:0|55)?\d{2}9\d{8}$/],
  [/^bn\b/i, /^01[3-9]\d{8}$/],
  [/^sv\b/i, /^07[02369]\d{7}$/],
  [/^(?:nb|nn|no)\b/i, /^[49]\d{7}$/],
  [/^da\b/i, /^(?:2\d|3[01]|4[0-2]|5[0-3]|6[01]|71|81|9[1-3])\d{6}$/],
  [/^fi\b/i, /^04\d{5,9}$|^050\d{4,8}$/],
  [/^et\b/i, /^5\d{6,7}$|^8[1-4]\d{6}$/],
  [/^lv\b/i, /^2\d{7}$/],
  [/^lt\b/i, /^86\d{7}$/],
  [/^en-au$/i, /^04\d{8}$/],
  [/^en-nz$/i, /^02\d{7,9}$/],
  [/^en-ie$|^ga\b/i, /^08[35-9]\d{7}$/],
  [/^en-za$|^(?:af|zu|xh)\b/i, /^0(?:[67]\d|8[1-4])\d{7}$/],
  [/^en-ng$/i, /^0[789][01]\d{8}$/],
  [/^en-ke$|^sw\b/i, /^0(?:1[01]|7\d)\d{7}$/],
  [/^es-co$/i, /^3\d{9}$/],
  [/^es-(?:cl|pe)$/i, /^9\d{8}$/],
  [/^hu\b/i, /^06(?:20|3[01]|50|70)\d{7}$/],
  [/^pl\b/i, /^(?:45|5[0137]|6[069]|7[2389]|88)\d{7}$/],
  [/^cs\b/i, /^(?:60[1-8]|7[2-9]\d)\d{6}$/],
  [/^sk\b/i, /^09\d{8}$/],
  [/^ro\b/i, /^07\d{8}$/],
  [/^bg\b/i, /^0(?:8[7-9]|98)\d{7}$/],
  [/^el\b/i, /^69\d{8}$/],
  [/^tr\b/i, /^0?5\d{9}$/],
  [/^uk\b/i, /^0(?:39|50|6[3678]|73|9[1-9])\d{7}$/],
  [/^it\b/i, /^3\d{8,9}$/],
  [/^pt\b/i, /^9[1236]\d{7}$/],
  [/^nl\b/i, /^06\d{8}$/],
  [/^ja\b/i, /^0[789]0\d{8}$/],
  [/^ko\b/i, /^01[016-9]\d{7,8}$/],
  // Hong Kong's mobiles (5, 6, 7, 9 and eight digits; fixed lines 2 and 3) and Macau's (6 and eight digits).
  [/^(?:zh-hk|en-hk|yue)\b/i, /^[5-79]\d{7}$/],
  [/^zh-mo\b/i, /^6\d{7}$/],
  [/^zh-(?:tw|hant)/i, /^09\d{8}$/],
  [/^(?:id|ms)\b/i, /^08[1-9]\d{6,10}$|^01[0-46-9]\d{7,8}$/],
  [/^th\b/i, /^0[689]\d{8}$/],
  [/^(?:fil|tl)\b/i, /^09\d{9}$/],
  [/^ar-(?:sa|ae)|^he\b/i, /^05\d{8}$/],
  [/^ar-eg/i, /^01[0125]\d{8}$/],
  [/^fa\b/i, /^09\d{9}$/],
  [/^ur\b/i, /^03\d{9}$/],
  [/^lo\b/i, /^020[2-9]\d{7}$/],
  [/^km\b/i, /^0(?:1\d|3[18]|6[016-9]|7[016-9]|8[013-9]|9[0-35-9])\d{6,7}$/],
];

/** `lang`: the page's language (its <html lang>), for national forms shared between plans. */
export function isMobileShape(written: string, lang = ''): boolean {
  // Native digits (Khmer ០១២, Lao ໐໒໐, Bengali ০১…) read as the plan's ASCII ones.
  const ascii = asciiDigits(written);
  const digits = ascii
    .replace(/\(0\)/g, '')
    .replace(/^\s*00(?=[1-9])/, '+')
    .replace(/[^\d+]/g, '');
  const trimmed = ascii.trim();
  if (INTERNATIONAL_PLAN.test(digits) || RUSSIA_UNPREFIXED.test(digits)) return true;
  if (CN_MOBILE_WRITTEN.test(trimmed) || INDIA_GROUPED.test(trimmed)) return true;
  return NATIONAL.some(([language, plan]) => language.test(lang) && plan.test(digits));
}
