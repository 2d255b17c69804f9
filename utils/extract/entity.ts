// Company or person, and the contact people a company record lists (to ask who is on the line).
import type { ContactPerson } from '../core/schemas/customer-context';
import { normalizeLabel } from '../core/normalize/text';
import { surnameFirst } from '../core/normalize/chinese-name';
import type { Scope } from './composed';
import { isHidden, isNeverShown, readLines, type HiddenCache } from './dom';
import { keyForLabel, namePart } from './generic/dictionary';
import { isMobileShape } from './generic/phone-shape';
import type { Found } from './types';
import type { UrlRecord } from '../core/url-record';
import { listOf } from './list';

const LEGAL_FORM =
  /(?:有限责任公司|股份有限公司|有限公司|集团|公司|商行|事务所|工作室|合作社|研究院|中心|医院|学校|银行|厂|商店|酒店|企业|协会|基金会|诊所)$|\b(?:ltd|limited|inc|llc|llp|gmbh|sarl|sas|bv|plc|corp|corporation|pty|srl|co\.|s\.a\.|s\.l\.|s\.l\.u\.|s\.a\.u\.|ag|kg|oy|ab|a\/s|s\.p\.a\.|b\.v\.|n\.v\.|s\.r\.l\.|s\.r\.o\.|spa|nv|ltda|k\.k\.)\W*$|^(?:ооо|зао|пао|оао|ао|ип|株式会社|주식회사|\(주\)|（株）|\(株\))\s*\S|(?:株式会社|有限会社)$/i;
