// Round 18's missed values as classes (docs/adapters.md, "Session 18: missed values"): national ids in their own
// written forms and check rules, ids of countries without a check digit on a page in their language, … — each rule
// on a small page of our own (made-up markup and values, never the held-out pages' own).
import { extractCustomer } from '@/utils/extract';
import { foreignNationalId, uncheckedNationalId } from '@/utils/core/national-id';
import { normalizeDate } from '@/utils/core/normalize/date';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-11-30T10:00:00Z');

/** The values the generic reader (adapters off) reads from a whole page. */
function values(body: string, url: string, lang = 'en'): Record<string, string> {
  const doc = parsePage(`<html lang="${lang}"><head><title>Record</title></head><body>${body}</body></html>`);
  const found = extractCustomer(doc, url, NOW, undefined, { adapters: [] }).fields;
  return Object.fromEntries(Object.entries(found).map(([k, v]) => [k, v.value]));
}

/** A record of label/value rows (a definition list) under a heading. */
function record(pairs: [string, string][]): string {
  const cells = pairs.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`);
  return `<main><h2>Record</h2><dl class="detail">${cells.join('')}</dl></main>`;
}

describe('national ids in their own written forms and check rules', () => {
  it.each([
    ['35201-5582014-3', "Pakistan's CNIC (5-7-1)"],
    ['19920318-23104-00021-14', "Tanzania's NIDA number (a birth date first)"],
    ['120395-10461', "Latvia's personas kods (old form, check digit)"],
    ['321456-78901', "Latvia's personas kods (new form, no check)"],
    ['880512300134', "Kazakhstan's ЖСН / ИИН (check digit)"],
  ])('%s is %s', (id) => {
    expect(foreignNationalId(id)).not.toBeNull();
  });

  it.each([
    ['120395-10468', 'a personas kods failing its check digit'],
    ['310295-10460', 'a personas kods with no such birth date'],
    ['880512300139', 'an ИИН failing its check digit'],
    ['19921318-23104-00021-14', 'a NIDA number with no such birth date'],
    ['3520155820143', 'a CNIC without its dashes (any 13-digit code)'],
  ])('%s is left out: %s', (id) => {
    expect(foreignNationalId(id)).toBeNull();
  });

  it('a CNIC under an Urdu id label is the id', () => {
    const got = values(
      record([
        ['نام', 'سلمان احمد قریشی'],
        ['شناختی کارڈ نمبر', '35201-5582014-3'],
        ['موبائل', '0300-5512874'],
      ]),
      'https://crm.example/customers/502',
      'ur',
    );
    expect(got.idNumber).toBe('35201-5582014-3');
  });

  it('a personas kods under a Latvian label is the id', () => {
    const got = values(
      record([
        ['Vārds, uzvārds', 'Anna Kalēja'],
        ['Personas kods', '120395-10461'],
        ['Mobilais tālrunis', '+371 2611 0482'],
      ]),
      'https://crm.example/clients/show/88',
      'lv',
    );
    expect(got.idNumber).toBe('120395-10461');
  });

  it('an ИИН failing its check under ЖСН is no id', () => {
    const got = values(
      record([
        ['Аты-жөні', 'Сейітов Данияр'],
        ['ЖСН', '880512300139'],
        ['Ұялы телефон', '+7 701 455 2210'],
      ]),
      'https://crm.example/clients/41',
      'kk',
    );
    expect(got.idNumber).toBeUndefined();
  });
});

describe('ids without a check digit, by the lengths of the page language’s country', () => {
  it('a Bangladeshi NID in Bengali digits under “জাতীয় পরিচয়পত্র নং” is the id', () => {
    const got = values(
      record([
        ['নাম', 'রফিকুল ইসলাম'],
        ['জাতীয় পরিচয়পত্র নং:', '৫৫০৩৮১৯২৭৪'],
        ['মোবাইল', '০১৭১১-৫৫২৮৯০'],
      ]),
      'https://crm.example/admin/customer/71/change/',
      'bn',
    );
    expect(got.idNumber).toBe('5503819274');
  });

  it('a Cambodian id card in Khmer digits is the id', () => {
    const got = values(
      record([
        ['ឈ្មោះ', 'ចាន់ ដារ៉ា'],
        ['លេខអត្តសញ្ញាណប័ណ្ណ', '០២០៣៤៥៦៧៨'],
        ['ទូរស័ព្ទ', '០៩៧ ៥៥៤ ២១០'],
      ]),
      'https://crm.example/#/clients/55',
      'km',
    );
    expect(got.idNumber).toBe('020345678');
  });

  it('the lengths hold only on a page in the language', () => {
    expect(uncheckedNationalId('5503819274', 'bn-BD')).toBe('5503819274');
    expect(uncheckedNationalId('5503819274', 'en')).toBeNull();
    expect(uncheckedNationalId('55038192', 'bn')).toBeNull();
  });
});

/** A record of label/value rows, then a titled table of `head` columns and `rows`. */
function withTable(pairs: [string, string][], title: string, head: string[], rows: string[][]): string {
  const th = head.map((h) => `<th>${h}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return `${record(pairs)}<section><h3>${title}</h3><table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table></section>`;
}

