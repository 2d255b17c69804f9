// Field words of the world's CRM languages (docs/adapters.md, "Field words of the world's languages"): for every
// language group a small record page of our own (made-up markup, names and numbers) read by its labels alone.
import { normalizeLabel, stripSalutation } from '@/utils/core/normalize/text';
import { isAddressPart, keyForLabel, namePart } from '@/utils/extract/generic/dictionary';
import { WORLD_WORDS, wordsOf } from '@/utils/extract/generic/words';
import { classReader } from './class-page';

const NOW = new Date('2026-11-30T10:00:00Z');
const { values } = classReader('en', NOW);
const page = (rows: [string, string][]) =>
  `<div class="card"><table>${rows.map(([l, v]) => `<tr><td>${l}</td><td>${v}</td></tr>`).join('')}</table></div>`;

type Case = [lang: string, rows: [string, string][], expected: Record<string, string>];

const EUROPE: Case[] = [
  [
    'fr',
    [
      ['Nom complet', 'Camille Dubreuil'],
      ['Société', 'Atelier Morvan'],
      ['Portable', '+33 6 12 34 56 78'],
      ['Courriel', 'camille@morvan.example'],
      ['Code client', 'CL-00412'],
      ['Commercial attitré', 'Julien Perrin'],
      ['Formule souscrite', 'Confort Plus'],
      ['Date de souscription', '2024-03-12'],
    ],
    {
      name: 'Camille Dubreuil',
      company: 'Atelier Morvan',
      mobile: '+33612345678',
      email: 'camille@morvan.example',
      customerId: 'CL-00412',
      owner: 'Julien Perrin',
      product: 'Confort Plus',
      signDate: '2024-03-12',
    },
  ],
  [
    'de',
    [
      ['Vorname', 'Jonas'],
      ['Nachname', 'Brückner'],
      ['Handy', '+49 151 23456789'],
      ['Kd.-Nr.', 'K-30917'],
      ['Kundenberater', 'Petra Lang'],
      ['Gebuchter Tarif', 'Strom Öko 24'],
      ['Unterschrieben am', '2023-11-02'],
    ],
    {
      name: 'Jonas Brückner',
      mobile: '+4915123456789',
      customerId: 'K-30917',
      owner: 'Petra Lang',
      product: 'Strom Öko 24',
      signDate: '2023-11-02',
    },
  ],
  [
    'it',
    [
      ['Nome e cognome', 'Giulia Ferri'],
      ['Cellulare', '+39 347 123 4567'],
      ['Codice cliente', 'CF-7781'],
      ['Referente commerciale', 'Marco Sala'],
      ['Piano tariffario', 'Casa Light'],
      ['Data stipula', '2022-05-20'],
    ],
    {
      name: 'Giulia Ferri',
      mobile: '+393471234567',
      customerId: 'CF-7781',
      owner: 'Marco Sala',
      product: 'Casa Light',
      signDate: '2022-05-20',
    },
  ],
  [
    'es',
    [
      ['Nombre y apellidos', 'Lucía Navarro Gil'],
      ['Empresa', 'Talleres Ebro'],
      ['Correo', 'lucia@ebro.example'],
      ['Ejecutivo de cuenta', 'Diego Ramos'],
      ['Póliza', 'Hogar Total'],
      ['Fecha de firma', '2021-09-14'],
    ],
    {
      name: 'Lucía Navarro Gil',
      company: 'Talleres Ebro',
      email: 'lucia@ebro.example',
      owner: 'Diego Ramos',
      product: 'Hogar Total',
      signDate: '2021-09-14',
    },
  ],
  [
    'pt-BR',
    [
      ['Nome completo', 'Rafael Moura Lima'],
      ['Telemóvel', '+351 912 345 678'],
      ['Morada', 'Rua das Flores 12, 4050-262 Porto'],
      ['Gestor de conta', 'Inês Costa'],
      ['Plano', 'Fibra 500'],
      ['Data de adesão', '2020-02-03'],
    ],
    {
      name: 'Rafael Moura Lima',
      mobile: '+351912345678',
      address: 'Rua das Flores 12, 4050-262 Porto',
      owner: 'Inês Costa',
      product: 'Fibra 500',
      signDate: '2020-02-03',
    },
  ],
  [
    'nl',
    [
      ['Volledige naam', 'Sanne de Groot'],
      ['Klantnummer', 'KL-5521'],
      ['Accountbeheerder', 'Pieter Bos'],
      ['Pakket', 'Zakelijk Plus'],
      ['Datum ondertekening', '2024-01-08'],
    ],
    {
      name: 'Sanne de Groot',
      customerId: 'KL-5521',
      owner: 'Pieter Bos',
      product: 'Zakelijk Plus',
      signDate: '2024-01-08',
    },
  ],
  [
    'pl',
    [
      ['Imię i nazwisko', 'Agnieszka Wróbel'],
      ['Komórka', '+48 601 234 567'],
      ['Kod klienta', 'PL-2290'],
      ['Przedstawiciel handlowy', 'Tomasz Kula'],
      ['Taryfa', 'Biznes 2'],
      ['Data umowy', '2023-04-17'],
    ],
    {
      name: 'Agnieszka Wróbel',
      mobile: '+48601234567',
      customerId: 'PL-2290',
      owner: 'Tomasz Kula',
      product: 'Biznes 2',
      signDate: '2023-04-17',
    },
  ],
  [
    'cs',
    [
      ['Jméno', 'Petr'],
      ['Příjmení', 'Dvořák'],
      ['Obchodník', 'Jana Malá'],
      ['Tarif', 'Optimal'],
      ['Datum smlouvy', '2022-10-01'],
    ],
    { name: 'Petr Dvořák', owner: 'Jana Malá', product: 'Optimal', signDate: '2022-10-01' },
  ],
  [
    'ro',
    [
      ['Nume complet', 'Andrei Popescu'],
      ['Telefon mobil', '+40 722 123 456'],
      ['Cod client', 'RO-118'],
      ['Agent de vânzări', 'Elena Ionescu'],
      ['Pachet', 'Familie'],
      ['Data contractului', '2021-06-30'],
    ],
    {
      name: 'Andrei Popescu',
      mobile: '+40722123456',
      customerId: 'RO-118',
      owner: 'Elena Ionescu',
      product: 'Familie',
      signDate: '2021-06-30',
    },
  ],
  [
    'hu',
    [
      ['Teljes név', 'Kovács Eszter'],
      ['Ügyfélszám', 'U-40213'],
      ['Üzletkötő', 'Nagy Péter'],
      ['Díjcsomag', 'Otthon M'],
      ['Szerződés dátuma', '2024-02-29'],
    ],
    {
      name: 'Kovács Eszter',
      customerId: 'U-40213',
      owner: 'Nagy Péter',
      product: 'Otthon M',
      signDate: '2024-02-29',
    },
  ],
  [
    'hr',
    [
      ['Ime i prezime', 'Ivana Horvat'],
      ['Mobitel', '+385 91 234 5678'],
      ['Šifra kupca', 'HR-0931'],
      ['Komercijalist', 'Marko Babić'],
      ['Datum ugovora', '2020-12-11'],
    ],
    {
      name: 'Ivana Horvat',
      mobile: '+385912345678',
      customerId: 'HR-0931',
      owner: 'Marko Babić',
      signDate: '2020-12-11',
    },
  ],
  [
    'ru',
    [
      ['ФИО', 'Соколова Анна Игоревна'],
      ['Контрагент', 'ООО «Вектор»'],
      ['Сотовый телефон', '+7 916 123-45-67'],
      ['Менеджер клиента', 'Павел Орлов'],
      ['Дата подписания', '2023-08-21'],
    ],
    {
      name: 'Соколова Анна Игоревна',
      company: 'ООО «Вектор»',
      mobile: '+79161234567',
      owner: 'Павел Орлов',
      signDate: '2023-08-21',
    },
  ],
  [
    'el',
    [
      ['Ονοματεπώνυμο', 'Νίκος Παπαδάκης'],
      ['Κινητό', '+30 694 123 4567'],
      ['Κωδικός πελάτη', 'GR-772'],
      ['Υπεύθυνος λογαριασμού', 'Μαρία Λύτρα'],
      ['Ημ/νία γέννησης', '1984-03-15'],
    ],
    {
      name: 'Νίκος Παπαδάκης',
      mobile: '+306941234567',
      customerId: 'GR-772',
      owner: 'Μαρία Λύτρα',
      birthDate: '1984-03-15',
    },
  ],
  [
    'sv',
    [
      ['Förnamn', 'Elin'],
      ['Efternamn', 'Lindqvist'],
      ['Kundnummer', 'SE-4410'],
      ['Ägare', 'Oskar Berg'],
      ['Abonnemang', 'Bredband 250'],
      ['Avtalsdatum', '2024-05-02'],
    ],
    {
      name: 'Elin Lindqvist',
      customerId: 'SE-4410',
      owner: 'Oskar Berg',
      product: 'Bredband 250',
      signDate: '2024-05-02',
    },
  ],
  [
    'fi',
    [
      ['Koko nimi', 'Aino Virtanen'],
      ['Matkapuhelin', '+358 40 123 4567'],
      ['Asiakasnumero', 'FI-88120'],
      ['Asiakasvastaava', 'Mikko Laine'],
      ['Liittymä', 'Kuitu 300'],
      ['Sopimuspäivä', '2021-11-19'],
    ],
    {
      product: 'Kuitu 300',
      name: 'Aino Virtanen',
      mobile: '+358401234567',
      customerId: 'FI-88120',
      owner: 'Mikko Laine',
      signDate: '2021-11-19',
    },
  ],
];

