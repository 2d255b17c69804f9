// Round 32's wrong and missed values, as classes (docs/adapters.md, "Session 30: round 32 opened"). Each rule on a small
// page of our own (made-up markup and values, never the held-out pages' own).
import type { Found, ReadEnv } from '@/utils/extract/types';
import { readWhatWasBought } from '@/utils/extract/generic/bought';
import { pairRows, parsePage, readGenericValues } from './dom-helpers';

const NOW = new Date('2026-12-03T18:00:00Z');

const read = (body: string, url: string, lang: string, title?: string) =>
  readGenericValues(body, url, lang, NOW, title);

const rows = pairRows;

describe('names and titles', () => {
  it('a title with two tags after the name ("施某 <tag>种植</tag><tag>VIP</tag>") is the name alone', () => {
    const v = read(
      `<div class="drawer"><h4 class="drawer-title">施若彤 <span class="rs-tag">正畸</span><span class="rs-tag">VIP</span></h4>
      ${rows([
        ['病历号', 'KQ-0031877'],
        ['手机号', '137 0021 6648'],
        ['出生日期', '1990-07-14'],
        ['联系地址', '上海市浦东新区金高路 2216 弄 19 号'],
        ['归属咨询师', '韩露'],
      ])}</div>`,
      'https://crm.example/clinic/patient/KQ-0031877',
      'zh-CN',
    );
    expect(v.name).toBe('施若彤');
  });

  it('a company title classed by its name with status tags after it is the company alone', () => {
    const v = read(
      `<div class="card"><div class="card-header"><span class="title-name">杭州澜石包装材料有限公司<span class="so-tag">月结正常</span><span class="so-tag">KA 客户</span></span></div>
      <div class="card-body">${rows([
        ['客户编码', 'LS-HZ-0093'],
        ['公司电话', '0571-8802 3391'],
        ['对账邮箱', 'finance@lanshi.example'],
        ['公司地址', '浙江省杭州市余杭区仓前街道 88 号'],
        ['客户经理', '阎书豪'],
      ])}</div></div>`,
      'https://crm.example/ops/customer/detail?code=LS-HZ-0093',
      'zh-CN',
    );
    expect(v.name).toBe('杭州澜石包装材料有限公司');
    expect(v.company).toBe('杭州澜石包装材料有限公司');
  });

  it('a name after a greeting in the sidebar ("欢迎，<h2>…</h2>") is the signed-in agent: the record’s title is read', () => {
    const v = read(
      `<div class="left_col"><div class="profile_info"><span>欢迎，</span><h2>邹可欣</h2></div></div>
      <div class="right_col"><div class="x_panel"><div class="x_title"><h2>嘉兴禾丰食品有限公司</h2></div>
      <div class="x_content">${rows([
        ['客户编号', 'QZ-C-2231'],
        ['公司电话', '0573-8211 6630'],
        ['订阅产品', '云 ERP 标准版'],
      ])}</div></div></div>`,
      'https://crm.example/cs/tenant/detail?id=QZ-C-2231',
      'zh-CN',
    );
    expect(v.name).toBe('嘉兴禾丰食品有限公司');
  });

  it('an avatar’s initial before a box whose first line is the name: that name', () => {
    const v = read(
      `<div class="who"><div class="md-avatar">庞</div><div><div class="nm">庞知远</div><div class="tags"><span>已成交</span></div></div></div>
      ${rows([
        ['手机', '189 0021 5530'],
        ['客源编号', 'FY-KY-0041'],
        ['出生日期', '1982-11-05'],
        ['现住址', '四川省成都市武侯区玉林北路 52 号'],
        ['工作单位', '成都川汇数码科技有限公司'],
      ])}`,
      'https://crm.example/agent/h5/#/client/FY-KY-0041',
      'zh-CN',
    );
    expect(v.name).toBe('庞知远');
  });
});