describe('what was bought, from a table of orders or documents', () => {
  const person: [string, string][] = [
    ['Name', 'Harriet Quayle'],
    ['Mobile', '+44 7700 900512'],
    ['Email', 'harriet.q@mail.example'],
  ];

  it('a quote newer than the order is offered, not bought: the order’s goods and date', () => {
    const got = values(
      withTable(
        person,
        'Documents',
        ['Document', 'Date', 'Item', 'Total'],
        [
          ['Invoice 40118', '2025-10-02', 'Oak dining table', '£ 1,240.00'],
          ['Quote 7731', '2025-11-20', 'Six oak chairs', '£ 960.00'],
        ],
      ),
      'https://crm.example/people/812',
    );
    expect([got.product, got.signDate]).toEqual(['Oak dining table', '2025-10-02']);
  });

  it.each([
    ['Cotización 3391', 'es'],
    ['Понуда 25-2200-0118', 'sr'],
    ['QU2511-0203 (報價)', 'zh-TW'],
    ['方案报价', 'zh-CN'],
  ])('a row marked “%s” is a quote (%s)', (marker) => {
    const got = values(
      withTable(
        person,
        'Documents',
        ['Document', 'Date', 'Item', 'Total'],
        [
          ['Invoice 40118', '2025-10-02', 'Oak dining table', '£ 1,240.00'],
          [marker, '2025-11-20', 'Six oak chairs', '£ 960.00'],
        ],
      ),
      'https://crm.example/people/812',
    );
    expect(got.product).toBe('Oak dining table');
  });

  it.each([['Detalle'], ['Артикал'], ['品名'], ['Prece']])(
    'a goods column titled “%s” beside the documents’ dates names the product',
    (title) => {
      const got = values(
        withTable(
          person,
          'Documents',
          ['Document', 'Date', title, 'Total'],
          [
            ['Invoice 40118', '2025-10-02', 'Oak dining table', '£ 1,240.00'],
            ['Invoice 40240', '2025-11-14', 'Walnut sideboard', '£ 2,100.00'],
          ],
        ),
        'https://crm.example/people/812',
      );
      expect([got.product, got.signDate]).toEqual(['Walnut sideboard', '2025-11-14']);
    },
  );

  it('a one-row contract table dates its product by its bare date column', () => {
    const got = values(
      withTable(
        person,
        'Contracts',
        ['Contract No.', 'Datums', 'Product', 'Amount'],
        [['C-2025/118', '20.11.2025', 'Home insurance — Gold', '£ 312.00']],
      ),
      'https://crm.example/people/812',
    );
    expect([got.product, got.signDate]).toEqual(['Home insurance — Gold', '2025-11-20']);
  });

  it('a loan table under Swahili titles gives the latest loan and its contract date', () => {
    const got = values(
      withTable(
        [
          ['Jina kamili', 'Amani Mwinyi'],
          ['Simu', '+255 754 220 118'],
        ],
        'Mikopo',
        ['Namba ya mkopo', 'Aina ya mkopo', 'Kiasi', 'Tarehe ya mkataba'],
        [
          ['LN-2025-0210', 'Mkopo wa kilimo', '2,000,000', '14/10/2025'],
          ['LN-2023-0077', 'Mkopo wa elimu', '800,000', '02/02/2023'],
        ],
      ),
      'https://crm.example/admin/members/77',
      'sw',
    );
    expect([got.product, got.signDate]).toEqual(['Mkopo wa kilimo', '2025-10-14']);
  });
});