const MIDDLE_EAST_CENTRAL_ASIA: Case[] = [
  [
    'ar',
    [
      ['اسم العميل', 'سارة العتيبي'],
      ['رقم الجوال', '+966 55 123 4567'],
      ['كود العميل', 'SA-3301'],
      ['مندوب المبيعات', 'خالد الحربي'],
      ['الباقة', 'الذهبية'],
      ['تاريخ العقد', '2023-01-25'],
    ],
    {
      name: 'سارة العتيبي',
      mobile: '+966551234567',
      customerId: 'SA-3301',
      owner: 'خالد الحربي',
      product: 'الذهبية',
      signDate: '2023-01-25',
    },
  ],
  [
    'he',
    [
      ['שם פרטי', 'נועה'],
      ['שם משפחה', 'לוי'],
      ['מספר לקוח', 'IL-2201'],
      ['איש מכירות', 'אורי כהן'],
      ['מסלול', 'עסקי'],
    ],
    { name: 'נועה לוי', customerId: 'IL-2201', owner: 'אורי כהן', product: 'עסקי' },
  ],
  [
    'tr',
    [
      ['Adı Soyadı', 'Elif Yıldız'],
      ['Cep Telefonu', '+90 532 123 45 67'],
      ['Müşteri Kodu', 'TR-0042'],
      ['Müşteri Temsilcisi', 'Burak Şahin'],
      ['Tarife', 'Ev İnterneti'],
      ['Sözleşme Tarihi', '2022-07-04'],
    ],
    {
      name: 'Elif Yıldız',
      mobile: '+905321234567',
      customerId: 'TR-0042',
      owner: 'Burak Şahin',
      product: 'Ev İnterneti',
      signDate: '2022-07-04',
    },
  ],
  [
    'ka',
    [
      ['სახელი', 'ნინო'],
      ['გვარი', 'ბერიძე'],
      ['მობილური', '+995 555 12 34 56'],
      ['პასუხისმგებელი', 'გიორგი ლომიძე'],
      ['ხელშეკრულების თარიღი', '2023-03-09'],
    ],
    { name: 'ნინო ბერიძე', mobile: '+995555123456', owner: 'გიორგი ლომიძე', signDate: '2023-03-09' },
  ],
  [
    'hy',
    [
      ['Անուն', 'Անի'],
      ['Ազգանուն', 'Պետրոսյան'],
      ['Հաճախորդի կոդ', 'AM-551'],
      ['Պատասխանատու', 'Արամ Սարգսյան'],
    ],
    { name: 'Անի Պետրոսյան', customerId: 'AM-551', owner: 'Արամ Սարգսյան' },
  ],
  [
    'kk',
    [
      ['Аты-жөні', 'Айгерім Серікова'],
      ['Клиент коды', 'KZ-7710'],
      ['Жауапты', 'Ерлан Нұрланов'],
      ['Шарт күні', '2024-04-01'],
    ],
    { name: 'Айгерім Серікова', customerId: 'KZ-7710', owner: 'Ерлан Нұрланов', signDate: '2024-04-01' },
  ],
  [
    'uz',
    [
      ['F.I.Sh.', 'Dilnoza Karimova'],
      ['Mijoz raqami', 'UZ-3090'],
      ["Mas'ul", 'Jasur Aliyev'],
      ['Shartnoma sanasi', '2023-10-10'],
    ],
    { name: 'Dilnoza Karimova', customerId: 'UZ-3090', owner: 'Jasur Aliyev', signDate: '2023-10-10' },
  ],
  [
    'mn',
    [
      ['Овог нэр', 'Батболдын Сарангэрэл'],
      ['Харилцагчийн код', 'MN-204'],
      ['Хариуцагч', 'Ганбат'],
      ['Гэрээний огноо', '2022-09-01'],
    ],
    { name: 'Батболдын Сарангэрэл', customerId: 'MN-204', owner: 'Ганбат', signDate: '2022-09-01' },
  ],
  [
    'ur',
    [
      ['گاہک کا نام', 'عائشہ خان'],
      ['موبائل نمبر', '+92 300 1234567'],
      ['کسٹمر آئی ڈی', 'PK-9081'],
    ],
    { name: 'عائشہ خان', mobile: '+923001234567', customerId: 'PK-9081' },
  ],
];