describe('labels', () => {
  it('a gender written with the age in one field ("性别 / 年龄": "女 / 35 岁") is the gender', () => {
    const v = read(
      rows([
        ['姓名', '庄晓雯'],
        ['性别 / 年龄', '女 / 35 岁'],
        ['手机号', '137 2261 0934'],
      ]),
      'https://crm.example/patients/3321',
      'zh-CN',
    );
    expect(v.gender).toBe('female');
  });

  it('an employer’s field that also takes a student’s school (工作单位/学校) is the company', () => {
    const v = read(
      rows([
        ['学员姓名', '孙浩宇'],
        ['手机号码', '155 6318 0047'],
        ['工作单位/学校', '山东历城职业学院'],
      ]),
      'https://crm.example/trainee/6631',
      'zh-CN',
    );
    expect(v.company).toBe('山东历城职业学院');
  });

  it('one field for the registered and the contact address (户籍 / 联系地址) is the address', () => {
    const v = read(
      rows([
        ['姓名', '邓嘉木'],
        ['手机', '139 0821 0047'],
        ['户籍 / 联系地址', '四川省成都市武侯区人民南路四段 27 号 1203 号'],
      ]),
      'https://crm.example/buyer/392',
      'zh-CN',
    );
    expect(v.address).toBe('四川省成都市武侯区人民南路四段 27 号 1203 号');
  });

  it('the agent keeping a property agency’s buyer (客源维护人) is the owner', () => {
    const v = read(
      rows([
        ['姓名', '庞知远'],
        ['手机', '189 0021 5530'],
        ['客源维护人', '戴书宁'],
      ]),
      'https://crm.example/agent/client/7730',
      'zh-CN',
    );
    expect(v.owner).toBe('戴书宁');
  });

  it('a retiree’s former employer (原工作单位) is the company', () => {
    const v = read(
      rows([
        ['姓名', '郝桂英'],
        ['长者手机', '133 0027 4411'],
        ['原工作单位', '汉阳钢丝绳厂'],
      ]),
      'https://crm.example/eldercare/resident/5531',
      'zh-CN',
    );
    expect(v.company).toBe('汉阳钢丝绳厂');
  });

  it('Malay unit address parts and a management officer (Pegawai pengurusan), Hebrew street and city parts', () => {
    const ms = read(
      rows([
        ['Nama penuh', 'Azlan bin Hashim'],
        ['Telefon bimbit', '012-337 8812'],
        ['Alamat unit', 'B-03-11, Jalan Cengal 2, Taman Cengal'],
        ['Poskod / Bandar', '47100 Puchong'],
        ['Negeri', 'Selangor'],
        ['Pegawai pengurusan', 'Farah binti Idris'],
      ]),
      'https://crm.example/strata/owners/77',
      'ms',
    );
    expect(ms.address).toBe('B-03-11, Jalan Cengal 2, Taman Cengal, 47100 Puchong, Selangor');
    expect(ms.owner).toBe('Farah binti Idris');
    const he = read(
      rows([
        ['שם מלא', 'נועה שפירא'],
        ['רחוב ומספר', 'רחוב הזית 8, דירה 3'],
        ['עיר', 'חולון'],
        ['מיקוד', '5810201'],
        ['יועצת אישית', 'הדס מור'],
      ]),
      'https://crm.example/clients/5521',
      'he',
    );
    expect(he.address).toBe('רחוב הזית 8, דירה 3, חולון, 5810201');
    expect(he.owner).toBe('הדס מור');
  });

  it('Greek: a contact landline (Σταθερό επικοινωνίας) and a contract’s signing date written in full', () => {
    const v = read(
      rows([
        ['Ονοματεπώνυμο', 'Ελένη Μαυρίδου'],
        ['Κινητό', '694 421 0017'],
        ['Σταθερό επικοινωνίας', '210 698 0041'],
        ['Ημ. υπογραφής σύμβασης', '20/11/2025'],
      ]),
      'https://crm.example/pelates/3307',
      'el',
    );
    expect(v.phone).toBe('2106980041');
    expect(v.signDate).toBe('2025-11-20');
  });

  it('a Ukrainian taxpayer number (РНОКПП) valid by its check digit is the id number; one failing it is not', () => {
    const page = (id: string) =>
      rows([
        ["Ім'я", 'Олена'],
        ['Прізвище', 'Коваль'],
        ['Телефон', '+380 67 201 44 18'],
        ['РНОКПП (ІПН)', id],
      ]);
    expect(read(page('3191503868'), 'https://crm.example/clients/881', 'uk').idNumber).toBe('3191503868');
    expect(read(page('3191503861'), 'https://crm.example/clients/881', 'uk').idNumber).toBeUndefined();
  });
});

