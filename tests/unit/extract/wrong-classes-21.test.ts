// Round 20's wrong and invented values as classes (docs/adapters.md, "Session 19: round 20's wrong values"). Each rule
// on a small page of our own (made-up markup and values, never the held-out pages' own).
import { extractCustomer } from '@/utils/extract';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-12-01T10:00:00Z');

/** The customer's values of a whole page (its <title> included) at `url`, adapters off. */
function read(title: string, body: string, url: string, lang: string): Record<string, string> {
  const doc = parsePage(`<html lang="${lang}"><head><title>${title}</title></head><body>${body}</body></html>`);
  const fields = extractCustomer(doc, url, NOW, undefined, { adapters: [] }).fields;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.value]));
}

const pairs = (rows: [string, string][]) =>
  `<table class="desc"><tbody>${rows.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('')}</tbody></table>`;

describe('a colleague’s file is a staff member’s, not a customer’s', () => {
  // Two pairs a row, as a descriptions table lays them out.
  const row2 = (a: [string, string], b?: [string, string]) =>
    `<tr><th class="label">${a[0]}</th><td>${a[1]}</td>${b ? `<th class="label">${b[0]}</th><td>${b[1]}</td>` : ''}</tr>`;

  it('a page titled as a colleague’s file (同事檔案, 同事资料) with a staff number and a hire date gives no customer', () => {
    const table = `<div class="card"><table>${row2(['員工編號', 'E-2019-0388'], ['姓名', '邵明軒'])}${row2(
      ['性別', '男'],
      ['出生日期', '03/05/1990'],
    )}${row2(['手提電話', '6123 4567'], ['電郵', 'mx@corp.example'])}${row2(['職位', '客戶主任'], ['入職日期', '06/05/2019'])}${row2(
      ['住址', '九龍觀塘道 88 號 12 樓'],
    )}</table></div>`;
    expect(read('同事檔案 - 某集團', table, 'https://hr.example/#/contacts/388', 'zh-HK')).toEqual({});
    expect(read('同事资料 - 企业门户', table, 'https://hr.example/#/contacts/388', 'zh-CN')).toEqual({});
  });

  it('in English and German too (Colleague profile, Kollege Details)', () => {
    const en = `<div class="card">${pairs([
      ['Employee no.', 'E-2231'],
      ['Name', 'Ruth Abernathy'],
      ['Mobile', '+44 7700 900 412'],
      ['Hire date', '2018-03-12'],
    ])}</div>`;
    expect(read('Colleague profile | Intranet', en, 'https://intranet.example/people/2231', 'en')).toEqual({});
    const de = `<div class="card">${pairs([
      ['Personalnummer', '4471'],
      ['Name', 'Jonas Berger'],
      ['Mobil', '+49 171 555 0192'],
      ['Eintrittsdatum', '01.04.2016'],
    ])}</div>`;
    expect(read('Kollege Details - Portal', de, 'https://intranet.example/people/4471', 'de')).toEqual({});
  });

  it('a customer’s record that names its department is still read', () => {
    const body = `<div class="card">${pairs([
      ['客户姓名', '邵明轩'],
      ['手机号码', '13917264405'],
      ['所在部门', '采购部'],
      ['职位', '采购经理'],
    ])}</div>`;
    expect(read('客户详情 - 客服系统', body, 'https://crm.example/#/customer/30417', 'zh-CN')).toMatchObject({
      name: '邵明轩',
      mobile: '13917264405',
    });
  });
});

describe('a word that is a labelled row’s whole value is no label of the next row', () => {
  // Form items as a low-code form renders them: <label> + a value box, one item per row.
  const item = (label: string, value: string) =>
    `<div class="form-item"><label class="form-label"><span>${label}</span></label><div class="form-value"><span>${value}</span></div></div>`;

  it('an applicant’s type (企业) does not make the next row’s label and value a company', () => {
    const body = `<h2>客户详情</h2><form>${item('客户编号', 'KH-0042')}${item('申请人名称', '绍兴禾川织造有限公司')}${item(
      '申请人类型',
      '企业',
    )}${item('纳税人识别号', '91330600MA2BX7Q31K')}${item('联系电话', '0575-8512 3380')}</form>`;
    const got = read('客户详情', body, 'https://crm.example/#/client/detail?id=42', 'zh-CN');
    expect(got.company).not.toMatch(/纳税人识别号/);
    expect(got).toMatchObject({ name: '绍兴禾川织造有限公司', phone: '057585123380' });
  });

  it('in English, in a table of label | value cells (Type | Company)', () => {
    const body = `<table><tr><th>Client no.</th><td>C-7781</td><th>Type</th><td>Company</td></tr>
      <tr><th>Tax number</th><td>DE 318 442 901</td><th>Name</th><td>Helling Baustoffe GmbH</td></tr>
      <tr><th>Phone</th><td>+49 40 555 0193</td></tr></table>`;
    const got = read('Client details', body, 'https://crm.example/clients/7781', 'en');
    expect(got.company ?? '').not.toMatch(/Tax number/);
    expect(got.name).toBe('Helling Baustoffe GmbH');
  });
});