const ASIA: Case[] = [
  [
    'hi',
    [
      ['पूरा नाम', 'अनिता शर्मा'],
      ['मोबाइल नंबर', '+91 98765 43210'],
      ['ग्राहक नंबर', 'IN-4412'],
      ['संबंध प्रबंधक', 'राहुल वर्मा'],
      ['उत्पाद', 'गृह ऋण'],
      ['अनुबंध तिथि', '2024-06-18'],
    ],
    {
      name: 'अनिता शर्मा',
      mobile: '+919876543210',
      customerId: 'IN-4412',
      owner: 'राहुल वर्मा',
      product: 'गृह ऋण',
      signDate: '2024-06-18',
    },
  ],
  [
    'ta',
    [
      ['வாடிக்கையாளர் பெயர்', 'கவிதா ராஜன்'],
      ['கைபேசி எண்', '+91 94441 23456'],
      ['வாடிக்கையாளர் எண்', 'TN-210'],
    ],
    { name: 'கவிதா ராஜன்', mobile: '+919444123456', customerId: 'TN-210' },
  ],
  [
    'te',
    [
      ['పూర్తి పేరు', 'లక్ష్మి రెడ్డి'],
      ['మొబైల్ నంబర్', '+91 99887 76655'],
      ['చిరునామా', 'ఇంటి నం. 4-12, గుంటూరు'],
    ],
    { name: 'లక్ష్మి రెడ్డి', mobile: '+919988776655', address: 'ఇంటి నం. 4-12, గుంటూరు' },
  ],
  [
    'th',
    [
      ['ชื่อจริง', 'สมหญิง'],
      ['นามสกุล', 'ใจดี'],
      ['รหัสลูกค้า', 'TH-0901'],
      ['ตัวแทนขาย', 'วีระ ทองดี'],
      ['วันที่เริ่มสัญญา', '2023-02-14'],
    ],
    { name: 'สมหญิง ใจดี', customerId: 'TH-0901', owner: 'วีระ ทองดี', signDate: '2023-02-14' },
  ],
  [
    'km',
    [
      ['ឈ្មោះអតិថិជន', 'សុខ ចន្ធា'],
      ['លេខទូរស័ព្ទដៃ', '+855 12 345 678'],
      ['មន្ត្រីឥណទាន', 'ហេង វិចិត្រ'],
    ],
    { name: 'សុខ ចន្ធា', mobile: '+85512345678', owner: 'ហេង វិចិត្រ' },
  ],
  [
    'lo',
    [
      ['ຊື່ລູກຄ້າ', 'ສົມພອນ ວົງສາ'],
      ['ລະຫັດລູກຄ້າ', 'LA-118'],
      ['ຜູ້ຮັບຜິດຊອບ', 'ບຸນມີ ແກ້ວ'],
    ],
    { name: 'ສົມພອນ ວົງສາ', customerId: 'LA-118', owner: 'ບຸນມີ ແກ້ວ' },
  ],
  [
    'my',
    [
      ['ဖောက်သည်အမည်', 'ဒေါ်မြင့်မြင့်'],
      ['ဖောက်သည်ကုဒ်', 'MM-305'],
      ['တာဝန်ခံ', 'ကိုအောင်'],
    ],
    { name: 'ဒေါ်မြင့်မြင့်', customerId: 'MM-305', owner: 'ကိုအောင်' },
  ],
  [
    'vi',
    [
      ['Họ tên', 'Nguyễn Thị Hoa'],
      ['SĐT', '0912 345 678'],
      ['Mã KH', 'KH-00921'],
      ['Tư vấn viên', 'Trần Minh'],
      ['Gói cước', 'Home 2'],
    ],
    { name: 'Nguyễn Thị Hoa', customerId: 'KH-00921', owner: 'Trần Minh', product: 'Home 2' },
  ],
  [
    'ms',
    [
      ['Nama penuh', 'Siti Aminah binti Hassan'],
      ['Telefon bimbit', '+60 12-345 6789'],
      ['Kod pelanggan', 'MY-778'],
      ['Wakil jualan', 'Ahmad Faiz'],
      ['Pakej', 'Takaful Keluarga'],
    ],
    {
      name: 'Siti Aminah binti Hassan',
      mobile: '+60123456789',
      customerId: 'MY-778',
      owner: 'Ahmad Faiz',
      product: 'Takaful Keluarga',
    },
  ],
  [
    'id',
    [
      ['Nama konsumen', 'Dewi Lestari'],
      ['Perusahaan', 'CV Maju Jaya'],
      ['Nomor pelanggan', 'ID-5512'],
      ['Penanggung jawab', 'Rudi Hartono'],
      ['Tanggal perjanjian', '2022-08-08'],
    ],
    {
      name: 'Dewi Lestari',
      company: 'CV Maju Jaya',
      customerId: 'ID-5512',
      owner: 'Rudi Hartono',
      signDate: '2022-08-08',
    },
  ],
  [
    'fil',
    [
      ['Unang pangalan', 'Maricel'],
      ['Apelyido', 'Santos'],
      ['Kumpanya', 'Santos Bakery'],
      ['Ahente', 'Jun dela Cruz'],
    ],
    { name: 'Maricel Santos', company: 'Santos Bakery', owner: 'Jun dela Cruz' },
  ],
  [
    'zh-TW',
    [
      ['客戶名稱', '林怡君'],
      ['手機', '0912-345-678'],
      ['客戶編號', 'TW-20931'],
      ['負責業務', '陳志明'],
      ['合約日期', '2024-07-01'],
    ],
    { name: '林怡君', mobile: '0912345678', customerId: 'TW-20931', owner: '陳志明', signDate: '2024-07-01' },
  ],
  [
    'ja',
    [
      ['お客様名', '佐藤 花子'],
      ['携帯電話番号', '090-1234-5678'],
      ['お客様番号', 'JP-4471'],
      ['営業担当者', '鈴木 一郎'],
      ['プラン名', 'ひかりプラス'],
      ['契約開始日', '2023-04-01'],
    ],
    {
      name: '佐藤 花子',
      customerId: 'JP-4471',
      owner: '鈴木 一郎',
      product: 'ひかりプラス',
      signDate: '2023-04-01',
    },
  ],
  [
    'ko',
    [
      ['고객 성명', '김민지'],
      ['휴대폰 번호', '010-1234-5678'],
      ['회원 번호', 'KR-1188'],
      ['영업사원', '박준호'],
      ['요금제', '5G 스탠다드'],
      ['계약 날짜', '2022-12-01'],
    ],
    {
      name: '김민지',
      customerId: 'KR-1188',
      owner: '박준호',
      product: '5G 스탠다드',
      signDate: '2022-12-01',
    },
  ],
];