describe('what was bought', () => {
  const orders = (title: string, first: string) => `<table><thead><tr><th>订单号</th><th>${title}</th><th>下单日期</th>
    <th>金额</th></tr></thead><tbody><tr><td>ZZ2511080217</td><td>${first}</td><td>2025-11-08</td><td>¥ 6,240.00</td></tr>
    <tr><td>ZZ2504120066</td><td>空调深度清洗（3 台）</td><td>2025-04-12</td><td>¥ 480.00</td></tr></tbody></table>`;

  it('a service-order table (服务名称) dates its latest row, over a labelled agreement that dates itself earlier', () => {
    const v = read(
      `${rows([
        ['业主姓名', '詹若愚'],
        ['手机号码', '138 2604 0017'],
        ['物业服务协议', '前期物业服务协议（2019-06-30 签，随交房）'],
      ])}${orders('服务名称', '管家式保洁年卡（52 次）')}`,
      'https://crm.example/community/owner/detail/8812',
      'zh-CN',
    );
    expect(v.product).toBe('管家式保洁年卡（52 次）');
    expect(v.signDate).toBe('2025-11-08');
  });

  it('a labelled agreement that dates itself later than every order stays the product', () => {
    const v = read(
      `${rows([
        ['业主姓名', '詹若愚'],
        ['手机号码', '138 2604 0017'],
        ['物业服务协议', '物业服务协议（2025-12-01 签）'],
      ])}${orders('服务名称', '管家式保洁年卡（52 次）')}`,
      'https://crm.example/community/owner/detail/8812',
      'zh-CN',
    );
    expect(v.product).toBe('物业服务协议（2025-12-01 签）');
  });

  it('rows drawn with divs ("日期 | 项目 | 金额") are a table of purchases; a price is never the product', () => {
    const row = (a: string, b: string, c: string, hd = '') =>
      `<div class="buy-row${hd}"><span>${a}</span><span>${b}</span><span>${c}</span></div>`;
    const v = read(
      `${rows([
        ['车主姓名', '钱知远'],
        ['手机号码', '138 5712 0094'],
      ])}<div class="card"><div class="card-title">购买记录</div><div class="card-body">
      ${row('日期', '项目', '金额', ' hd')}${row('2025-11-16', '尊享保养套餐（4 次）', '¥3,680')}
      ${row('2024-06-10', '原厂延保 2 年', '¥5,200')}${row('2021-06-18', '新车 L7 四驱版', '¥236,800')}</div></div>`,
      'https://crm.example/sa-h5/#/owner/detail?ownerId=C-0082',
      'zh-CN',
    );
    expect(v.product).toBe('尊享保养套餐（4 次）');
    expect(v.signDate).toBe('2025-11-16');
  });

  it('the latest plan’s responsible consultant is the owner when no field names one', () => {
    const table = `<table><thead><tr><th>Nº</th><th>Plano</th><th>Contrato assinado em</th><th>Dentista</th>
      <th>Consultora responsável</th></tr></thead><tbody>
      <tr><td>PT-1190</td><td>Clareamento a laser</td><td>10/11/2025</td><td>Dr. Rui Lemos</td><td>Paula Nunes</td></tr>
      <tr><td>PT-1012</td><td>Profilaxia</td><td>21/10/2025</td><td>Dra. Ana Sato</td><td>Bruna Reis</td></tr></tbody></table>`;
    const person = [
      ['Nome', 'Larissa Moura'],
      ['Celular', '(11) 98472-0016'],
    ] as [string, string][];
    const v = read(`${rows(person)}${table}`, 'https://crm.example/pacientes/4821', 'pt-BR');
    expect(v.owner).toBe('Paula Nunes');
    expect(v.product).toBe('Clareamento a laser');
    const named = read(
      `${rows([...person, ['Gestora de paciente', 'Carla Dias']])}${table}`,
      'https://crm.example/pacientes/4821',
      'pt-BR',
    );
    expect(named.owner).toBe('Carla Dias');
  });

  it('a data grid of contracts under the record’s tab (dx-datagrid-table, its header row of <td>) is read', () => {
    const v = read(
      `${rows([
        ["Ім'я", 'Олена'],
        ['Прізвище', 'Коваль'],
        ['Телефон', '+380 67 201 44 18'],
      ])}<div class="dx-datagrid dx-gridbase-container"><table class="dx-datagrid-table">
      <tr class="dx-row dx-header-row"><td>№ договору</td><td>Дата підписання</td><td>Предмет договору</td><td>Статус</td></tr>
      <tr class="dx-row dx-data-row"><td>СК-2025/1147</td><td>14.11.2025</td><td>Сервісний контракт «Комфорт»</td><td>Діючий</td></tr>
      <tr class="dx-row dx-data-row"><td>КП-2023/0582</td><td>22.06.2023</td><td>Купівля автомобіля</td><td>Виконано</td></tr>
      </table></div>`,
      'https://crm.example/service/clients/881',
      'uk',
    );
    expect(v.product).toBe('Сервісний контракт «Комфорт»');
    expect(v.signDate).toBe('2025-11-14');
  });

  it('a table of orders in the section beside the record’s is read', () => {
    const person = `<fieldset><legend>游客信息</legend><table><tr><th>姓名：</th><td>顾若溪</td><th>手机：</th>
      <td>186 1033 0054</td></tr></table></fieldset>`;
    const orders = `<fieldset><legend>出行订单</legend><table class="grid"><thead><tr><th>订单号</th><th>下单日期</th>
      <th>线路</th><th>出发日期</th><th>人数</th><th>团款</th><th>状态</th></tr></thead><tbody><tr><td>YYD2511140087</td>
      <td>2025-11-14</td><td>北海道温泉 6 日游</td><td>2026-01-18</td><td>2</td><td>¥27,960</td><td>已签合同</td></tr>
      <tr><td>YYD2504020153</td><td>2025-04-02</td><td>大理丽江 5 日游</td><td>2025-05-01</td><td>2</td><td>¥9,580</td><td>已回团</td></tr>
      <tr><td>YYD2309100021</td><td>2023-09-10</td><td>伊犁环线 8 日游</td><td>2023-10-02</td><td>3</td><td>¥20,370</td><td>已回团</td></tr>
      </tbody></table></fieldset>`;
    const v = read(
      `<div class="panel">${person}${orders}</div>`,
      'https://crm.example/tourist/view.jsp?id=51',
      'zh-CN',
    );
    expect(v.product).toBe('北海道温泉 6 日游');
    expect(v.signDate).toBe('2025-11-14');
  });

  it('a Hebrew purchases table (תאריך רכישה, סדרה / טיפול) dates its latest row', () => {
    const v = read(
      `${rows([
        ['שם פרטי', 'מאיה'],
        ['שם משפחה', 'לוין'],
        ['טלפון נייד', '054-731-0026'],
      ])}<table role="grid"><thead><tr><th>תאריך רכישה</th><th>סדרה / טיפול</th><th>מחיר</th></tr></thead><tbody>
      <tr><td>16/11/2025</td><td>סדרת לייזר – 8 טיפולים</td><td>₪4,800</td></tr>
      <tr><td>02/03/2025</td><td>טיפול פנים</td><td>₪290</td></tr></tbody></table>`,
      'https://crm.example/clients/2284',
      'he',
    );
    expect(v.product).toBe('סדרת לייזר – 8 טיפולים');
    expect(v.signDate).toBe('2025-11-16');
  });
});

