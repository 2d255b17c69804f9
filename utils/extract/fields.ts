// Standard-field values: validation and normalisation of what was read (pure apart from types).
import { pageDates, type DateOrder, type DateReading } from '../core/normalize/date';
import { normalizeDate } from '../core/normalize/date';
import { normalizeGender } from '../core/normalize/gender';
import { asciiDigits } from '../core/normalize/digits';
import { normalizePhone } from '../core/normalize/phone';
import { surnameFirst } from '../core/normalize/chinese-name';
import {
  normalizeEmail,
  normalizeSpace,
  stripControlChars,
  stripLeadingSalutation,
  stripSalutation,
  withoutTitledSurname,
} from '../core/normalize/text';
import { standardFieldKeys, type StandardFieldKey } from '../core/fields';
import { memoByString } from '../core/memo';
import { isPrice } from '../core/normalize/price';
import {
  foreignNationalId,
  isHongKongId,
  isIranianNationalCode,
  isTaiwanId,
  uncheckedNationalId,
} from '../core/national-id';

const STANDARD = new Set<string>(standardFieldKeys);
/** The fields that say who a person is: one of them makes a region a person's record, a column of them a list of people. */
export const IDENTIFYING_FIELDS: ReadonlySet<string> = new Set([
  'name',
  'phone',
  'mobile',
  'idNumber',
  'email',
  'customerId',
]);

export function isStandardKey(key: string): key is StandardFieldKey {
  return STANDARD.has(key);
}

export interface Normalized {
  value: string;
  raw: string;
}

// Link texts that sit inside an address value ("View on Map").
const MAP_LINK = /^(?:view on map|show on map|map|open in maps|查看地图|地图|导航)$/i;
// A map or directions link's text in any language, as an address's last line ("Visa på karta", "Auf Karte anzeigen",
// "Voir sur la carte", "Get directions", 地図で見る): a short line of words, no digit, naming a map. An address line
// holds a digit or names a street or a place, never a map (a Han line naming a road or an estate is the address's).
const MAP_WORDS =
  /(?:^|[\s(])(?:maps?|karta|kartalla|kartan|kart|kort|karte|karten|carte|mapa|mapie|mapě|mape|mappa|kaart|térképen|térkép|hartă|harta|χάρτη|χάρτες|карте|карта|haritada|harita|peta|bản đồ|directions)(?=$|[\s).!])/iu;
const MAP_WORDS_HAN = /地図|지도|地图|地圖/;
const PLACE_HAN = /[路街道号號区區县縣市省镇鎮村园園楼樓巷弄里]/;
const isMapLink = (line: string): boolean =>
  (line.length <= 32 && !/\d/.test(line) && line.split(/\s+/).length <= 5 && MAP_WORDS.test(line)) ||
  (line.length <= 8 && MAP_WORDS_HAN.test(line) && !PLACE_HAN.test(line));
// The use a typed value is tagged with at its end ("… 02135, US [home]": FHIR's and vCard's address use, home | work |
// temp | old | billing): the value's type, no part of the address.
const USE_TAG =
  /\s*[[(（]\s*(?:home|work|temp|old|billing|shipping|postal|mailing|physical|both|primary|main|default|private|business|office|residence|current|pref|dom|intl|parcel)\s*[\])）]$/i;

// An avatar's initials ("ZW", "王") beside the name they stand for.
const INITIALS = /^(?:[A-Z]{1,3}|[\u4e00-\u9fff])$/;
const KANA_READING = /^[\u30a0-\u30ff\u3040-\u309f\s・ー]+$/;
// A line that is only a phone number or an e-mail address.
const CONTACT_LINE = /^(?:[+＋]?[\d\s()（）.-]{7,}|[\w.+-]+@[\w-]+\.[\w.-]+)$/;
// A staff number or department after a person's name: "杜明轩（工号 A20417）", "冯晓东（销售部）", "Ann Lee (ID 42)".
const ORGANISATION =
  /公司|集团|银行|中心|学校|医院|协会|事务所|\b(?:ltd|inc|llc|gmbh|corp|co|s\.?a|s\.?r\.?l|plc|bv|ag)\b/i;