const AFRICA: Case[] = [
  [
    'sw',
    [
      ['Jina la kwanza', 'Neema'],
      ['Jina la mwisho', 'Mwakasege'],
      ['Kampuni', 'Duka la Neema'],
      ['Simu', '+255 754 123 456'],
      ['Muuzaji', 'Baraka Mushi'],
    ],
    { name: 'Neema Mwakasege', company: 'Duka la Neema', owner: 'Baraka Mushi' },
  ],
  [
    'am',
    [
      ['ሙሉ ስም', 'ሰላም ታደሰ'],
      ['ሞባይል ቁጥር', '+251 911 234 567'],
      ['የደንበኛ ቁጥር', 'ET-441'],
      ['የብድር ባለሙያ', 'ዮሐንስ በቀለ'],
    ],
    { name: 'ሰላም ታደሰ', mobile: '+251911234567', customerId: 'ET-441', owner: 'ዮሐንስ በቀለ' },
  ],
  [
    'ha',
    [
      ['Cikakken suna', 'Aisha Bello'],
      ['Lambar wayar hannu', '+234 803 123 4567'],
      ['Lambar abokin ciniki', 'NG-3003'],
    ],
    { name: 'Aisha Bello', mobile: '+2348031234567', customerId: 'NG-3003' },
  ],
  [
    'zu',
    [
      ['Igama', 'Thandiwe Dlamini'],
      ['Iselula', '+27 82 123 4567'],
      ['Inombolo yekhasimende', 'ZA-9001'],
      ['Umthengisi', 'Sipho Zulu'],
    ],
    { name: 'Thandiwe Dlamini', mobile: '+27821234567', customerId: 'ZA-9001', owner: 'Sipho Zulu' },
  ],
  [
    'af',
    [
      ['Volle naam', 'Annelie Botha'],
      ['Selfoon', '+27 83 555 0101'],
      ['Kliëntnommer', 'AF-120'],
      ['Verkoopsverteenwoordiger', 'Johan Venter'],
      ['Kontrakdatum', '2024-03-03'],
    ],
    {
      name: 'Annelie Botha',
      mobile: '+27835550101',
      customerId: 'AF-120',
      owner: 'Johan Venter',
      signDate: '2024-03-03',
    },
  ],
  [
    'so',
    [
      ['Magaca oo buuxa', 'Hodan Cali Maxamed'],
      ['Lambarka macmiilka', 'SO-77'],
      ['Taariikhda heshiiska', '2023-06-06'],
    ],
    { name: 'Hodan Cali Maxamed', customerId: 'SO-77', signDate: '2023-06-06' },
  ],
];