describe('the record’s code', () => {
  it('the URL’s dashed code (/klanten/particulier/ZD-…) shown in the record’s head line is the customer id', () => {
    const v = read(
      `<div class="head"><h2>Sanne de Wit</h2><div class="sub">ZD-2025-00917 · particulier · sinds 2021</div></div>
      ${rows([
        ['Mobiel', '06 4410 2293'],
        ['E-mail', 'sanne@dewit.example'],
      ])}`,
      'https://crm.example/klanten/particulier/ZD-2025-00917',
      'nl',
    );
    expect(v.customerId).toBe('ZD-2025-00917');
  });

  it('the URL’s code under a customer-id label wins over a child’s number read from her card', () => {
    const v = read(
      `<div class="card"><div class="card__title">范书琪</div><div class="card__sub">家长编号 YQ-P-0318 · 来源：转介绍</div>
      ${rows([
        ['手机号', '139 5176 0028'],
        ['与学员关系', '母亲'],
      ])}</div><div class="card child"><div class="card__title">葛梓萌 <span class="tag">四年级</span></div>
      ${rows([['学员编号', 'YQ-S-0611']])}</div>`,
      'https://crm.example/edu/parent/view.jsp?parentNo=YQ-P-0318',
      'zh-CN',
    );
    expect(v.customerId).toBe('YQ-P-0318');
  });
});