// Icon glyphs a title carries beside the name (an "open" link ↗, edit ✎, more ⋯, close ×, a star): not the name.
const GLYPHS =
  /^[\s\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff×⋯…›»«‹]+|[\s\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff×⋯…›»«‹]+$/g;
const AFTER_NAME = /^(.+?)\s*[(（][^()（）]*[)）]$/;
// "#" / "№" before a code with a digit (not a code made only of the sign).
const NUMBER_SIGN = /^[#＃№]\s*(?=[A-Za-z0-9_./-]*\d)/;
// Guillemets that quote an organisation's name (ООО «Уралтехснаб», SARL « Les Jardins »): its text, not glyphs.
const QUOTED = /«[^«»]*»/g;

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;
/** "Latin name (漢字)" or "漢字 (Latin name)": the bracket holds the same name in the other script. */
function inTwoScripts(raw: string): boolean {
  const m = /^(.+?)\s*[(（]([^()（）]+)[)）]$/.exec(raw.trim());
  if (!m) return false;
  const [outer, inner] = [m[1] ?? '', m[2] ?? ''];
  // A staff number in brackets ("吴承泽（A30871）") is no second spelling: a name has no digit.
  if (/\d/.test(outer) || /\d/.test(inner)) return false;
  return (
    (LATIN.test(outer) && !HAN.test(outer) && HAN.test(inner) && !LATIN.test(inner)) ||
    (HAN.test(outer) && !LATIN.test(outer) && LATIN.test(inner) && !HAN.test(inner))
  );
}

// Japanese honorifics for people outside the company (様, さま, 殿, 御中 for an organisation), after a name and before
// an optional bracketed department ("森田 由美 様（総務部）").
const CUSTOMER_HONORIFIC = /\S\s*(?:様|さま|御中)\s*(?:[(（][^()（）]*[)）])?$/u;

// A form of address with the person's name in brackets ("顾老师（顾晨）", "王经理（王磊）"): one display name, kept whole.
const ADDRESSED = /^[\u4e00-\u9fff]{1,2}(?:老师|经理|总|主任|医生|顾问|姐|哥)\s*[(（][\u4e00-\u9fff]{2,4}[)）]$/u;

function withoutGlyphs(raw: string): string {
  // Trim the glyphs outside the quotes only: the quoted part is put back as it was.
  const quoted = [...raw.matchAll(QUOTED)];
  const first = quoted[0];
  const last = quoted.at(-1);
  if (!first || !last) return raw.replace(GLYPHS, '').trim();
  const end = (last.index ?? 0) + last[0].length;
  // Only the head's leading glyphs and the tail's trailing ones: "ООО «…»" keeps its space.
  const head = raw
    .slice(0, first.index)
    .replace(/^[\s\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff×⋯…›»«‹]+/, '');
  const tail = raw.slice(end).replace(/[\s\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff×⋯…›»«‹]+$/, '');
  return `${head}${raw.slice(first.index, end)}${tail}`.trim();
}

const TRAILING_CONTACT = /^(?:[+＋][\d\s()（）.-]{7,}|(?=(?:\D*\d){10})[\d\s()（）.-]{10,}|[\w.+-]+@[\w-]+\.[\w.-]+)$/;

// A shop's shipping address as it lists them: the recipient, their number, the address ("鲍某 139 7408 2251 湖南省…",
// "Ann Lee +44 7700 900123 12 Mill Lane"), one address a line, the default one marked.
const RECIPIENT_LINE = /^[^\d\s][^\d]{0,19}?\s+[+＋]?\d[\d\s-]{6,}\d\s+(\S.*)$/;
const DEFAULT_MARK = /\s*[（(【[]\s*(?:默认|默认地址|預設|default|primary)\s*[)）】\]]\s*$/i;

/** Lines each naming a recipient before an address: the default address (else the first), without its recipient. */
function recipientAddress(lines: string[]): string[] | null {
  const rests = lines.map((l) => RECIPIENT_LINE.exec(l.trim())?.[1]);
  if (rests.length === 0 || rests.some((r) => r === undefined)) return null;
  const chosen = rests.find((r) => DEFAULT_MARK.test(r ?? '')) ?? rests[0] ?? '';
  return [chosen.replace(DEFAULT_MARK, '')];
}

const ADDRESS_TITLE = /^[^\d:：,，]{2,12}[:：]\s*(?=.{6})(\S.*\d.*)$/;

function joinLines(key: string, lines: string[]): string {
  if (key === 'address') lines = lines.filter((l) => !MAP_LINK.test(l.trim()));
  // The link under the address, its last line ("Näytä kartalla").
  if (key === 'address' && lines.length > 1 && isMapLink((lines[lines.length - 1] ?? '').trim()))
    lines = lines.slice(0, -1);
  if (key === 'address') lines = recipientAddress(lines) ?? lines;
  // An address listed under its own title ("公司总部：山东省…", "Head office: 12 Quay Rd"): the title is no part of it.
  if (key === 'address') lines = lines.map((l) => ADDRESS_TITLE.exec(l.trim())?.[1] ?? l);
  // An address block's last line that is a phone number or an e-mail ("… / United States / +1 503 555 0148"): the
  // block's contact line, not part of the address.
  if (key === 'address')
    while (lines.length > 1 && TRAILING_CONTACT.test((lines[lines.length - 1] ?? '').trim()))
      lines = lines.slice(0, -1);
  if ((key === 'owner' || key === 'name') && lines.length > 1) {
    // An avatar's initials, a name's reading in katakana above it (フリガナ: "ヤマダ タロウ" / "山田 太郎").
    const rest = lines.filter((l) => !INITIALS.test(l.trim()) && !KANA_READING.test(l.trim()));
    if (rest.length > 0) lines = rest;
  }
  // A line of dated facts under a person's name ("添加时间 2025-10-11 09:03 · 添加渠道 …", "Added 03/11/2025 10:15"):
  // when and how the person was added, never part of the name.
  if ((key === 'owner' || key === 'name') && lines.length > 1) {
    const rest = lines.filter((l) => !DATED_LINE.test(l));
    if (rest.length > 0) lines = rest;
  }
  // A person's or company's cell often lists how to reach them under the name: those lines are other fields.
  if ((key === 'owner' || key === 'name' || key === 'company') && lines.length > 1) {
    const rest = lines.filter((l) => !CONTACT_LINE.test(l.trim()));
    if (rest.length > 0) lines = rest;
  }
  const text = lines
    .map((l) => normalizeSpace(stripControlChars(l)))
    .filter(Boolean)
    .join(key === 'address' ? ', ' : ' ');
  return key === 'address'
    ? text
        .replace(USE_TAG, '')
        .replace(/\s*,\s*(,\s*)+/g, ', ')
        .replace(/^,\s*|,\s*$/g, '')
    : text;
}

// A date or a time of day in a line (2025-10-11, 11/03/2025, 09:03).
const DATED_LINE = /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|(?<!\d)\d{1,2}:\d{2}(?!\d)/;

// Letters of the right-to-left scripts (Arabic, Hebrew, Syriac, Thaana, N'Ko) and of the others.
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LETTER = /\p{L}/u;

/**
 * A name written in one script and again in a right-to-left one ("艾克拜尔·吐尔逊 ئەكبەر تۇرسۇن", "Dana Levi דנה לוי",
 * the second often in a <bdi dir=rtl>): one person, one spelling: the first. Words of one direction each, in two runs.
 */
export function oneSpelling(name: string): string {
  const words = stripControlChars(name).trim().split(/\s+/);
  const rtl = words.map((w) => (RTL_LETTER.test(w) ? 1 : LETTER.test(w) ? 0 : -1));
  if (rtl.includes(-1) || !rtl.includes(0) || !rtl.includes(1)) return name;
  const turns = rtl.filter((d, i) => i > 0 && d !== rtl[i - 1]).length;
  return turns === 1 ? words.filter((_, i) => rtl[i] === rtl[0]).join(' ') : name;
}

const ID_SHAPE = /^(\d{17}[\dX]|\d{15})$/;

// A one-token value followed by the other facts of its line, joined by " | " or " · ".
const FACT_TAIL = /^\s*([#＃№]?\s*[A-Za-z0-9][A-Za-z0-9_./-]{0,39})\s+[|·•｜]\s+\S/;

const CALL_ACTION =
  /(?<=\d)\s*(?:(?:(?:[☎☏✆]|📞|📱)\u{fe0f}?)+|[[［【(（]?\s*(?:外呼|拨打|呼叫|拨号|call|dial|llamar|ligar|anrufen|appeler)\s*[\]］】)）]?)$/iu;

// A page title joining the record's name, number and city ("Account: Ann Lee / 4000127 / Hannover"): no one's name.
const TITLE_PARTS = /^[^/]+(?:\s\/\s[^/]+){2,}$/;
const isJoinedTitle = (text: string) =>
  TITLE_PARTS.test(text) && text.split(' / ').some((p) => /^\d{3,}$/.test(p.trim()));

// A person's or company's name has a letter or digit: a lone "*" (an ERP's "any organisation", a required-field mark)
// or "—" is no value.
const NO_WORD = /^[^\p{L}\p{N}]*$/u;
// The logged-in agent naming themselves ("Assigned to: Me (Rosa Martinez)", 我): a conversation's assignee seen by
// its viewer, never the record's owner.
const SELF = /^(?:me|myself|you|我|我自己|本人|moi|yo|eu|ich|я)$/i;

// The name of one of the app's modules (a menu item or a breadcrumb read beside a label: "Companies" › "Customers",
// 企業 › コンタクト): never a person's or a company's name.
const MODULE_WORD =
  /^(?:customers?|contacts?|compan(?:y|ies)|accounts?|leads?|deals?|opportunit(?:y|ies)|partners?|clients?|people|persons?|organi[sz]ations?|tickets?|reports?|home|dashboard|kunden|kontakte|firmen|clientes|contactos|contatos|empresas|sociétés|clienti|contatti|aziende|klanten|contactpersonen|bedrijven|kontakty|osoby|firmy|zákazníci|klienci|контакты|клиенты|компании|客户|客户管理|联系人|公司|商机|首页|コンタクト|企業|顧客|取引先|商談|ホーム|고객|연락처|회사|거래처)$/i;

// One value is validated several times per extraction (the record-region search, the field choice, an adapter's rule
// and its result) and again by the next extraction of the same page: memoised by key, date reading and text (pure).
const normalizeOneMemo = memoByString((k: string) => {
  const [key = '', dates = '', raw = ''] = k.split('\u0000');
  const [order = 'ymd', lang] = dates.split(' ');
  return normalizeValue(key, raw, lang ? { order: order as DateOrder, lang } : (order as DateOrder));
});

function normalizeOne(key: string, raw: string, reading: DateReading): string | null {
  const { order, lang } = pageDates(reading);
  const dates = lang ? `${order} ${lang}` : order;
  return raw.includes('\u0000') || (lang && (lang.includes('\u0000') || /\s/.test(lang)))
    ? normalizeValue(key, raw, reading)
    : normalizeOneMemo(`${key}\u0000${dates}\u0000${raw}`);
}

// A value wholly in one pair of brackets ("（个人客户）", "(none)", "[not set]"): the page's note where the field is
// empty, never a name or a company (docs/adapters.md, "Session 18: round 19's wrong values").
const WHOLLY_BRACKETED = /^\s*(?:\([^()（）]*\)|（[^()（）]*）|[[［][^\]］]*[\]］]|【[^】]*】)\s*$/u;

// An action link in brackets after a value ("詹永红 [更改]", "Ann Lee [Change]"): the page's button, not the value.
const BRACKETED_ACTION =
  /\s*[[［【]\s*(?:change|edit|update|更改|修改|变更|编辑|編輯|變更|ändern|bearbeiten|modifier|cambiar|editar|modifica)\s*[\]］】]\s*$/i;

// A panel's title naming the record's kind before its name ("Πελάτης · ΘΕΣΣΑΛΙΚΗ Ο.Ε.", "Customer | Ann Lee"): the name.
// So with a Chinese file's word after the kind ("客户档案 · 马某", 会员资料 | …: docs/adapters.md, "Session 24").
export const KIND_BEFORE_NAME =
  /^(?:(?:customer|client|contact|account|lead|patient|member|kunde|klant|cliente|klient|zákazník|πελάτης|клиент|контрагент|عميل|고객|khách hàng|müşteri|pelanggan)|(?:客户|客戶|顾客|顧客|会员|會員)(?:档案|檔案|详情|詳情|资料|資料|信息)?)\s+[·•|｜]\s+(\S.*)$/iu;

// An IPv4 address, whole or masked (113.109.*.*), or an IP word before one (IP: 10.2.3.4, IP属地).
const CITES_IP =
  /\bIP\s*(?:属地|归属地|歸屬地|地址|address|location)?\s*[:：]?\s*\d{1,3}(?:\.(?:\d{1,3}|\*{1,3})){3}\b|\d{1,3}\.\d{1,3}\.(?:\d{1,3}|\*{1,3})\.\*{1,3}|\bIP\s*(?:属地|归属地|歸屬地)/i;

function normalizeValue(key: string, rawText: string, order: DateReading): string | null {
  const raw = key === 'name' || key === 'company' || key === 'owner' ? rawText.replace(BRACKETED_ACTION, '') : rawText;
  if ((key === 'name' || key === 'company') && isJoinedTitle(raw.trim())) return null;
  if ((key === 'name' || key === 'company' || key === 'owner') && MODULE_WORD.test(raw.trim())) return null;
  if ((key === 'name' || key === 'company' || key === 'owner') && NO_WORD.test(raw)) return null;
  if ((key === 'name' || key === 'company' || key === 'owner') && WHOLLY_BRACKETED.test(raw)) return null;
  switch (key) {
    case 'name': {
      // A nickname or staff number after a person's name ("Ann Lee (Annie)"); an organisation keeps its brackets.
      const bare = oneSpelling(withoutGlyphs(raw).replace(KIND_BEFORE_NAME, '$1'));
      const m = ORGANISATION.test(bare) ? null : AFTER_NAME.exec(bare);
      // A form of address before or after the name ("Ms. Ann Lee", "单振东 先生"): the name (stripSalutation).
      const name = surnameFirst(stripSalutation(m?.[1]?.trim() || bare));
      return name.length > 0 && name.length <= 100 && !/@|\d{5,}/.test(name) ? name : null;
    }
    case 'gender':
      return normalizeGender(raw);
    case 'birthDate':
      return normalizeDate(raw, order) ?? dateBeforeOtherCalendar(raw, order);
    case 'signDate': {
      // The date with the act after it ("2025年10月15日 签署", "12.03.2025 signed").
      const signed = raw.replace(/\s*(?:已?(?:签署|签订|签约|簽署|簽訂)|signed)\s*$/i, '');
      return normalizeDate(signed, order) ?? dateBeforeOtherCalendar(signed, order);
    }
    case 'idNumber': {
      // An id number written in another script's digits ("۰۰۱۲۳۴۵۶۷۸") is the same number.
      const id = asciiDigits(raw).replace(/[\s-]/g, '').toUpperCase();
      if (ID_SHAPE.test(id) || isTaiwanId(id) || isHongKongId(id.replace(/（/g, '(').replace(/）/g, ')')))
        return id.replace(/（/g, '(').replace(/）/g, ')');
      // Iran's national code on a page in Persian; its check is too weak to be asked of every number.
      if (/^fa\b/i.test(pageDates(order).lang ?? '') && isIranianNationalCode(id)) return id;
      // Another country's national id by its own check rule (CPF, TC Kimlik, NIK, CCCD…: utils/core/national-id.ts),
      // else one without a check digit by the lengths of the page's language's country (Bangladesh's NID on a Bengali
      // page, in Bengali digits or ASCII).
      return foreignNationalId(asciiDigits(raw)) ?? uncheckedNationalId(asciiDigits(raw), pageDates(order).lang);
    }
    case 'phone':
    case 'mobile': {
      // A click-to-call button after the number (☎, 📞, "外呼", "Call"): the page's action, not the number's.
      const phone = normalizePhone(raw.replace(CALL_ACTION, ''))?.value ?? null;
      return phone && cutShortLandline(phone, pageDates(order).lang) ? null : phone;
    }
    case 'email':
      return normalizeEmail(raw);
    case 'company': {
      // An employer followed by its phone or e-mail on one line ("Huron Dental · (313) 555-0116"): the name alone.
      const parts = raw.split(/\s+[·•|｜]\s+/);
      const named = parts.length > 1 ? parts.filter((p) => !CONTACT_LINE.test(p.trim())) : parts;
      const company = (named.length === 1 ? (named[0] ?? '') : raw).trim();
      return company.length > 0 && company.length <= 300 ? company : null;
    }
    case 'owner': {
      // A staff member's name in two scripts ("Sophie Tang（唐思）", "王磊 (Leo Wang)") is one display name, kept whole.
      // A tag widget's remove button (× before the chosen sales rep) is no part of the name.
      // (A Han name with the English title and surname it is called by, "李嘉欣 Miss Lee", is one name addressed.)
      const bare = withoutTitledSurname(oneSpelling(withoutGlyphs(raw)));
      const m = inTwoScripts(bare) || ADDRESSED.test(bare.trim()) ? null : AFTER_NAME.exec(bare);
      // A form of address before a staff member's name (Lao ນາງ, Ms.) is no part of it (docs/adapters.md, Round 18).
      const owner = surnameFirst(stripLeadingSalutation(m?.[1]?.trim() || bare));
      // A number or an e-mail address where a person is named (a typed phone list read under a sales word): no owner.
      if (CONTACT_LINE.test(owner.trim()) || SELF.test(owner.trim())) return null;
      // A name addressed with the honorific a business writes to its customers (森田 由美 様, 御中): the client's own
      // contact person, never our side's owner (docs/adapters.md, "Round 17: values").
      if (CUSTOMER_HONORIFIC.test(bare.trim())) return null;
      return owner.length > 0 && owner.length <= 300 ? owner : null;
    }
    case 'customerId': {
      // A number sign printed before the code ("#C-118430", "№ 4410") is the page's, not the code's; a code followed by
      // other facts of its line ("000004176 | External ID: …", "80417 · Individual") is its first part.
      const head = FACT_TAIL.exec(raw)?.[1] ?? raw;
      // Digits of another script (C-١٠٤٢) as ASCII: a code is what the agent types into the CRM's search, and the CRM
      // matches it so (docs/adapters.md, "Round 17: values").
      const code = asciiDigits(head.replace(NUMBER_SIGN, ''));
      return code.length > 0 && code.length <= 80 ? code : null;
    }
    case 'address': {
      // A place looked up from the visitor's IP address ("广东 东莞（IP 113.109.*.*）"): where a connection came from,
      // not where the customer lives (docs/adapters.md, "Round 16: whose page it is").
      // A delivery address's recipient and number in brackets after it ("…1703（柯晓琪 176 2083 5519）"): no part of it.
      const address = raw.replace(RECIPIENT_AFTER, '').trim();
      return address.length >= 2 && address.length <= 400 && !CITES_IP.test(address) ? address : null;
    }
    case 'product': {
      // When and how it was bought, in brackets after it ("X9 洗烘一体机（2025-11-11 商城下单，11-14 安装）"): the
      // purchase's story, no part of the product (a period or a departure, "（2026-01-18 团）", is).
      const product = raw.replace(BOUGHT_NOTE, '').trim();
      // A list's sort order beside its title ("签约产品 | 按签约日期倒序", "Sorted by date"): how rows are shown.
      if (SORT_NOTE.test(product)) return null;
      // A price ("¥3,680" after a package's name in a row of purchases, "¥ 680,000.00（已全额到账）") is what it cost,
      // never what it is.
      if (isPrice(product.replace(/\s*[（(][^()（）]*[)）]$/, ''))) return null;
      return product.length > 0 && product.length <= 300 ? product : null;
    }
    default:
      return raw.length > 0 && raw.length <= (isStandardKey(key) ? 300 : 4000) ? raw : null;
  }
}

const SORT_NOTE =
  /^按.{1,12}(?:倒序|正序|顺序|升序|降序|排序|排列)(?:排列|显示)?$|^(?:sorted|ordered) by\b|^(?:newest|latest|oldest) first$/i;

// A bracket after a product holding a full date and what happened on it (ordered, installed, bought, paid, delivered).
const BOUGHT_NOTE =
  /\s*[（(](?=[^()（）]*\d{4}[-./年]\d{1,2}[-./月]\d{1,2})(?=[^()（）]*(?:下单|安装|购买|购机|购于|签约|签订|开通|付款|支付|发货|交付|送达|ordered|installed|purchased|bought|paid|delivered))[^()（）]{4,60}[)）]$/iu;

/**
 * A date followed by the same day in another calendar, in brackets ("17/04/1988 م (30/08/1408 هـ)", "1988-04-17
 * (昭和63年)"): the date before the brackets.
 */
function dateBeforeOtherCalendar(raw: string, order: DateReading): string | null {
  const before = raw.replace(/\s*[(（][^()（）]*\d[^()（）]*[)）]\s*$/u, '');
  return before !== raw && before.trim() ? normalizeDate(before, order) : null;
}

// A recipient's name and phone number in brackets after an address (session 26).
const RECIPIENT_AFTER =
  /\s*[（(]\s*(?:收货人|收件人|联系人|recipient)?\s*[:：]?\s*[^()（）\d]{0,24}?\s*\+?\d[\d\s-]{6,}\d\s*[)）]$/iu;

// A mainland page's language (zh, zh-CN, zh-Hans, zh-SG); and the languages of the other plans Han labels are written
// in (Taiwan's, Hong Kong's and Macau's, Japan's, Korea's), whose numbers have lengths of their own.
const MAINLAND_LANG = /^zh(?:-(?:cn|hans(?:-cn)?|sg))?$/i;
const OTHER_HAN_PLAN = /^(?:zh-(?:tw|hk|mo|hant)|ja|ko)\b/i;
const KANA = /[\u3040-\u30ff]/;
// A mainland landline with its trunk 0: the area code (2 or 3 digits after the 0) and a 7- or 8-digit number.
const MAINLAND_LANDLINE = /^0[1-9]\d{1,2}\d{7,8}(?:;ext=\d+)?$/;

/**
 * A number written with the mainland trunk 0 that is no whole landline ("0510-8127": an area code and four digits), on a
 * mainland page or under a Chinese label on a page naming no other plan's language (in-house systems often name none):
 * a number cut short, which no call reaches (docs/adapters.md, "Session 22: round 22's wrong values").
 */
export function cutShortLandline(phone: string, lang: string | undefined, label = ''): boolean {
  if (!/^0[1-9]/.test(phone) || MAINLAND_LANDLINE.test(phone)) return false;
  if (MAINLAND_LANG.test(lang ?? '')) return true;
  return !OTHER_HAN_PLAN.test(lang ?? '') && HAN.test(label) && !KANA.test(label);
}

/** Validates and normalises a value read for `key`; null means "this is not a valid <key>". */
/** `order`: how the page writes dates (its day/month order, and its language for month names and calendars). */
export function normalizeField(key: string, lines: string[], order: DateReading): Normalized | null {
  const raw = joinLines(key, lines);
  if (!raw) return null;
  const value = normalizeOne(key, raw, order);
  if (value !== null) return { value, raw };
  // A value cell holding several lines ("+1 217 555 0198 (Mobile)"): the first line may be the value.
  if (lines.length > 1 && /^(phone|mobile|email|birthDate|signDate|gender|idNumber)$/.test(key)) {
    const first = joinLines(key, [lines[0] ?? '']);
    const v = first ? normalizeOne(key, first, order) : null;
    if (v !== null) return { value: v, raw: first };
  }
  return null;
}