describe.each([
  ['Europe', EUROPE],
  ['Middle East, Caucasus and Central Asia', MIDDLE_EAST_CENTRAL_ASIA],
  ['South, Southeast and East Asia', ASIA],
  ['Africa', AFRICA],
])('%s: a record in the language read by its labels', (_group, cases) => {
  it.each(cases)('%s', (lang, rows, expected) => {
    expect(values(page(rows), 'https://crm.example/record/1', lang)).toMatchObject(expected);
  });
});

describe('the world tables', () => {
  it('hold words as normalised labels are written (lower case, trimmed, no colon)', () => {
    const unnormalised = Object.entries(WORLD_WORDS).flatMap(([lang, table]) =>
      Object.values(table).flatMap((list) =>
        wordsOf(list)
          .filter((w) => normalizeLabel(w) !== w)
          .map((w) => `${lang}: ${w}`),
      ),
    );
    expect(unnormalised).toEqual([]);
  });

  it('leave a word meaning something else on CRM pages unread', () => {
    // A date in Portuguese and Italian but "data" in English; a number; a status; a phone's type; a quote; "from";
    // "created by"; a support agent; a sales figure; the customer's own contact; a contract's number; Hungarian "no".
    for (const w of [
      'data',
      'nr',
      'estado',
      'domicile',
      'offre',
      'van',
      'by',
      'agent',
      'sales',
      'pic',
      'contract',
      'nem',
    ])
      expect([w, keyForLabel(w)]).toEqual([w, undefined]);
    // Taiwan's 統一編號 is a company's tax number: no person's id, no customer code.
    expect(keyForLabel('統一編號')).toBeUndefined();
  });

  it('keep a part a part when another language has the word for a field (a Brazilian CEP is no Turkish "cep")', () => {
    expect(keyForLabel('cep')).toBeUndefined();
    expect(isAddressPart('cep')).toBe(true);
    expect(namePart('nome')).toBe('first');
    expect(isAddressPart('poštanski broj')).toBe(true);
    expect(namePart('isibongo')).toBe('last');
  });
});

