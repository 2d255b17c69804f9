// Company or person (a company's contact people: utils/extract/contacts/).
import type { Found } from './types';
import type { UrlRecord } from '../core/url-record';

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
