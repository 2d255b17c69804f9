// The words that type a phone number, for both readers of typed numbers: a typed multi-value field ("+1 217 555 0198
// (Mobile)", "办公：010-6588 1234", collect.ts) and a table of typed numbers (服务号码 | 号码类型, number-table.ts). One
// list, so a word added for one is the other's too (docs/adapters.md, "Session 25: one list of phone types").

import { SELF_WORD } from './record-kind';

// Someone else's number in the record's own list: an assistant's or a relative's, also written after the type in
// brackets (Hebrew "עבודה (בעל)", work (husband); Turkish Yakını after the subscriber's GSM and Ev).
const RELATION =
  '(?:助理|秘书|家人|家属|配偶|丈夫|妻子|爱人|老公|老婆|父亲|母亲|儿子|女儿|子女|assistant|secretary|spouse|husband|wife|mume|mke|mumewe|mkewe|suprug|supruga|супруг|супруга|மனைவி|கணவர்|மகன்|மகள்|पत्नी|पति|बेटा|बेटी|স্ত্রী|স্বামী|ছেলে|মেয়ে|પત્ની|પતિ|ഭാര്യ|ഭർത്താവ്|భార్య|భర్త|ಪತ್ನಿ|ಪತಿ|בעל|בעלה|אישה|אשתו|בן זוג|בת זוג|הורים|زوج|زوجة|yakını|yakın|συζύγου|σύζυγος|σύζυγο)';
// An emergency contact's number in the record's own phone list ("紧急联系人·配偶 136…", "Emergency contact 0171…").
const EMERGENCY =
  "(?:紧急联系人|紧急联络人|緊急聯絡人|緊急連絡先|紧急联系电话|emergency contact|emergency|notfallkontakt|contacto de emergencia|contato de emergência|contact d'urgence|acil durum kişisi|acil durum|liên hệ khẩn cấp)";
const OTHER_PERSON = `(?:${RELATION}[^()（）]{0,12}|${RELATION}\\s*[(（][^()（）\\d]{1,12}[)）]|${EMERGENCY}[^()（）\\d]{0,12}|[^\\d()（）:：]{1,12}\\s*[(（]\\s*${RELATION}\\s*[)）])`;

const MOBILE_WORDS =
  'gsm|mobiel|mobile|cell|cellphone|cell phone|handy|mobil|mobiltelefon|mobilní|mobilný|matkapuhelin|мобільний|κινητό|seluler|ponsel|di động|手机|手机号|手机号码|移动|移动电话|celular|móvil|мобильный|携帯|휴대폰|휴대전화|portable|נייד|סלולרי|טלפון נייד|جوال|موبايل|கைபேசி|அலைபேசி|மொபைல்|मोबाइल|मोबाईल|মোবাইল|મોબાઇલ|ಮೊಬೈಲ್|మొబైల్|മൊബൈൽ|ਮੋਬਾਈਲ|simu ya mkononi|rununu';
const LANDLINE_WORDS =
  '固话|座机|固定电话|家庭电话|住宅电话|家庭座机|家庭固话|住宅座机|宅电|家里电话|房间座机|房间电话|வீடு|घर|বাড়ি|ઘર|ಮನೆ|ఇల్లు|വീട്|ਘਰ|simu ya mezani|landline|fixed line|home|vast|thuis|festnetz|fijo|fixo|σταθερό|σταθερό οικίας|σταθερό εργασίας|nyumbani|kućni|кућни';
// The record's own main line or card: mobile or landline by its shape (a mainland mobile is the mobile).
const MAIN_WORDS = `主号码|主号|主卡|主要|个人|個人|私人|${SELF_WORD}(?:手机|电话)?|primary|main|privé|prive|대표|основний|основной|binafsi|lični|лични|lichni|personal`;

/** Every type word, of the record's own numbers and of someone else's (pt-BR, Spanish, German, Russian, Japanese…). */
export const TYPE_WORDS = `${MOBILE_WORDS}|${LANDLINE_WORDS}|${MAIN_WORDS}|office|work|business|other|tel|werk|zakelijk|办公|单位|工作|家庭|住宅|公司|其他|trabalho|residencial|casa|comercial|privat|geschäftlich|büro|рабочий|домашний|自宅|勤務先|직장|집|direkte|direkt|arbejde|arbete|hjem|hjemme|hem|kantor|rumah|kerja|pribadi|lainnya|nhà riêng|cơ quan|práca|práce|domov|domů|munka|otthon|serviciu|acasă|työ|koti|posao|kuća|робочий|домашній|εργασία|σπίτι|travail|domicile|bureau|单位电话|公司电话|办公电话|工作电话|办公座机|单位座机|公司座机|办公固话|회사|자택|사무실|בית|עבודה|משרד|منزل|عمل|ev|ofisi|kazi|poslovni|пословни|${OTHER_PERSON}`;

export const MOBILE_TYPE = new RegExp(`^(?:${MOBILE_WORDS})$`, 'i');
export const MAIN_TYPE = new RegExp(`^(?:${MAIN_WORDS})$`, 'i');
export const OTHER_TYPE = new RegExp(`^${OTHER_PERSON}$`, 'i');
/** A note anywhere naming a relative or an emergency contact ("Mariana (hermana) · contacto de emergencia"). */
export const NAMES_OTHER_PERSON = new RegExp(`${RELATION}|${EMERGENCY}`, 'i');
const ANY_TYPE = new RegExp(`^(?:${TYPE_WORDS})$`, 'i');

// A note after the type keeping the number the record's own ("手机（首选）", "Mobile (preferred)", "移动（主卡）"); any
// other note names another holder (移动（副卡 · 龙某）: a second card a relative carries).
// (Or the messenger or mobile-money service the number is also used for: "Binafsi · M-Pesa", "私人 · 微信".)
const OWN_NOTE_WORDS = `主|首选|常用|默认|preferred|default|self|own|சுய|स्वयं|নিজ|m-pesa|mpesa|whatsapp|viber|telegram|微信|wechat|line|${MAIN_WORDS}`;
const OWN_NOTE = new RegExp(`^(?:${OWN_NOTE_WORDS})$`, 'i');
export const NOTE_WORDS = `${OWN_NOTE_WORDS}|备用|副|backup|alternate|alt\\.?`;
/** A type tag with a note in brackets or after a dot ("手机（首选）", "手机 · 首选"): group 1 is the type word alone. */
export const TYPE_NOTE = new RegExp(
  `^(\\S.*?)\\s*(?:[(（]\\s*(?:${NOTE_WORDS})\\s*[)）]|\\s[·•|]\\s*(?:${NOTE_WORDS}))$`,
  'i',
);

/**
 * A number's type from its type word and the note in brackets after it, if any: 'mobile', 'phone' (a landline, an
 * office line), 'main' (the record's own main line, mobile or landline by its number), 'other' (someone else's), or
 * null when the word types no phone.
 */
export function phoneTypeOf(word: string, note?: string): 'mobile' | 'phone' | 'main' | 'other' | null {
  if (OTHER_TYPE.test(word)) return 'other';
  if (!ANY_TYPE.test(word)) return null;
  if (note && !OWN_NOTE.test(note)) return 'other';
  return MOBILE_TYPE.test(word) ? 'mobile' : MAIN_TYPE.test(word) ? 'main' : 'phone';
}
