// Session 24: field words of the thin languages (docs/adapters.md, "Session 24: field words of the thin languages"):
// each language's words for the whole record — the sale's fields (product, signing date, owner) as well as the
// person's — its forms of address, its apostrophes and its id numbers. Made-up markup, names and numbers.
import { normalizeGender } from '@/utils/core/normalize/gender';
import { uncheckedNationalId } from '@/utils/core/national-id';
import { stripSalutation } from '@/utils/core/normalize/text';
import { genderOfAddress } from '@/utils/extract/generic/address-form';
import { normalizeLabel } from '@/utils/core/normalize/text';
import { classReader } from './class-page';

const NOW = new Date('2026-12-01T10:00:00Z');
const { values } = classReader('en', NOW);
const page = (rows: [string, string][]) =>
  `<div class="card"><h2>Record</h2><table>${rows.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('')}</table></div>`;

type Case = [lang: string, rows: [string, string][], expected: Record<string, string>];

const RECORDS: Case[] = [
  [
    'ht',
    [
      ['Nimewo kliyan', 'SL-2201'],
      ['Non', 'Madan Wideline Joseph'],
      ['Telefòn selilè', '+509 3456 7812'],
      ['Telefòn kay', '+509 2245 6610'],
      ['Pwodui', 'Plan Sante Fanmi'],
      ['Dat siyati kontra', '23/05/2025'],
      ['Ajan', 'Ricardo Bellegarde'],
    ],
    {
      name: 'Wideline Joseph',
      gender: 'female',
      mobile: '+50934567812',
      phone: '+50922456610',
      product: 'Plan Sante Fanmi',
      signDate: '2025-05-23',
      owner: 'Ricardo Bellegarde',
    },
  ],
  [
    'mg',
    [
      ['Laharana mpikambana', 'MF-3302'],
      ['Anarana', 'RASOA'],
      ['Fanampiny', 'Lalao Voahangy'],
      ['Lahy / Vavy', 'Vavy'],
      ['Laharana karapanondro (CIN)', '301 211 004 518'],
      ['Finday', '+261 32 44 518 20'],
      ['Fampindramam-bola', 'Trosa fambolena – 1 500 000 Ar'],
      ['Daty nanaovan-tsonia', '14/06/2025'],
      ['Mpanolotsaina', 'Rakoto Haja'],
    ],
    {
      customerId: 'MF-3302',
      gender: 'female',
      idNumber: '301211004518',
      product: 'Trosa fambolena – 1 500 000 Ar',
      signDate: '2025-06-14',
      owner: 'Rakoto Haja',
    },
  ],
  [
    'rw',
    [
      ['Nimero y’umunyamuryango', 'KG-0457'],
      ['Amazina', 'Mukandori Solange'],
      ['Indangamuntu', '1 1990 7 0044123 0 58'],
      ['Telefoni igendanwa', '+250 788 120 455'],
      ['Inguzanyo', 'Inguzanyo y’ubuhinzi'],
      ['Itariki yo gusinya amasezerano', '17/04/2025'],
      ['Umukozi ushinzwe inguzanyo', 'Nkurunziza Paul'],
    ],
    {
      customerId: 'KG-0457',
      name: 'Mukandori Solange',
      idNumber: '1199070044123058',
      mobile: '+250788120455',
      signDate: '2025-04-17',
      owner: 'Nkurunziza Paul',
    },
  ],
  [
    'ig',
    [
      ['Nọmba onye ahịa', 'ENU-118'],
      ['Aha ụlọ ọrụ', 'Obiora Brothers Hardware Ltd'],
      ['Ekwentị ọfịs', '+234 42 310 5566'],
      ['Nkwekọrịta', 'Nkwekọrịta ọrụ afọ abụọ'],
      ['Ụbọchị e bịanyere aka', '19/03/2025'],
      ['Onye na-ahụ maka onye ahịa', 'Chiamaka Eze'],
    ],
    {
      company: 'Obiora Brothers Hardware Ltd',
      phone: '+234423105566',
      product: 'Nkwekọrịta ọrụ afọ abụọ',
      signDate: '2025-03-19',
      owner: 'Chiamaka Eze',
    },
  ],
  [
    'xh',
    [
      ['Inombolo yomthengi', 'AM-5512'],
      ['Igama', 'Zodwa'],
      ['Ifani', 'Ntshona'],
      ['Ifowuni yasekhaya', '041 585 2210'],
      ['Ipolisi', 'Isicwangciso sosapho'],
      ['Umhla wokusayina', '2025/02/26'],
      ['Umcebisi', 'Thabo Mnyamana'],
    ],
    {
      name: 'Zodwa Ntshona',
      phone: '0415852210',
      product: 'Isicwangciso sosapho',
      signDate: '2025-02-26',
      owner: 'Thabo Mnyamana',
    },
  ],
  [
    'tk',
    [
      ['Müşderi belgisi', 'TM-7781'],
      ['Familiýasy', 'Durdyýewa'],
      ['Ady', 'Maýsa'],
      ['Pasport', 'II-AŞ 552071'],
      ['Öý telefony', '+993 12 33 41 07'],
      ['Tarif meýilnamasy', 'Optika 50 Mbit/s'],
      ['Şertnama baglaşylan senesi', '21.08.2025'],
      ['Müşderi menejeri', 'Serdar Ataýew'],
    ],
    {
      customerId: 'TM-7781',
      idNumber: 'II-AŞ 552071',
      phone: '+99312334107',
      product: 'Optika 50 Mbit/s',
      signDate: '2025-08-21',
      owner: 'Serdar Ataýew',
    },
  ],
  [
    'pa',
    [
      ['ਗਾਹਕ ਆਈਡੀ', 'KS-2210'],
      ['ਨਾਮ', 'ਜਸਵੀਰ ਕੌਰ ਗਿੱਲ'],
      ['ਪਿੰਡ', 'ਸੁਧਾਰ'],
      ['ਤਹਿਸੀਲ', 'ਰਾਏਕੋਟ'],
      ['ਜ਼ਿਲ੍ਹਾ', 'ਲੁਧਿਆਣਾ'],
      ['ਮਾਡਲ', 'ਕਿਸਾਨ 45 HP'],
      ['ਵਿਕਰੀ ਸਮਝੌਤਾ ਮਿਤੀ', '13/09/2025'],
      ['ਸੇਲਜ਼ ਐਗਜ਼ੀਕਿਊਟਿਵ', 'ਗਗਨਦੀਪ ਸਿੰਘ'],
    ],
    {
      address: 'ਸੁਧਾਰ, ਰਾਏਕੋਟ, ਲੁਧਿਆਣਾ',
      product: 'ਕਿਸਾਨ 45 HP',
      signDate: '2025-09-13',
      owner: 'ਗਗਨਦੀਪ ਸਿੰਘ',
    },
  ],
  [
    'or',
    [
      ['ନାମ', 'ସୁଜାତା ପଣ୍ଡା'],
      ['ମୋବାଇଲ୍', '+91 94371 22840'],
      ['ପ୍ୟାକେଜ୍', 'ମଧୁମେହ ଯାଞ୍ଚ ପ୍ୟାକେଜ୍'],
      ['କ୍ରୟ ତାରିଖ', '18-10-2025'],
      ['ରୋଗୀ ସଂଯୋଜକ', 'ଅଭିଷେକ ଦାଶ'],
    ],
    { product: 'ମଧୁମେହ ଯାଞ୍ଚ ପ୍ୟାକେଜ୍', signDate: '2025-10-18', owner: 'ଅଭିଷେକ ଦାଶ' },
  ],
  [
    'cy',
    [
      ['Cyfeirnod cwsmer', 'CT-3390'],
      ['Enw', 'Bns. Elin Haf Morgan'],
      ['Ffôn cartref', '01970 612 448'],
      ['Cynllun', 'Cynllun ynni gwyrdd'],
      ['Dyddiad llofnodi', '15/05/2025'],
      ['Swyddog tai', 'Gethin Lloyd'],
    ],
    {
      customerId: 'CT-3390',
      name: 'Elin Haf Morgan',
      gender: 'female',
      phone: '01970612448',
      product: 'Cynllun ynni gwyrdd',
      signDate: '2025-05-15',
      owner: 'Gethin Lloyd',
    },
  ],
  [
    'lb',
    [
      ['Clientsnummer', 'GR-4471'],
      ['Client', 'Madamm Josée Wagner'],
      ['Handy', '+352 621 300 118'],
      ['Kafvertrag ënnerschriwwen', '22.07.2025'],
      ['Verkeefer', 'Marc Thill'],
    ],
    { customerId: 'GR-4471', signDate: '2025-07-22', owner: 'Marc Thill' },
  ],
  [
    'dv',
    [
      ['ކަސްޓަމަރ ނަންބަރު', 'MV-2040'],
      ['ނަން', 'އިބްރާހީމް ޝަރީފް'],
      ['ޖިންސު', 'ފިރިހެން'],
      ['އުފަން ތާރީޚު', '14/02/1987'],
      ['އައިޑީ ކާޑު ނަންބަރު', 'A204518'],
      ['މޯބައިލް', '+960 771 2049'],
      ['ޕޮލިސީ', 'ހެލްތް ބޭސިކް'],
      ['ސޮއިކުރި ތާރީޚު', '23/09/2025'],
      ['އެޖެންޓް', 'ޢަލީ ނަސީމް'],
    ],
    {
      customerId: 'MV-2040',
      name: 'އިބްރާހީމް ޝަރީފް',
      gender: 'male',
      birthDate: '1987-02-14',
      idNumber: 'A204518',
      mobile: '+9607712049',
      product: 'ހެލްތް ބޭސިކް',
      signDate: '2025-09-23',
      owner: 'ޢަލީ ނަސީމް',
    },
  ],
  [
    'ckb',
    [
      ['ژمارەی کڕیار', 'H-3301'],
      ['ناو', 'دلێر کەریم ئەحمەد'],
      ['بەرواری واژۆی گرێبەست', '2025/06/19'],
      ['بەرپرسی فرۆشتن', 'ئاراس عومەر'],
    ],
    { signDate: '2025-06-19', owner: 'ئاراس عومەر' },
  ],
  [
    'ga',
    [
      ['Uimhir chustaiméara', 'EIR-881'],
      ['Ainm', 'Aoife Ní Bhriain'],
      ['Guthán baile', '+353 91 524 118'],
      ['Dáta sínithe', '21/02/2025'],
    ],
    { customerId: 'EIR-881', phone: '+35391524118', signDate: '2025-02-21' },
  ],
  [
    'mt',
    [
      ['Numru tal-klijent', 'MT-5520'],
      ['Isem u kunjom', 'Marija Camilleri'],
      ['Telefon tad-dar', '+356 2144 1180'],
      ['Data tal-iffirmar', '28/03/2025'],
    ],
    { customerId: 'MT-5520', phone: '+35621441180', signDate: '2025-03-28' },
  ],
  [
    'tn',
    [
      ['Nomoro ya moreki', 'BW-204'],
      ['Leina', 'Kagiso Molefe'],
      ['Nomoro ya Omang', '412718305'],
      ['Letlha la go saena', '16/07/2025'],
    ],
    { customerId: 'BW-204', signDate: '2025-07-16' },
  ],
];

