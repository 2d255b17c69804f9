// The words of a company's contact people: the column or label of each detail, the tab or heading over the list.
import { normalizeLabel } from '../../core/normalize/text';
import { keyForLabel, namePart } from '../generic/dictionary';

export type Column = 'name' | 'first' | 'middle' | 'last' | 'phone' | 'mobile' | 'email' | 'title';

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
  // A contact card's own label of the job: Japanese 役職 / 肩書, Korean 직위 / 직책, Russian, Polish.
  '役職',
  '肩書',
  '직위',
  '직책',
  'должность',
  'stanowisko',
]);

/** What a column header or a label of a contact's detail names; undefined for anything else. */
export function columnOf(header: string): Column | undefined {
  const label = normalizeLabel(header);
  if (TITLE_LABELS.has(label)) return 'title';
  const part = namePart(label);
  if (part) return part;
  const key = keyForLabel(label);
  return key === 'name' || key === 'phone' || key === 'mobile' || key === 'email' ? key : undefined;
}

// A tab or link that opens the record's contact people ("联系人/地址 2", "Contacts/Addresses", "Kontakte/Adressen",
// "Contactos"): Dolibarr, SuiteCRM, Odoo and most Chinese CRMs keep a company's contacts on a tab of their own.
const CONTACT_WORDS =
  '联系人|联系人员|联络人|聯絡人|聯繫人|联系人列表|客户联系人|contacts?|contact persons?|contactos|contatos|contacts liés|kontakte|kontaktpersonen|ansprechpartner|contatti|contactpersonen|contacten|kontakty|kontaktai|kontakti|kontaktid|kontaktit|kontakter|kapcsolattartók|contacte|контакты|контактные лица|контакти|επαφές|kişiler|ilgili kişiler|kontak|liên hệ|người liên hệ|連絡先|担当者|담당자|연락처|אנשי קשר|جهات الاتصال|ผู้ติดต่อ';
const ADDRESS_WORDS = '地址|addresses|adresses|direcciones|adressen|indirizzi|endereços|adresy|адреса|διευθύνσεις';
const COUNT = '(?:[(（[]?\\s*\\d{1,4}\\s*[)）\\]]?)?';
export const CONTACTS_TAB = new RegExp(
  `^(?:${CONTACT_WORDS})(?:\\s*[/／&,、]\\s*(?:${ADDRESS_WORDS}))?\\s*${COUNT}$`,
  'i',
);

// A heading over the contact people a company record lists ("联系人（2）", "顧客担当者（2）", "Contacts (2)",
// "Ansprechpartner"). Not the bare words that also name our own side or a number (担当者 and 담당자 are often the
// record's owner, 연락처 and 連絡先 its phone), but the customer's people in Japanese and Korean (顧客担当者, 先方担当者).
const HEADING_WORDS = CONTACT_WORDS.split('|')
  .filter((w) => !['担当者', '담당자', '연락처', '連絡先'].includes(w))
  .concat([
    '相关联系人',
    '关联联系人',
    '公司联系人',
    '客户联系人',
    '顧客担当者',
    '取引先担当者',
    '先方担当者',
    'お客様担当者',
    '고객 담당자',
    'related contacts',
    'key contacts',
    'contatos relacionados',
    'personas de contacto',
  ])
  .join('|');
export const CONTACTS_HEADING = new RegExp(`^(?:${HEADING_WORDS})\\s*${COUNT}\\s*[:：]?$`, 'i');

/** The count a contacts heading or tab writes ("联系人（2）" → 2), or null. */
export function countOf(label: string): number | null {
  const m = /(\d{1,4})\s*[)）\]]?\s*[:：]?$/.exec(label.trim());
  return m ? Number(m[1]) : null;
}