describe('a table of orders beside the record’s region (bought.ts)', () => {
  const page = (columns: string) =>
    parsePage(`<html lang="zh-CN"><body><div class="tab-panel"><fieldset id="who"><legend>游客信息</legend>
      <table><tr><th>姓名：</th><td>顾若溪</td></tr></table></fieldset><fieldset><legend>出行订单</legend><table id="orders">
      <thead><tr>${columns}</tr></thead><tbody>
      <tr><td>YYD2511140087</td><td>2025-11-14</td><td>北海道温泉 6 日游</td><td>2</td></tr>
      <tr><td>YYD2504020153</td><td>2025-04-02</td><td>大理丽江 5 日游</td><td>2</td></tr></tbody></table></fieldset></div></body></html>`);
  const bought = (doc: Document) => {
    const found: Found[] = [];
    const env = { cache: new Map(), order: { order: 'ymd', lang: 'zh-CN' } } as unknown as ReadEnv;
    const root = doc.getElementById('who') as Element;
    readWhatWasBought(found, new Set(), {
      root,
      tables: () => [],
      nearTables: () => [doc.getElementById('orders') as Element],
      regions: new Map(),
      env,
      identified: true,
    });
    return Object.fromEntries(found.map((f) => [f.key, f.value]));
  };

  it('dates its latest row when the region names nothing bought', () => {
    const got = bought(page('<th>订单号</th><th>下单日期</th><th>线路</th><th>人数</th>'));
    expect(got.product).toBe('北海道温泉 6 日游');
    expect(got.signDate).toBe('2025-11-14');
  });

  it('is not read when it lists people (the list behind a quick view)', () => {
    expect(bought(page('<th>客户编号</th><th>下单日期</th><th>线路</th><th>手机</th>'))).toEqual({});
  });
});

describe('an address written as classed lines without labels', () => {
  const person = rows([
    ['Vorname', 'Jonas'],
    ['Nachname', 'Albrecht'],
    ['Kundennummer', '20417'],
    ['Geburtstag', '03.09.1979'],
  ]);

  it('Shopware’s sw-address lines (street, postcode, city, country) are the address, the name and phone lines not', () => {
    const v = read(
      `${person}<div class="sw-card"><div class="sw-address"><div class="sw-address__headline">Standard-Rechnungsadresse</div>
      <span class="sw-address__line">Herr Jonas Albrecht</span><span class="sw-address__line sw-address__street">Ahornweg 7</span>
      <span class="sw-address__line"><span class="sw-address__zipcode">79098</span> <span class="sw-address__city">Freiburg</span></span>
      <span class="sw-address__line sw-address__country">Deutschland</span>
      <span class="sw-address__line sw-address__phone">Telefon: +49 171 0023908</span></div></div>`,
      'https://crm.example/admin#/sw/customer/detail/0b1e7c6f4a8d4e2c9f3a5b7d1e0c2a94/base',
      'de',
    );
    expect(v.address).toBe('Ahornweg 7, 79098, Freiburg, Deutschland');
  });

  it('an hCard adr (street-address, postal-code, locality) is the address; a street alone is none', () => {
    const adr = (more: string) => `${person}<div class="adr"><div class="street-address">Ahornweg 7</div>${more}</div>`;
    const url = 'https://crm.example/kunden/20417';
    expect(
      read(adr('<span class="postal-code">79098</span> <span class="locality">Freiburg</span>'), url, 'de').address,
    ).toBe('Ahornweg 7, 79098, Freiburg');
    expect(read(adr(''), url, 'de').address).toBeUndefined();
  });
});