describe('a record in a thin language, read by its words', () => {
  it.each(RECORDS)('%s', (lang, rows, expected) => {
    expect(values(page(rows), 'https://crm.example/record/41', lang)).toMatchObject(expected);
  });
});

describe('a label typed with another apostrophe', () => {
  it('reads as the ASCII apostrophe the tables write', () => {
    for (const written of ["Itariki y'amavuko", 'Itariki y’amavuko', 'Itariki yʼamavuko', 'Itariki y‘amavuko'])
      expect(normalizeLabel(written)).toBe("itariki y'amavuko");
    expect(normalizeLabel('מס׳ לקוח')).toBe("מס' לקוח");
  });

  it.each(["Itariki y'amavuko", 'Itariki y’amavuko', 'Itariki yʼamavuko'])(
    'reads a Kinyarwanda birth date under %s',
    (label) => {
      const rows: [string, string][] = [
        ['Amazina', 'Ingabire Diane'],
        [label, '03/11/1992'],
      ];
      expect(values(page(rows), 'https://crm.example/member/12', 'rw')).toMatchObject({ birthDate: '1992-11-03' });
    },
  );

  it('reads a French word of the dictionary written with ’ and the world table’s Somali owner written with ʼ', () => {
    const french: [string, string][] = [
      ['Code client', 'CL-0412'],
      ['Nom', 'Camille Durand'],
      ['Téléphone', '01 44 27 19 80'],
      ['Chargé d’affaires', 'Julien Marchand'],
    ];
    expect(values(page(french), 'https://crm.example/tiers/7', 'fr')).toMatchObject({ owner: 'Julien Marchand' });
    const somali: [string, string][] = [
      ['Lambarka macmiilka', 'SO-2290'],
      ['Magaca', 'Hodan Cabdi Warsame'],
      ['Telefoonka', '+252 61 544 2190'],
      ['Masʼuulka', 'Axmed Nuur'],
    ];
    expect(values(page(somali), 'https://crm.example/macmiil/9', 'so')).toMatchObject({ owner: 'Axmed Nuur' });
  });
});

