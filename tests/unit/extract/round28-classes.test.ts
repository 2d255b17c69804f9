// Session 28's classes (docs/adapters.md, "Session 28"). Each rule on a small page of our own (made-up markup and
// values, never the held-out pages' own).
import { extractCustomer } from '@/utils/extract';
import { assignSlots, pairRows, parsePage, readGenericValues } from './dom-helpers';

const NOW = new Date('2026-12-03T14:00:00Z');

const read = (body: string, url: string, lang: string, title?: string) =>
  readGenericValues(body, url, lang, NOW, title);

const rows = pairRows;

describe('a utility’s tariff', () => {
  it('the nature of use (用水性质) is the product of a water account that names no contract', () => {
    const v = read(
      `<main><h2>用户档案</h2>${rows([
        ['户名', '鲁文静'],
        ['手机', '13791120054'],
        ['用水性质', '居民生活用水（一户一表）'],
        ['立户日期', '2004-05-12'],
      ])}</main>`,
      'https://crm.example/water/yh/detail?hh=0210044718',
      'zh-CN',
    );
    expect(v.product).toBe('居民生活用水（一户一表）');
    expect(v.signDate).toBeUndefined();
  });

  it('a supply contract named on the account wins over the tariff, wherever it comes', () => {
    const v = read(
      `<main><h2>用户档案</h2>${rows([
        ['户名', '鲁文静'],
        ['手机', '13791120054'],
        ['用气性质', '居民生活用气'],
        ['用电类别', '城乡居民生活用电'],
        ['合同名称', '居民管道燃气供用气合同（阶梯气价）'],
        ['合同签订日期', '2025-03-02'],
      ])}</main>`,
      'https://crm.example/gas/yh/detail?hh=0210044718',
      'zh-CN',
    );
    expect(v.product).toBe('居民管道燃气供用气合同（阶梯气价）');
    expect(v.signDate).toBe('2025-03-02');
  });

  it('the contract’s type beside its signing date (合同类型 居民供用水合同) wins too', () => {
    const v = read(
      `<main><h2>用户档案</h2>${rows([
        ['户名', '鲁文静'],
        ['手机', '13791120054'],
        ['用水性质', '居民生活用水（一阶）'],
        ['水表型号', 'LXS-20E 远传'],
        ['合同编号', 'GS-2025-0211'],
        ['合同签订日期', '2025-03-02'],
        ['合同类型', '居民供用水合同（远传表改造）'],
      ])}</main>`,
      'https://crm.example/water/yh/detail?hh=0210044718',
      'zh-CN',
    );
    expect(v.product).toBe('居民供用水合同（远传表改造）');
  });
});

describe('a web component’s cards', () => {
  // <x-card>: a shadow header holding <slot name="title"> and a section holding the default slot; <x-field>: the label
  // in its own shadow root, the value slotted from the light DOM.
  function familyFile(): Document {
    const field = (label: string, value: string) => `<x-field data-label="${label}">${value}</x-field>`;
    const doc = parsePage(`<html lang="zh-CN"><head><title>家庭档案</title></head><body><main>
      <x-card><span slot="title">欧阳静 女士 · 签约家长</span>${field('家长编号', 'JT-2025-0811')}${field('家长姓名', '欧阳静')}
        ${field('手机号码', '135 0592 1187')}${field('课程顾问', '汤嘉懿')}</x-card>
      <x-card><span slot="title">学员 · 顾星辰</span>${field('学员姓名', '顾星辰')}${field('性别', '男')}
        ${field('出生日期', '2015年9月1日')}${field('任课老师', '乔安')}</x-card></main></body></html>`);
    const inner = (html: string) =>
      Array.from(parsePage(`<html><body>${html}</body></html>`).body.childNodes, (n) => doc.importNode(n, true));
    for (const card of Array.from(doc.querySelectorAll('x-card')))
      card
        .attachShadow({ mode: 'open' })
        .append(...inner('<header><slot name="title"></slot></header><section><slot></slot></section>'));
    for (const f of Array.from(doc.querySelectorAll('x-field')))
      f.attachShadow({ mode: 'open' }).append(
        ...inner(`<span class="l">${f.getAttribute('data-label')}</span><span class="v"><slot></slot></span>`),
      );
    assignSlots(doc);
    return doc;
  }

  it('a card titled with another person (学员 · 顾星辰) keeps its gender and birthday from the parent’s record', () => {
    const fields = extractCustomer(familyFile(), 'https://crm.example/edu/family/JT-2025-0811', NOW, undefined, {
      adapters: [],
    }).fields;
    expect(fields.name?.value).toBe('欧阳静');
    expect(fields.birthDate).toBeUndefined();
    // The parent's own card addresses her (女士), in its slotted title.
    expect(fields.gender?.value).toBe('female');
    expect(fields.owner?.value).toBe('汤嘉懿');
  });
});

