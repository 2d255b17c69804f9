// What a value says by its shape alone, when no label word names it (docs/adapters.md, "Values by their shape"): an
// e-mail address, a phone number written as one, a national id whose own check passes. Pure: text in, answer out.
import { checkIdNumber } from '../../core/id-number';
import { normalizePhone } from '../../core/normalize/phone';
import { memoByString } from '../../core/memo';
import { normalizeField } from '../fields';
import { CN_MOBILE_WRITTEN, isMobileShape } from './phone-shape';

export type ShapeKey = 'email' | 'phone' | 'mobile' | 'idNumber';

const EMAIL = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
// Written as a phone number: international (+ and the country code), a mainland mobile, an area code in brackets, or a
// trunk 0 and groups ("020 7946 0958", "0803-555-0142"). A bare run of digits may be any code: never by its shape.
const INTERNATIONAL = /^[+＋]\s?\d[\d\s().-]{6,22}\d$/;
const AREA_CODE = /^\(0?\d{2,5}\)\s?\d{3,4}[\s-]?\d{3,4}$/;
const TRUNK = /^0[1-9]\d{0,4}(?:[\s-]\d{2,4}){2,4}$/;
// Another country's id whose written form is its own (letters or separators of its format): a run of digits passing a
// check digit by chance is an order number as often as an id.
const FORMED_ID =
  /[A-Za-z]|^\d{3}\.\d{3}\.\d{3}-\d{2}$|^\d{1,2}\.\d{3}\.\d{3}-[\dkK]$|^\d{6}-\d{2}-\d{4}$|^\d{6}-\d{7}$|^\d{6,8}[-+]\d{4}$/;
// Taiwan's id (a letter, 1/2, eight digits) is also the shape of many record codes ("C202400118"): on Chinese pages only.
const TAIWAN_ID = /^[A-Za-z][12]\d{8}$/;

export function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** `text` is written as a phone number (a tel: link's text need only be a valid number of 7–15 digits). */
export function isPhoneShape(text: string, fromTelLink = false): boolean {
  const t = text.trim();
  const digits = digitCount(t);
  if (digits < 7 || digits > 15 || !normalizePhone(t)) return false;
  if (fromTelLink) return /^[+＋]?[\d\s().-]+$/.test(t);
  if (INTERNATIONAL.test(t)) return digits >= 8;
  if (CN_MOBILE_WRITTEN.test(t)) return true;
  return (AREA_CODE.test(t) || TRUNK.test(t)) && digits >= 9 && digits <= 12;
}

/** A national id by its own rule and its own written form: a mainland id with a valid birth date and check digit. */
export function isIdShape(text: string, lang = ''): boolean {
  const t = text.trim();
  if (t.length < 8 || t.length > 24) return false;
  if (/^\d{17}[\dXx]$/.test(t)) return checkIdNumber(t).valid;
  if (/^\d+$/.test(t) || !FORMED_ID.test(t)) return false;
  if (TAIWAN_ID.test(t) && !/^zh\b/i.test(lang)) return false;
  return normalizeField('idNumber', [t], 'ymd') !== null;
}

/** The field a value's shape names beyond doubt, or null. `lang`: the page's language (national phone forms). */
export function shapeKeyOf(text: string, lang = '', fromTelLink = false): ShapeKey | null {
  const t = text.trim();
  if (t.length < 6 || t.length > 80) return null;
  if (t.includes('@')) return EMAIL.test(t) ? 'email' : null;
  if (isIdShape(t, lang)) return 'idNumber';
  if (isPhoneShape(t, fromTelLink)) return isMobileShape(t, lang) ? 'mobile' : 'phone';
  return null;
}

// Addresses of a role or a machine, not of a person (the company's support line, a no-reply sender).
const ROLE_MAILBOX =
  /^(?:support|help|helpdesk|info|contact|hello|service|services|sales|admin|administrator|noreply|no-reply|donotreply|do-not-reply|office|team|billing|accounts|hr|jobs|careers|press|marketing|webmaster|postmaster|mailer-daemon|notifications?|feedback|enquiries|inquiries|kefu|fuwu|invoices?|invoicing|faktura|fakturace|faktury|factura|facturas|facturacion|facturation|rechnung|rechnungen|fattura|fatture)$/i;

/** An e-mail address of a role (support@, info@, noreply@…), never evidence of a person's record. */
export function isRoleMailbox(email: string): boolean {
  return ROLE_MAILBOX.test(email.split('@')[0] ?? '');
}

const shapeOfKey = memoByString((key: string) => {
  const [text = '', lang = '', tel = ''] = key.split('\u0001');
  return shapeKeyOf(text, lang, tel === 't');
});

/** `shapeKeyOf`, memoised (a page repeats its texts, and the SPA observer reads it again). */
export function shapeKeyMemo(text: string, lang: string, fromTelLink = false): ShapeKey | null {
  return shapeOfKey(`${text}\u0001${lang}\u0001${fromTelLink ? 't' : ''}`);
}