describe('forms of address of the world', () => {
  it.each([
    ['Sig.ra Giulia Ferri', 'Giulia Ferri'],
    ['Señora Lucía Navarro', 'Lucía Navarro'],
    ['Mevr. Sanne de Groot', 'Sanne de Groot'],
    ['Pani Agnieszka Wróbel', 'Agnieszka Wróbel'],
    ['г-жа Анна Соколова', 'Анна Соколова'],
    ['κα Μαρία Λύτρα', 'Μαρία Λύτρα'],
    ['السيدة سارة العتيبي', 'سارة العتيبي'],
    ['خانم مریم احمدی', 'مریم احمدی'],
    ['श्रीमती अनिता शर्मा', 'अनिता शर्मा'],
    ['Gng. Maricel Santos', 'Maricel Santos'],
    ['Bi. Neema Mwakasege', 'Neema Mwakasege'],
    // After a Han or Hangul name: Chinese, Japanese, Korean.
    ['单振东 先生', '单振东'],
    ['陳嘉欣小姐', '陳嘉欣'],
    ['佐藤花子様', '佐藤花子'],
    ['김민지 님', '김민지'],
    // A one-word name after the word is kept whole (Pan is a surname too); a bare title stays.
    ['Pan Kowalski', 'Pan Kowalski'],
    ['先生', '先生'],
  ])('%s → %s', (raw, name) => {
    expect(stripSalutation(raw)).toBe(name);
  });
});