describe('a table of typed e-mail addresses', () => {
  const table = (rows: [string, string, string][]) =>
    `<table><thead><tr><th>#</th><th>类型</th><th>地址</th><th>备注</th></tr></thead><tbody>${rows
      .map(
        ([type, email, note], i) =>
          `<tr><td>${i + 1}</td><td><input disabled value="${type}"></td><td><input disabled value="${email}"></td><td><input disabled value="${note}"></td></tr>`,
      )
      .join('')}</tbody></table>`;
  const page = (emails: string) =>
    `<main><h2>客户详情</h2>${rows([
      ['客户姓名', '甘露'],
      ['手机', '13508510042'],
    ])}<div class="field"><label>邮箱</label><div>${emails}</div></div></main>`;

  it('gives the record’s own address: the one typed personal, not the work one nor a relative’s', () => {
    const v = read(
      page(
        table([
          ['工作', 'lu.gan@firm.example', ''],
          ['个人', 'ganlu88@mail.example', ''],
        ]),
      ),
      'https://crm.example/#/customer/detail?id=7',
      'zh-CN',
    );
    expect(v.email).toBe('ganlu88@mail.example');
    const w = read(
      page(
        table([
          ['其他', 'mum@mail.example', '母亲'],
          ['工作', 'lu.gan@firm.example', ''],
        ]),
      ),
      'https://crm.example/#/customer/detail?id=7',
      'zh-CN',
    );
    expect(w.email).toBe('lu.gan@firm.example');
  });
});

describe('what was bought, as an after-sales desk shows it', () => {
  it('the latest purchase (最近购买) is the product, without the order and install dates after it', () => {
    const v = read(
      `<main><h2>来电客户</h2>${rows([
        ['客户姓名', '芮晓雯'],
        ['来电号码', '13956120087'],
        ['最近购买', '云帆 K7 洗碗机 13 套（2025-10-02 商城下单，2025-10-05 安装）'],
      ])}</main>`,
      'https://crm.example/desk#/call/FW0001',
      'zh-CN',
    );
    expect(v.product).toBe('云帆 K7 洗碗机 13 套');
  });

  it('a period or a departure in brackets stays part of the product', () => {
    const v = read(
      `<main><h2>客户详情</h2>${rows([
        ['客户姓名', '芮晓雯'],
        ['手机', '13956120087'],
        ['购买产品', '川西秘境 8 日游（2026-04-18 团）'],
      ])}</main>`,
      'https://crm.example/customer/88',
      'zh-CN',
    );
    expect(v.product).toBe('川西秘境 8 日游（2026-04-18 团）');
  });
});

describe('a details grid', () => {
  it('Tabler’s datagrid of items (title + content) holds the record’s fields, in Turkish name parts too', () => {
    const item = (t: string, c: string) =>
      `<div class="datagrid-item"><div class="datagrid-title">${t}</div><div class="datagrid-content">${c}</div></div>`;
    const v = read(
      `<div class="page-header"><h2 class="page-title">Üye Profili</h2></div><div class="card"><div class="card-body">
        <div class="datagrid">${item('Üye No', 'UYE-2023-00412')}${item('Ad', 'Zeynep')}${item('Soyad', 'Karaca')}
        ${item('Cep Telefonu', '+90 533 410 22 18')}${item('Üye Temsilcisi', 'Onur Yıldız')}</div></div></div>`,
      'https://crm.example/uyeler/UYE-2023-00412',
      'tr',
    );
    expect(v.name).toBe('Zeynep Karaca');
    expect(v.customerId).toBe('UYE-2023-00412');
    expect(v.mobile).toBe('+905334102218');
    expect(v.owner).toBe('Onur Yıldız');
  });
});