describe('landlines under typed labels, in several languages', () => {
  const card = (rows: [string, string][], lang: string, url: string) =>
    read('Record', `<div class="card">${pairs(rows)}</div>`, url, lang);

  it('固话号码 is a phone', () => {
    expect(
      card(
        [
          ['客户姓名', '閔浩然'],
          ['手机号码', '153 0532 7719'],
          ['固话号码', '0532-8288 4106'],
        ],
        'zh-CN',
        'https://crm.example/#/subscriber/88',
      ),
    ).toMatchObject({ phone: '053282884106' });
  });

  it('home phones in Galician, Zulu, Urdu, Telugu, Malayalam and Tajik', () => {
    const cases: [string, string, string][] = [
      ['gl', 'Teléfono fixo', '981 22 47 16'],
      ['zu', 'Ucingo lwasekhaya', '031 209 4418'],
      ['ur', 'گھر کا فون', '042 3575 1184'],
      ['te', 'ల్యాండ్‌లైన్', '0866 247 3190'],
      ['ml', 'വീട്ടിലെ ഫോൺ', '0484 239 7716'],
      ['tg', 'Телефони корӣ', '+992 37 221 4509'],
    ];
    for (const [lang, label, number] of cases)
      expect(
        card(
          [
            ['Name', 'Lindiwe Dube'],
            [label, number],
          ],
          lang,
          'https://crm.example/customers/5',
        ).phone,
        lang,
      ).toBe(number.replace(/ /g, ''));
  });
});

describe('a Tajik record read by its labels', () => {
  it('PrimeNG field rows (label.col-4 + div.col-8 span) in Tajik', () => {
    const field = (label: string, value: string) =>
      `<div class="p-field grid"><label class="col-4">${label}</label><div class="col-8"><span>${value}</span></div></div>`;
    const body = `<div class="p-card"><div class="p-card-title">Маълумоти муштарӣ</div>${[
      field('Рамзи муштарӣ', 'ХҶ-00731'),
      field('Ному насаб', 'Нилуфар Саидова'),
      field('Санаи таваллуд', '12.09.1990'),
      field('Телефони мобилӣ', '+992 91 555 0187'),
      field('Суроға', 'ш. Хуҷанд, кӯч. Ленин 12'),
      field('Менеҷери муштарӣ', 'Далер Каримов'),
    ].join('')}</div>`;
    expect(read('Муштарӣ', body, 'https://crm.example/clients/731', 'tg')).toMatchObject({
      customerId: 'ХҶ-00731',
      name: 'Нилуфар Саидова',
      birthDate: '1990-09-12',
      mobile: '+992915550187',
      address: 'ш. Хуҷанд, кӯч. Ленин 12',
      owner: 'Далер Каримов',
    });
  });
});

describe('the deceased’s section of a buyer’s record is another person’s', () => {
  const cells = (rows: [string, string][]) =>
    `<table>${rows.map(([l, v]) => `<tr><td class="label">${l}</td><td>${v}</td></tr>`).join('')}</table>`;

  it('逝者信息: the deceased’s name and birth date are not the buyer’s', () => {
    const body = `<div class="card"><div class="card-header">客户信息</div><div class="card-body">${cells([
      ['客户编号', 'KH-2025-0117'],
      ['购买人', '柴立新'],
      ['联系电话', '139 2210 4471'],
      ['联系地址', '西安市碑林区南关正街 88 号'],
    ])}</div></div><div class="card"><div class="card-header">逝者信息</div><div class="card-body">${cells([
      ['逝者姓名', '柴永福'],
      ['出生日期', '1931-02-08'],
      ['逝世日期', '2025-09-30'],
    ])}</div></div>`;
    const got = read('客户档案', body, 'https://crm.example/#/customer/117', 'zh-CN');
    // (The buyer's own label is a trade word: no name is better than the deceased's.)
    expect(got.name).not.toBe('柴永福');
    expect(got.birthDate).toBeUndefined();
    expect(got.mobile).toBe('13922104471');
  });

  it('in English too (Deceased details)', () => {
    const body = `<section><h3>Client</h3>${cells([
      ['Purchaser', 'Maureen Oduya'],
      ['Phone', '+1 312 555 0148'],
      ['Address', '1440 W Addison St, Chicago, IL 60613'],
    ])}</section><section><h3>Deceased details</h3>${cells([
      ['Full name', 'Samuel Oduya'],
      ['Date of birth', '1938-06-14'],
    ])}</section>`;
    const got = read('Arrangement', body, 'https://crm.example/arrangements/55', 'en');
    expect(got.name).not.toBe('Samuel Oduya');
    expect(got.birthDate).toBeUndefined();
  });
});