describe('what was bought and when, under the field words of more languages', () => {
  const read = (lang: string, pairs: [string, string][]) =>
    values(
      record([['Name', 'Harriet Quayle'], ['Mobile', '+44 7700 900512'], ...pairs]),
      'https://crm.example/c/5',
      lang,
    );

  it.each([
    ['fr', 'Plan de traitement accepté', "Date d'acceptation"],
    ['sk', 'Produkty', 'Dátum uzavretia'],
    ['ur', 'پیکج', 'بکنگ کی تاریخ'],
    ['km', 'ផលិតផលកម្ចី', 'ថ្ងៃចុះកិច្ចសន្យា'],
    ['lo', 'ແຜນປະກັນ', 'ວັນທີເຊັນສັນຍາ'],
    ['zh-CN', '最近消费项目', '消费日期'],
    ['zh-CN', '会籍购买', '购课日期'],
    ['zh-TW', '車款', '購車日期'],
    ['zh-CN', '配镜', '配镜日期'],
  ])('%s: “%s” and “%s”', (lang, productWord, dateWord) => {
    const got = read(lang, [
      [productWord, 'Gold plan 24'],
      [dateWord, '2025-11-13'],
    ]);
    expect([got.product, got.signDate]).toEqual(['Gold plan 24', '2025-11-13']);
  });

  it('the property a buyer wants is the product when nothing bought is named', () => {
    expect(read('zh-CN', [['意向房源', '锦绣园 3室2厅 128㎡']]).product).toBe('锦绣园 3室2厅 128㎡');
  });
});

describe('the record’s code and contract under the words of its trade', () => {
  const read = (lang: string, pairs: [string, string][]) =>
    values(record([['姓名', '林书瑶'], ['手机', '139 2210 4487'], ...pairs]), 'https://crm.example/view.do', lang);

  it.each([['主人编号'], ['租客编号'], ['热用户编号'], ['月结账号']])('%s names the customer’s code', (label) => {
    expect(read('zh-CN', [[label, 'KX-0311-2207']]).customerId).toBe('KX-0311-2207');
  });

  it('a supply contract’s name is the product; its number is not', () => {
    expect(read('zh-CN', [['供水合同', '2026 年度居民供水合同']]).product).toBe('2026 年度居民供水合同');
    expect(read('zh-CN', [['供水合同', 'GS-2026-0418']]).product).toBeUndefined();
  });

  it('a business partner’s code (Шифра партнера) is the customer’s code', () => {
    const got = values(
      record([
        ['Назив', 'Дунав Агро д.о.о.'],
        ['Шифра партнера', 'P-002291'],
        ['Телефон', '021 455 2208'],
      ]),
      'https://erp.example/partners/view',
      'sr-Cyrl',
    );
    expect(got.customerId).toBe('P-002291');
  });
});

describe('the record’s own number, address and vehicle, in more of the world’s words', () => {
  it('a phone named by the record’s kind (學生電話) is typed by its number: a Hong Kong mobile', () => {
    const got = values(
      record([
        ['學生姓名', '麥嘉欣'],
        ['家長電話', '9123 4567'],
        ['學生電話', '6218 0935'],
      ]),
      'https://crm.example/students/1',
      'zh-HK',
    );
    expect(got.mobile).toBe('62180935');
  });

  it('a Hong Kong fixed line (2…) under 客户电话 stays a phone', () => {
    const got = values(
      record([
        ['客户姓名', '陳志強'],
        ['客户电话', '2861 0933'],
      ]),
      'https://crm.example/c/1',
      'zh-HK',
    );
    expect([got.phone, got.mobile]).toEqual(['28610933', undefined]);
  });

  it('a Latvian street line (Iela, māja, dzīvoklis) starts the address its town and postcode follow', () => {
    const got = values(
      record([
        ['Vārds, uzvārds', 'Anna Kalēja'],
        ['Iela, māja, dzīvoklis', 'Elizabetes iela 21-4'],
        ['Pilsēta', 'Rīga'],
        ['Pasta indekss', 'LV-1010'],
        ['Mobilais tālrunis', '+371 2611 0482'],
      ]),
      'https://crm.example/clients/show/3',
      'lv',
    );
    expect(got.address).toBe('Elizabetes iela 21-4, Rīga, LV-1010');
  });

  it('a dealer’s motorcycle (موٹر سائیکل) is the product when nothing bought is named', () => {
    const got = values(
      record([
        ['نام', 'سلمان احمد قریشی'],
        ['موبائل', '0300-5512874'],
        ['موٹر سائیکل', 'یاماہا YBR 125G'],
      ]),
      'https://crm.example/customers/502',
      'ur',
    );
    expect(got.product).toBe('یاماہا YBR 125G');
  });
});