describe('round 28’s classes', () => {
  it('a card header’s title part beside its actions (n-card-header__main + __extra) names the person, 先生 male', () => {
    const v = read(
      `<div class="wrap"><div class="n-card"><div class="n-card-header"><div class="n-card-header__main">单志远 先生
        <span class="n-tag">施工中</span></div><div class="n-card-header__extra"><button>登记回访</button></div></div>
        <div class="n-card__content">${rows([
          ['客户编号', 'JZ-0099'],
          ['手机号码', '133 0816 1100'],
        ])}</div></div>
        <div class="n-card"><div class="n-card-header"><div class="n-card-header__main">合同信息</div></div>
        <div class="n-card__content">${rows([
          ['套餐', '全包整装 · 96㎡'],
          ['合同签订日期', '2025-10-18'],
        ])}</div></div></div>`,
      'https://crm.example/#/customer/detail/JZ-0099',
      'zh-CN',
    );
    expect(v.name).toBe('单志远');
    expect(v.gender).toBe('male');
  });

  it('an address label tied to the first input of its group (Odoo’s street, zip, city, country) reads the group', () => {
    const input = (v: string) => `<div class="o_field_widget"><input class="o_input" value="${v}"></div>`;
    const v = read(
      `<div class="o_form_sheet"><div class="o_wrap_field"><label for="name_0">Contacto</label>
        <input id="name_0" value="Rocío Benítez Lara"></div>
        <div class="o_wrap_field"><label for="street_0">Dirección</label><div class="o_cell"><div class="o_address_format">
        <div class="o_field_widget"><input id="street_0" value="Calle Larios 3, 2º B"></div>${input('')}${input('29005')}
        ${input('Málaga')}${input('España')}</div></div></div>
        <div class="o_wrap_field"><label for="prop_0">Inmueble de interés</label><input id="prop_0" value="Residencial Soho · Ático 2D"></div>
        <div class="o_wrap_field"><label for="mob_0">Móvil</label><input id="mob_0" value="+34 655 000 114"></div></div>`,
      'https://crm.example/web#id=77&model=crm.lead&view_type=form',
      'es',
    );
    expect(v.address).toBe('Calle Larios 3, 2º B, 29005, Málaga, España');
    expect(v.product).toBe('Residencial Soho · Ático 2D');
  });

  it('a typed list of e-mails and phones under plural Dutch labels gives her own (Privé, Mobiel, Vast)', () => {
    const item = (type: string, value: string) =>
      `<li class="item"><span class="badge">${type}</span><span class="text">${value}</span></li>`;
    const v = read(
      `<main><h1>Klant</h1>${rows([
        ['Voornaam', 'Eva'],
        ['Achternaam', 'Bakker'],
      ])}<div class="entry"><div class="entry-label">E-mailadressen</div><ul>${item('Privé', 'eva.bakker@thuis.example')}
        ${item('Werk', 'e.bakker@kantoor.example')}</ul></div>
        <div class="entry"><div class="entry-label">Telefoonnummers</div><ul>${item('Mobiel', '06-12 34 56 78')}
        ${item('Vast', '020-555 01 02')}</ul></div></main>`,
      'https://crm.example/klanten/7781',
      'nl',
    );
    expect(v.email).toBe('eva.bakker@thuis.example');
    expect(v.mobile).toBe('0612345678');
    expect(v.phone).toBe('0205550102');
  });

  it('a birth date followed by the same day in the Hijri calendar is the Gregorian date', () => {
    const v = read(
      rows([
        ['رقم العميل', '40071900'],
        ['الاسم الكامل', 'نورة سعد القحطاني'],
        ['رقم الجوال', '+966 55 410 2231'],
        ['تاريخ الميلاد', '\u206617/04/1990\u2069 م \u200f(21/09/1410 هـ)'],
      ]),
      'https://crm.example/clients/4471',
      'ar-SA',
    );
    expect(v.birthDate).toBe('1990-04-17');
  });

  it('an investor’s code (投资者编号) is the record’s; a paid yearly card is bought; 专属会员经理 owns the member', () => {
    const v = read(
      `<main><h2>会员详情</h2>${rows([
        ['投资者编号', 'CY-INV-20190042'],
        ['姓名', '罗婉'],
        ['会籍', '悦享金卡（年费会籍）'],
        ['专属会员经理', '关少华'],
      ])}</main>`,
      'https://crm.example/member/detail?x=1',
      'zh-CN',
    );
    expect(v.customerId).toBe('CY-INV-20190042');
    expect(v.product).toBe('悦享金卡（年费会籍）');
    expect(v.owner).toBe('关少华');
  });
});

describe('a salutation field', () => {
  it('says the gender in languages whose salutations are a man’s or a woman’s (Anrede, Aanhef, Tratamento)', () => {
    const person = (lang: string, salutation: [string, string], first: [string, string], last: [string, string]) =>
      read(
        rows([salutation, first, last, ['E-Mail', 'k.vogt@mail.example']]),
        'https://crm.example/kontakte/318',
        lang,
      );
    expect(person('de', ['Anrede', 'Frau Dr.'], ['Vorname', 'Katrin'], ['Nachname', 'Vogt']).gender).toBe('female');
    expect(person('nl', ['Aanhef', 'Mevrouw'], ['Voornaam', 'Eva'], ['Achternaam', 'Smit']).gender).toBe('female');
    expect(person('pt-BR', ['Tratamento', 'Sr.'], ['Nome', 'Caio'], ['Sobrenome', 'Prado']).gender).toBe('male');
    expect(person('de', ['Anrede', 'Herr'], ['Vorname', 'Jörg'], ['Nachname', 'Vogt']).name).toBe('Jörg Vogt');
  });
});
