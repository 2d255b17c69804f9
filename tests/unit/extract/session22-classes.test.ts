// Session 22's classes (docs/adapters.md, "Session 22: record drawers and Latin American records"). Each rule on a
// small page of our own (made-up markup and values, never the held-out pages' own).
import { extractCustomer } from '@/utils/extract';
import { normalizeGender } from '@/utils/core/normalize/gender';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-12-02T10:00:00Z');

function read(body: string, url: string, lang: string): Record<string, string> {
  const doc = parsePage(`<html lang="${lang}"><head><title>Clientes</title></head><body>${body}</body></html>`);
  const fields = extractCustomer(doc, url, NOW, undefined, { adapters: [] }).fields;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.value]));
}

// Vuetify 3's list items: a subtitle caption over a title value.
const items = (rows: [string, string][]) =>
  rows
    .map(
      ([l, v]) =>
        `<div class="v-list-item"><div class="v-list-item__content"><div class="v-list-item-subtitle">${l}</div><div class="v-list-item-title">${v}</div></div></div>`,
    )
    .join('');

const clientsTable = `<main class="v-main"><h1>Clientes</h1><table class="v-table"><thead><tr><th>Código</th><th>Cliente</th><th>Celular</th></tr></thead><tbody>
  <tr><td>CL-2201</td><td>Rojas Peña, Andrea</td><td>3*** 4410</td></tr>
  <tr><td>CL-2202</td><td>Gómez Díaz, Julián</td><td>3*** 9981</td></tr>
  <tr><td>CL-2203</td><td>Suárez Mejía, Camila</td><td>3*** 1207</td></tr></tbody></table></main>`;

describe('a drawer opened over a list to show one record', () => {
  const drawer = (open: boolean) =>
    `<nav class="v-navigation-drawer v-navigation-drawer--right v-navigation-drawer--temporary${open ? ' v-navigation-drawer--active' : ''}"${open ? '' : ' style="display:none"'}><div class="v-navigation-drawer__content"><div class="v-toolbar-title">Ficha del cliente</div><div class="v-list">${items(
      [
        ['Código de cliente', 'CL-2201'],
        ['Nombre completo', 'Andrea Rojas Peña'],
        ['Celular', '+57 310 552 4410'],
        ['Dirección', 'Carrera 43A # 18-20'],
        ['Ciudad', 'Medellín'],
        ['Departamento', 'Antioquia'],
        ['Asesor comercial', 'Felipe Ospina'],
      ],
    )}</div></div></nav>`;

  it('is the record, even as a Vuetify <nav> navigation drawer; the list behind it is not', () => {
    const v = read(clientsTable + drawer(true), 'https://crm.example/clientes?ficha=CL-2201', 'es-CO');
    expect(v.name).toBe('Andrea Rojas Peña');
    expect(v.mobile).toBe('+573105524410');
    expect(v.customerId).toBe('CL-2201');
    expect(v.address).toBe('Carrera 43A # 18-20, Medellín, Antioquia');
    expect(v.owner).toBe('Felipe Ospina');
  });

  it('closed, it leaves the list page with no customer', () => {
    expect(read(clientsTable + drawer(false), 'https://crm.example/clientes', 'es-CO')).toEqual({});
  });

  it('the app’s own navigation drawer (a menu of links) stays navigation', () => {
    const menu = `<nav class="v-navigation-drawer v-navigation-drawer--left"><div class="v-navigation-drawer__content"><div class="v-list">
      <a class="v-list-item" href="/clientes">Clientes</a><a class="v-list-item" href="/creditos">Créditos</a>
      <div class="v-list-item"><div class="v-list-item-subtitle">Usuario</div><div class="v-list-item-title">Felipe Ospina</div></div>
      <div class="v-list-item"><div class="v-list-item-subtitle">Celular</div><div class="v-list-item-title">+57 300 111 2233</div></div>
    </div></div></nav>`;
    const record = `<main><h1>Andrea Rojas Peña</h1>${items([
      ['Código de cliente', 'CL-2201'],
      ['Celular', '+57 310 552 4410'],
      ['Correo electrónico', 'andrea.rojas@correo.example'],
      ['Dirección', 'Carrera 43A # 18-20'],
    ])}</main>`;
    const v = read(menu + record, 'https://crm.example/clientes/2201', 'es-CO');
    expect(v.mobile).toBe('+573105524410');
    expect(v.name).toBe('Andrea Rojas Peña');
  });
});

