// zh-CN and English label synonyms → field keys. Labels are compared normalised (no colon, lower case).
import { memoByString } from '../../core/memo';
import { foldApostrophes, readBothSides } from '../../core/normalize/text';
import { namesServiceRole, namesStaffRole } from './staff-role';
import { onWorldWords, WORLD_ADDRESS_PARTS, WORLD_LABELS, WORLD_NAME_PARTS } from './words';

// The record's person named by a bare word: a customer, a clinic's patient, a lender's borrower. A name label, but a
// weak one (WEAK_LABELS): any other name label wins.
const BARE_PERSON_WORDS = [
  // An agent script's "Customer: Kylie Anne Brennan".
  'customer',
  'client',
  '客户',
  '顾客',
  'cliente',
  'kunde',
  // A clinic's patient, in its masculine and feminine forms ("Patiente: Mme …").
  'patient',
  'patiente',
  'paciente',
  'patiënt',
  'pacjent',
  'pacientka',
  'patientin',
  // A law firm's or an agency's client, the one who retains it (委托人: 蒋某 on a case file).
  '委托人',
  // A party a law firm acts for (当事人), and a buyer named by what was bought (购房人, 购车人, 购墓人).
  '当事人',
  '购房人',
  '购车人',
  '购墓人',
  // The parent who signed for a family's lessons (签约家长): the family record's customer.
  '签约家长',
  // A hotline's caller by what they came for (诉求人, 投诉人, 求助人, 举报人, 咨询人: 12345 / 12315 work orders).
  '诉求人',
  '投诉人',
  '求助人',
  '举报人',
  '咨询人',
  // A lender's borrower (借款人: 林某 on a loan file).
  '借款人',
  'borrower',
  'prestatario',
  'emprunteur',
  'kreditnehmer',
  'заемщик',
  'заёмщик',
  'peminjam',
  'người vay',
  'mutuário',
  // The record's person as a trade keeps them: a housekeeping agency's employer of the nanny (雇主), a pet hospital's
  // owner of the pets (宠主) (docs/adapters.md, "Session 24: round 23's missed fields").
  '雇主',
  '宠主',
];

const SYNONYMS: Record<string, string[]> = {
  name: [
    ...BARE_PERSON_WORDS,
    '客户名称',
    '客户姓名',
    '姓名',
    '客户名',
    '联系人',
    '联系人姓名',
    '投保人',
    '投保人姓名',
    // Taiwan's word for the policy holder (投保人).
    '要保人',
    '要保人姓名',
    '名称',
    '全名',
    '真实姓名',
    // A telecom's or utility's subscriber (用户名称 on a 宽带 account), a company customer's full name.
    '用户名称',
    '用户姓名',
    '客户全称',
    // An agency's or a permit office's applicant (申请人名称: a person or a company filing through it, the client).
    '申请人名称',
    '委托人姓名',
    '委托人名称',
    // An order's or a delivery's person: the recipient is the customer the shop calls back.
    '收件人',
    '收货人',
    // A hotline's caller (来电人): the person the callback is for. A utility's account holder (户名; weak: a bank
    // account's 户名 elsewhere names its holder).
    '来电人',
    '来电人姓名',
    '户名',
    // A booking's person: who booked the room, the table or the ticket is the customer the order is called back for
    // (a companion is 入住人 / 同住人, not named here).
    '预订人',
    '预定人',
    '预订人姓名',
    '预定人姓名',
    '订房人',
    '订餐人',
    '订票人',
    'booker',
    'booker name',
    'name',
    'full name',
    // A help desk's user record (Request Tracker's Real Name beside the user name).
    'real name',
    'customer name',
    'contact name',
    'client name',
    // The record's own kind before "name" (a hospital's Patient Name, a gym's Member Name, a school's Student Name).
    'patient name',
    "patient's name",
    'member name',
    "member's name",
    'student name',
    "student's name",
    'guest name',
    'subscriber name',
    'resident name',
    'tenant name',
    'borrower name',
    'applicant name',
    'policyholder name',
    "customer's name",
    "client's name",
    'buyer name',
    'contact',
    'account name (person)',
    // A utility's or an insurer's customer: the account holder, the policyholder.
    'account holder',
    'account holder name',
    'policyholder',
    'policy holder',
    // Japanese, Korean, Russian and Arabic record words.
    '氏名',
    'お名前',
    '顧客名',
    '이름',
    '고객명',
    // A Korean ERP's trading partner (거래처: the customer record) by its name.
    '거래처명',
    '성명',
    'фио',
    'имя',
    // 1C's counterparty card names the record (a company or a person) by its Наименование.
    'наименование',
    'полное наименование',
    'الاسم',
    'الاسم الكامل',
    'اسم العميل',
    // Italian, Spanish, French, Portuguese, Turkish, Vietnamese, Indonesian and Polish record words.
    'nome e cognome',
    'nominativo',
    'imię i nazwisko',
    'ad soyad',
    'họ và tên',
    'họ tên',
    'nama lengkap',
    'nombre completo',
    'nom complet',
    // A lead's contact as noCRM-style descriptions write it (round 11).
    'nom du contact',
    'nom du client',
    'nome completo',
    // The legal name (a sole trader's is the person's own): the record's name; a company's makes it a company.
    'ragione sociale',
    'razón social',
    'raison sociale',
    // Dutch: the record's name (Exact's Naam of a relation, a company's or a person's).
    'naam',
    'volledige naam',
    'klantnaam',
    // A WeCom / WeChat contact's remark name (备注名): the name the company set for the contact, over the nickname
    // the contact chose (docs/adapters.md, "Round 15: values"). A bare 备注 (a remark): collect.ts, remarkName.
    '备注名',
    '备注名称',
    '备注姓名',
    'remark name',
  ],
  company: [
    // A WeCom contact's remark company (备注企业), set by the company beside the remark name.
    '备注企业',
    '备注公司',
    '公司',
    '公司名称',
    '工作单位',
    // A retiree's former employer (an elder-care resident's 原工作单位): the company the file names for her.
    '原工作单位',
    '原单位',
    '退休单位',
    // The employer a social-security file names (参保单位: the unit that pays his contributions), as 工作单位.
    '参保单位',
    '单位',
    '单位名称',
    '所属公司',
    '企业名称',
    // A shop's registered trade name (企业字号: 永福便利店), a licensed retailer's company.
    '企业字号',
    '客户公司',
    '就职单位',
    '所在单位',
    'company',
    'company name',
    'business name',
    // A person's linked companies (erxes's "Companies" box): the company when it lists exactly one (collect.ts).
    'companies',
    'organizations',
    'organisations',
    'account name',
    'account',
    // A farm's or a sole trader's business (经营主体: 某某家庭农场) on a grower's record.
    '经营主体',
    // Zoho's Account Name in Spanish, French, German, Italian and Portuguese.
    'nombre de cuenta',
    'nombre de la cuenta',
    'nom du compte',
    'kontoname',
    'nome account',
    'nome da conta',
    'organization',
    'organisation',
    'employer',
    // A customer who is a student or an employee: 企业/学校 (an SCRM's one field for either).
    '企业/学校',
    '单位/学校',
    '学校/单位',
    '公司/学校',
    'firma',
    'bedrijf',
    'organization name',
    // WeCom's one word for the customer's employer; Japanese, Korean, Portuguese, Russian, Arabic, French.
    '企业',
    '会社名',
    '企業名',
    '取引先名',
    '勤務先',
    '회사',
    '회사명',
    'empresa',
    'компания',
    'организация',
    'الشركة',
    'entreprise',
    'société',
    'azienda',
    'società',
    'şirket',
    'công ty',
    'perusahaan',
    'nazwa firmy',
    // Italian and Dutch company names (vtiger/vtenext's Nome Azienda), German Firmenname.
    'nome azienda',
    'bedrijfsnaam',
    'firmenname',
  ],
  phone: [
    '电话',
    // A company's switchboard (总机): its phone.
    '总机',
    '总机号码',
    '公司总机',
    // A screen pop's list of the caller's numbers, each typed by its tag (手机 / 公司).
    '联系号码',
    '固定电话',
    '座机',
    '联系电话',
    // The number a hotline's caller rang from, on the caller's own file (来电号码): the caller's.
    '来电号码',
    '办公电话',
    '单位电话',
    '公司电话',
    '商务电话',
    '工作电话',
    '家庭电话',
    '电话号码',
    '市话',
    '住宅电话',
    '住家电话',
    '备用电话',
    '备用号码',
    '联系方式',
    'phone',
    'office phone',
    'work phone',
    'business phone',
    'bus. phone',
    'telephone',
    'tel',
    'tel.',
    'landline',
    'primary phone',
    'main phone',
    'work',
    'phone number',
    'home phone',
    'phones',
    // FHIR's contact points (a patient's Telecom: each number and e-mail with its use).
    'telecom',
    'téléphone',
    'téléphone pro.',
    'tél.',
    'teléfono',
    'telefon',
    // Taiwanese ERP column names (Digiwin: TEL_NO(一)), the customer's own phone on a patient record, a 固话.
    'tel_no',
    'tel no',
    'tel no.',
    '本人电话',
    '固话',
    'telefoon',
    'telefoonnummer',
    'telefonnummer',
    // A record's main number (主号码): mobile or landline by its shape; Japanese, Korean, Portuguese, Russian,
    // Arabic and French words.
    '主号码',
    '电话番号',
    '自宅电话',
    '전화번호',
    '전화',
    'telefone',
    'telefones',
    'telefone fixo',
    'телефон',
    'телефоны',
    'раб. тел.',
    'рабочий телефон',
    // Russian field names written noun first (КлиентскаяБаза's "Телефон рабочий", "Телефон мобильный").
    'телефон рабочий',
    'телефон домашний',
    'الهاتف',
    'هاتف',
    'fixed phone',
    // ERP captions ending in "No." (Business Central's Phone No., Mobile Phone No.).
    'phone no.',
    'phone no',
    'telephone no.',
    'téléphone fixe',
    'festnetz',
    'telefono',
    'teléfono fijo',
    'điện thoại',
    'số điện thoại',
    // The desk (landline) number beside a mobile under a bare Điện thoại.
    'điện thoại bàn',
    'điện thoại cố định',
    'telepon',
    'numer telefonu',
    'téléphone bureau',
    // A main number (Téléphone principal, Telefono principale, Teléfono principal); a store's or customer's phone.
    'téléphone principal',
    'telefono principale',
    'teléfono principal',
    'telefone principal',
    // (A phone named by the record's kind, 客户电话, 会员电话, 学生电话 …, is in the word tables: words/east-asia.ts.)
    '门店电话',
    '店铺电话',
    // A landline named as one (固话号码).
    '固话号码',
    '固定电话号码',
    // A number typed by where it rings, in the label (Telefon geschäftlich, Telefono Ufficio); a telecom's service
    // number (the subscriber's line) and an alternate contact number.
    'telefon geschäftlich',
    'telefon (geschäftlich)',
    'telefon dienstlich',
    'telefon büro',
    'telefon privat',
    'telefono ufficio',
    'telefono lavoro',
    'telefono casa',
    'telefono fisso',
    'teléfono trabajo',
    'teléfono oficina',
    'service number',
    'alternate contact',
    'alternate number',
    'alternative number',
    'alternate phone',
  ],
  mobile: [
    '手机',
    '手机号',
    '手机号码',
    '移动电话',
    '联系手机',
    '手机号码1',
    '行动电话',
    '手提电话',
    // Hong Kong's word for a mobile.
    '流动电话',
    'mobile no',
    'mobile no.',
    '本人手机',
    'mobile',
    'mobile phone',
    // A typed mobile by whose it is (CiviCRM's location types: Home Mobile, Work Mobile).
    'home mobile',
    'work mobile',
    'personal mobile',
    'mobile service',
    'cell',
    'cell phone',
    'cell no.',
    'cellphone',
    'mobile number',
    'mobile phone number',
    'mobiles',
    'tél. portable',
    'portable',
    'móvil',
    'handy',
    'gsm',
    'mobiel',
    'mobiele telefoon',
    'mobiltelefon',
    'mobilnummer',
    'mobil',
    'mobile phone no.',
    'mobile phone no',
    '携帯電話',
    '携帯',
    '携帯番号',
    '휴대폰',
    '휴대전화',
    '핸드폰',
    'celular',
    'telefone celular',
    'мобильный',
    'мобильный телефон',
    'телефон мобильный',
    'сотовый',
    'الجوال',
    'جوال',
    'الهاتف المحمول',
    // (Levantine and Gulf pages write the mobile as the moving phone.)
    'الهاتف المتحرك',
    'هاتف متحرك',
    'الهاتف الخلوي',
    'هاتف خلوي',
    'cellulare',
    'cep telefonu',
    'di động',
    'số di động',
    'ponsel',
    'handphone',
    'no. hp',
    'telefon komórkowy',
    'téléphone mobile',
    'teléfono móvil',
  ],
  email: [
    // A typed e-mail by whose it is (CiviCRM's location types): of two, the first shown wins.
    'home email',
    'work email',
    'personal email',
    '邮箱',
    '电子邮件',
    '电子邮箱',
    '邮件',
    '邮件地址',
    // Hong Kong and Taiwan: 電郵 (電子郵件) — an e-mail, never a postal address.
    '电邮',
    '电邮地址',
    'email',
    'e-mail',
    'email address',
    'e-mail address',
    'email地址',
    'e-mail地址',
    'mail',
    'primary email',
    'emails',
    'courriel',
    'e-mailadres',
    'e-mail-adresse',
    'メールアドレス',
    'メール',
    '이메일',
    'email раб.',
    'эл. почта',
    'электронная почта',
    'البريد الإلكتروني',
    'correo electrónico',
    'correo',
    'posta elettronica',
    'e-posta',
    'adresse e-mail',
    'adresse email',
  ],
  idNumber: [
    '证件号',
    '证件号码',
    '身份证',
    '身份证号',
    '身份证号码',
    '居民身份证号码',
    '证件编号',
    '身份证件号码',
    '投保人身份证号',
    '身分证字号',
    '身分证号',
    '身分证号码',
    '香港身份证',
    '香港身份证号码',
    'id number',
    'national id',
    'id no',
    'id no.',
    'id card number',
    'resident id',
    'identification number',
    'identity number',
    'identity card number',
    'id card no.',
  ],
  gender: [
    '性别',
    'gender',
    'sex',
    '성별',
    'sexo',
    'пол',
    'الجنس',
    'sexe',
    'geschlecht',
    'sesso',
    'cinsiyet',
    'giới tính',
    'jenis kelamin',
    'płeć',
    // erxes, HubSpot-style profile fields ("Pronoun: Female").
    'pronoun',
    'pronouns',
  ],
  birthDate: [
    '出生日期',
    '生日',
    '出生年月日',
    '出生年月',
    'birthdate',
    'birthday',
    'date of birth',
    'dob',
    'd.o.b.',
    'birth date',
    'geboortedatum',
    'geburtsdatum',
    '生年月日',
    '생년월일',
    'data de nascimento',
    'дата рождения',
    'تاريخ الميلاد',
    'date de naissance',
    'fecha de nacimiento',
    'data di nascita',
    'doğum tarihi',
    'ngày sinh',
    'tanggal lahir',
    'data urodzenia',
    // French contact cards (vCard BDAY): Anniversaire is the birthday.
    'anniversaire',
    "date d'anniversaire",
  ],
  address: [
    '地址',
    '联系地址',
    '通讯地址',
    '家庭地址',
    '住址',
    '居住地址',
    // Where the person lives now (现居住地, 现居地), as 居住地址.
    '现居住地',
    '现居地',
    '居住地',
    '家庭住址',
    '常住地址',
    '通信地址',
    '邮寄地址',
    'address',
    'adresse',
    'mailing address',
    'primary address',
    'postal address',
    'home address',
    'contact address',
    // Shops and delivery businesses: the customer's own address.
    '收货地址',
    '收件地址',
    '配送地址',
    'shipping address',
    'delivery address',
    'dirección',
    'domicilio',
    'billing address',
    'adres',
    'anschrift',
    '住所',
    // A property owner's home in a property manager's archive (房屋: 某省某市…1801室); a dwelling's word names an
    // address only when its value reads as one (keyForValue).
    '房屋',
    '房产',
    '房屋地址',
    '房产地址',
    '주소',
    'endereço',
    'адрес',
    'العنوان',
    'indirizzo',
    'địa chỉ',
    'alamat',
    // A telco's, utility's or installer's address of the service (where the customer is), Kustomer's Locations.
    'service address',
    'installation address',
    'supply address',
    'locations',
    'adres zamieszkania',
  ],
  customerId: [
    'contact id',
    'account id',
    'record id',
    'contact no',
    'contact number',
    '编码',
    'contact no.',
    '客户编号',
    '客户代码',
    '客户代号',
    '客户id',
    '客户号',
    '客户编码',
    'customer code',
    // The customer's key in the organisation's other system (CiviCRM's and OpenEMR's External ID), shown as its code.
    'external id',
    'code client',
    'customer id',
    'customer no',
    'customer no.',
    'customer number',
    'client id',
    'client number',
    'reference',
    'ref.',
    'customer reference',
    'client code',
    'código de cliente',
    'código cliente',
    'número de cliente',
    'numéro client',
    'kundennummer',
    'klantnummer',
    'relatienummer',
    '档案编号',
    '客户档案编号',
    '会员编号',
    '会员号',
    '会员id',
    '用户id',
    // A member's card number, a hospital's patient file (病案号, beside the admission's 住院号), an app's user id.
    '会员卡号',
    '病案号',
    // A support provider's or programme's participant (its customer) by the number the scheme gives her (an
    // Australian NDIS number, a course's Teilnehmernummer): the number the agent looks her up by.
    'participant number',
    'participant no',
    'participant no.',
    'participant id',
    'ndis number',
    'ndis no',
    'ndis no.',
    'teilnehmernummer',
    'numéro de participant',
    'número de participante',
    // A school's or training centre's student number (学员 are its customers); a utility's account number (户号).
    '学号',
    'student number',
    'student no',
    'student no.',
    '户号',
    'user id',
    '顾客番号',
    '고객 번호',
    '고객번호',
    // A shop member's login id (아이디, as 用户ID / user id).
    '아이디',
    '회원 아이디',
    '회원아이디',
    'código do cliente',
    'номер клиента',
    'код клиента',
    'رقم العميل',
    'codice cliente',
    'numero cliente',
    'n° client',
    'müşteri no',
    'mã khách hàng',
    'kode pelanggan',
    'numer klienta',
    'id cliente',
    // Spanish and French customer numbers (Nº de cliente, Référence client), a lead's number, iDempiere's and
    // ADempiere's business-partner code (Search Key).
    'nº de cliente',
    'n.º de cliente',
    'n° de cliente',
    'nº cliente',
    'référence client',
    'réf. client',
    'ref. client',
    'référence',
    // "Customer #" (Act!'s user field): the customer's number, not the bare record word's name.
    'customer #',
    'client #',
    'member #',
    'account #',
    // A shop's or airline's loyalty number (Loyalty #): the customer's code there.
    'loyalty #',
    'loyalty no.',
    'loyalty number',
    'loyalty id',
    'lead number',
    'lead no',
    'lead id',
    'search key',
    // iDempiere / metasfresh's business-partner code in German (Suchschlüssel = Search Key).
    'suchschlüssel',
    // German CRMs keep people and companies as "Adressen": the record's number is its Adressnummer.
    'adressnummer',
    'adress-nr.',
    'adressnr.',
  ],
  product: [
    '产品',
    '产品名称',
    '购买产品',
    // A club's membership bought (a membership bought is a contract: tests/fixtures/holdout/README.md).
    '会籍类型',
    '会籍名称',
    // The latest purchase an after-sales desk shows (最近购买 "X9 洗烘一体机（2025-11-11 下单）") and what was bought.
    '最近购买',
    '最近购买产品',
    '最新购买',
    '已购产品',
    '已购商品',
    '已购机型',
    '投保产品',
    '险种',
    '险种名称',
    '合同产品',
    '认购产品',
    '理财产品',
    'product',
    'product name',
    'plan',
    'policy product',
    'producto',
    'plan contratado',
    // An insurance plan (Hong Kong and Taiwan policy tables: 計劃名稱).
    '计划名称',
    '保险计划',
    'plan name',
    'agreement',
    'servicio contratado',
    // Insurance agencies' policy, tariffs and offers; Japanese, Korean, Portuguese, Russian, Arabic words.
    'policy',
    'tarif',
    'offre souscrite',
    '套餐名称',
    '契约プラン',
    '계약 상품',
    'plano contratado',
    'produto',
    'тариф',
    'продукт',
    'المنتج',
    'المنتج المتعاقد عليه',
    'prodotto',
    'produit',
    'ürün',
    'sản phẩm',
    'produk',
    'produkt',
    'produto contratado',
    'formule souscrite',
    'formule',
    'program',
    'programme',
    'абонемент',
    'contracted service',
    'product purchased',
    'products purchased',
    '契约商品',
    // An energy or telecom tariff; a French contract's name (a contract code is no product: keyForValue); a Korean
    // subscription product; an Arabic package (الباقة).
    'tariff',
    // A training centre's course (Formation: Titre professionnel …), what the trainee signed for.
    'formation',
    'intitulé de la formation',
    'contrat',
    // An insurer's policy type, a club's membership (not a bare English "Contract": a contract's number as often).
    'policy type',
    'club membership',
    // A salon's or a gym's card bought (卡项: a course of treatments, 会籍卡: a membership).
    '卡项',
    '卡项名称',
    '卡名',
    '卡名称',
    '合同名称',
    '协议名称',
    '合约名称',
    '会籍卡',
    // A membership bought (会籍购买), the latest item consumed (最近消费项目), a car's model bought from a dealer (车款),
    // and the property a buyer wants (意向房源: ranked below what was bought, NOT_BOUGHT).
    '会籍购买',
    '购买会籍',
    '最近消费项目',
    '消费项目',
    '车款',
    '車款',
    '意向房源',
    // An optician's glasses fitted and sold (配镜: frames and lenses), dated by 配镜日期.
    // A bank's or a lender's product type (业务品种: 个人住房贷款, 黄金饰品典当), what the customer took out.
    '业务品种',
    '配镜',
    '配鏡',
    '구독 상품',
    '가입 상품',
    '이용 상품',
    'الباقة',
    'باقة',
    '契約商品',
    // A Japanese lead's product of interest (weak, labelRank: what was bought wins).
    '興味のある製品',
    '興味のある商品',
    '関心のある製品',
    '関心のある商品',
    '订阅商品',
    '购买商品',
    // A school's course package bought (课程包, 课时包).
    '课程包',
    '课时包',
    // A travel agency's order: the route toured (线路, 旅游线路) is what was bought.
    '线路',
    '线路名称',
    '旅游线路',
    '出游线路',
    // What the customer bought or holds under the trade's own word: a shop's 商品, a dental clinic's 治疗项目, a power
    // supplier's 用电类别 (the tariff), a futures broker's 交易品种; an agency's Retainer; an insurer's Coverage; Italian
    // and Arabic subscriptions.
    '商品',
    '治疗项目',
    '用电类别',
    // A gas, water or heat supplier's tariff category too, and the nature of use (用水性质: 居民生活用水), which is the
    // tariff a water account pays (tests/fixtures/holdout/README.md, "A tariff taken is the product").
    '用气类别',
    '用水类别',
    '用热类别',
    '用水性质',
    '用气性质',
    '交易品种',
    'retainer',
    'coverage',
    'prodotto sottoscritto',
    'servizio sottoscritto',
    'الاشتراك',
    'rahmenvertrag',
  ],
  signDate: [
    '签约日期',
    // A bundle's order date (套餐办理: when the plan in use was taken, not the line's 入网 years ago), a motor policy's
    // confirmation (投保确认日: the policy signed; 起保 is the cover's start).
    '套餐办理',
    '套餐办理日期',
    '套餐办理时间',
    '投保确认日',
    '投保确认日期',
    '签订日期',
    '合同日期',
    '签单日期',
    '投保日期',
    // A flat's purchase contract signed and filed online (网签): the signing, which beats its subscription (认购, a
    // deposit paid before it) on the same record.
    '网签日期',
    '网签时间',
    '网签',
    '认购日期',
    '购买日期',
    '签约时间',
    '合同签订日期',
    // A purchase named by what was bought: a course, a car, glasses, the latest consumption (购课, 购车, 配镜, 消费).
    '购课日期',
    '购课时间',
    '购车日期',
    '購車日期',
    '配镜日期',
    '消费日期',
    // The signing alone, or its day (合同签订, 合同签订日, 协议签订日期).
    '合同签订',
    '合同签订日',
    '协议签订日期',
    '协议签订日',
    '合约签订日期',
    '签订时间',
    'sign date',
    'signing date',
    'contract date',
    'agreement date',
    'date of agreement',
    'signed date',
    'date signed',
    'contract signed',
    'plan signed',
    'signed',
    'signed on',
    'signed up',
    'signed up on',
    'policy date',
    'fecha firma contrato',
    'fecha de firma',
    'fecha firma',
    'fecha de contrato',
    // An insurance policy is signed when it is bound; German, French, Japanese, Korean, Portuguese, Russian, Arabic.
    'policy bound',
    'bound',
    'bind date',
    'vertragsabschluss',
    'abschlussdatum',
    'vertragsdatum',
    'date de signature',
    'contract signature date',
    '契约日',
    '계약일',
    'data de assinatura',
    'дата подписания договора',
    'дата заключения договора',
    'تاريخ توقيع العقد',
    'data firma',
    'data di firma',
    'data contratto',
    'date du contrat',
    'sözleşme tarihi',
    'ngày ký',
    'ngày ký hợp đồng',
    'tanggal kontrak',
    'data podpisania',
    'date de signature du contrat',
    'policy issue date',
    'policy issued',
    '契约缔结日',
    '契約締結日',
    '契约缔结日期',
    'data da assinatura',
    'fecha de alta del contrato',
    // Arabic "contract date" (تاريخ التعاقد); an energy supplier's tariff agreed on.
    'تاريخ التعاقد',
    'tariff agreed',
    // A deal won (the customer signed), a policy in effect, a contract's start (Vertragsbeginn), a subscription held
    // since (Abo seit), Dutch Contractdatum, Italian Data firma contratto, Arabic subscription date.
    'date won',
    'won date',
    'won on',
    'policy effective',
    'policy effective date',
    'vertragsbeginn',
    'abo seit',
    'abonnement seit',
    'contractdatum',
    'data firma contratto',
    'تاريخ الاشتراك',
    // The day a service was opened (开通日期): a sign date only when nothing else names one (labelRank).
    '开通日期',
    '开通时间',
  ],
  owner: [
    // A school's enrolment adviser (招生老师, 招生顾问) who signed the student: the record's seller, never a teacher.
    '招生老师',
    '招生顾问',
    '客户所有人',
    '所有人',
    '记录所有人',
    '负责人',
    '理财经理',
    '客户经理',
    '客户所有者',
    '所有者',
    '销售代表',
    '业务员',
    '归属人',
    '跟进人',
    '所属销售',
    '专属顾问',
    '服务经理',
    // 指派给 (assigned to: the sales rep a record is assigned to).
    '指派给',
    'owner',
    'contact owner',
    'account owner',
    'lead owner',
    'assigned to',
    'assigned user',
    'salesperson',
    'sales rep',
    'sales representative',
    'sales representatives',
    'commerciaux affectés au tiers',
    'account manager',
    'relationship manager',
    'record owner',
    'owned by',
    'customer owner',
    'agente',
    'comercial',
    'vendedor',
    // Taiwan's ERP word for the sales person (業務人員); Dutch and German account managers.
    '业务人员',
    'accountmanager',
    'vertriebsmitarbeiter',
    'kundenbetreuer',
    // A car dealer's sales adviser (Verkaufsberater), the customer's seller.
    'verkaufsberater',
    'verkaufsberaterin',
    'verkäufer',
    'verkäuferin',
    'kundenbetreuer/in',
    'kundenbetreuerin',
    'employee responsible',
    'commercial',
    '担当者',
    '담당자',
    'responsável',
    'ответственный',
    'مالك جهة الاتصال',
    // Arabic account manager; English account reps (Act!'s Account Rep, Key Account Manager); German Betreuer;
    // 销售人员.
    'مدير الحساب',
    'مسؤول الحساب',
    'account rep',
    'account representative',
    'account executive',
    'key account manager',
    'betreuer',
    'betreuerin',
    'betreuer/in',
    '销售人员',
    'المالك',
    'assegnato a',
    'asignado a',
    'atribuído a',
    'propriétaire',
    'chargé de compte',
    'sorumlu',
    'người phụ trách',
    'opiekun',
    'penanggung jawab',
    'commerciale',
    'comercial asignado',
    'comercial responsable',
    'responsable',
    'responsable commercial',
    'verantwortlicher',
    'verantwortlich',
    'zuständig',
    'менеджер',
    'ответственный менеджер',
    '自社担当者',
    '担当営業',
    '営業担当',
    '营业担当',
    // An agency's account lead; a clinic's consultant (咨询师) who owns the patient; Sansan's 名刺 owner, who
    // exchanged the card (交換者).
    'account lead',
    'client lead',
    '咨询师',
    '交換者',
    '名刺交換者',
  ],
  businessType: ['业务类型', 'business type'],
  bankAccount: [
    '银行账号',
    '账号',
    '银行卡号',
    '银行账户',
    'bank account',
    'account number',
    'iban',
    '理财账户',
    '结算账户',
    '扣款账户',
    '还款账户',
    // A loan's repayment card (还款银行卡) and the card a payout goes to.
    '银行卡',
    '还款银行卡',
    '还款卡号',
    '放款银行卡',
    '收款银行卡',
    '扣款银行卡',
  ],
};

