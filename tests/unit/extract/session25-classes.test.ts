// Session 25's classes of page (docs/adapters.md, "Session 25: …"). Made-up markup, people, companies and numbers.
import { describe, expect, it } from 'vitest';
import { foreignNationalId } from '@/utils/core/national-id';
import { classReader } from './class-page';

const { context, values } = classReader('zh-CN', new Date('2026-12-02T10:00:00Z'));

describe('a Han company’s title holding a section word in its trade name', () => {
  const record = (title: string) =>
    `<main><div class="page-header"><h2>${title}</h2></div>
      <table class="detail"><tr><th>客户编号</th><td>KH-30318</td><th>所属行业</th><td>软件和信息技术服务</td></tr>
      <tr><th>联系电话</th><td>0571-8731 2206</td><th>所在城市</th><td>杭州</td></tr>
      <tr><th>签约日期</th><td>2025-04-18</td><th>客户经理</th><td>魏琳</td></tr></table></main>`;

  it.each(['杭州云帆信息技术有限公司', '苏州明德家庭服务有限公司', '宁波启航管理咨询有限公司'])(
    '%s is the company',
    (title) => {
      const c = context(record(title), 'https://crm.example/customer/detail?id=30318');
      expect(c.fields.company?.value).toBe(title);
      expect(c.fields.name?.value).toBe(title);
    },
  );

  it.each(['客户所属公司', '公司信息'])('a section titled %s names no company', (title) => {
    const v = values(record(title), 'https://crm.example/customer/detail?id=30318');
    expect(v.company).toBeUndefined();
    expect(v.name === title).toBe(false);
  });
});

describe('an Egyptian record, its numbers wrapped in bidi isolates', () => {
  const row = (k: string, v: string) => `<div class="row"><span class="k">${k}</span><span>${v}</span></div>`;
  const record = (typeRow: string) =>
    `<main dir="rtl"><h2>بيانات العميل</h2>
      ${row('الاسم بالكامل', 'منى عادل عبد الرحمن')}
      ${typeRow}
      ${row('الرقم القومي', '\u206628907150101285\u2069')}
      ${row('رقم المحمول', '\u200f\u2066+20 100 482 7731\u2069\u200f')}
      ${row('تليفون المنزل', '\u200f\u2066+20 2 2735 4410\u2069\u200f')}
    </main>`;

  it('reads the national number, the home phone and the gender under النوع', () => {
    const v = values(record(row('النوع', 'أنثى')), 'https://crm.example/clients/5521', 'ar-EG');
    expect(v.idNumber).toBe('28907150101285');
    expect(v.phone?.replace(/\D/g, '')).toBe('20227354410');
    expect(v.mobile?.replace(/\D/g, '')).toBe('201004827731');
    expect(v.gender).toBe('female');
  });

  it('a type that is no gender under النوع is read as none', () => {
    const v = values(record(row('النوع', 'شقة سكنية')), 'https://crm.example/clients/5521', 'ar-EG');
    expect(v.gender).toBeUndefined();
    expect(v.name).toBe('منى عادل عبد الرحمن');
  });
});

describe('Egypt’s national number', () => {
  it.each([
    ['28907150101285', true],
    ['30103022101234', true],
    ['28913150101285', false], // no 13th month
    ['28907155001285', false], // no governorate 50
    ['48907150101285', false], // no century 4
  ])('%s is an id: %s', (id, valid) => {
    expect(foreignNationalId(id) === id).toBe(valid);
  });
});

describe('the signed-in agent’s own page in the languages of South Asia', () => {
  it.each([
    ['si', 'මගේ පැතිකඩ', 'සම්පූර්ණ නම', 'චමිලා පෙරේරා', 'ජංගම දුරකථනය'],
    ['ta', 'எனது சுயவிவரம்', 'முழு பெயர்', 'கவிதா ராஜன்', 'கைபேசி'],
    ['ur', 'میری پروفائل', 'پورا نام', 'عائشہ ملک', 'موبائل'],
  ])('%s: a profile titled “%s” gives no customer', (lang, title, nameLabel, name, mobileLabel) => {
    const html = `<h2>${name}</h2><div class="card"><h3>${title}</h3>
      <div class="row"><span>${nameLabel}</span><span>${name}</span></div>
      <div class="row"><span>${mobileLabel}</span><span>+94 77 318 4402</span></div>
      <div class="row"><span>Email</span><span>agent@insurer.example</span></div></div>`;
    const c = context(html, 'https://crm.example/agent/profile', lang);
    expect(Object.keys(c.fields)).toEqual([]);
  });
});

