// A label that names the seller's staff member by their role (docs/adapters.md, "Session 19: missed values"): a role
// noun (manager, adviser, officer, agent, co-ordinator, counsellor…) qualified by the seller's side of the
// relationship — the trade (sales, loan), the customer served (client, patient, relationship), the territory
// (area, store) or the assignment (assigned, responsible). Qualifier and noun are read apart, so "patient
// co-ordinator", "Satış meneceri" and "Agjenti i shitjes" need no phrase of their own. A role qualified otherwise
// (a company's general or finance manager, a purchasing officer: the customer's own people) is no owner, nor is a
// technician (groomer, driver, doctor): their nouns are not role nouns here.

// Role nouns that name the staff member alone (an adviser or counsellor is always someone who serves the customer).
const ADVISER_NOUNS = [
  'adviser|advisor|counsellor|counselor|consultant|coordinator|co-ordinator',
  'conseiller|conseillère|asesor|asesora|assessor|assessora|consultor|consultora|consulente|berater|beraterin',
  'adviseur|consulent|doradca|poradce|poradca|tanácsadó|savjetnik|savjetnica|savetnik|savetnica|svetovalec|svetovalka|këshilltar|këshilltari',
  'danışman|danışmanı|məsləhətçi|консультант|кеңешчи|кеңесші|խորհրդատու|համակարգող',
  'सल्लागार|सलाहकार|समुपदेशक|परामर्शदाता|ஆலோசகர்|পরামর্শদাতা|مستشار|مشاور',
].join('|');

// Role nouns that name a staff member only with a qualifier of the seller's side ("Manager" alone may be the
// customer company's; a bare "agent" is a help desk's).
const QUALIFIED_NOUNS = [
  'manager|officer|agent|specialist|executive|broker',
  'gestionnaire|chargé|chargée|courtier|agente|gestor|gestora|ejecutivo|ejecutiva|executivo|executiva|corredor',
  'corretor|responsable|menedżer|opiekun|betreuer|betreuerin|makler|maklerin|makelaar|menadžer|menadžerka|referent|referentica',
  'agjent|agjenti|menaxher|menaxheri|menecer|meneceri|menajer|menajeri|mütəxəssis|mütəxəssisi',
  'менеджер|менеджери|специалист|адис|адиси|агент|маман|маманы|մենեջեր|մասնագետ|գործակալ',
  'प्रबंधक|व्यवस्थापक|अधिकारी|अधिकृत|मैनेजर|மேலாளர்|அதிகாரி|முகவர்|ব্যবস্থাপক|কর্মকর্তা',
  'مدير|وكيل|مسؤول|کارشناس|مدیر',
].join('|');

// What makes a role the seller's: the trade or the sale, the customer served, the territory, the assignment.
const SELLER_SIDE = [
  // the sale
  'sales|sale|selling|commercial|comercial|commerciale|vente|ventes|ventas|vendas|vendite|verkoop|vertrieb|vertriebs',
  'prodajni|prodajna|prodaje|prodaja|prodaju|shitjes|shitje|satış|satis|продаж|продажам|продажи|sprzedaży|վաճառքի',
  'विक्री|बिक्री|விற்பனை|বিক্রয়|مبيعات|المبيعات|فروش',
  // the trade's own account of the customer
  'loan|loans|credit|lending|mortgage|policy|insurance|crédit|crédito|kredit|kredi|кредит|кредитный|насыя|ऋण|கடன்',
  'قرض|تمويل|وام|بیمه',
  // the customer served
  'relationship|account|cuenta|conta|compte|client|customer|patient|member|student|clientèle|clientele|clientes|cliente|klant|kunden',
  'kunde|klienta|klientit|müştəri|müşteri|клиент|клиента|клиентский|պացիենտի|հաճախորդի|உறவு|வாடிக்கையாளர்',
  'ग्राहक|संबंध|रिलेशनशिप|গ্রাহক|العملاء|العميل|مشتری',
  // the territory served
  'area|region|regional|territory|branch|store|zone|district|régional|zona|filiale|filial|bölge|регион',
  // the assignment
  'assigned|responsible|dedicated|personal|servicing|affecté|affectée|asignado|asignada|atribuído|zuständiger',
  'zuständige|toegewezen|المكلف|المسؤول|مسئول|персональный|закреплённый|закрепленный',
].join('|');

// Words that join a noun to its qualifier in head-first languages ("agente de ventas", "agjenti i shitjes", "менеджер по продажам").
const JOINERS = new Set('de des du del da do di della of i e të für van za по'.split(' '));

// Arabic's article is written onto its word (المستشار): a word is read without it.
const ARTICLE = /^ال(?=[\u0600-\u06ff]{3,})/;
const withoutArticle = (word: string): string => word.replace(ARTICLE, '');

const setOf = (words: string): Set<string> => new Set(words.split('|').map(withoutArticle));
const ADVISER = setOf(ADVISER_NOUNS);
const QUALIFIED = setOf(QUALIFIED_NOUNS);
const SIDE = setOf(SELLER_SIDE);

// A role written for either gender in one label ("Assessor/a", "Conseiller(ère)", "المستشار(ة)").
const BOTH_GENDERS = /\s*(?:\/\s*[\p{L}]{1,3}|\([\p{L}]{1,3}\))(?=\s|$)/gu;

// Chinese: the role noun after its qualifier (区域经理, 门店店长, 招商经理, 负责营业员) and a study manager (学管师) by
// trade alone.
const HAN_ROLE =
  /^(?:区域|大区|片区|门店|分店|店铺|网点|招商|销售|营销|业务|客户|会员|学员|服务|负责|专属|归属|所属|跟进|对接|责任|签约|招生)(?:经理|店长|专员|营业员|业务员|主管|督导)$|^学管(?:师|老师)$/;

const wordsOf = (label: string): string[] =>
  label.toLowerCase().replace(BOTH_GENDERS, '').split(/\s+/).filter(Boolean).map(withoutArticle);

/**
 * Whether `label` (as normalizeLabel leaves it, simplified Chinese) names a staff member of the seller by role: an
 * adviser's noun alone or with a seller-side qualifier, another role noun only with one (first or last word).
 */
export function namesStaffRole(label: string): boolean {
  if (HAN_ROLE.test(label)) return true;
  const words = wordsOf(label);
  if (words.length === 0 || words.length > 4) return false;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  // The noun ends the label (sales manager, Satış meneceri) or begins it (agente de ventas, المستشار المكلف).
  for (const [noun, rest] of [
    [last, words.slice(0, -1)],
    [first, words.slice(1)],
  ] as [string, string[]][]) {
    const qualifiers = rest.filter((w) => !JOINERS.has(w));
    if (!ADVISER.has(noun) && !QUALIFIED.has(noun)) continue;
    if (qualifiers.length === 0 && ADVISER.has(noun) && rest.length === 0) return true;
    if (qualifiers.length > 0 && qualifiers.length <= 2 && qualifiers.every((w) => SIDE.has(w))) return true;
  }
  return false;
}
