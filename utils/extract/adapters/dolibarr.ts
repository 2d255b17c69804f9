import type { FieldRule, SiteAdapter } from '../../core/schemas/site-adapter';

// Dolibarr 19/20 third-party and contact cards: name, address, phones and e-mail sit unlabelled in the
// banner (div.refid / div.refidno), told apart by their icons; the rest is label/value table rows.
const ADDRESS = String.raw`^(.+,.+?)(?:\s+-\s+[^,]+)?$`; // needs a comma: a bare country is not an address
const banner: Record<string, FieldRule[]> = {
  name: [{ selector: '.arearef .refid', read: 'own' }],
  phone: [{ selector: '.arearef .refidno .fa-phone', up: 1 }],
  mobile: [{ selector: '.arearef .refidno .fa-mobile-alt', up: 1 }],
  email: [{ selector: '.arearef .refidno a[href^="mailto:"]' }],
  address: [
    { selector: '.arearef .refidno .address', pattern: ADDRESS },
    { selector: '.arearef .refidno .fa-map-marker-alt', up: 1, read: 'after', pattern: ADDRESS },
  ],
};

// Dolibarr's third-party type "Private individual" (TE_PRIVATE) in each of its UI languages (its langs/*/companies.lang,
// 20.0.2): such a third party is a person, and the banner's name is no company (docs/adapters.md, "Dolibarr").
const PRIVATE_INDIVIDUAL = [
  'Autônomo',
  'Contacto particular',
  'Cá nhân',
  'Einstaklingur',
  'Eraisik',
  'Fizičko licce',
  'Fizičko lice',
  'Individ privat',
  'Individuo privado',
  'Indivíduo particular',
  'Magánszemély',
  'Mtu binafsi',
  'Osoba prywatna',
  'Particular',
  'Particulier',
  'Persoană fizică',
  'Privado',
  'Privado individual',
  'Privasi individu',
  'Private individual',
  'Privatna osoba',
  'Privato',
  'Privatperson',
  'Privatus fizinis asmuo',
  'Privātpersona',
  'Samostojni podjetnik',
  'Soukromá osoba',
  'Súkromná osoba',
  'Unigolyn preifat',
  'Xususiy shaxs',
  'Yksityishenkilö',
  'Özel şahıs',
  'Şəxsi fərdi',
  'Ελεύθερος επαγγελματίας',
  'Жеке тұлға',
  'Приватна особа',
  'Приватно лице',
  'Физическо лице',
  'Физическое лицо',
  'Шахси хусусӣ',
  'אדם פרטי',
  'شخص خصوصی',
  'فرد',
  'نجی فرد',
  'একান্ত ব্যক্তিগত',
  'தனியார் தனிநபர்',
  'ಖಾಸಗಿ ವ್ಯಕ್ತಿ',
  'เอกชน',
  'ສ່ວນບຸກຄົນ',
  'የግል ግለሰብ',
  'បុគ្គលឯកជន',
  '個人',
  '私人個體',
  '私营个体',
  '自營商',
  '개인',
];
// The value cell of a card row whose caption sits in a small table of its own (the editable rows: the third-party
// type among them, with or without its edit link).
const EDITABLE_ROW_VALUE = '.fichecenter tr:has(> td > table) > td:last-child';

export const dolibarrThirdpartyAdapter: SiteAdapter = {
  id: 'dolibarr-thirdparty',
  name: 'Dolibarr third party',
  urlPatterns: [
    '*://*/societe/card.php*',
    '*://*/societe/note.php*',
    '*://*/societe/agenda.php*',
    '*://*/societe/document.php*',
    '*://*/comm/card.php*',
  ],
  // Detected by the third party's own banner (its company picture, its "back to list" link): every Dolibarr
  // object card (contract, invoice, project…) has the same .arearef/.refid/.refidno banner, naming its third
  // party in a link, and must not be read as the company (docs/adapters.md "Dolibarr").
  detect: ['.fiche .arearef .photosociete', '.fiche .arearef a[href*="/societe/list.php"]'],
  root: ['#id-right .fiche', '.fiche'],
  exclude: ['.div-table-responsive-no-min', '.div-table-responsive', '.tabsAction'],
  person: { selector: EDITABLE_ROW_VALUE, pattern: PRIVATE_INDIVIDUAL.join('|') },
  dateOrder: 'dmy',
  fields: {
    ...banner,
    company: [{ selector: '.arearef .refid', read: 'own' }],
    customerId: [{ selector: '.fichecenter .clipboardCPValue' }],
    owner: [
      { selector: '.fichecenter', label: ['Sales representatives', 'Commerciaux affectés au tiers', '销售代表'] },
      // In any UI language (Comerciales, Representantes comerciais…): the row holding the sales representatives'
      // edit link, each representative a user link whose name is its .usertext.
      { selector: '.fichecenter tr:has(a[href*="action=editsalesrepresentatives"]) .usertext', all: true },
    ],
  },
};

export const dolibarrContactAdapter: SiteAdapter = {
  id: 'dolibarr-contact',
  name: 'Dolibarr contact',
  urlPatterns: [
    '*://*/contact/card.php*',
    '*://*/contact/note.php*',
    '*://*/contact/agenda.php*',
    '*://*/contact/perso.php*',
  ],
  // The contact card's own markers only (its vCard link, its "back to list" link): a link to a third party in
  // the banner is on every Dolibarr object card linked to one (contract, invoice, project…).
  detect: ['.fiche .arearef a[href*="/contact/vcard.php"]', '.fiche .arearef a[href*="/contact/list.php"]'],
  root: ['#id-right .fiche', '.fiche'],
  exclude: ['.div-table-responsive-no-min', '.div-table-responsive', '.tabsAction'],
  dateOrder: 'dmy',
  fields: {
    ...banner,
    company: [{ selector: '.arearef .refidno a[href*="/societe/"]' }],
    birthDate: [{ selector: '.fichecenter', label: ['Date of birth', 'Date de naissance', '出生日期'] }],
    // The contact's civility (称谓 先生 / 夫人, Title Mister / Madam, Civilité Monsieur / Madame) says the gender; a
    // Doctor or a Master says none (normalizeGender reads no gender there).
    gender: [
      { selector: '.fichecenter', label: ['Title', 'Civility', 'Civilité', 'Titre de civilité', '称谓'] },
      // In any UI language (Anrede, Titre civilité, Título de cortesía, 稱呼…): the card prints the civility as the
      // first row of its left-hand field table.
      { selector: '.fichecenter .fichehalfleft table.tableforfield tr:first-child > td.titlefield + td' },
    ],
  },
};