// Legal forms of more countries (round 11): Hebrew בע"מ, Indonesian / Malaysian Tbk and Sdn. Bhd., Turkish A.Ş. and
// Ltd. Şti., Polish Sp. z o.o., Brazilian S/A, Ltda and EIRELI, Thai จำกัด (มหาชน), Korean 주식회사 after the name,
// Hungarian Kft. / Zrt., Czech a.s., Vietnamese JSC, Slovenian, Croatian and Serbian d.o.o. / d.d. / s.p. (a sole
// trader's business: "Gostilna Pri Lipi, Marko Zupan s.p."), Danish ApS / IVS, Norwegian ASA, Icelandic ehf.; and the
// forms written before the name: Indonesian PT / CV, Thai บริษัท, Vietnamese Công ty, Arabic شركة, Korean ㈜.
const LEGAL_FORM_MORE =
  /(?:בע["״]מ|\btbk\.?|\bsdn\.?\s*bhd\.?|\bbhd\.?|\ba\.ş\.|\bltd\.?\s*şti\.?|\bsp\.\s*z\s*o\.\s*o\.|\bs\/a|\beireli|จำกัด(?:\s*\(มหาชน\))?|주식회사|\bkft\.?|\bzrt\.?|\ba\.s\.|\bjsc|\bd\.o\.o\.|\bd\.d\.|\bs\.p\.|\baps|\bivs|\basa|\behf\.?|\s(?:ՍՊԸ|ՓԲԸ|ԲԲԸ))\W*$|^(?:บริษัท\s*\S|công ty\s+\S|شركة\s+\S|㈜\s*\S)/iu;
// Baltic forms written before the name: Lithuanian UAB / AB / MB / IĮ / VšĮ, Latvian SIA ("UAB „Žalgirio kepykla“").
const LEGAL_FORM_BEFORE = /^(?:PT|CV|UAB|AB|MB|IĮ|VšĮ|SIA)\.?\s+[\p{Lu}„"«]/u;
// Norwegian and Danish AS / ASA / ApS, Greek Ο.Ε. / Α.Ε. / Ε.Π.Ε. / Ι.Κ.Ε. (written in upper case after the name);
// Arabic مؤسسة (an establishment) before it; a shop's own kinds of premises in Chinese (便利店, 超市, 药房, 经营部).
const LEGAL_FORM_CASED = /\s(?:AS|ASA|ApS|OÜ|Ο\.?Ε\.?|Α\.?Ε\.?|Ε\.?Π\.?Ε\.?|Ι\.?Κ\.?Ε\.?)$|^مؤسسة\s+\S/u;
const PREMISES = /(?:便利店|超市|药店|药房|门店|餐厅|饭店|经营部|批发部)$/;
// A legal form inside the name, before the seat's town or a longer form: Serbian and Croatian "Подунавка д.о.о.
// Панчево", Mexican "… S.A. de C.V.", as a word of its own (docs/adapters.md, "Session 18: missed values").
const LEGAL_FORM_INSIDE = /(?:^|\s)(?:д\.о\.о\.|d\.o\.o\.|а\.д\.|s\.a\. de c\.v\.)(?=\s|,|$)/i;

/** A name that says it is an organisation's by its legal form ("Oleificio Neri S.r.l.", "PT Sinar Abadi"). */
export function namesOrganisation(name: string): boolean {
  const t = name.trim();
  return (
    LEGAL_FORM.test(t) ||
    LEGAL_FORM_MORE.test(t) ||
    LEGAL_FORM_BEFORE.test(t) ||
    LEGAL_FORM_CASED.test(t) ||
    LEGAL_FORM_INSIDE.test(t) ||
    PREMISES.test(t)
  );
}

const COMPANY_ENTITY =
  /^(?:accounts?|compan(?:y|ies)|organi[sz]ations?|orgs?|societe|thirdpart(?:y|ies)|enterprises?|corporates?|accountobj|res\.partner\.company)$/i;
const PERSON_FIELDS = ['gender', 'birthDate', 'idNumber'];

/**
 * A company's record (its URL's entity an account or a company, its company field an organisation's name, nothing of a
 * person's own) whose name no title or name field gave: its company's name is its name, as a company customer is its
 * own company (tests/fixtures/crm-pages/README.md; docs/adapters.md, "Session 20: round 21's wrong values").
 */
export function companyAsName(found: Found[], url: UrlRecord | null): Found | null {
  if (!url || !COMPANY_ENTITY.test(url.entity) || found.some((f) => f.key === 'name')) return null;
  if (found.some((f) => PERSON_FIELDS.includes(f.key))) return null;
  const company = found.find((f) => f.key === 'company');
  return company && namesOrganisation(company.value) ? { ...company, key: 'name' } : null;
}

/** 'company' when the record is an organisation, 'person' when it is a person, undefined when unknown. */
export function entityOf(found: Found[], url: UrlRecord | null): 'person' | 'company' | undefined {
  const get = (k: string) => found.find((f) => f.key === k)?.value;
  const name = get('name');
  if (!name) return undefined;
  if (found.some((f) => PERSON_FIELDS.includes(f.key))) return 'person';
  const company = get('company');
  if (namesOrganisation(name)) return 'company';
  if (company && company === name) return 'company';
  if (url && COMPANY_ENTITY.test(url.entity)) return 'company';
  return 'person';
}

const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const LANDLINE = /(?<![\d-])0\d{2,3}-?\d{7,8}(?![\d-])/;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
// A number in international form (+34 958 123 457, 0049 30 1234567), in a cell that writes several things.
const INTERNATIONAL = /(?:\+|\b00)[1-9][\d\s().-]{6,18}\d/g;

type Column = 'name' | 'first' | 'middle' | 'last' | 'phone' | 'mobile' | 'email' | 'title';
const TITLE_LABELS = new Set([
  '职位',
  '职务',
  '岗位',
  '工作岗位',
  '头衔',
  'title',
  'job title',
  'position',
  'role',
  'poste',
  // A contact's job in other languages (Dolibarr's contacts tab: Puesto de trabajo, Poste/fonction, Funktion).
  'fonction',
  'poste/fonction',
  'puesto',
  'puesto de trabajo',
  'cargo',
  'función',
  'função',
  'funktion',
  'position/funktion',
  'berufsbezeichnung',
  'posizione',
  'ruolo',
  'funzione',
  'functie',
  '職稱',
  '职称',
]);

function columnOf(header: string): Column | undefined {
  const label = normalizeLabel(header);
  if (TITLE_LABELS.has(label)) return 'title';
  const part = namePart(label);
  if (part) return part;
  const key = keyForLabel(label);
  return key === 'name' || key === 'phone' || key === 'mobile' || key === 'email' ? key : undefined;
}

function text(cell: Element | undefined, cache: HiddenCache): string {
  return cell ? readLines(cell, false, cache).join(' ').slice(0, 200) : '';
}

/** People listed in tables with a name column and a phone, e-mail or title column (a company's contacts). */
export function findContacts(scopes: Scope[], cache: HiddenCache, exclude: string[] = []): ContactPerson[] {
  const people: ContactPerson[] = [];
  const seen = new Set<string>();
  for (const scope of scopes) {
    const lang = scope.ownerDocument?.documentElement?.lang ?? '';
    for (const table of listOf(scope.querySelectorAll('table'))) {
      if (isHidden(table, cache) || isNeverShown(table)) continue;
      const rows = listOf((table as HTMLTableElement).rows);
      const headerRow = rows.find((r) => r.querySelector('th') !== null);
      if (!headerRow) continue;
      const cols = listOf(headerRow.cells).map((c) => columnOf(c.textContent ?? ''));
      // A lone "Nombre" / "Vorname"-like column with no surname column beside it holds the whole name.
      if (!cols.includes('name') && !cols.includes('last') && cols.filter((c) => c === 'first').length === 1)
        cols[cols.indexOf('first')] = 'name';
      const hasName = cols.includes('name') || (cols.includes('first') && cols.includes('last'));
      if (!hasName || !cols.some((c) => c === 'phone' || c === 'mobile' || c === 'email' || c === 'title')) continue;
      for (const row of rows) {
        if (row === headerRow || row.querySelector('td') === null || isHidden(row, cache)) continue;
        const cells = listOf(row.cells);
        const at = (c: Column) => text(cells[cols.indexOf(c)], cache);
        const name = surnameFirst(cols.includes('name') ? at('name') : `${at('first')} ${at('last')}`.trim());
        if (!name || name.length > 100 || exclude.includes(name) || seen.has(name)) continue;
        seen.add(name);
        const person: ContactPerson = { name };
        for (const c of ['title', 'phone', 'mobile', 'email'] as const) {
          const v = cols.includes(c) ? at(c) : '';
          if (v) person[c] = v;
        }
        // Numbers in a combined "address / phone / e-mail" cell (Dolibarr's contacts tab).
        const rest = readLines(row, false, cache).join(' ');
        person.mobile ??= MOBILE.exec(rest)?.[0];
        person.phone ??= LANDLINE.exec(rest)?.[0];
        person.email ??= EMAIL.exec(rest)?.[0];
        for (const written of rest.match(INTERNATIONAL) ?? []) {
          const kind = isMobileShape(written, lang) ? 'mobile' : 'phone';
          person[kind] ??= written.trim();
        }
        for (const k of ['phone', 'mobile', 'email'] as const) if (person[k] === undefined) delete person[k];
        people.push(person);
        if (people.length >= 50) return people;
      }
    }
  }
  return people;
}

// A tab or link that opens the record's contact people ("联系人/地址 2", "Contacts/Addresses", "Kontakte/Adressen",
// "Contactos"): Dolibarr, SuiteCRM, Odoo and most Chinese CRMs keep a company's contacts on a tab of their own.
const CONTACT_WORDS =
  '联系人|联系人员|联络人|聯絡人|聯繫人|联系人列表|客户联系人|contacts?|contact persons?|contactos|contatos|contacts liés|kontakte|kontaktpersonen|ansprechpartner|contatti|contactpersonen|contacten|kontakty|kontaktai|kontakti|kontaktid|kontaktit|kontakter|kapcsolattartók|contacte|контакты|контактные лица|контакти|επαφές|kişiler|ilgili kişiler|kontak|liên hệ|người liên hệ|連絡先|担当者|담당자|연락처|אנשי קשר|جهات الاتصال|ผู้ติดต่อ';
const ADDRESS_WORDS = '地址|addresses|adresses|direcciones|adressen|indirizzi|endereços|adresy|адреса|διευθύνσεις';
const CONTACTS_TAB = new RegExp(
  `^(?:${CONTACT_WORDS})(?:\\s*[/／&,、]\\s*(?:${ADDRESS_WORDS}))?\\s*(?:[(（[]?\\s*\\d{1,4}\\s*[)）\\]]?)?$`,
  'i',
);
const ACTIVE = /(?:^|\s|-)(?:active|selected|current|tabactive|is-active|on)(?:\s|$)/i;

/**
 * The label of a visible tab or link that opens the record's contacts, when the page is not already that tab: a
 * company record that lists no contacts tells the agent where they are (docs/adapters.md, "Company vs person").
 */
export function findContactsTab(scopes: Scope[], cache: HiddenCache): string | null {
  for (const scope of scopes)
    for (const el of listOf(scope.querySelectorAll('a[href], [role="tab"], .tab, .tabs li, .nav-tabs li'))) {
      const label = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!label || label.length > 60 || !CONTACTS_TAB.test(label)) continue;
      if (isHidden(el, cache) || isNeverShown(el)) continue;
      // The tab already open: its contacts are what the page shows (none, here).
      const selected = el.getAttribute('aria-selected') === 'true' || el.getAttribute('aria-current') === 'page';
      if (selected || ACTIVE.test(el.getAttribute('class') ?? '') || ACTIVE.test(el.parentElement?.className ?? ''))
        continue;
      return label.replace(/\s*[(（[]?\s*\d{1,4}\s*[)）\]]?$/, '');
    }
  return null;
}