describe('a record’s contract named in the page’s own language', () => {
  const plans = (lang: string, rows: [string, string][], head: string[], line: string[]) =>
    `<main><h2>${rows[0]?.[1]}</h2><dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
      <h3>${lang}</h3><table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
      <tbody><tr>${line.map((c) => `<td>${c}</td>`).join('')}</tr></tbody></table></main>`;

  it.each([
    [
      'el',
      [
        ['Ονοματεπώνυμο', 'Ελένη Παππά'],
        ['Κινητό', '694 112 3370'],
        ['Υπεύθυνος συνεργάτης', 'Νίκος Αλεξίου'],
      ],
      ['Προϊόν', 'Ημ. υπογραφής', 'Κατάσταση'],
      ['Ασφάλεια Υγείας Plus', '04/09/2025', 'Ενεργό'],
      { product: 'Ασφάλεια Υγείας Plus', signDate: '2025-09-04', owner: 'Νίκος Αλεξίου' },
    ],
    [
      'cs',
      [
        ['Jméno', 'Jana Horáková'],
        ['Mobil', '+420 731 220 418'],
        ['Makléř', 'Tomáš Beneš'],
      ],
      ['Nemovitost', 'Kupní smlouva'],
      ['Byt 2+1, Brno – Žabovřesky', '12. 9. 2025'],
      { product: 'Byt 2+1, Brno – Žabovřesky', signDate: '2025-09-12', owner: 'Tomáš Beneš' },
    ],
    [
      'et',
      [
        ['Nimi', 'Kadri Tamm'],
        ['Mobiil', '+372 5123 4410'],
        ['Kliendihaldur', 'Priit Lepp'],
      ],
      ['Pakett', 'Sõlmitud'],
      ['Elekter Börs 12 kuud', '03.10.2025'],
      { product: 'Elekter Börs 12 kuud', signDate: '2025-10-03', owner: 'Priit Lepp' },
    ],
    [
      'hy',
      [
        ['Անուն ազգանուն', 'Անի Սարգսյան'],
        ['Բջջային', '+374 91 220 418'],
      ],
      ['Պրոդուկտ', 'Կնքման ամսաթիվ'],
      ['Սպառողական վարկ «Արագ»', '18.09.2025'],
      { product: 'Սպառողական վարկ «Արագ»', signDate: '2025-09-18' },
    ],
  ] as const)('%s', (lang, rows, head, line, expected) => {
    const v = values(
      plans(lang, rows as unknown as [string, string][], [...head], [...line]),
      'https://crm.example/c/77',
      lang,
    );
    expect(v).toMatchObject(expected);
  });

  it('an Armenian company’s title with its legal form is the company', () => {
    const v = values(
      `<main><h2>«Արագած Ագրո» ՍՊԸ</h2><dl><dt>Հաճախորդի կոդ</dt><dd>CB-001184</dd><dt>Հեռախոս</dt><dd>+374 10 520 418</dd>
        <dt>Հասցե</dt><dd>Երևան, Արշակունյաց 41</dd><dt>Պատասխանատու</dt><dd>Արամ Գևորգյան</dd></dl></main>`,
      'https://crm.example/corporate/1184',
      'hy',
    );
    expect(v.company).toBe('«Արագած Ագրո» ՍՊԸ');
  });

  it('a Tamil form of address is no part of the name and says the gender', () => {
    const v = values(
      `<main><h2>திருமதி கவிதா ராஜன்</h2><dl><dt>வாடிக்கையாளர் எண்</dt><dd>VC-2291</dd><dt>கைபேசி</dt><dd>+91 98401 22718</dd>
        <dt>முகவரி</dt><dd>12, காந்தி தெரு, மதுரை 625001</dd><dt>பொறுப்பாளர்</dt><dd>சுரேஷ் குமார்</dd></dl></main>`,
      'https://crm.example/subscriber/2291',
      'ta',
    );
    expect(v.name).toBe('கவிதா ராஜன்');
    expect(v.gender).toBe('female');
  });
});