/** Address parts some CRMs split into their own cells, joined in display order. */
const ADDRESS_PART_CN = new Set([
  // 行政区 / 行政区划: the province, city and district in one value ("江苏省南京市鼓楼区").
  '行政区',
  '行政区划',
  '省',
  '省份',
  '市',
  '城市',
  '县',
  '区',
  '区县',
  '区域',
  '所在地区',
  // A company's registered or business region beside its street line (注册地区 某省 / 某市 / 某区).
  '注册地区',
  '经营地区',
  '办公地区',
  '所属地区',
  '详细地址',
  '街道',
  '街道地址',
  '地区',
  '省市',
  '省市区',
  '所在省市',
  '所在城市',
  '县市',
  '乡镇市区',
  '乡镇',
  '国家',
  '国家/地区',
  '国家地区',
  '邮编',
  '邮政编码',
  // One field holding 省/市/区 beside 详细地址 (a cascader), and numbered parts.
  '省/市/区',
  '省/市/区/县',
  '省/市',
  '市/区',
  '区/县',
  '省市区县',
  '所属地区',
  '所属区域',
  '所在区域',
  '所在省份',
  '门牌号',
  '楼号',
  '房号',
  // A residential estate and its building / door lines after 街道 (小区 · 楼栋门牌), smallest last.
  '小区',
  '小区名称',
  '楼盘',
  '楼盘名称',
  '楼栋',
  '楼栋号',
  '楼栋门牌',
  '门牌',
  '单元',
  '单元号',
  '房间号',
  '室号',
  '栋号',
  '楼栋单元',
  // Japanese block number, building and room lines (市区町村・番地, 建物名・部屋番号など).
  '番地',
  '丁目',
  '町名',
  '建物名',
  '建物',
  '部屋番号',
  'ビル名',
  // Taiwan's postcode; Hong Kong's address parts, smallest first (室 / 樓層 / 大廈 / 街道 / 地區 / 區域).
  '邮递区号',
  '州',
  '室',
  '楼层',
  '大厦',
  '屋苑',
  // Japanese (郵便番号 = 邮便番号 once simplified), Korean, Portuguese, Russian and Arabic parts.
  '邮便番号',
  '都道府県',
  '市区町村',
  '우편번호',
  'cep',
  'bairro',
  'cidade',
  'индекс',
  'город',
  'улица',
  'الشارع',
  'المدينة',
  'الرمز البريدي',
  'البلد',
  'الدولة',
  'المنطقة',
]);
// (South Asia's parts too: a ward, a tole — a Nepali neighbourhood —, a municipality, a tehsil or taluka.)
const ADDRESS_PART_EN =
  /^(?:(?:mailing|billing|shipping|primary|home|postal|contact)\s+)?(?:address\s+)?(?:street(?: address| name| number)?|address line ?[123]|city|town|village|municipality|locality|suburb|neighbou?rhood|ward|tole|tehsil|taluka?|state|province|state\/province|region|district|county|voivodeship|prefecture|canton|zip|zipcode|zip code|zip\/postal code|postal code|postcode|post code|country|country\/region(?: code)?|location|city\/region|(?:house|building|apartment|flat|local|unit|suite|door)(?: (?:number|no\.?|#))?)$/;

// German and Dutch address parts (SAP's Straße / Postfach, PLZ, Ort; Dutch straat, postcode, plaats).
const ADDRESS_PART_DE_NL =
  /^(?:straße|strasse|straße und nr\.?|straße u\. nr\.?|straße \/ postfach|straße\/postfach|hausnummer|hausnr\.?|plz|postleitzahl|ort|stadt|bundesland|land|postfach|straat|huisnummer|plaats|woonplaats|gemeente|provincie)$/;

// Spanish, French, Portuguese, Italian and Russian parts (Código postal, Población, Provincia, País; Ville, Code postal;
// Индекс, Город, Улица, Дом, Квартира). "Número" is an address's house number and "Estado" its state only in an
// address run (they join the run beside Endereço / Rua / Cidade, never start one; an "Estado" reading as a status,
// "Ativo", joins none: index.ts).
const ADDRESS_PART_OTHER = new Set([
  'calle',
  'código postal',
  'codigo postal',
  'cp',
  'c.p.',
  'población',
  'localidad',
  'ciudad',
  'municipio',
  'provincia',
  'país',
  'pais',
  'colonia',
  'code postal',
  'ville',
  'pays',
  'rue',
  'région',
  'département',
  "complément d'adresse",
  'rua',
  'complemento',
  'município',
  'cap',
  'città',
  'nazione',
  'regione',
  'comune',
  'страна',
  'область',
  'регион',
  'район',
  'дом',
  'корпус',
  'строение',
  'квартира',
  'офис',
  'почтовый индекс',
  // A Brazilian form's house number and state (Número, UF) beside Endereço; Hebrew city and postcode (עיר, מיקוד);
  // 所在地 (the province / city / district line above 详细地址). Round 11 (docs/adapters.md).
  'número',
  'uf',
  'estado',
  // A Latin American address's department (Bolivia, Colombia, Peru, Uruguay: "Departamento  La Paz"); the same word
  // names a company's department (Ventas), which keyForValue keeps out.
  'departamento',
  // A Mexican address's outside and inside numbers (Calle / Núm. exterior / Núm. interior / Colonia / C.P.).
  'núm. exterior',
  'núm. interior',
  'num. exterior',
  'num. interior',
  'número exterior',
  'número interior',
  'no. exterior',
  'no. interior',
  'núm. ext.',
  'núm. int.',
  '所在地',
  'עיר',
  'מיקוד',
  // Indonesian parts (Alamat / Kota / Provinsi / Kode Pos) and the Dutch house-number addition (Toevoeging "B").
  'kota',
  'kabupaten',
  'kota/kabupaten',
  'kecamatan',
  'kelurahan',
  'provinsi',
  'kode pos',
  'negara',
  'toevoeging',
  'huisnummertoevoeging',
  // Vietnamese parts, country down to street (Quốc gia / Tỉnh/Thành phố / Quận/Huyện / Phường/Xã / Số nhà, đường),
  // Thai (จังหวัด / อำเภอ/เขต / ตำบล/แขวง / รหัสไปรษณีย์), Turkish, Hebrew and Malay parts.
  'quốc gia',
  'tỉnh',
  'tỉnh/thành',
  'thành phố',
  'quận',
  'huyện',
  'phường',
  'xã',
  'số nhà',
  'đường',
  'số nhà, đường',
  // KiotViet's one field for province and district ("Khu vực: Hà Nội - Quận Cầu Giấy").
  'khu vực',
  'số nhà/đường',
  'ประเทศ',
  'จังหวัด',
  'อำเภอ',
  'เขต',
  'ตำบล',
  'แขวง',
  'ถนน',
  'รหัสไปรษณีย์',
  'il',
  'ilçe',
  'mahalle',
  'sokak',
  'cadde',
  'posta kodu',
  'ülke',
  'şehir',
  'עיר',
  'מיקוד',
  'רחוב',
  'ארץ',
  'מדינה',
  'שכונה',
  'ישוב',
  'יישוב',
  'poskod',
  'negeri',
  'bandar',
  // Swahili parts (Mtaa / Mji / Mkoa / Wilaya).
  'mtaa',
  'mji',
  'mkoa',
  'wilaya',
]);

// Swedish, Danish, Norwegian and Polish parts (Postnummer, Postort; Postnr., By; Kod pocztowy, Miasto, Ulica, Ulica i
// nr: the street and its number).
const ADDRESS_PART_NORDIC_PL =
  /^(?:postnummer|postnr\.?|postort|poststed|(?:postnummer|postnr\.?) (?:og|och) (?:sted|ort|by)|gatuadress|gade|gata|kommune|kommun|län|ulica|ulica i (?:nr|numer)(?: domu)?|kod pocztowy|miasto|miejscowość|województwo|kraj)$/;

// Czech, Slovak, Hungarian, Romanian, Finnish, Croatian, Ukrainian and Greek parts (Ulice / Město / PSČ / Stát,
// Irányítószám / Város, Cod poștal / Oraș / Județ, Postinumero / Kaupunki, Poštanski broj / Grad, Місто, Πόλη, Τ.Κ.).
const ADDRESS_PART_EUROPE_MORE =
  /^(?:ulice|město|psč|pošta|poštna številka|hišna številka|naselje|stát|obec|okres|číslo popisné|mesto|štát|krajina|utca|házszám|irányítószám|város|település|megye|ország|strada|stradă|oraș|oras|cod poștal|cod postal|județ|judet|țară|tara|katu|katuosoite|postinumero|postitoimipaikka|kaupunki|kunta|maa|grad|poštanski broj|država|županija|вулиця|місто|індекс|поштовий індекс|країна|οδός|πόλη|τ\.κ\.|ταχυδρομικός κώδικας|νομός|χώρα)$/;

function isOneAddressPart(label: string): boolean {
  return (
    ADDRESS_PART_CN.has(toSimplified(label)) ||
    WORLD_ADDRESS_PARTS.has(label) ||
    ADDRESS_PART_NORDIC_PL.test(label) ||
    ADDRESS_PART_EUROPE_MORE.test(label) ||
    ADDRESS_PART_OTHER.has(label) ||
    ADDRESS_PART_EN.test(label) ||
    ADDRESS_PART_DE_NL.test(label)
  );
}

/** An address part's label, or several parts in one cell ("邮编 / 城市", "省/州", "Zip / City", "Postcode & Town"). */
export const isAddressPart = memoByString(isAddressPartOnce);

// "所在省", "所属区/县": where the customer is, by part (所在 / 所属 before a part word); "部屋番号など" (… and so on).
const PART_PREFIX = /^(?:所在|所属)(?=.)/;
const PART_ETC = /(?<=.)(?:など|等)$/;

// A mailing or billing address's part in Zoho's Spanish, Portuguese, French and Italian UIs (Calle de correo, Código de
// correo, Departamento de correo: a Colombian department, only so; Cidade de correspondência).
const ADDRESS_OF_KIND =
  /\s+(?:de correo|de correspondencia|de correspondência|de envío|de envio|de facturación|de facturacion|de faturação|de cobrança|de facturation|d'expédition|di spedizione|di fatturazione)$/;
const KIND_ONLY_PART = /^(?:departamento|estado)$/;

function isAddressPartOnce(label: string): boolean {
  if (isOneAddressPart(label)) return true;
  const part = ADDRESS_OF_KIND.test(label) ? label.replace(ADDRESS_OF_KIND, '') : '';
  if (part && (isOneAddressPart(part) || KIND_ONLY_PART.test(part))) return true;
  const bare = label.replace(PART_ETC, '');
  const simple = toSimplified(bare);
  if (PART_PREFIX.test(simple) && isAddressPartOnce(simple.replace(PART_PREFIX, ''))) return true;
  const parts = bare.split(/\s*[/／、&・·,，]\s*|\s+and\s+/).filter(Boolean);
  return parts.length > 1 && parts.length <= 4 && parts.every(isOneAddressPart);
}

// A value's first line naming its kind ("Actual address", "注册地址"): a type, not part of the value.
const ADDRESS_TYPE_LINE =
  /^(?:(?:actual|legal|registered|billing|shipping|home|work|business|mailing|postal|primary|delivery|office)\s+address|(?:注册|办公|经营|收货|邮寄|通讯|家庭|联系|公司|单位)地址)$/i;

export function isAddressTypeLine(line: string): boolean {
  return ADDRESS_TYPE_LINE.test(line.trim());
}

/** First/last name cells some CRMs show instead of one name. */
export const namePart = memoByString(namePartOnce);

// Surname parts: Spanish and Portuguese names carry two (Apellido paterno + Apellido materno, Primer + Segundo
// apellido); the second follows the first after the given names (docs/adapters.md, "Session 19: round 20's last wrong
// values").
const SURNAME_PARTS: Record<'first' | 'second', string[]> = {
  first: ['apellido paterno', 'sobrenome paterno', 'apelido paterno', 'paternal surname', 'first surname'],
  second: [
    'apellido materno',
    'segundo apellido',
    'sobrenome materno',
    'apelido materno',
    'segundo sobrenome',
    'segundo apelido',
    'maternal surname',
    'second surname',
    'second last name',
  ],
};
const SURNAME_PART = new Map(
  (['first', 'second'] as const).flatMap((which) => SURNAME_PARTS[which].map((w) => [w, which] as const)),
);
/** The second of two surnames (Apellido materno, Segundo apellido): a normalised label. */
export const isSecondSurname = (label: string): boolean => SURNAME_PART.get(label) === 'second';

function namePartOnce(label: string): 'first' | 'middle' | 'last' | undefined {
  // The part's word with its gloss in another language in brackets ("First Name (Pangalan)", "Last Name (Apelyido)").
  const glossed = /^(.+?)\s*[（(][^（）()]{1,24}[）)]$/.exec(label)?.[1];
  if (glossed) return namePart(glossed);
  // English, Chinese, then the Romance and German words (a Spanish "Apellidos" holds both surnames).
  if (/^(first name|given name|firstname|名|名字|nombre|nombres|prénom|prenom|vorname|nome|primeiro nome)$/.test(label))
    return 'first';
  // Dutch, Scandinavian, Polish and Indonesian parts (Voornaam / Tussenvoegsel / Achternaam, Fornavn / Efternavn).
  if (/^(voornaam|voornamen|fornavn|förnamn|imię|nama depan)$/.test(label)) return 'first';
  if (/^(achternaam|efternavn|etternavn|efternamn|nazwisko|nama belakang)$/.test(label)) return 'last';
  // Czech, Slovak, Hungarian, Romanian (Prenume / Nume), Finnish, Croatian, Ukrainian and Greek parts.
  if (/^(jméno|křestní jméno|meno|krstné meno|keresztnév|utónév|prenume|etunimi|ime|ім['’]я|όνομα)$/.test(label))
    return 'first';
  // French "Nom" is the surname beside a "Prénom" (alone it names nothing here: a list's column, a company's name).
  if (/^(nom|příjmení|priezvisko|vezetéknév|nume|sukunimi|prezime|priimek|прізвище|επώνυμο)$/.test(label))
    return 'last';
  if (
    /^(last name|surname|family name|lastname|姓|姓氏|apellidos?|nom de famille|nachname|familienname|cognome|sobrenome|apelidos?|фамилия)$/.test(
      label,
    ) ||
    SURNAME_PART.has(label)
  )
    return 'last';
  // A patronymic (Отчество), a middle name, a Dutch surname prefix (tussenvoegsel: "van der") between them.
  if (
    /^(middle name|middle names|отчество|по батькові|tussenvoegsel|tussenvoegsels|mellemnavn|mellomnavn)$/.test(label)
  )
    return 'middle';
  return WORLD_NAME_PARTS.get(label);
}

// Hebrew labels (RTL pages: Monica, Israeli CRMs), the words of a contact card.
const HEBREW: Record<string, string[]> = {
  name: ['שם', 'שם מלא', 'שם לקוח'],
  customerId: ['מספר לקוח', 'קוד לקוח', 'מזהה לקוח'],
  company: ['חברה', 'ארגון'],
  phone: ['טלפון', 'טלפון בעבודה'],
  mobile: ['נייד', 'טלפון נייד'],
  email: ['אימייל', 'דוא"ל', 'דואר אלקטרוני'],
  address: ['כתובת'],
  birthDate: ['תאריך לידה'],
  product: ['מוצר'],
  signDate: ['תאריך חתימה'],
  owner: ['נציג', 'אחראי', 'בעלים'],
};

// Persian labels (RTL pages: Didar and other Iranian CRMs). "خریداری‌شده" is written with a zero-width non-joiner.
const PERSIAN: Record<string, string[]> = {
  name: ['نام و نام خانوادگی', 'نام کامل', 'نام مشتری', 'نام'],
  company: ['سازمان', 'شرکت', 'نام شرکت', 'نام سازمان'],
  mobile: ['شماره موبایل', 'موبایل', 'تلفن همراه', 'شماره همراه'],
  phone: ['تلفن ثابت', 'تلفن', 'شماره تلفن', 'تلفن محل کار'],
  email: ['ایمیل', 'پست الکترونیک', 'رایانامه'],
  address: ['آدرس', 'نشانی'],
  birthDate: ['تاریخ تولد'],
  gender: ['جنسیت'],
  idNumber: ['کد ملی'],
  customerId: ['کد مشتری', 'شماره مشتری', 'شناسه مشتری'],
  product: ['محصول', 'محصول خریداری‌شده', 'محصول خریداری شده', 'محصولات', 'سرویس'],
  signDate: ['تاریخ قرارداد', 'تاریخ امضای قرارداد', 'تاریخ عقد قرارداد'],
  owner: ['مسئول', 'کارشناس', 'کارشناس فروش', 'مالک'],
};

// Swedish, Danish, Norwegian, Polish and Indonesian record words (Lime CRM, SuperOffice, Livespace, Qontak-like CRMs).
// "Avtalet löper ut" / "Data odnowienia" (an end or renewal date) are no sign date.
const MORE_LANGUAGES: Record<string, string[]> = {
  name: ['namn', 'fullständigt namn', 'kundnamn', 'fulde navn', 'fullt navn', 'kundenavn', 'nama', 'nama kontak'],
  company: ['företag', 'företagsnamn', 'firmanavn', 'virksomhed', 'nazwa firmy', 'nama perusahaan'],
  mobile: ['mobiltelefon', 'mobilnummer', 'mobilnr.', 'telefon komórkowy', 'tel. kom.', 'nomor ponsel'],
  phone: ['telefonnummer', 'tlf.', 'tlf', 'nomor telepon'],
  email: ['e-post', 'epost', 'e-postadress', 'e-postadresse', 'adres e-mail'],
  address: ['adress', 'besöksadress', 'postadress', 'gatuadress', 'postadresse', 'besøgsadresse', 'adres'],
  customerId: ['kundnummer', 'kundnr', 'kundnr.', 'kundenr', 'kundenr.', 'kundenummer', 'nr klienta', 'id pelanggan'],
  birthDate: ['födelsedatum', 'fødselsdato', 'data urodzenia', 'tanggal lahir'],
  gender: ['kön', 'køn', 'kjønn', 'płeć', 'jenis kelamin'],
  owner: [
    'ansvarig',
    'ansvarig säljare',
    'kundansvarig',
    'säljare',
    'ansvarlig',
    'kundeansvarlig',
    'sælger',
    'selger',
    'vores kontakt',
    'vår kontakt',
    'opiekun klienta',
    'pemilik kontak',
    'pemilik',
    'pemilik akun',
  ],
  product: ['serviceavtal', 'serviceaftale', 'serviceavtale', 'usługa', 'produk langganan', 'layanan'],
  signDate: [
    'avtal signerat',
    'avtalsdatum',
    'aftale underskrevet',
    'aftaledato',
    'avtale signert',
    'data podpisania umowy',
    'data podpisania',
    'data zawarcia umowy',
    'tanggal tanda tangan kontrak',
    'tanggal kontrak',
  ],
};

// Czech, Slovak, Hungarian, Romanian, Finnish, Croatian / Serbian / Slovene (Latin), Ukrainian and Greek record words:
// the same fields in each language (Raynet, LiveAgent, MiniCRM, Efficy-like European CRMs). Not the bare Hungarian
// "cím" (an address and a title) nor "nem" (a gender and "no").
const EUROPE_MORE: Record<string, string[]> = {
  name: [
    'jméno a příjmení',
    'celé jméno',
    'meno a priezvisko',
    'celé meno',
    'teljes név',
    'nume complet',
    'nume și prenume',
    'koko nimi',
    'ime i prezime',
    'ime in priimek',
    "повне ім'я",
    'піб',
    'ονοματεπώνυμο',
  ],
  company: [
    'společnost',
    'organizace',
    'název firmy',
    'zaměstnavatel',
    'spoločnosť',
    'organizácia',
    'názov firmy',
    'zamestnávateľ',
    'cég',
    'cégnév',
    'vállalat',
    'companie',
    'firmă',
    'organizație',
    'yritys',
    'organisaatio',
    'tvrtka',
    'poduzeće',
    'podjetje',
    'компанія',
    'організація',
    'εταιρεία',
  ],
  phone: [
    'telefonní číslo',
    'pevná linka',
    'telefón',
    'telefóny',
    'telefónne číslo',
    'telefonszám',
    'număr de telefon',
    'puhelin',
    'puhelinnumero',
    'broj telefona',
    'телефони',
    'τηλέφωνο',
  ],
  mobile: [
    'mobilní telefon',
    'mobilní číslo',
    'mobilný telefón',
    'mobilné číslo',
    'mobilszám',
    'telefon mobil',
    'matkapuhelin',
    'mobitel',
    'мобільний',
    'мобільний телефон',
    'κινητό',
    'κινητό τηλέφωνο',
  ],
  email: [
    'e-maily',
    'e-mailová adresa',
    'e-mail cím',
    'adresă de e-mail',
    'sähköposti',
    'e-pošta',
    'ел. пошта',
    'електронна пошта',
  ],
  address: [
    'adresa',
    'bydliště',
    'sídlo',
    'bydlisko',
    'lakcím',
    'postacím',
    'adresă',
    'osoite',
    'katuosoite',
    'postiosoite',
    'адреса',
    'διεύθυνση',
  ],
  birthDate: [
    'datum narození',
    'dátum narodenia',
    'születési dátum',
    'születésnap',
    'data nașterii',
    'data naşterii',
    'syntymäaika',
    'datum rođenja',
    'datum rojstva',
    'дата народження',
    'ημερομηνία γέννησης',
    'geburtstag',
  ],
  gender: ['pohlaví', 'pohlavie', 'sukupuoli', 'spol', 'стать', 'φύλο'],
  customerId: [
    'číslo zákazníka',
    'kód zákazníka',
    'zákaznické číslo',
    'ügyfélszám',
    'ügyfélkód',
    'cod client',
    'număr client',
    'asiakasnumero',
    'asiakastunnus',
    'šifra kupca',
    'broj kupca',
    'номер клієнта',
    'код клієнта',
    'κωδικός πελάτη',
  ],
  product: [
    'služba',
    'termék',
    'szolgáltatás',
    'csomag',
    'előfizetés',
    'produs',
    'serviciu',
    'abonament',
    'tuote',
    'palvelu',
    'proizvod',
    'usluga',
    'послуга',
    'προϊόν',
    'υπηρεσία',
    'πακέτο',
  ],
  signDate: [
    'datum podpisu smlouvy',
    'datum podpisu',
    'datum uzavření smlouvy',
    'dátum podpisu zmluvy',
    'dátum podpisu',
    'szerződéskötés dátuma',
    'aláírás dátuma',
    'data semnării',
    'data semnării contractului',
    'sopimuspäivä',
    'allekirjoituspäivä',
    'datum potpisa',
    'datum potpisa ugovora',
    'дата підписання договору',
    'ημερομηνία υπογραφής',
  ],
  owner: [
    'vlastník',
    'obchodník',
    'zodpovědná osoba',
    'odpovědná osoba',
    'obchodní zástupce',
    'zodpovedný obchodník',
    'zodpovedná osoba',
    'felelős',
    'üzletkötő',
    'értékesítő',
    'responsabil',
    'agent de vânzări',
    'vastuuhenkilö',
    'myyjä',
    'vlasnik',
    'odgovorna osoba',
    'відповідальний',
    'υπεύθυνος',
  ],
};

// Round 11's languages and words, each a whole set of the record's fields (docs/adapters.md, "Round 11 classes:
// misses"): Thai (R-CRM-like), Vietnamese (MISA AMIS-like), Indonesian / Malay, Turkish and Portuguese national ids,
// and the owners, names, products and sign dates CRMs word their own way in every language.
const ROUND11: Record<string, string[]> = {
  name: [
    'jina',
    'jina kamili',
    'jina la mteja',
    'নাম',
    'গ্রাহকের নাম',
    'পূর্ণ নাম',
    'επωνυμία',
    'नाम',
    'पूरा नाम',
    'ग्राहक का नाम',
    'име',
    'име и фамилия',
    'име и презиме',
    'пълно име',
    'nimi',
    'ees- ja perekonnanimi',
    'vārds, uzvārds',
    'vardas, pavardė',
    'vardas pavardė',
    'pangalan',
    'buong pangalan',
    // Polish and Turkish record names (Nazwa, Ünvan: a company's or a person's registered name).
    'nazwa',
    'nazwa klienta',
    'pełna nazwa',
    'ünvan',
    'unvan',
    'ünvanı',
    'tam ad',
    'ชื่อ',
    'ชื่อ-นามสกุล',
    'ชื่อ - นามสกุล',
    'ชื่อ นามสกุล',
    'ชื่อลูกค้า',
    'ชื่อผู้ติดต่อ',
    'ชื่อเต็ม',
    'tên',
    'tên khách hàng',
    'tên liên hệ',
    'nama pelanggan',
    'nama nasabah',
    'nama penuh',
    // A bank card's or a credit card's holder (持卡人): weak (WEAK_LABELS), a repayment card's holder elsewhere.
    '持卡人',
    '持卡人姓名',
  ],
  company: [
    'कंपनी',
    'कंपनी का नाम',
    'फर्म',
    'ettevõte',
    'uzņēmums',
    'įmonė',
    'kumpanya',
    'บริษัท',
    'ชื่อบริษัท',
    'องค์กร',
    'หน่วยงาน',
    'tên công ty',
    'đơn vị',
    'cơ quan',
    'tổ chức',
    'nama syarikat',
    'syarikat',
    'instansi',
    'firma adı',
    'şirket adı',
    'kurum',
    'nome da empresa',
    'razão social',
  ],
  mobile: [
    'namba ya simu',
    'simu ya mkononi',
    'nambari ya simu',
    'মোবাইল',
    'মোবাইল নম্বর',
    'cellphone no.',
    'numero ng cellphone',
    'मोबाइल',
    'मोबाइल नंबर',
    'मोबाइल नं.',
    'мобилен',
    'мобилен телефон',
    'мобилни',
    'мобилни телефон',
    'mobiil',
    'mobiiltelefon',
    'mobilais tālrunis',
    'mobilusis telefonas',
    'mobilusis',
    'มือถือ',
    'เบอร์มือถือ',
    'โทรศัพท์มือถือ',
    'เบอร์โทรศัพท์มือถือ',
    'điện thoại di động',
    'đtdđ',
    'số điện thoại di động',
    'di động',
    'telepon seluler',
    'no. ponsel',
    'nomor hp',
    'no hp',
    'nombor telefon bimbit',
    'telefon bimbit',
    'gsm no',
    // A bank's reserved mobile (预留手机: the number the card or account was opened with).
    '预留手机',
    '预留手机号',
    '预留手机号码',
  ],
  phone: [
    'simu',
    'ফোন',
    'ফোন নম্বর',
    'টেলিফোন',
    'फ़ोन',
    'फोन',
    'फ़ोन नंबर',
    'फोन नंबर',
    'टेलीफोन',
    'telefoninumber',
    'tālrunis',
    'telefonas',
    'telepono',
    'numero ng telepono',
    '직장 전화',
    '회사 전화',
    '집 전화',
    '유선전화',
    '사무실 전화',
    'โทรศัพท์',
    'เบอร์โทร',
    'เบอร์โทรศัพท์',
    'เบอร์ที่ทำงาน',
    'โทรศัพท์ที่ทำงาน',
    'เบอร์สำนักงาน',
    'เบอร์บ้าน',
    'โทรศัพท์บ้าน',
    'điện thoại cơ quan',
    'điện thoại công ty',
    'điện thoại nhà',
    'điện thoại nhà riêng',
    'điện thoại văn phòng',
    'số máy bàn',
    'telepon kantor',
    'telepon rumah',
    'no. telepon',
    'no telepon',
    'nombor telefon',
    'iş telefonu',
    'ev telefonu',
    'sabit telefon',
    'telefone comercial',
    'telefone residencial',
    'fone',
    // A company's own line named by its kind (企业电话, 单位座机).
    '企业电话',
    '单位座机',
    '预留电话',
  ],
  email: [
    'barua pepe',
    'anwani ya barua pepe',
    'ইমেইল',
    'ই-মেইল',
    'ইমেল',
    'ईमेल',
    'ई-मेल',
    'имейл',
    'е-пошта',
    'е-мейл',
    'e-pasts',
    'el. paštas',
    'el. pašto adresas',
    '메일',
    'อีเมล',
    'อีเมล์',
    'อีเมลล์',
    'thư điện tử',
    'surel',
    'alamat email',
    'e-posta adresi',
  ],
  address: [
    'anwani',
    'makazi',
    'ঠিকানা',
    'বর্তমান ঠিকানা',
    'সংযোগের ঠিকানা',
    'alamat lalai',
    'alamat penghantaran',
    'alamat bil',
    'पता',
    'aadress',
    'adrese',
    'adresas',
    'tirahan',
    '회사 주소',
    '자택 주소',
    '직장 주소',
    'ที่อยู่',
    'ที่อยู่ปัจจุบัน',
    'ที่อยู่ติดต่อ',
    'ที่อยู่จัดส่ง',
    'địa chỉ liên hệ',
    'địa chỉ thường trú',
    'địa chỉ nhà',
    'địa chỉ giao hàng',
    'alamat lengkap',
    'alamat rumah',
    'alamat kantor',
    'adres bilgisi',
    'açık adres',
    'endereço completo',
  ],
  birthDate: [
    'tarehe ya kuzaliwa',
    'জন্ম তারিখ',
    'जन्म तिथि',
    'जन्मतिथि',
    'जन्म दिनांक',
    'дата на раждане',
    'датум рођења',
    'sünniaeg',
    'sünnikuupäev',
    'dzimšanas datums',
    'gimimo data',
    'kaarawan',
    'petsa ng kapanganakan',
    '생일',
    'วันเกิด',
    'วันเดือนปีเกิด',
    'วัน/เดือน/ปีเกิด',
    'tarikh lahir',
    'data nasc.',
    'nascimento',
  ],
  gender: ['jinsia', 'লিঙ্গ', 'लिंग', 'пол', 'sugu', 'dzimums', 'lytis', 'kasarian', 'เพศ', 'jantina'],
  // National ids by their own names; a number failing the country's rule is no id (utils/core/national-id.ts).
  idNumber: [
    'aadhaar',
    'aadhaar no',
    'aadhaar no.',
    'aadhaar number',
    'आधार',
    'आधार संख्या',
    'आधार नंबर',
    'codice fiscale',
    'cod. fiscale',
    'rut',
    'run',
    'rut/run',
    'nir',
    'numéro de sécurité sociale',
    'n° de sécurité sociale',
    'cnp',
    'isikukood',
    'asmens kodas',
    'personas kods',
    'henkilötunnus',
    'hetu',
    'رقم الهوية',
    'رقم الهوية الوطنية',
    'الهوية الوطنية',
    'رقم الإقامة',
    'emirates id',
    'emirates id no',
    'no. kad pengenalan',
    'kad pengenalan',
    'no. k/p',
    'mykad',
    'マイナンバー',
    '個人番号',
    'егн',
    'jmbg',
    'emšo',
    'јмбг',
    'personnummer',
    'personal code',
    'personal id code',
    'national id no',
    'national id no.',
    'เลขบัตรประชาชน',
    'เลขประจำตัวประชาชน',
    'เลขที่บัตรประชาชน',
    // A Thai person's taxpayer number is their citizen id (a company's starts with 0 and fails the id's check rule,
    // fields.ts): docs/adapters.md, "Round 17: values".
    'เลขประจำตัวผู้เสียภาษี',
    'เลขผู้เสียภาษี',
    'บัตรประชาชน',
    'cccd',
    'số cccd',
    'căn cước công dân',
    'số căn cước',
    'số căn cước công dân',
    'cmnd',
    'số cmnd',
    'cmnd/cccd',
    'cccd/cmnd',
    'nik',
    'no. ktp',
    'nomor ktp',
    'ktp',
    'no. kp',
    'no. mykad',
    'tc kimlik no',
    'tc kimlik no.',
    't.c. kimlik no',
    't.c. kimlik no.',
    'tc kimlik',
    't.c. kimlik',
    'tckn',
    'kimlik no',
    'cpf',
    'nº do cpf',
    'número do cpf',
    'dni',
    'nie',
    'dni/nie',
    // A Colombian's cédula under "Identificación" (its type in a field beside: Cédula de ciudadanía); a number only
    // in the dotted form of a cédula or a check-digit id passes (utils/core/national-id.ts), never a company's NIT.
    'identificación',
    'número de identificación',
    'no. de identificación',
    'cédula de ciudadanía',
    'documento de identidad',
    // Belgium's national number, Greece's AMKA, Norway's and the Czech Republic's short forms.
    'numéro national',
    'n° national',
    'numéro de registre national',
    'rijksregisternr',
    'rijksregisternr.',
    'amka',
    'fødselsnr',
    'fødselsnr.',
    'r.č.',
    'nif',
    'pesel',
    'nric',
    'nric/fin',
    '주민등록번호',
    'id number (national)',
    'national id number',
    'national identity number',
  ],
  customerId: [
    'namba ya mteja',
    'nambari ya mteja',
    'namba ya akaunti',
    'nambari ya akaunti',
    'গ্রাহক নম্বর',
    'গ্রাহক আইডি',
    'গ্রাহক কোড',
    '客源编号',
    '登记号',
    'n.º cliente',
    'n.º de cliente',
    'nº cliente',
    'organisatienummer',
    'relatienummer',
    '快手id',
    'lookup id',
    'constituent id',
    'ग्राहक आईडी',
    'ग्राहक संख्या',
    'ग्राहक कोड',
    'клиентски номер',
    'kliendi number',
    'kliendinumber',
    'klienta numurs',
    'kliento numeris',
    'kliento kodas',
    'รหัสลูกค้า',
    'เลขที่ลูกค้า',
    'หมายเลขลูกค้า',
    'รหัสสมาชิก',
    'müşteri kodu',
    'müşteri numarası',
    'cari kod',
    'cari kodu',
    "מס' לקוח",
    'מס לקוח',
    'מס׳ לקוח',
  ],
  product: [
    'bidhaa',
    'mpango',
    'produkto',
    '主险名称',
    '主险',
    '在用产品',
    'उत्पाद',
    'योजना',
    'продукт',
    'производ',
    'toode',
    'produkts',
    'produktas',
    '상품',
    '상품명',
    '가입상품',
    '가입 상품명',
    'สินค้า',
    'ผลิตภัณฑ์',
    'บริการ',
    'แพ็กเกจ',
    'แพ็คเกจ',
    'สินค้าที่ซื้อ',
    'sản phẩm đã mua',
    'gói dịch vụ',
    'gói sản phẩm',
    'produk yang dibeli',
    'paket',
    'pakej',
    'paket adı',
    'producto contratado',
    'productos contratados',
    'plan contratado',
    'produto adquirido',
    'prodotto acquistato',
    'produit souscrit',
    // A framework contract (框架合同) names what the company customer signed; a card's product (卡产品).
    // A pass sold by its period or count (a car park's monthly pass, a gym's yearly card): what the customer bought.
    // A membership card's tier (会员卡类型: 金卡) is no product and is not named here.
    '月卡类型',
    '月租卡类型',
    '季卡类型',
    '年卡类型',
    '次卡类型',
    '框架合同',
    '合作协议',
    '卡产品',
    '信用卡产品',
  ],
  signDate: [
    'tarehe ya mkataba',
    'petsa ng kontrata',
    'ingangsdatum contract',
    '购车日期',
    'अनुबंध तिथि',
    'हस्ताक्षर तिथि',
    'дата на договора',
    'датум потписивања',
    'датум уговора',
    'lepingu kuupäev',
    'līguma datums',
    'sutarties data',
    'sutarties pasirašymo data',
    '계약일자',
    '계약 일자',
    '계약 체결일',
    '체결일',
    '가입일',
    '가입일자',
    'วันที่ทำสัญญา',
    'วันทำสัญญา',
    'วันที่เซ็นสัญญา',
    'วันที่ลงนาม',
    'วันที่ลงนามสัญญา',
    'ngày ký kết',
    'ngày hợp đồng',
    'tanggal tanda tangan',
    'tarikh kontrak',
    'tarikh tandatangan',
    'sözleşme imza tarihi',
    'imza tarihi',
    'fecha de contratación',
    'fecha contratación',
    'data de contratação',
    'data da contratação',
    // A credit card approved (核卡日期): the day the customer's card was signed off; the application (申请日期), which
    // the customer signed before it, wins when both are shown (labelRank).
    '核卡日期',
    '核卡时间',
    '申请日期',
  ],
  owner: [
    'afisa wa mikopo',
    'afisa mhusika',
    'msimamizi',
    'loan officer',
    'credit officer',
    'account officer',
    'field officer',
    'relationship officer',
    '所属员工',
    '归属员工',
    '代理人',
    'account handler',
    'kontaktansvarig',
    'agente de ventas',
    'agente comercial',
    '担当',
    'πωλητής',
    'υπεύθυνος πωλήσεων',
    'fundraiser',
    'खाता प्रबंधक',
    'बिक्री प्रतिनिधि',
    'जिम्मेदार व्यक्ति',
    'отговорник',
    'търговец',
    'одговорна особа',
    'vastutaja',
    'müügiesindaja',
    'atbildīgais',
    'atsakingas',
    'atsakingas asmuo',
    'ผู้ดูแล',
    'ผู้ดูแลลูกค้า',
    'ผู้รับผิดชอบ',
    'พนักงานขาย',
    'พนักงานที่ดูแล',
    'เจ้าของ',
    'nhân viên phụ trách',
    'nhân viên kinh doanh',
    'nhân viên bán hàng',
    'nhân viên quản lý',
    'người quản lý',
    'chủ sở hữu',
    'tenaga penjual',
    'petugas',
    'pegawai penjualan',
    'satış temsilcisi',
    'müşteri temsilcisi',
    'hesap yöneticisi',
    'temsilci',
    'propietario',
    'propietaria',
    // Zoho's record owners in its Spanish, French, German, Italian and Portuguese UIs (Propietario de contacto).
    'propietario de contacto',
    'propietario del contacto',
    'propietario de cuenta',
    'propietario de la cuenta',
    'propriétaire du contact',
    'propriétaire du compte',
    'kontaktinhaber',
    'kontoinhaber',
    'proprietario contatto',
    'proprietario del contatto',
    'proprietario account',
    'proprietário do contato',
    'proprietário da conta',
    'responsable de la cuenta',
    'gestor',
    'gestora',
    'gestor de cuenta',
    'ejecutivo de cuenta',
    'asesor',
    'asesora',
    'proprietário',
    'proprietária',
    'consultor',
    'consultora',
    'gerente de conta',
    'executivo de contas',
    'proprietario',
    'responsabile',
    "chargé d'affaires",
    'conseiller',
    'conseillère',
    // A training centre's adviser (Conseillère formation): the trainee's owner.
    'conseiller formation',
    'conseillère formation',
    'conseiller en formation',
    'conseillère en formation',
    'zuständiger mitarbeiter',
    'vertriebler',
    'berater',
    'beraterin',
    'eigenaar',
    'verantwoordelijke',
    'סוכן',
    'סוכן מכירות',
    'נציג מכירות',
    'איש מכירות',
    'מנהל לקוח',
    'מנהל תיק',
    '담당 영업',
    '영업 담당자',
    '영업담당',
    '소유자',
    '담당 직원',
    'куратор',
    'ответственный сотрудник',
    'مندوب المبيعات',
    'مسؤول المبيعات',
    'الموظف المسؤول',
    'handlowiec',
    'właściciel',
    'osoba odpowiedzialna',
    // Chinese staff words of insurers, WeCom SCRMs and banks' promotions (营销员, 添加人, 推广人员).
    '营销员',
    '营销人员',
    '添加人',
    '添加员工',
    '推广人员',
    '推广员',
    '维护人',
    // A property agency's buyer file: the agent who keeps the client (客源, the buyer lead), not the listing's (房源).
    '客户维护人',
    '客源维护人',
    '客源维护',
  ],
};

// Traditional characters of CRM labels (Taiwan, Hong Kong editions) → simplified, so one dictionary reads both.
// The trades of those who serve the customer are among them (驗光師, 髮型師, 藥師, 技術員, 設計師, 教練, 營養師,
// 康復師, 攝影師, 安裝員, 維修員, 獸醫).
const TRADITIONAL = new Map(
  '戶户 編编 號号 稱称 電电 話话 動动 機机 郵邮 別别 負负 責责 業业 務务 簽签 約约 購购 買买 產产 聯联 絡络 證证 碼码 資资 經经 銷销 員员 區区 縣县 國国 單单 職职 時时 間间 開开 險险 種种 課课 顧顾 問问 屬属 辦办 傳传 詳详 細细 門门 歸归 錄录 紀纪 專专 級级 當当 讀读 報报 認认 實实 帳账 銀银 醫医 療疗 鄉乡 鎮镇 處处 訂订 護护 齡龄 財财 貸贷 係系 營营 運运 項项 條条 親亲 稅税 額额 發发 總总 續续 據据 歷历 師师 檔档 話话 憑凭 緊紧 連连 絡络 員员 遞递 樓楼 層层 廈厦 場场 內内 約约 續续 驗验 髮发 藥药 術术 設设 計计 練练 養养 復复 攝摄 裝装 維维 獸兽 學学 會会 價价 數数 狀状 態态 備备 註注 車车 長长 東东 轉转 類类 優优 語语 標标 選选 團团 隊队 積积 點点 權权 歲岁 齒齿 診诊 廠厂'
    .split(' ')
    .map((p) => [p[0] ?? '', p[1] ?? ''] as [string, string]),
);

// Icon glyphs a contact card uses as its only labels (✉ value, ☎ value, 🏢 value, 📍 value).
const ICONS: Record<string, string[]> = {
  email: ['✉', '📧', '📨', '✉️'],
  phone: ['☎', '📞', '☏', '☎️', '✆'],
  mobile: ['📱'],
  company: ['🏢', '🏬'],
  address: ['📍', '🏠', '📌', '⌂'],
};

// Bare words that name the record's own code on one page and some other number on another (编号, Code, Number):
// the customer's code only when no specific label (客户编号, Customer ID) names one, and only a code-shaped value.
const WEAK_CODE = new Set([
  '编号',
  '代号',
  'code',
  'number',
  'no',
  'no.',
  'nº',
  'n°',
  'código',
  'codigo',
  'numéro',
  'nummer',
  // The same bare words in the other languages of ID_WORD (a Czech card's "Kód", a Japanese "コード"); not the bare
  // "number" words that are an address's house number (Número, číslo, номер).
  'id',
  'kód',
  'kod',
  'kode',
  'codice',
  'код',
  'コード',
  '番号',
  '코드',
  '번호',
  'رقم',
  'mã',
  'cod',
  'koodi',
  // The bare "code" of Slovenian, Croatian and Serbian (Šifra STR-0457 on a customer's card).
  'šifra',
  'kood',
]);

// The record's own code, in any language: the record kind's word (customer, member, contact, 회원, コンタクト, 客户,
// klienta…) with an id / code / number word after it ("Customer #", "회원 ID", "コンタクトID") or before it ("numéro de
// client", "номер клиента", "رقم العميل", "mã khách hàng"). A code-shaped value only (keyForValue); a displayed code
// beats the URL's id (docs/adapters.md, "The record's code").
const ID_WORD =
  '(?:id|ids|code|no\\.?|nr\\.?|nº|n°|num\\.?|number|#|ref\\.?|reference|nummer|numéro|numero|número|código|codigo|codice|kod|kód|kode|kodu|numer|číslo|čislo|nomor|numara(?:sı)?|номер|код|идентификатор|رقم|رمز|كود|معرف|mã|mã số|số|编号|编码|代码|代号|号码|号|番号|コード|ｉｄ|識別番号|번호|코드|아이디)';
const RECORD_KIND =
  '(?:customer|client|contact|member|membership|user|account|person|party|registry|patient|student|trainee|learner|stagiaire|apprenant|apprenante|adhérent|adhérente|abonné|abonnée|subscriber|estudiante|alumno|alumna|aluno|aluna|paciente|élève|étudiant|étudiante|debtor|buyer|guest|cust\\.?|business partner|bp|kunde|kunden|klant|relatie|lid|cliente|contacto|contato|socio|sócio|membre|adhérent|mitglied|klient|klienta|klienten|zákazník|zákazníka|kontakt|kontaktu|kontakta|osoba|osoby|клиент|клиента|контакт|контакта|абонент|абонента|покупателя|عميل|العميل|زبون|الزبون|المشترك|khách hàng|pelanggan|anggota|kontak|nasabah|pasien|siswa|ลูกค้า|ผู้ติดต่อ|สมาชิก|lead|müşteri|üye|asiakas|asiakkaan|ügyfél|πελάτη|客户|顾客|会员|用户|联系人|单位|往来单位|客商|业主|居民|患者|病人|学员|学生|线索|客资|住户|户主|档案|病历|体检|顧客|会員|コンタクト|取引先|得意先|ユーザー|ユーザ|고객|회원|사용자|연락처|거래처)';
// Thai writes the code word first and no space (รหัสผู้ติดต่อ "contact code", รหัสลูกค้า, หมายเลขสมาชิก).
const THAI_ID_WORD = '(?:รหัส|หมายเลข|เลขที่)';
const RECORD_CODE_LABEL = new RegExp(
  `^(?:${RECORD_KIND}[\\s-]*${ID_WORD}(?:\\s*#)?|${ID_WORD}\\s+(?:(?:de|del|do|da|di|du|der|des|of|the|d')\\s*)*${RECORD_KIND}|${THAI_ID_WORD}\\s*${RECORD_KIND})$`,
  'u',
);
/** A label naming the record's own code ("Customer #", "회원 ID", "numéro de client"), in any language. */
export function isRecordCodeLabel(simple: string): boolean {
  return simple.length <= 30 && RECORD_CODE_LABEL.test(simple);
}
// A label ending in a code word, in any language (Kodas, Code, Client no., 房源编号, Kundennummer): the code of
// something; whose, the label's other words or the value's place say. Not a tax, company, postal or bank code.
const CODE_WORD_END = new RegExp(
  `(?:^|[\\s.-]|[\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Katakana}]|kunden|klant|kunde)(?:${ID_WORD}|kodas|kods|numeris|šifra|kood|koodi)$`,
  'u',
);
const NOT_RECORD_CODE =
  /vat|pvm|tax|税|信用|nip\b|inn\b|инн|cif\b|nif\b|siren|siret|\bust|btw|moms|mva|kvk|įmonės|company|firm|registr|邮编|邮政|postal|zip|post|pašto|bank|iban|swift|bic|订单|訂單|合同|工单|发票|發票|order|invoice|ticket|contract|deal|quote|case|phone|tel|手机|电话|身份|证件|护照|passport|national|personal|asmens|room|房间|房號|房号|seat|table|桌|座/i;
/** A label ending in a code word ("Kodas", "房源编号：") that names no tax, company, postal, bank or other object's code. */
export function isHeadCodeLabel(label: string): boolean {
  const simple = toSimplified(
    label
      .replace(/[:：]\s*$/, '')
      .trim()
      .toLowerCase(),
  );
  return simple.length <= 24 && CODE_WORD_END.test(simple) && !NOT_RECORD_CODE.test(simple);
}
// A code: one token with a digit (PTY00193, HB-000982, 412, C114-00872), never a sentence or a phone with spaces.
const CODE_SHAPE = /^(?=.*\d)[A-Za-z0-9][A-Za-z0-9_./-]{0,39}$/;

const LABEL_TO_KEY = new Map<string, string>();
// Built again when the world's words are registered (the content script's come from the background: words/index.ts).
function buildLabelToKey(): void {
  LABEL_TO_KEY.clear();
  // The world's field words first: every table below overrides them; a word that is an address or a name part
  // somewhere stays a part (a Brazilian CEP is no Turkish "cep" mobile).
  for (const [l, key] of WORLD_LABELS) if (!isOneAddressPart(l) && !namePart(l)) LABEL_TO_KEY.set(l, key);
  // Written as a label is read: any apostrophe as ASCII ' (normalizeLabel).
  for (const table of [ICONS, HEBREW, PERSIAN, MORE_LANGUAGES, EUROPE_MORE, ROUND11, SYNONYMS])
    for (const [key, labels] of Object.entries(table))
      for (const l of labels) LABEL_TO_KEY.set(foldApostrophes(l), key);
  for (const l of WEAK_CODE) if (!LABEL_TO_KEY.has(l)) LABEL_TO_KEY.set(l, 'customerId');
}
buildLabelToKey();
onWorldWords(buildLabelToKey);

export function toSimplified(label: string): string {
  let out = '';
  for (const ch of label) out += TRADITIONAL.get(ch) ?? ch;
  return out;
}

// Labels a company gives its own fields: matched by what they end with, since every deployment words them its
// own way (合作产品, 报读课程, 购买方案, 合同签订日期, 成交日期, 专管业务员, 负责业务, Loan Product, Agreement Signed,
// Contract start, Member Adviser). Never a type, an amount, a count, a number or an end date.
const NOT_CUSTOM =
  /类型|类别|分类|数量|金额|价格|单价|编号|编码|代码|状态|到期|结束|截止|type|amount|price|qty|quantity|count|status|number|\bno\.?$|\bid$|\bend\b|expir/i;
// What a company customer itself sells (主营产品, Main products, line of business) and a patient's care plan (随访方案,
// 治疗方案, follow-up plan): never the product the customer bought.
const NOT_PRODUCT =
  /主营|经营范围|主要产品|main products?|products? (?:sold|offered)|line of business|随访|回访|治疗|诊疗|护理|康复|复查|用药|手术|干预|follow-?up|treatment|care plan|therapy/i;
// What the company recommended or the customer has not bought (推荐方案（未购买）, 建议产品, Recommended plan): offered,
// never bought, so never the product, even when nothing else names one (docs/adapters.md, "Session 24").
const NOT_TAKEN =
  /推荐|推薦|建议|建議|未购|未購|未买|未買|未成交|未签|未簽|recommended|suggested|not (?:yet )?(?:purchased|bought)/i;
// A contract named by its business (融资融券合同, 服务合同): its signing when its value is a date, what was signed when
// it is a name (beside-signing.ts). Not one named as signed or current (已签合同, 现合同).
const CONTRACT_BY_BUSINESS = /^(?!已|签|簽|现|現|当前|當前)\p{Script=Han}{2,8}合同$/u;
/** A label naming a contract by its business (服务合同): its value is the signing date or the contract's name. */
export const namesContractByBusiness = (label: string): boolean => CONTRACT_BY_BUSINESS.test(toSimplified(label));

const CUSTOM_PATTERNS: [string, RegExp][] = [
  // The record's own code under the record kind's word (单位编号, 业主编号, 车主编号, Account Code, Client Ref, Member No):
  // never a contract's, an order's or a ticket's number. Only a code-shaped value (keyForValue).
  [
    'customerId',
    /^(?:客户|顾客|单位|往来单位|客商|业主|会员|用户|居民|患者|病人|学员|学生|住户|户主|档案|医保|访客|车主|租户|房东|租客|房客|主人|宠主|热用户|水用户|电用户|燃气用户|长者|老人|入住人|住客|投诉人|来电人|诉求人|求助人|服务对象|对象|家庭|家长|投资者|投资人|委托人|持有人)(?:编号|编码|代码|代号|号码|号|id|卡号)$/,
  ],
  // A social-security or city-service file's own number (个人编号 of an insured person, 市民编号 of a hotline's
  // caller): the person's code there, never a phone (号码 is not among its words).
  ['customerId', /^(?:个人|市民|参保人)(?:编号|编码|代码)$/],
  // The account the customer holds with the company, named by the service (Monitoring Account NW-ON-448120, Energy
  // Account): a code only (keyForValue), never an organisation's name.
  [
    'customerId',
    /^(?!(?:bank|e-?mail|parent|social|twitter|facebook|linkedin|instagram|user|login)\s)[a-z]{3,16}\s+account$/,
  ],
  // A subscriber's service account (宽带账号 of a telecom's screen pop): the customer's key there; a brokerage's
  // client by the fund account (资金账号) the broker keys every client by.
  // A courier's or supplier's monthly-billed customer by her settlement account (月结账号, 月结卡号).
  ['customerId', /^(?:宽带|宽带业务|固话业务|用户|客户|业务|服务|资金|月结)账号$|^月结卡号$/],
  [
    'customerId',
    /^(?:account|client|customer|cust\.?|member|membership|contact|patient|debtor|business partner|bp|student|klant|kunden?|loyalty|loyalty card|rewards|visitor)[\s-]*(?:code|ref\.?|reference|id|no\.?|nr\.?|number|nummer|#)$/,
  ],
  // The customer named by what she does with the company (寄件客户 on a courier's desk, 下单客户, 签约客户, 来电客户):
  // the record's customer, before a shipment's recipient (收件人, weak) on the same card (docs/adapters.md, "Session
  // 18: wrong values").
  ['name', /^(?:寄件|发件|托运|下单|订货|订购|购买|签约|投保|来电|报名|委托)客户(?:名称|姓名|全称)?$/],
  // The customer's whole name under the record kind's word (居民姓名, 业主姓名, 客户全名, 单位全名); never a relative's,
  // a contact's or a staff member's.
  [
    'name',
    /^(?!.*(?:联系|紧急|配偶|代表|负责|经办|监护|父|母|子女|家属|亲属|推荐|介绍|受益|被保|业务|销售|客服|顾问|医生|护士|管家|操作|制单|审核|创建|录入|登记|开户|持卡))[\u4e00-\u9fff]{1,4}(?:姓名|全名)$/,
  ],
  // "<what> signed" in Chinese without a date word (月结协议签订, 合同签署): the date the agreement was signed.
  ['signDate', /^[\u4e00-\u9fff]{0,4}(?:协议|合同|合约)(?:签订|签署)$/],
  // Not 开户日期 (an account opened years before the contract) nor 立户日期: opening a file is not signing.
  // A card bought (购卡, 办卡) or a product ordered (订购) is a purchase signed; an order placed (下单时间) is not.
  [
    'signDate',
    /(?:签约|签订|签署|签单|合同|成交|报名|认购|申购|承保|投保|购买|入会|契约|购卡|办卡|办理|订购)(?:日期|时间|日)$/,
  ],
  [
    'signDate',
    /^(?:(?:contract|agreement|policy|subscription|deal|purchase|service|retainer)\s+(?:signed(?:\s+on|\s+date)?|sign(?:ing)?\s+date|start(?:\s+date)?|date)|date\s+(?:signed|of\s+(?:contract|signature|purchase))|signed\s+(?:on|date))$/,
  ],
  // A subscription's or a contract's start in Korean (구독 시작일, 정기구독 개시일, 계약 시작일자): what the customer
  // subscribed to began then; it beats the date the member joined the site (가입일; docs/adapters.md, "Round 16: values").
  ['signDate', /^(?:정기\s?)?(?:구독|계약|약정|이용권)\s?(?:시작|개시)\s?(?:일|일자|날짜)$/],
  // "<what> signed (on)" in English, German and Dutch (AMC signed on, Vertrag unterzeichnet am, Offerte getekend op).
  [
    'signDate',
    /^[\p{L} -]{0,30}\b(?:signed(?:\s+(?:on|at|up(?:\s+on)?))?|unterzeichnet(?:\s+am)?|unterschrieben(?:\s+am)?|getekend(?:\s+op)?|ondertekend(?:\s+op)?|agreed(?:\s+on)?)$/u,
  ],
  // What was signed or bought, named by the signing and the kind of thing (签单项目, 服务项目, 主约商品, 租赁设备, 陈列协议),
  // and a studio's package series (套系).
  [
    'product',
    /^(?:(?:成交|购买|所购|已购|购置|提车|交车)(?:车辆|车款|车系)|(?:签单|签约|购买|办理|服务|成交|报名|意向|咨询)项目|(?:主约|主险|签约|投保|购买|订购)商品|(?:租赁|签约|购买|安装|成交)设备|(?:陈列|服务|供货|维保)协议|套系|[\u4e00-\u9fff]{1,4}套系)$/,
  ],
  [
    'product',
    /(?:产品|产品名称|课程|课程名称|课包|方案|方案名称|险种|套餐|套餐名称|理财计划|服务包|疗程包|疗程卡|签约服务|签约业务|签约项目|签约设备|卡种|车型|货品名称|商品名称|(?:验配|购买|安装|选购|签约)机型|(?:签约|认购|成交|购买)房源|(?:报名|报读)(?:班型|班级|班次|项目)|(?:意向|报读|报考|报名)专业)$/,
  ],
  // A supply or service contract named by what it supplies (供热合同, 供水合同, 物业服务合同, 租赁合同): its name is what the
  // customer signed up to; its number is not (CONTRACT_WORD).
  ['product', /^(?:供热|供暖|供水|供电|供气|燃气|物业|物业服务|租赁|购房|购车|买卖|保险|会员|培训)合同$/],
  // Any other contract (合同) named by its business (融资融券合同, 贷款合同) dated on the record ("2025年10月15日 签署"): its
  // signing. Only a date is read under it (normalizeField), never its number or its name. Not a contract named as
  // signed or current (已签合同, 签约合同, 现合同: its value is what was signed, beside-signing.ts).
  ['signDate', CONTRACT_BY_BUSINESS],
  // Session 19: a service the customer bought or took, named by how it was taken (已购服务, 增值服务, 开通服务), the
  // matter a client entrusted to a firm (委托事项), and an agreement named by what it covers (保养合约, 运输协议): its
  // name, never its number (CONTRACT_WORD) nor a consent's state (AGREEMENT_STATE); a privacy or user agreement is none.
  ['product', /^(?:已购|已购买|已订购|订购|购买|开通|增值|附加|加购)服务(?:项目|名称)?$|^委托事项$/],
  [
    'product',
    /^(?!.*(?:隐私|隱私|用户|用戶|保密|授权|授權|免责|免責|注册|註冊|入会|入會|知情|同意|服务条款))(?!(?:上季|上期|上年|去年|往期|往年|历史|歷史|过往|過往|前期|上次|原|旧|舊))[\u4e00-\u9fff]{2,4}(?:合约|合約|协议|協議)$/,
  ],
  // An agreement or plan the customer signed up to (Supply Agreement, AMC plan, Wartungsvertrag, Installatie).
  [
    'product',
    /^(?:(?:supply|service|maintenance|support|amc|warranty|care|membership|subscription|rental|lease)\s+(?:agreement|contract|plan)|membership|wartungsvertrag|servicevertrag|vertrag|installatie|pakket|abonnement)$/,
  ],
  [
    'product',
    /^(?:(?:loan|main|primary|policy|insurance|financial|wealth|service|support|maintenance|care|contract|purchased|subscribed|subscription|interested|current)\s+)?(?:product|products|plan|package|subscription|course|service\s+(?:plan|contract|package))(?:\s+(?:name|interest))?$/,
  ],
  // Session 26: what was taken named by its noun and "contracted", "subscribed", "bought" in a Romance language
  // (Quota contractada, Tarifa contratada, Pacchetto sottoscritto, Offre souscrite): the product. Not a quantity or a
  // date so taken (Potencia contratada 4,6 kW, Importe contratado, Data sottoscritta).
  [
    'product',
    /^(?!(?:potencia|potência|potenza|puissance|pot[eè]ncia|import[eo]|monto|montant|valor|valeur|cantidad|quantidade|quantit[éà]|capital|suma|soma|prima|precio|preço|prezzo|prix|fecha|data|date|día|dia|plazo|prazo|tasa|taxa|cuota mensual|persona|personal|pessoa|empleado|trabajador|funcionári[oa]|técnico|tecnico)(?=\s))\p{L}[\p{L}' ]{1,24}\s(?:contractad[ao]s?|contractat|contratad[ao]s?|contratat[oa]|sottoscritt[oa]|souscrite?s?|adquirid[oa]s?|acquistat[oa]|comprad[oa]s?|subscrit[oa]s?)$/u,
  ],
  // A shop's own line (店面电话, 门店座机, 档口电话): the customer's landline, never a mobile by its label.
  ['phone', /^(?:店面|门店|店铺|档口|商铺|铺面|店内)(?:电话|座机|固话)$/],
  // A loan's, a fund's or a deposit's kind (贷款品种, 理财品种, 基金品种): which product the customer took.
  ['product', /^(?:贷款|借款|信贷|授信|理财|基金|存款|保险)品种$/],
  // "Package" as the Indic languages borrow it (ചികിത്സാ പാക്കേജ്, उपचार पैकेज, প্যাকেজ): the package bought.
  ['product', /(?:पैकेज|প্যাকেজ|પેકેજ|ਪੈਕੇਜ|പാക്കേജ്|பேக்கேஜ்|ప్యాకేజీ|ಪ್ಯಾಕೇಜ್|ପ୍ୟାକେଜ)$/u],
  // Russian tariff, subscription or service words with what they are of (Тариф подписки, Абонемент в клуб).
  ['product', /^(?:тариф|абонемент|продукт|услуга)(?:\s[\p{L}\s]{1,20})?$/u],
  // Korean "<what> 상품" (구독 상품, 계약 상품): the product the customer subscribed to.
  ['product', /^[\uac00-\ud7a3]{1,6}\s?상품$/],
  // The equipment a service firm installed for the customer (an HVAC or water-purifier deal's Оборудование).
  ['product', /^(?:equipment|оборудование|ausstattung|installed equipment)$/],
  // A German subscription named by what it delivers (Weinabo, Kaffee-Abo, Zeitschriftenabonnement).
  ['product', /^\p{L}{3,20}-?abo(?:nnement)?$/u],
  // The model of a device the customer ordered (家充桩型号, 净水器型号): weak (labelRank), and never a car's, nor a
  // utility's meter on the customer's premises (表具型号, 燃气表型号: the supplier's).
  ['product', /^(?!.*(?:车|品牌|手机|表具|仪表|计量|燃气表|水表|电表|气表|热表))[\u4e00-\u9fff]{2,5}型号$/],
  // "<what> Package" (Roof Package, Care Package): the package the customer bought.
  ['product', /^[a-z]{3,20}(?: [a-z]{3,20})? package$/],
  ['address', /^(?:default|billing|main|registered|residential|physical|home|current)\s+address$/],
  // 联系邮箱, 电子账单邮箱, 对账邮箱…: the record's e-mail named its own way (not a staff member's or another person's).
  [
    'email',
    /^(?!.*(?:经理|顾问|销售|业务|专员|负责人|客服|坐席|座席|员工|老师|医生|联系人|紧急|推荐人|监护人|配偶))[\u4e00-\u9fff]{1,6}(?:邮箱|邮件地址|电邮)$/,
  ],
  // 用户地址, 客户地址, 会员地址…: an address the page names its own way (never a web, IP or e-mail address).
  ['address', /^(?!.*(?:网站|网页|链接|邮箱|邮件|电邮|服务器))[\u4e00-\u9fff]{1,6}(?:地址|住址)$/],
  [
    'owner',
    /(?:负责人|责任人|随访员|专员|负责业务|负责销售|业务员|业务人员|业务代表|销售员|销售代表|客户经理|理财经理|服务经理|跟进人|归属人|所属人|所有人|服务人员|(?:归属|服务|专属|负责|所属)[坐座]席|营销员|营销人员|推广人员|推广员|专属客服|签约医生|家庭医生|管家|导购)$/,
  ],
  // The staff member the record is assigned to, named by the assignment and their trade (负责客服, 跟进员工, 跟进专家,
  // 责任医生, 负责业代, 专属护士, a matchmaker's 专属红娘, a bank's 管户经理), or by the area they serve (台区经理, 片区经理,
  // 网格经理).
  [
    'owner',
    /^(?:负责|跟进|责任|归属|专属|对接|所属)(?:员工|专家|医生|医师|客服|销售|护士|业代|同事|职员|人员|代表|经理|会员经理|会籍经理|红娘|社工|社工师|管家|顾问)$|^(?:台区|片区|网格|辖区)(?:客户)?(?:经理|管理员)$|^管户(?:客户)?经理$/,
  ],
  // Session 18: the broker or agent who serves the customer (服务经纪人, 负责经纪人, 签约经纪人; not a 合作经纪人, who
  // only co-operates on the deal), and a lender's loan officer (信贷员, 信贷经理, 贷款专员): the record's owner. A bare
  // 经纪人 too, weakly (WEAK_LABELS: any other owner word wins).
  [
    'owner',
    /^(?:服务|负责|跟进|责任|归属|专属|对接|所属|签约)(?:经纪人|经纪|代理人)$|^经纪人$|^(?:信贷|贷款|放款|授信)(?:员|经理|专员|主管)$/,
  ],
  // Japanese: the one in charge (担当) by their trade (担当募集人, an insurance agency's soliciting agent; 担当社員).
  ['owner', /^(?:主)?担当(?:募集人|社員|スタッフ|職員|営業員|者名)$/],
  // Russian: a manager with what kind of manager (Основной менеджер, Личный менеджер, Закреплённый менеджер).
  ['owner', /^(?:основной|личный|персональный|закрепл[её]нный|ведущий|клиентский)\s+менеджер$/],
  // The staff member "in charge" named by their trade (负责发型师, 负责技师, 专属美容师, a pharmacy's 责任药师).
  ['owner', /^(?:负责|责任|专属|服务|归属|所属|跟进|对接)[\u4e00-\u9fff]{1,3}师$/],
  // The manager who delivers the order (安装经理, 交付经理: a home charger's installation) and a clinic's doctor the
  // patient is booked with (主诊医生; weak: 主治医生 of a ward is no owner, labelRank).
  ['owner', /^(?:安装|交付)经理$|^(?:主诊|接诊)(?:医生|医师)$/],
  // A gym's or a school's own coach or teacher (专属教练, 专属老师): the staff member the customer belongs to.
  ['owner', /^(?:负责|专属)(?:教练|老师)$/],
  // The consultant the record belongs to (归属咨询师, 专属咨询师, 跟进咨询师).
  ['owner', /^(?:归属|专属|负责|所属|跟进|服务|对接)[\u4e00-\u9fff]{0,2}咨询师$/],
  ['owner', /^(?!.*(?:法律|财务|税务))[\u4e00-\u9fff]{0,4}顾问$/],
  // A securities firm's investment adviser (投顾 = 投资顾问) serving the client.
  ['owner', /^(?:服务|专属|归属|签约|对接)?投顾$/],
  [
    'owner',
    /^(?:(?:customer|client|contact|account|record|lead|member|membership|loan|policy|financial|wealth|service|primary)\s+)?(?:owner|adviser|advisor|(?:key\s+)?account\s+(?:manager|rep|representative|executive)|record\s+manager|relationship\s+manager|success\s+manager|community\s+manager|case\s+manager|sales\s*(?:person|rep|representative|owner|manager)|assigned\s+(?:to|user))$|^(?:csm|followed by|key\s*worker|(?:agent|broker|producer|advisor|adviser)\s+of\s+record)$/,
  ],
  // Session 18: the officer, agent or area manager a lender, insurer or ISP assigns the customer to (Loan Officer,
  // Relationship Officer, Sales Officer, Area Manager, Assigned Agent), the assigned broker, the consultant or care
  // co-ordinator who keeps the file (a bare Broker names the customer's own intermediary, a firm, as often); words in
  // other languages are in words/*.ts.
  [
    'owner',
    /^(?:(?:loan|credit|relationship|account|sales|field|client|customer)\s+(?:officer|agent|executive)|(?:area|territory|branch\s+relationship)\s+manager|(?:assigned|responsible|servicing)\s+(?:agent|broker|officer|consultant)|consultant|sales\s+consultant|(?:care|client|patient)\s+co-?ordinator|co-?ordinator)$/,
  ],
];

// What a label may carry after its words without changing them: "Work Phone #", "Phone Number(s)", a note in
// parentheses ("签约产品（自定义项1）", "代理协议签订日期（首次）").
const LABEL_TAIL = /\s*(?:#|\(s\)|[（(][^（）()]{1,20}[）)]|(?<=\D)\s?[1-3])$/;

// Labels that name a code on some CRMs and a phone on others ("Contact number: KON-2024-00512" / "+44 20 …").
const CODE_OR_PHONE = new Set(['contact no', 'contact no.', 'contact number']);
const CONTACT_NUMBER = /^(?:contact|kontakt)[\s-]*(?:#|no\.?|nr\.?|number|nummer)$/;

/**
 * The key a value under `label` belongs to, when its label alone cannot say: a code has letters, a phone none;
 * under a bare 编号 / Code / Number only a code-shaped value is the customer's code ('' = none).
 */
// A relative named beside their relation ("龚丽（女儿）", "Ann Lee (daughter)"): someone else, not the customer.
const RELATIVE =
  /[（(]\s*(?:女儿|儿子|父亲|母亲|配偶|妻子|丈夫|爱人|老伴|子女|孙子|孙女|儿媳|女婿|家属|亲属|亲戚|朋友|同事|兄弟|姐妹|哥哥|姐姐|弟弟|妹妹|监护人|daughter|son|wife|husband|spouse|partner|mother|father|parent|sister|brother|relative|guardian|friend)\s*[)）]$/i;

// What a bare "Customer" / 客户 field says when it is a flag or a kind, not a name.
const NOT_A_NAME =
  /^(?:yes|no|true|false|y|n|是|否|有|无|active|inactive|vip|new|existing|prospect|lead|新客户|老客户|潜在客户|意向客户|成交客户|sí|não|nein|ja|oui|non)$/i;

// A contract's words: a label that is one of them (Contrat, 合同), or ends in one (服务合同).
const CONTRACT_LATIN = 'contrat|contract|vertrag|contrato|contratto';
const CONTRACT_HAN = '合同|合约|合約|协议|協議';
const CONTRACT_WORD = new RegExp(`^(?:${CONTRACT_LATIN})$|(?:${CONTRACT_HAN})$`);
const NAMES_CONTRACT = new RegExp(`${CONTRACT_HAN}|${CONTRACT_LATIN}`, 'i');
// What an agreement's field says when it records a consent, not what was agreed to (已签署, 同意, Yes).
const AGREEMENT_STATE =
  /^(?:已?签(?:署|订|约)|未签(?:署|订|约)?|已?同意|不同意|已确认|是|否|有|无|yes|no|signed|agreed)$/i;

/** A name written with its relation to the customer ("Ann Lee (mother)", "龚丽（女儿）"): someone else. */
export function namesRelative(value: string): boolean {
  return RELATIVE.test(value.trim());
}

/** A member card's digits-only number: the record's code only where the URL keys the record by it (index.ts). */
export const CARD_NUMBER_KEY = 'card-number';

const INTERNATIONAL_PHONE = /^\+\d[\d\s().-]{6,}$/;

// A bare number word that is a house number beside a street (Número, Nummer, Huisnummer, Házszám).
const HOUSE_NUMBER_WORD = /^(?:número|numero|nummer|huisnummer|hausnummer|házszám|číslo|číslo popisné)$/;
// A house number is digits first (1120, 12A, 4/2, 12-14) or a letter and a digit or two (B-12), or "no number" (s/n)
// or a road's kilometre; a record's code is letters, then three or more digits ("C-0281", "CLI00417").
const HOUSE_NUMBER =
  /^(?:\d{1,5}(?:\s?[A-Za-z]|[\s/-]\d{1,4}[A-Za-z]?)?|[A-Za-z][\s-]?\d{1,2}|s\/?n\.?|sn|km\.?\s?\d+(?:[.,]\d+)?)$/i;
// (Not record-id.ts's LETTERED_CODE, a head code's shape: capitals, two digits or more, dash-joined groups.)
const CODE_UNDER_NUMBER_WORD = /^[A-Za-z]{1,4}[-_]?\d{3,}$/;

/**
 * What a bare number word (Número, Nummer, Házszám) holds: a house number beside the address's parts, a record's code
 * at the head of a card ("Número C-0281"), or neither; undefined for any other label. The one place this is decided.
 */
export function numberWordHolds(label: string, value: string): 'house number' | 'code' | 'neither' | undefined {
  if (!HOUSE_NUMBER_WORD.test(label)) return undefined;
  const v = value.trim();
  return HOUSE_NUMBER.test(v) ? 'house number' : CODE_UNDER_NUMBER_WORD.test(v) ? 'code' : 'neither';
}

// "Estado" is a state (MG, Jalisco) beside an address's parts and a record's status elsewhere: a status word is no state.
const STATUS_WORD =
  /^(?:activ[oa]|ativ[oa]|inactiv[oa]|inativ[oa]|pendiente|pendente|abiert[oa]|abert[oa]|cerrad[oa]|fechad[oa]|cancelad[oa]|bloquead[oa]|suspendid[oa]|suspens[oa]|nuev[oa]|nov[oa]|vigente|vencid[oa]|client[ea]|prospecto|lead|sí|si|não|no|ok)$/i;
// A company's department under "Departamento" (a contact's place in their firm), not a Latin American department.
const COMPANY_DEPARTMENT =
  /^(?:ventas|compras|contabilidad|finanzas|marketing|mercadeo|recursos humanos|rr\.? ?hh\.?|administraci[oó]n|direcci[oó]n(?: general)?|gerencia(?: general)?|log[ií]stica|sistemas|tecnolog[ií]a|inform[aá]tica|ti|it|soporte(?: t[eé]cnico)?|atenci[oó]n al cliente|servicio al cliente|comercial|operaciones|legal|jur[ií]dico|calidad|producci[oó]n|tesorer[ií]a|cobranzas?|cr[eé]ditos?|auditor[ií]a|almac[eé]n|ingenier[ií]a|mantenimiento)$/i;
const LICENCE_CLASS =
  /^(?:准驾车型|准驾类型|驾照类型|驾照等级|驾驶证类型|驾驶证等级|免許の種類|면허\s?종류)$|^(?:driving |driver'?s? )?licen[cs]e (?:class|category|type)$|^führerscheinklasse$|^(?:categoría|clase) de licencia$|^catégorie de permis$|^категория прав$/;
const DWELLING = /^(?:房屋|房产)(?:地址)?$/;
const WRITTEN_ADDRESS = /\d+\s*(?:号|號|室|栋|棟|幢|楼|樓|单元|單元|弄|巷)|[路街道]\s*\d/;

// A sales territory, not a place of the post (所属区域 "华东大区", Region "EMEA"): a company's division of its market
// into a few macro-regions, written in no postal address (docs/adapters.md, "Session 19: round 20's last wrong values").
const SALES_TERRITORY =
  /^(?:\S{1,6}(?:大区|大區)|(?:华东|华南|华北|华中|华西|西南|西北|东北|華東|華南|華北|華中|東北)(?:区|區|地区|地區|片区|片區)?|emea|apac|latam|amer|dach|benelux|nordics|anz)$/i;

// Session 26: a card or a membership the customer holds, named by its kind (会员, 会员服务, 储值卡, 会员卡, 会籍): what
// was bought only when its value names a card by its period or its price tier (畅行会员·年卡, 驿站 VIP 月卡（…）,
// 洗护年卡 ¥2,000 档); a tier (金卡, 黄金会员), a card's number or its balance is none (docs/adapters.md, "Session 26").
export const HELD_CARD_KEY = 'held-card';
const HELD_CARD_LABEL = /^(?:会员|会员服务|会员卡|储值卡|会籍|会员套餐|付费会员|vip会员)$/;
// (Or a card whose note says it is paid for by the year: "金卡（年费会籍）".)
const BOUGHT_CARD =
  /(?:年卡|月卡|季卡|半年卡|周卡|次卡|年费会员|包年|包月)(?:\s*[（(][^()（）]*[)）])?$|[¥￥]\s?[\d,.]+\s*档|[（(][^()（）]*(?:年费|付费)[^()（）]*[)）]$/;
// (Asked of every text the label walk meets: its first letter first, before any conversion.)
export const isHeldCardLabel = (label: string): boolean =>
  /^[会會储儲付v]/.test(label) && HELD_CARD_LABEL.test(toSimplified(label));
/** A held card's label over a value naming a card bought by its period or tier: the product. */
export const namesBoughtCard = (label: string, value: string): boolean =>
  isHeldCardLabel(label) && BOUGHT_CARD.test(toSimplified(value.trim()));

export function keyForValue(key: string, label: string, value: string): string {
  if (key === HELD_CARD_KEY || (key === 'name' && isHeldCardLabel(label)))
    return namesBoughtCard(label, value) ? 'product' : key === 'name' ? key : '';
  if (key === 'name' && RELATIVE.test(value.trim())) return '';
  // "Número C-0281" at the head of a customer's card is its code, not a house number; a number word holding neither
  // (a long number, a code of several parts) is no part of the address.
  const held = key === 'address-part' ? numberWordHolds(label, value) : undefined;
  if (held === 'code') return 'customerId';
  if (held === 'neither') return '';
  if (key === 'address-part' && label === 'estado' && STATUS_WORD.test(value.trim())) return '';
  if (key === 'address-part' && label === 'departamento' && COMPANY_DEPARTMENT.test(value.trim())) return '';
  if (key === 'address-part' && SALES_TERRITORY.test(value.trim())) return '';
  if (key === 'name' && NOT_A_NAME.test(value.trim())) return '';
  // A dwelling's word (房屋, 房产) names an address only when its value is written as one (a door, a building, a road
  // with its number): a loan file's 房屋 "有 / 按揭" is no address.
  if (key === 'address' && DWELLING.test(toSimplified(label)) && !WRITTEN_ADDRESS.test(value)) return '';
  // "Account Number: BSI-4471" is the customer's account code; a bank account is digits (or an IBAN).
  const v = value.trim();
  if (key === 'bankAccount' && label === 'account number' && /[A-Za-z]/.test(v) && CODE_SHAPE.test(v))
    return /^[A-Z]{2}\d{2}[A-Z0-9]{10,}$/.test(v) ? key : 'customerId';
  if (key === 'customerId' && labelRank(label) > 0 && !CODE_SHAPE.test(value.trim())) return '';
  // A driving licence's class (准驾车型 C1, Licence class B) is what the person may drive, never what they bought or
  // rented (docs/adapters.md, "Round 17: values").
  if (key === 'product' && LICENCE_CLASS.test(toSimplified(label))) return '';
  // A contract's number (Contrat: CT-2024-0031) is no product; its name is.
  if (key === 'product' && CONTRACT_WORD.test(label) && CODE_SHAPE.test(v)) return '';
  if (key === 'product' && CONTRACT_WORD.test(toSimplified(label)) && AGREEMENT_STATE.test(v)) return '';
  // A card number of digits only (会员卡号 880019276453) is a card, like a bank card; a code with letters is the
  // member's code (YG-BJ-20731). (A member file keyed by its card names it in the URL: cardNo=, url-record.ts.)
  if (key === 'customerId' && /卡号|card/.test(toSimplified(label)) && !/[A-Za-z]/.test(v)) return CARD_NUMBER_KEY;
  const codeOrPhone = CODE_OR_PHONE.has(label) || CONTACT_NUMBER.test(label);
  // An international phone number ("Number: +1 206-555-0100" in a contact centre's softphone) is never a code; whose
  // phone it is the label does not say, unless it names a contact number.
  if (key === 'customerId' && INTERNATIONAL_PHONE.test(v)) return codeOrPhone ? 'phone' : '';
  return key === 'customerId' && codeOrPhone && !/[A-Za-z]/.test(value) ? 'phone' : key;
}

/**
 * How specific a label is, for one field named by several labels of the record: 0 a word of the dictionary
 * (签约日期, 客户编号), 1 a label read by what it ends with (a company's own wording), 2 a bare 编号 / Code, 3 a
 * label naming nothing bought or signed (意向产品, 注册日期). The most specific label wins, whatever comes first on the
 * page.
 */
export function labelRank(label: string): number {
  const simple = toSimplified(label);
  // A utility's tariff (用电类别, 用水性质) is what the account takes, still held (not rank 3: nothing bought), only when
  // no contract is named, however weakly (合同名称 of a supply contract re-signed): tests/fixtures/holdout/README.md,
  // "A tariff taken is the product".
  if (TARIFF.test(simple)) return 2.5;
  if (WEAK_CODE.has(simple) || WEAK_LABELS.has(simple) || HOUSE_NUMBER_WORD.test(simple)) return 2;
  // A property held (房产 "锦悦湾 3 栋 1702（建筑面积 128.6 ㎡）": a flat and its floor area) is an address only when no
  // address word names where the customer is reached (通讯地址): docs/adapters.md, "Session 20: round 21's wrong values".
  if (PROPERTY_HELD.test(simple)) return 2;
  const base = LABEL_TO_KEY.has(label) || LABEL_TO_KEY.has(simple) ? 0 : 1;
  const key = keyForLabel(label);
  // An account's creation ("Signed up", "Registered") names a sign date only when nothing else does.
  if (key === 'signDate' && (SIGN_UP.test(simple) || JOINED.test(simple))) return 3;
  // A product named but not bought loses to what was bought (报名课程, a package, a card): what the customer was
  // interested in (意向课程, Product Interest), and the customer's own car or motorcycle (车型, موٹر سائیکل on a car-wash
  // or service member's file; on a dealer's record it is the vehicle bought or wanted, alone).
  if (key === 'product' && NOT_BOUGHT.test(simple)) return 3;
  // What the record held before (原套餐 "4G 畅聊套餐（已失效）" under the 主套餐 it changed to): its past, no product
  // while another is named, and no second record's.
  if (key === 'product' && HELD_BEFORE.test(simple)) return 3;
  // A device's model (家充桩型号) names what was bought only when no field names the product itself.
  if (key === 'product' && DEVICE_MODEL.test(simple)) return 2;
  // One named by the trade they perform (专属美容师, 负责验光师, the doctor a visit is booked with: 主诊医生) is the owner
  // only when no other label names one, a seller's role however read (会员顾问, 服务专员) or a weak word (负责人): docs/
  // adapters.md, "Session 20: owner by role". A staff member named by role alone (区域经理, Satış meneceri) is the owner
  // only when no owner word names one.
  if (key === 'owner' && namesServiceRole(simple)) return 3;
  if (key === 'owner' && base === 1 && staffRoleOnly(simple)) return 2;
  // A card's or a loan's approval (核卡日期) is a sign date only when nothing else names one: the application the
  // customer signed (申请日期, weak itself: any dated signature wins) comes before it.
  if (key === 'signDate' && APPROVAL.test(simple)) return 3;
  // A date the label says was signed beats a purchase or policy date (Purchase Date above Plan Signed).
  return key === 'signDate' && !SIGN_WORD.test(simple) ? base + 1 : base;
}

const PROPERTY_HELD = /^(?:房屋|房产)$/;
const HELD_BEFORE = /^(?:原|旧|历史|上一?|前|变更前)(?:主)?(?:套餐|产品|资费|方案|计划|合约|保单|品牌)$/;
const DEVICE_MODEL = /型号$/;
const TARIFF = /^用(?:电|水|气|热)(?:类别|性质)$/;
/** A utility's tariff (用电类别, 用水性质): the product when the record names no contract (labelRank). */
export const isTariffLabel = (label: string): boolean => TARIFF.test(toSimplified(label));
/** A label naming a contract (合同类型, 协议名称, Contract). */
export const namesContract = (label: string): boolean => NAMES_CONTRACT.test(toSimplified(label));
// A label read as the owner by its role only (staff-role.ts), not by a word or pattern of its own.
const staffRoleOnly = (simple: string): boolean =>
  namesStaffRole(simple) && !CUSTOM_PATTERNS.some(([, re]) => re.test(simple));
const APPROVAL = /^(?:核卡|审批|批卡|放款)(?:日期|时间)$/;

const SIGN_UP = /signed up|sign-?up|registered|registration|created|注册|创建|开通/;
// Joining (入会日期, 가입일, Member since) is a signing only beside something bought (a gym's course, a club's box): the
// date a free loyalty scheme or a shop's membership was joined is not (index.ts drops it when the record names no
// product), and any date the label says was signed wins over it.
// So is a card's opening (办卡日期: a fuel, transit or stored-value card opened is an account opened, README of
// tests/fixtures/holdout): a signing only beside the card or package bought (docs/adapters.md, "Round 17: values").
const JOINED =
  /^(?:入会|入會|加入|入会时间|入会日期|入會日期)|^(?:member|membership|customer|client) since$|^joined(?: on)?$|^date joined$|^(?:회원\s?)?가입\s?(?:일|일자|일시|날짜)$|^(?:办卡|辦卡)(?:日期|时间|時間|日)$/;
export const isJoiningLabel = (label: string): boolean => JOINED.test(toSimplified(label));
// A driving school's licence class enrolled for (报名车型 C1, 报考车型) says which licence, not which course was bought
// (报名班型 "C1 周末VIP班"): a product only when nothing else names one (docs/adapters.md, "Session 18: wrong values").
const NOT_BOUGHT =
  /意向|意愿|感兴趣|兴趣|想要|咨询|興味|兴味|関心|关心|interest|érdeklőd|intended|prospective|wish|de interés|de interesse|d['’]intérêt|^(?:车型|车款|車款|车辆型号|品牌车型|厂牌车型|厂牌型号|vehicle model|car model|موٹر سائیکل|گاڑی|मोटरसाइकिल|गाड़ी|মোটরসাইকেল|গাড়ি)$|^(?:报名|报考|学车|申领|培训|考试)车型$/;

// Labels that name the field on some records and someone else on others: a company's 联系人 is its contact person
// (a relative on a patient's record), a 负责人 of a company is its legal representative (Taiwan's 負責人). Any
// other label of the field wins; alone, they still name it.
const WEAK_LABELS = new Set([
  // A CRM's account name (Account Name, Nome account, Nom du compte): a person account's is the person herself, so an
  // employer's own label (Arbeitgeber, Datore di lavoro, 工作单位) wins.
  'account name',
  'nombre de cuenta',
  'nombre de la cuenta',
  'nom du compte',
  'kontoname',
  'nome account',
  'nome da conta',
  // Greece's social insurance number (ΑΜΚΑ): the id only when the identity card's number (ΑΔΤ) is not shown.
  'αμκα',
  '联系人',
  '户名',
  'contact',
  '负责人',
  '服务人员',
  // An agent (代理人) sells the policy on an insurer's record and acts for the customer on others (a trademark or
  // patent attorney, a legal proxy): any seller's role wins.
  '代理人',
  '经纪人',
  ...BARE_PERSON_WORDS,
  // A bare 商品 (goods) names the product only when no field names what was bought or signed (购买商品); a utility's
  // tariff (用电类别) is weaker still (labelRank).
  '商品',
  // A contract's name (合同名称, 协议名称) names the product only when no field names what was bought (an order's product).
  '合同名称',
  '协议名称',
  '合约名称',
  // The date a line or a service was first subscribed (Turkish abonelik tarihi, often years ago, like 开户日期): the
  // date only when no field names the contract's signing or its commitment's start (taahhüt başlangıcı).
  'abonelik tarihi',
  '持卡人',
  '持卡人姓名',
  // A shipment's recipient is the customer on a shop's order and another party on a courier's desk, where the card
  // names its customer (寄件客户): any other name label wins (docs/adapters.md, "Session 18: wrong values").
  '收件人',
  '收货人',
  '申请日期',
  '备注',
]);
const SIGN_WORD =
  /签|sign|unterzeichn|unterschrieb|getekend|ondertekend|firma|signé|bound|abschluss|契约|계약|assinatura|подписан|توقيع|تعاقد|podpis|aláír|semnă|allekirjoit|potpis|підписан|υπογραφ|agreed/;

const MESSENGER = /^(?:qq|微信|wechat|skype|whatsapp|line|telegram|msn|微信号|qq号)$/;

export const keyForLabel = memoByString(keyForLabelOnce);

const DIALLING_CODE =
  /^(?:indicativo|prefijo|prefixo|ddd|c[oó]digo de [aá]rea|area code|dialling code|dial code|区号|國碼|国码|vorwahl|indicatif)$/;

// The words a CRM calls its record by, written before a field word (用户手机, 会员生日), and the fields so written.
const RECORD_WORD_FIRST = /^(?:客户|客戶|顾客|顧客|会员|會員|用户|用戶|学员|學員|患者|病人|客人|买家|買家)/;
const RECORD_WORD_FIELDS = new Set(['name', 'mobile', 'phone', 'gender', 'birthDate', 'email', 'address', 'idNumber']);

// A qualifier before a signing's words that makes it no signing: a date expected or planned, a period's end, a renewal.
const NOT_SIGNED_QUALIFIER =
  /expect|plann|estimat|forecast|target|due|end|expir|renew|terminat|cancel|prévu|previst|esperad|geplant|erwartet|verläng|ende|fin|término|termino|vencim|renouv|renova|rinnov|ожида|план|оконч|продл|beklenen|bitiş|yenile|dự kiến|gia hạn|perkiraan|perpanjang|預計|预计|计划|到期|续|續|終了|満了|예정|만료|갱신/i;

/**
 * A signing's words after a qualifier naming what was signed ("loan agreement date", "Service contract signed":
 * "<what> <sign-date words>"), or written with a hyphen ("signature-date"): the sign date, unless the qualifier says the
 * date is expected, an end or a renewal (docs/adapters.md, "Session 20: what was bought, by structure").
 */
function qualifiedSignDate(simple: string): 'signDate' | undefined {
  const words = simple.replace(/(?<=\p{L})-(?=\p{L})/gu, ' ').split(/\s+/);
  if (words.length > 5) return undefined;
  for (let k = 0; k <= 2 && words.length - k >= 2; k++) {
    const rest = words.slice(k).join(' ');
    if (k === 0 && rest === simple) continue;
    if (LABEL_TO_KEY.get(rest) !== 'signDate' || JOINED.test(rest) || SIGN_UP.test(rest)) continue;
    return NOT_SIGNED_QUALIFIER.test(words.slice(0, k).join(' ')) ? undefined : 'signDate';
  }
  return undefined;
}

// A student's school (the other half of "工作单位/学校").
const SCHOOL_WORD = /^(?:学校|就读学校|院校|學校|school|university|college|escuela|universidad|école|schule)$/i;
// A person's age (the other half of "性别 / 年龄").
const AGE_WORD = /^(?:年龄|年齡|年齢|age|âge|edad|idade|alter|età|leeftijd|wiek|yaş|возраст|나이|tuổi|umur|usia)$/i;

/**
 * A custom field's slot name before its own word ("Custom Value 1 · Plan", "Extra field 2 · Signed"): the word after
 * the dot names the field, what was bought or when, when the slot names nothing.
 */
function slotFieldWord(simple: string): 'product' | 'signDate' | undefined {
  const parts = simple.split(/\s+[·•|]\s+/);
  if (parts.length !== 2 || keyForLabel(parts[0] ?? '') !== undefined) return undefined;
  const key = keyForLabel(parts[1] ?? '');
  return key === 'product' || key === 'signDate' ? key : undefined;
}

// A seller's role followed by the Vietnamese "in charge" (tư vấn viên phụ trách, the adviser in charge), or by "in
// charge" in brackets (상담실장 (담당), 顾问（负责）): that role, the owner (docs/adapters.md, "Session 24: round 23's missed
// fields").
const IN_CHARGE_AFTER = /\s+phụ trách$|\s*[(（]\s*(?:담당|担当|负责|負責|in charge|responsable|zuständig)\s*[)）]$/;

// Session 26: the signing of a contract, a subscription or a lease, with what it is of after it (Signature du contrat
// PAYG, Firma del contrato de suministro, Assinatura do contrato): its date. Longer than the custom patterns' labels.
const SIGNING_OF_CONTRACT =
  /^(?:date (?:de (?:la )?)?)?signature (?:du|de l'|de la) (?:contrat|abonnement|bail|convention|police)\b|^(?:fecha (?:de (?:la )?)?)?firma del? (?:contrato|póliza|poliza|convenio)\b|^(?:data (?:de |da )?)?assinatura d[oa] (?:contrato|apólice|apolice)\b|^(?:data (?:di |della )?)?firma del (?:contratto|polizza)\b|^(?:data (?:de (?:la )?)?)?signatura del (?:contracte|conveni)\b/;

// A contract of some kind and its signing after it (Kaufvertrag unterschrieben, Purchase agreement signed on, Contrat de
// vente signé le): its date.
const CONTRACT_SIGNED =
  /^[\p{L} -]{0,24}(?:vertrag|contract|agreement|overeenkomst|contrat|contratto|contrato)(?: [\p{L}-]{1,16}){0,2}\s+(?:unterschrieben|unterzeichnet|signed|getekend|ondertekend|signé|firmato|firmado|assinado)(?:\s+(?:am|on|op|le|il|el|em))?$/u;

// The script of a label's letters: Latin or not (Devanagari, Han, Arabic, Cyrillic…), for a bilingual label.
const LATIN_LETTER = /\p{Script=Latin}/u;
const OTHER_LETTER = /(?!\p{Script=Latin})\p{L}/u;
const inTwoScripts = (a: string, b: string): boolean =>
  (LATIN_LETTER.test(a) && !OTHER_LETTER.test(a) && OTHER_LETTER.test(b) && !LATIN_LETTER.test(b)) ||
  (LATIN_LETTER.test(b) && !OTHER_LETTER.test(b) && OTHER_LETTER.test(a) && !LATIN_LETTER.test(a));

function keyForLabelOnce(label: string): string | undefined {
  const exact = LABEL_TO_KEY.get(label);
  if (exact) return exact;
  const role = IN_CHARGE_AFTER.test(label) ? label.replace(IN_CHARGE_AFTER, '') : '';
  if (role && keyForLabel(role) === 'owner') return 'owner';
  // Before the tail is cut: "Customer #" is the customer's code, not the bare word "customer".
  if (isRecordCodeLabel(toSimplified(label))) return 'customerId';
  const bare = label.replace(LABEL_TAIL, '');
  if (bare !== label && bare) {
    // A street word with the address word in brackets ("Via (Indirizzo)", "Street (Address)"): the address.
    const inBrackets = /[（(]([^（）()]{1,16})[）)]$/.exec(label)?.[1]?.trim() ?? '';
    if (LABEL_TO_KEY.get(inBrackets) === 'address' && keyForLabel(bare) === undefined) return 'address';
    const key = keyForLabel(bare);
    if (key === 'product' && NOT_TAKEN.test(label)) return undefined;
    // A counted title ("添加人（3）", "Owners (2)") heads a list of people: no one person's label.
    return (key === 'owner' || key === 'name') && /[（(]\s*\d+\s*[)）]$/.test(label) ? undefined : key;
  }
  const simple = toSimplified(label);
  const key = LABEL_TO_KEY.get(simple);
  if (key) return key;
  // A person's field word after the record's own word (用户手机, 会员生日, 客户邮箱, 顾客性别): the record's field.
  const recordWord = RECORD_WORD_FIRST.exec(simple)?.[0];
  const ownField = recordWord ? LABEL_TO_KEY.get(simple.slice(recordWord.length)) : undefined;
  if (ownField && RECORD_WORD_FIELDS.has(ownField)) return ownField;
  // An API-style attribute name ("plan_signed_at", "contract_product"): its words.
  if (simple.includes('_')) return keyForLabel(simple.replace(/_+/g, ' ').trim());
  if (simple.length <= 48 && (SIGNING_OF_CONTRACT.test(simple) || CONTRACT_SIGNED.test(simple))) return 'signDate';
  // A label written in two languages ("लिंग / Gender", "जन्म तिथि / Date of Birth", "性别 / Sex"): the field both name,
  // or the one a side names when the other is a word of no field.
  const sides = simple.length <= 64 ? simple.split(/\s+\/\s+/) : [];
  if (sides.length === 2 && inTwoScripts(sides[0] ?? '', sides[1] ?? '')) {
    const bilingual = readBothSides(simple, keyForLabel);
    if (bilingual) return bilingual;
  }
  if (simple.length > 24) return undefined;
  // One field for an e-mail or a messenger id (QQ/邮箱, E-mail / Skype): an e-mail when its value is one (fields.ts).
  const parts = simple.split(/\s*\/\s*/);
  if (parts.length === 2 && parts.some((p) => LABEL_TO_KEY.get(p) === 'email') && parts.some((p) => MESSENGER.test(p)))
    return 'email';
  // A person's name or an organisation's in one field ("Nombre / Razón social", "Name / Company name"): the name, when
  // one part names it and the other is a name part or the company's name.
  if (parts.length === 2) {
    const keys = parts.map((p) => LABEL_TO_KEY.get(p) ?? (namePart(p) ? 'part' : undefined));
    if (keys.includes('name') && keys.every((k) => k === 'name' || k === 'company' || k === 'part')) return 'name';
  }
  // A gender with the age in one field ("性别 / 年龄": "女 / 35 岁", "Sexo / Idade"): the gender, read from the value's side.
  if (parts.length === 2 && parts.some((p) => LABEL_TO_KEY.get(p) === 'gender') && parts.some((p) => AGE_WORD.test(p)))
    return 'gender';
  // One address for two kinds ("户籍 / 联系地址": the registered one and the one to write to, the same here).
  if (
    parts.length === 2 &&
    LABEL_TO_KEY.get(parts[1] ?? '') === 'address' &&
    /^(?:户籍|戶籍|住所|居住)$/.test(parts[0] ?? '')
  )
    return 'address';
  // A student's school in the employer's field ("工作单位/学校", "Employer / School"): the company field.
  if (
    parts.length === 2 &&
    parts.some((p) => LABEL_TO_KEY.get(p) === 'company') &&
    parts.some((p) => SCHOOL_WORD.test(p))
  )
    return 'company';
  // A number written with its dialling code in one field ("Indicativo / Teléfono", "区号/电话"): the number's field.
  const phoneKey =
    parts.length === 2 && DIALLING_CODE.test(parts[0] ?? '') ? LABEL_TO_KEY.get(parts[1] ?? '') : undefined;
  if (phoneKey === 'phone' || phoneKey === 'mobile') return phoneKey;
  // The owner's role with a name word after it (业务员姓名, 客户经理姓名 beside 业务员代码): the owner's name.
  const roleName = /^(\S{2,6}?)(?:姓名|名字)$/.exec(simple)?.[1];
  if (roleName && keyForLabel(roleName) === 'owner') return 'owner';
  const custom = CUSTOM_PATTERNS.find(([, re]) => re.test(simple))?.[0];
  if (custom === 'product' && (NOT_PRODUCT.test(simple) || NOT_TAKEN.test(simple))) return undefined;
  if (custom === undefined)
    return namesStaffRole(simple) ? 'owner' : (qualifiedSignDate(simple) ?? slotFieldWord(simple));
  return custom === 'customerId' || !NOT_CUSTOM.test(simple) ? custom : undefined;
}

// Field names in name=/field=/data-* attributes (lower case, '_' and '-' removed).
const ATTRIBUTE_KEYS: Record<string, string> = {
  phone: 'phone',
  phonework: 'phone',
  workphone: 'phone',
  officephone: 'phone',
  telephone: 'phone',
  tel: 'phone',
  businessphone: 'phone',
  phonenumber: 'phone',
  landline: 'phone',
  mobile: 'mobile',
  phonemobile: 'mobile',
  mobilephone: 'mobile',
  cellphone: 'mobile',
  cell: 'mobile',
  mobileno: 'mobile',
  shouji: 'mobile',
  email: 'email',
  email1: 'email',
  emailaddress: 'email',
  mail: 'email',
  idnumber: 'idNumber',
  idcard: 'idNumber',
  idno: 'idNumber',
  certno: 'idNumber',
  identityno: 'idNumber',
  sfzh: 'idNumber',
  gender: 'gender',
  sex: 'gender',
  birthdate: 'birthDate',
  birthday: 'birthDate',
  dateofbirth: 'birthDate',
  companyname: 'company',
  accountname: 'company',
  company: 'company',
  workunit: 'company',
  customername: 'name',
  contactname: 'name',
  fullname: 'name',
  custname: 'name',
  parentid: 'company',
  parentname: 'company',
  address: 'address',
  signdate: 'signDate',
  contractdate: 'signDate',
  productname: 'product',
  owner: 'owner',
  assigneduser: 'owner',
  assignedusername: 'owner',
  ownername: 'owner',
  managername: 'owner',
  userid: 'owner',
};

export const keyForAttribute = memoByString(keyForAttributeOnce);

function keyForAttributeOnce(value: string): string | undefined {
  const v = value
    .toLowerCase()
    .replace(/^(form_item_|field_|crm_)/, '')
    .replace(/_\d+$/, '')
    .replace(/[-_\s]/g, '');
  return ATTRIBUTE_KEYS[v];
}

/** Names of hidden inputs that carry the record's id. */
export const RECORD_ID_INPUTS = new Set([
  'record',
  'recordid',
  'record_id',
  'customerid',
  'customer_id',
  'custid',
  'cust_id',
  'form_item_id',
]);