describe('forms of address of the thin languages', () => {
  it.each([
    ['Madan Wideline Joseph', 'Wideline Joseph', 'female'],
    ['Mesye Jean Robert Pierre', 'Jean Robert Pierre', 'male'],
    ['Ramatoa Lalao Rasoa', 'Lalao Rasoa', 'female'],
    ['Andriamatoa Haja Rakoto', 'Haja Rakoto', 'male'],
    ['Nksz. Zodwa Ntshona', 'Zodwa Ntshona', 'female'],
    ['Mnu. Sipho Dlamini', 'Sipho Dlamini', 'male'],
    ['Maazị Emeka Obi', 'Emeka Obi', 'male'],
    ['Bns. Elin Morgan', 'Elin Morgan', 'female'],
    ['ਸ੍ਰੀਮਤੀ ਜਸਵੀਰ ਕੌਰ', 'ਜਸਵੀਰ ਕੌਰ', 'female'],
    ['ଶ୍ରୀ ଅଭିଷେକ ଦାଶ', 'ଅଭିଷେକ ଦାଶ', 'male'],
  ])('%s', (written, name, gender) => {
    expect(stripSalutation(written)).toBe(name);
    expect(genderOfAddress(written, name)).toBe(gender);
  });
});

describe('gender words of the thin languages', () => {
  it.each([
    ['Fanm', 'female'],
    ['ފިރިހެން', 'male'],
    ['އަންހެން', 'female'],
    ['Benywaidd', 'female'],
    ['Gwrywaidd', 'male'],
    ['ਮਹਿਲਾ', 'female'],
    ['Zenan', 'female'],
  ])('%s → %s', (written, gender) => expect(normalizeGender(written)).toBe(gender));
});

describe('id numbers by the page language', () => {
  it.each([
    ['mg', '301 211 004 518', '301211004518'],
    ['rw', '1 1990 7 0044123 0 58', '1199070044123058'],
    ['tk', 'II-AŞ 552071', 'II-AŞ 552071'],
    ['dv', 'A204518', 'A204518'],
    ['cy', 'JH 12 34 56 C', 'JH 12 34 56 C'],
    ['ig', '12345678901', '12345678901'],
  ])('%s %s', (lang, written, id) => expect(uncheckedNationalId(written, lang)).toBe(id));

  it('reads none of them on a page of another language', () => {
    expect(uncheckedNationalId('301 211 004 518', 'fr')).toBeNull();
    expect(uncheckedNationalId('A204518', 'en')).toBeNull();
    expect(uncheckedNationalId('II-AŞ 552071', 'tr')).toBeNull();
  });
});