describe('dates as Serbian, Croatian and Slovene documents write them', () => {
  it('a year closed by a dot without spaces (21.11.2025.) is day first', () => {
    expect(normalizeDate('21.11.2025.', 'mdy')).toBe('2025-11-21');
    expect(normalizeDate('03.04.2017.', { order: 'ymd', lang: 'sr' })).toBe('2017-04-03');
  });

  it('an order table of such dates gives the latest order', () => {
    const got = values(
      withTable(
        [
          ['Назив', 'Дунав Агро д.о.о.'],
          ['Телефон', '021 455 2208'],
          ['Е-пошта', 'nabavka@dunavagro.example'],
        ],
        'Документи',
        ['Документ', 'Датум', 'Артикал', 'Износ'],
        [
          ['Фактура 25-3011-0101', '14.10.2025.', 'Семе кукуруза — 20 џакова', '86.400,00 RSD'],
          ['Фактура 25-3011-0150', '02.11.2025.', 'Ђубриво NPK 15-15-15', '41.000,00 RSD'],
        ],
      ),
      'https://erp.example/partners/view',
      'sr-Cyrl',
    );
    expect([got.product, got.signDate]).toEqual(['Ђубриво NPK 15-15-15', '2025-11-02']);
  });
});

describe('a lender’s product type and a typed list of numbers', () => {
  it('业务品种 of a one-row ticket table is the product, dated by its signing column', () => {
    const got = values(
      withTable(
        [
          ['客户姓名', '林书瑶'],
          ['手机', '139 2210 4487'],
        ],
        '借款记录',
        ['借据号', '业务品种', '金额', '签订日期', '到期'],
        [['JJ2025110301', '个人消费贷款', '¥ 50,000', '2025-11-03', '2026-11-02']],
      ),
      'https://crm.example/loan/view',
      'zh-CN',
    );
    expect([got.product, got.signDate]).toEqual(['个人消费贷款', '2025-11-03']);
  });

  it('a Tagalog list of numbers (Mga numero ng telepono) is typed by each number’s badge', () => {
    const list =
      '<ul><li>0918 330 4471 <span class="badge">Mobile</span></li><li>(02) 8711 2093 <span class="badge">Bahay</span></li></ul>';
    const got = values(
      record([
        ['Pangalan', 'Liza Ramos Santos'],
        ['Mga numero ng telepono', list],
      ]),
      'https://crm.example/members/41',
      'tl',
    );
    expect([got.mobile, got.phone]).toEqual(['09183304471', '0287112093']);
  });
});

describe('a lender’s borrower by the bare word', () => {
  it.each([
    ['借款人', 'zh-CN', '林书瑶'],
    ['Borrower', 'en', 'Harriet Quayle'],
    ['Заемщик', 'ru', 'Анна Соколова'],
  ])('%s (%s) names the record’s person', (label, lang, name) => {
    const got = values(
      record([
        ['Loan No.', 'JK-2025-1188'],
        [label, name],
        ['Mobile', '+44 7700 900512'],
      ]),
      'https://crm.example/loans/view',
      lang,
    );
    expect(got.name).toBe(name);
  });

  it('any other name label wins over it', () => {
    const got = values(
      record([
        ['借款人', '林书瑶（主借）'],
        ['客户姓名', '林书瑶'],
        ['手机', '139 2210 4487'],
      ]),
      'https://crm.example/loans/view',
      'zh-CN',
    );
    expect(got.name).toBe('林书瑶');
  });
});

describe('a company record’s name is its company', () => {
  it.each([
    ['Назив', 'Дунав Агро д.о.о. Нови Сад', 'sr-Cyrl'],
    ['Razón social', 'Ferretería El Roble, S.A. de C.V.', 'es-MX'],
    ['Name', 'Harrow Joinery Ltd', 'en'],
  ])('%s: “%s” is the name and the company', (label, org, lang) => {
    const got = values(
      record([
        [label, org],
        ['Phone', '021 455 2208'],
        ['Email', 'office@org.example'],
      ]),
      'https://erp.example/partners/view',
      lang,
    );
    expect([got.name, got.company]).toEqual([org, org]);
  });

  it('a person’s name stays a name only', () => {
    const got = values(
      record([
        ['Name', 'Harriet Quayle'],
        ['Phone', '+44 7700 900512'],
      ]),
      'https://crm.example/people/view',
    );
    expect(got.company).toBeUndefined();
  });
});