describe('a Latin American department in the address; a company department is not', () => {
  const page = (rows: [string, string][]) =>
    `<main><h1>Héctor Quispe Mamani</h1><table>${rows.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('')}</table></main>`;
  it('Dirección · Ciudad · Departamento read as one address', () => {
    const v = read(
      page([
        ['Teléfono', '+591 2 245 1180'],
        ['Dirección', 'Calle Comercio 1422'],
        ['Ciudad', 'Oruro'],
        ['Departamento', 'Oruro'],
      ]),
      'https://crm.example/clientes/77',
      'es-BO',
    );
    expect(v.address).toBe('Calle Comercio 1422, Oruro, Oruro');
  });
  it('"Departamento: Compras" after the address is the contact’s place in the firm, not a part of it', () => {
    const v = read(
      page([
        ['Teléfono', '+591 2 244 0917'],
        ['Dirección', 'Av. Arce 2520'],
        ['Ciudad', 'La Paz'],
        ['Departamento', 'Compras'],
      ]),
      'https://crm.example/contactos/78',
      'es-BO',
    );
    expect(v.address).toBe('Av. Arce 2520, La Paz');
  });
});

describe('Bolivian and microfinance words', () => {
  const page = `<main><h1>Héctor Quispe Mamani</h1><dl><dt>Cédula de identidad</dt><dd>4471302-1B SC</dd><dt>Celular</dt><dd>+591 71 220 934</dd><dt>Oficial de crédito</dt><dd>Rosa Choque</dd><dt>Fecha de firma del contrato</dt><dd>03/09/2025</dd></dl></main>`;
  it('a cédula with its issuing department (and a duplicate complement) on a Bolivian page; a credit officer; a contract signing date', () => {
    const v = read(page, 'https://crm.example/socios/91', 'es-BO');
    expect(v.idNumber).toBe('4471302-1B SC');
    expect(v.owner).toBe('Rosa Choque');
    expect(v.signDate).toBe('2025-09-03');
  });
  it('the same digits and letters are no id number on a page of another country', () => {
    expect(read(page, 'https://crm.example/socios/91', 'es-ES').idNumber).toBeUndefined();
  });
});

describe('Chinese records', () => {
  const rows = (pairs: [string, string][]) =>
    `<table>${pairs.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('')}</table>`;

  it('a box titled as the record’s details with the person in a small note after it ("患者信息 <small>… 女士</small>")', () => {
    const body = `<div class="box"><h3>患者信息 <small>欧阳静 女士</small></h3>${rows([
      ['病历号', 'MZ-2024-553210'],
      ['联系电话', '139 2288 0417'],
      ['家庭住址', '浙江省宁波市海曙区中山西路 18 号'],
    ])}</div>`;
    const v = read(body, 'https://crm.example/followup/patient?id=553210', 'zh-CN');
    expect(v.name).toBe('欧阳静');
    expect(v.gender).toBe('female');
  });

  it('a small note that is no person (a count, a status) names no one', () => {
    const body = `<div class="box"><h3>患者信息 <small>共 3 次随访</small></h3>${rows([
      ['病历号', 'MZ-2024-553210'],
      ['联系电话', '139 2288 0417'],
    ])}</div>`;
    expect(read(body, 'https://crm.example/followup/patient?id=553210', 'zh-CN').name).toBeUndefined();
  });

  it('委托人 on a law firm’s client file is the client', () => {
    const body = `<h2>委托人详情</h2>${rows([
      ['委托人编号', 'WT-2024-0310'],
      ['委托人', '龙建国'],
      ['联系电话', '137 0731 2290'],
      ['对方当事人', '湘江建材有限公司'],
    ])}`;
    expect(read(body, 'https://crm.example/case/#/client/detail?id=310', 'zh-CN').name).toBe('龙建国');
  });

  it('a Traditional label is read as its Simplified word (學生編號 as 学生编号)', () => {
    const body = rows([
      ['學生編號', 'ST-TP-3307'],
      ['中文姓名', '林詠琪'],
      ['住宅電話', '2711 0932'],
    ]);
    expect(read(body, 'https://crm.example/student/ST-TP-3307', 'zh-HK').customerId).toBe('ST-TP-3307');
  });

  it('a car’s brand and model (廠牌車型) on a repair shop’s customer is no product; the service contract is', () => {
    const body = rows([
      ['客戶姓名', '邱志明'],
      ['行動電話', '0928-000-517'],
      ['廠牌車型', 'MAZDA CX-5 2.0'],
      ['保養合約', '延長保固 2年/4萬公里'],
    ]);
    expect(read(body, 'https://crm.example/customer/8812', 'zh-TW').product).toBe('延長保固 2年/4萬公里');
  });
});