describe('Chinese contracts and numbers of round 25’s classes', () => {
  const record = (rows: [string, string][]) =>
    `<main><div class="title">客户详情</div><table class="detail">${rows
      .map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`)
      .join('')}</table></main>`;
  const url = 'https://crm.example/cust/detail?id=5521';

  it('a contract named by its business, dated with 签署 after the date, is the signing; 签约业务 the product', () => {
    const v = values(
      record([
        ['客户姓名', '卢婉清'],
        ['开户日期', '2014年8月19日'],
        ['融资融券合同', '2025年10月15日 签署'],
        ['签约业务', '融资融券业务（信用账户）'],
      ]),
      url,
    );
    expect(v.signDate).toBe('2025-10-15');
    expect(v.product).toBe('融资融券业务（信用账户）');
  });

  it('a contract named as signed (已签合同) names what was signed, not a date', () => {
    const v = values(
      record([
        ['家长姓名', '许静'],
        ['手机', '139 1820 4471'],
        ['已签合同', '全年成长计划 · 96 课时'],
        ['签约日期', '2025-09-13'],
      ]),
      url,
    );
    expect(v.product).toBe('全年成长计划 · 96 课时');
  });

  it('a bundle’s order date (套餐办理) and a policy’s confirmation (投保确认日) are signings', () => {
    expect(
      values(
        record([
          ['客户名称', '彭晓东'],
          ['在用套餐', '千兆融合 199 元套餐'],
          ['入网时间', '2009-05-11'],
          ['套餐办理', '2025-07-30'],
        ]),
        url,
      ).signDate,
    ).toBe('2025-07-30');
    expect(
      values(
        record([
          ['客户姓名', '邱振华'],
          ['手机', '138 2201 7745'],
          ['在保险种', '商业险 + 交强险'],
          ['起保日期', '2025-01-01'],
          ['投保确认日', '2024-12-20'],
        ]),
        url,
      ).signDate,
    ).toBe('2024-12-20');
  });

  it('a rent beside the signing date is no product; the flat rented before it is', () => {
    const cells = [
      ['房源', '栖木公寓·桐梓林店 1208 单间'],
      ['月租金', '2,650 元 · 押一付三'],
      ['签约日期', '2025-08-28'],
    ]
      .map(
        ([k, v]) =>
          `<div class="van-cell"><div class="van-cell__title"><span>${k}</span></div><div class="van-cell__value"><span>${v}</span></div></div>`,
      )
      .join('');
    const v = values(
      `<div class="van-cell-group"><div class="van-cell"><div class="van-cell__title"><span>姓名</span></div><div class="van-cell__value"><span>唐启明</span></div></div>
       <div class="van-cell"><div class="van-cell__title"><span>手机号</span></div><div class="van-cell__value"><span>182 8019 3346</span></div></div></div>
       <div class="van-cell-group">${cells}</div>`,
      url,
    );
    expect(v.product).not.toBe('2,650 元 · 押一付三');
  });

  it('an elder’s and a complainant’s own numbers are codes; a typed line “手机 · 156…” is the mobile', () => {
    const v = values(
      record([
        ['长者编号', 'SH-2025-0703-12'],
        ['姓名', '林秀英'],
        ['联系电话', '<div>手机 · 156 4025 8917</div><div>房间座机 · 024-2351 6206</div>'],
      ]),
      url,
    );
    expect(v.customerId).toBe('SH-2025-0703-12');
    expect(v.mobile?.replace(/\D/g, '')).toBe('15640258917');
    expect(v.phone?.replace(/\D/g, '')).toBe('02423516206');
    expect(
      values(
        record([
          ['投诉人编号', 'TSR-2106-0094417'],
          ['姓名', '关德顺'],
          ['联系电话', '024-8837 1206'],
        ]),
        url,
      ).customerId,
    ).toBe('TSR-2106-0094417');
  });
});
