// The list of a company's contact people being read, and what makes a text a person's name, a job or a number.
import type { ContactPerson } from '../../core/schemas/customer-context';
import { isChineseName, surnameFirst } from '../../core/normalize/chinese-name';
import { normalizeLabel } from '../../core/normalize/text';
import type { HiddenCache } from '../dom';
import { namesOrganisation } from '../entity';
import { keyForLabel } from '../generic/dictionary';
import { isMobileShape } from '../generic/phone-shape';
import { columnOf, CONTACTS_HEADING } from './words';

export const MAX_CONTACTS = 50;
// The schema's longest detail (utils/core/schemas/customer-context.ts).
const LONGEST = { title: 200, phone: 100, mobile: 100, email: 300 } as const;

/** The people read so far, each once, never the record itself (its name) or its owner. */
export interface ContactSink {
  people: ContactPerson[];
  exclude: string[];
  cache: HiddenCache;
  /** The page's language: which numbering plan an unlabelled number is read in. */
  lang: string;
}

/** Adds a person unless already listed or excluded; false once the list is full. */
export function addContact(sink: ContactSink, person: ContactPerson): boolean {
  const name = surnameFirst(person.name.trim());
  if (!name || name.length > 100 || sink.exclude.includes(name)) return sink.people.length < MAX_CONTACTS;
  if (sink.people.some((p) => p.name === name)) return sink.people.length < MAX_CONTACTS;
  const kept: ContactPerson = { name };
  for (const k of ['title', 'phone', 'mobile', 'email'] as const) {
    const v = person[k]?.trim();
    if (v) kept[k] = v.slice(0, LONGEST[k]);
  }
  sink.people.push(kept);
  return sink.people.length < MAX_CONTACTS;
}

export const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
export const LANDLINE = /(?<![\d-])0\d{2,3}-?\d{7,8}(?![\d-])/;
export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
// A number in international form (+34 958 123 457, 0049 30 1234567), in a cell that writes several things.
export const INTERNATIONAL = /(?:\+|\b00)[1-9][\d\s().-]{6,18}\d/g;
// A number as a card writes it, grouped or not ("138 6215 0943", "090-4417-2286", "+44 20 7946 0958").
const NUMBER_RUN = /(?<![\p{L}\d])(?:\+\s?)?\(?\d[\d\s().-]{5,20}\d(?!\d)/gu;
const DATE = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/;
// A number that is no one's line: a fax, a messenger id, a postcode, a record's code.
const NOT_A_LINE =
  /(?:^|[^a-z])(?:fax|传真|傳真|ファックス|팩스|факс|qq|微信|wechat|whatsapp|line|skype|telegram|id|编号|編號|工号|no\.?|nr\.?|邮编|postcode|zip|plz|cp|cep)$/i;
const LABEL_BEFORE = /[^\s·•|｜,，;；/]*(?:\s+[^\s·•|｜,，;；/]+)?\s*[:：]?\s*$/;

/** The numbers a line writes, each typed by the word before it (手机, Tel., Móvil), else by its shape. */
export function numbersOf(line: string, lang: string): { kind: 'phone' | 'mobile'; written: string }[] {
  const out: { kind: 'phone' | 'mobile'; written: string }[] = [];
  for (const m of line.matchAll(NUMBER_RUN)) {
    const written = m[0].trim();
    const digits = written.replace(/\D/g, '').length;
    if (digits < 7 || digits > 15 || DATE.test(written)) continue;
    const before = (LABEL_BEFORE.exec(line.slice(0, m.index)) ?? [''])[0].replace(/[:：]\s*$/, '').trim();
    if (before && NOT_A_LINE.test(before)) continue;
    const key = before
      ? keyForLabel(normalizeLabel(before.split(/\s+/).pop() ?? '')) || keyForLabel(normalizeLabel(before))
      : undefined;
    const kind = key === 'mobile' || key === 'phone' ? key : isMobileShape(written, lang) ? 'mobile' : 'phone';
    out.push({ kind, written });
  }
  return out;
}

/** Numbers and an e-mail address found in a text that writes several things, where the person has none yet. */
export function fillNumbers(person: ContactPerson, text: string, lang: string): void {
  person.mobile ??= MOBILE.exec(text)?.[0];
  person.phone ??= LANDLINE.exec(text)?.[0];
  person.email ??= EMAIL.exec(text)?.[0];
  for (const written of text.match(INTERNATIONAL) ?? []) {
    const kind = isMobileShape(written, lang) ? 'mobile' : 'phone';
    person[kind] ??= written.trim();
  }
  for (const k of ['phone', 'mobile', 'email'] as const) if (person[k] === undefined) delete person[k];
}

// Scripts without letter case: a name there is a short run of its characters (杜文斌, 青木 誠, 김민수).
const CASELESS_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}·・ー\s]{2,10}$/u;
const WORD = /^[\p{L}\p{M}'’.-]+$/u;
// Not a name: a badge or a link of the list ("首要联系人", "Key contact", "View all", "编辑").
const NOT_A_NAME =
  /联系人|聯絡人|聯繫人|担当|담당|contact|kontakt|^(?:view|show|see|edit|delete|remove|add|new|call|more|all|details?|ver|editar|eliminar|bearbeiten|löschen|anzeigen|modifier|supprimer|voir)\b/i;

/** A text that reads as a person's name: a short run of CJK characters, or one to five words with capitals. */
export function isPersonName(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length < 2 || t.length > 60 || /[\d@:：/\\()（）[\]]/.test(t)) return false;
  if (columnOf(t) || NOT_A_NAME.test(t) || CONTACTS_HEADING.test(t) || namesOrganisation(t)) return false;
  if (CASELESS_NAME.test(t)) {
    if (t.replace(/[\s·・ー]/g, '').length > 6) return false;
    // Han alone, unspaced: a Chinese name (a known surname, no job or kinship character), not 采购经理 or 编辑.
    return /^\p{Script=Han}+$/u.test(t) ? isChineseName(t) : true;
  }
  const words = t.split(' ');
  if (words.length > 5 || !words.every((w) => WORD.test(w))) return false;
  // Particles stay lower case (van, de, da, bin); longer words start with a capital where the script has them.
  return (
    words.every((w) => w.length <= 3 || !/^\p{Ll}/u.test(w)) &&
    words.some((w) => /^\p{Lu}/u.test(w) || !/\p{Ll}/u.test(w))
  );
}

/** A text that can be a contact's job ("采购经理", "Gerente", "総務部 課長"): short, no number, no address. */
export function isJobTitle(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 80 || t.includes('@') || /\d{3}/.test(t) || DATE.test(t)) return false;
  return columnOf(t.replace(/[:：]$/, '')) === undefined && !/[:：]/.test(t);
}