describe('a company’s contacts listed in any language', () => {
  function contacts(body: string, lang: string) {
    const doc = parsePage(`<html lang="${lang}"><head><title>Contactos</title></head><body>${body}</body></html>`);
    return extractCustomer(doc, 'https://crm.example/societe/contact.php?socid=41', NOW, undefined, { adapters: [] })
      .contacts;
  }
  const company = `<h1>Hermanos Vidal S.L.</h1><table><tr><th>Teléfono</th><td>+34 961 220 410</td></tr><tr><th>Correo</th><td>info@hvidal.example</td></tr></table>`;

  it('a lone "Nombre" column, "Puesto de trabajo" and a combined address / phone / mail cell with international numbers', () => {
    const table = `<table><tr><th>Nombre</th><th>Puesto de trabajo</th><th>Dirección / Teléfono / Correo</th></tr>
      <tr><td>Marta Soler</td><td>Jefa de compras</td><td>Calle Colón 4 · +34 961 220 411 · +34 655 300 122 · m.soler@hvidal.example</td></tr>
      <tr><td>Pau Ferrer</td><td>Contable</td><td>+34 961 220 412 · p.ferrer@hvidal.example</td></tr></table>`;
    expect(contacts(company + table, 'es-ES')).toEqual([
      {
        name: 'Marta Soler',
        title: 'Jefa de compras',
        phone: '+34 961 220 411',
        mobile: '+34 655 300 122',
        email: 'm.soler@hvidal.example',
      },
      { name: 'Pau Ferrer', title: 'Contable', phone: '+34 961 220 412', email: 'p.ferrer@hvidal.example' },
    ]);
  });
});

describe('a caption in a small table with its edit icon; a value cell classed as one', () => {
  // Dolibarr's complementary attributes: the caption and its pencil in a table of their own, the value in the next cell.
  const extra = (caption: string, value: string) =>
    `<tr><td><table class="nobordernopadding"><tbody><tr><td>${caption}</td><td class="right"><a class="editfielda" href="/card.php?action=edit_extras"><span class="fas fa-pencil-alt" title="Edit"></span></a></td></tr></tbody></table></td><td class="valuefield">${value}</td></tr>`;
  it('reads the value beside the small table, even one that ends like a caption (…方案)', () => {
    const body = `<div class="fiche"><h1>林佳慧</h1><table class="border"><tbody><tr><td>手機</td><td>0933 518 227</td></tr>${extra('Product', '全年保養方案')}${extra('會員等級', '白金卡')}</tbody></table></div>`;
    const v = read(body, 'https://crm.example/societe/card.php?socid=12', 'zh-TW');
    expect(v.product).toBe('全年保養方案');
  });
});

describe('an Italian civility written alone', () => {
  it('Signore is a man, Signora a woman (Dolibarr it_IT)', () => {
    expect(normalizeGender('Signore')).toBe('male');
    expect(normalizeGender('Signora')).toBe('female');
  });
});

describe('a clinic’s orders under 项目', () => {
  const orders = (head: string[], rows: string[][]) =>
    `<h4>消费与面诊</h4><table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
      .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`;
  const card = `<div class="card"><h3>顾客档案</h3><table><tr><th>顾客姓名</th><td>岑雨桐</td></tr><tr><th>手机号</th><td>138 2700 5531</td></tr></table></div>`;

  it('the paid row’s 项目 is what was bought and its date the sign date; a consultation that did not close is not', () => {
    const body =
      card +
      orders(
        ['单号', '项目', '金额', '状态', '日期', '医生'],
        [
          ['DD2510301', '超声刀 全面部 600 发', '¥12,800', '已付款', '2025-10-30', '谭医生'],
          ['MZ2510122', '水光针（面诊方案）', '—', '面诊未成交', '2025-10-12', '谭医生'],
        ],
      );
    const v = read(body, 'https://crm.example/customer/archive?id=5531', 'zh-CN');
    expect(v.product).toBe('超声刀 全面部 600 发');
    expect(v.signDate).toBe('2025-10-30');
  });
});
