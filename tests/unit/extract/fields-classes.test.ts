// Single fields the generic reader missed on pages it does read (session 13, docs/adapters.md "Single fields"): each
// rule on a small page of our own (made-up markup and values, never the held-out pages' own).
import { classReader } from './class-page';

const NOW = new Date('2026-11-30T10:00:00Z');
const { values } = classReader('zh-CN', NOW);

const row = (label: string, value: string) => `<tr><td>${label}</td><td>${value}</td></tr>`;
const person = row('客户姓名', '韦子墨') + row('手机', '13877120456');

describe('a product named like a label is a value', () => {
  it('a product whose name ends in 服务包 / 产品 / 套餐 is read under its label when it is long or has a digit', () => {
    const long = `<div class="detail"><table>${person}${row('签约产品', '城市配送年度服务包')}</table></div>`;
    expect(values(long, 'https://crm.example/customer/view?id=52').product).toBe('城市配送年度服务包');
    const numbered = `<div class="detail"><table>${person}${row('理财产品', '稳盈7号债券产品')}</table></div>`;
    expect(values(numbered, 'https://crm.example/customer/view?id=52').product).toBe('稳盈7号债券产品');
  });

  it('a short label word under a label is still no value (two labels paired)', () => {
    const page = `<div class="detail"><table>${person}${row('产品', '签约产品')}</table></div>`;
    expect(values(page, 'https://crm.example/customer/view?id=52').product).toBeUndefined();
  });
});

describe('the owner', () => {
  it('a staff member named by the assignment and their trade (跟进员工, 负责客服, 责任医生) is the owner', () => {
    for (const label of ['跟进员工', '负责客服', '责任医生', '跟进专家', '台区经理']) {
      const page = `<div class="detail"><table>${person}${row(label, '甘露明')}</table></div>`;
      expect(values(page, 'https://crm.example/customer/view?id=52').owner).toBe('甘露明');
    }
  });

  it('other languages: 担当募集人, Основной менеджер, Penjual', () => {
    const ja = `<div class="detail"><table>${row('氏名', '森田 結衣')}${row('携帯電話', '090-4417-2280')}${row('担当募集人', '岡部 俊介')}</table></div>`;
    expect(values(ja, 'https://crm.example/customer/card/77', 'ja').owner).toBe('岡部 俊介');
    const ru = `<div class="detail"><table>${row('ФИО', 'Лаптева Вера Игоревна')}${row('Телефон', '+7 912 555-40-18')}${row('Основной менеджер', 'Суханов Олег Петрович')}</table></div>`;
    expect(values(ru, 'https://crm.example/clients/77', 'ru').owner).toBe('Суханов Олег Петрович');
    const id = `<div class="detail"><table>${row('Nama', 'Rina Hapsari')}${row('Email', 'rina@hapsari.example')}${row('Penjual', 'Budi Santoso')}</table></div>`;
    expect(values(id, 'https://crm.example/customers/77', 'id').owner).toBe('Budi Santoso');
  });

  it('an owner label in a head line reads the staff chip or link after it', () => {
    const chip = `<div class="detail"><div class="meta"><span>负责人：<span class="chip">龙晓峰</span></span><span>协同人：<span class="chip">祁曼</span></span></div>
      <table>${person}</table></div>`;
    expect(values(chip, 'https://crm.example/customer/view?id=52').owner).toBe('龙晓峰');
    const link = `<div class="detail"><p>跟进人：<a href="/users/31">龙晓峰</a> &nbsp; 最近跟进：2026-11-20</p><table>${person}</table></div>`;
    expect(values(link, 'https://crm.example/customer/view?id=52').owner).toBe('龙晓峰');
  });

  it('any other label alone before an element still reads nothing (a status badge)', () => {
    const page = `<div class="detail"><p>客户状态：<span class="tag">跟进中</span></p><table>${person}</table></div>`;
    expect(Object.values(values(page, 'https://crm.example/customer/view?id=52'))).not.toContain('跟进中');
  });
});

describe('the company under a head line that is no heading', () => {
  it('a name-classed head line over "Job · <a href=/company/…>Co</a>" gives the company', () => {
    const page = `<div class="card"><div class="person-name">Ruth Abernathy</div><div>Office manager · <a href="#/company/8812">Pinewood Vets</a></div>
      <div class="field"><span class="label">Name</span><span class="value">Ruth Abernathy</span></div>
      <div class="field"><span class="label">Email</span><span class="value">ruth@pinewood.example</span></div>
      <div class="field"><span class="label">Phone</span><span class="value">(503) 555-0172</span></div></div>`;
    expect(values(page, 'https://crm.example/app#/people/5521', 'en').company).toBe('Pinewood Vets');
  });

  it('a line beside a value cell that is not a head line gives no company', () => {
    const page = `<div class="card"><div class="field"><span class="label">Name</span><span>Ruth Abernathy</span><span>Office manager · <a href="#/company/8812">Pinewood Vets</a></span></div>
      <div class="field"><span class="label">Email</span><span class="value">ruth@pinewood.example</span></div></div>`;
    expect(values(page, 'https://crm.example/app#/people/5521', 'en').company).toBeUndefined();
  });
});

describe('the record id in the URL', () => {
  const page = `<div class="detail"><table>${person}</table></div>`;
  const record = (url: string) => classReader('zh-CN', NOW).context(page, url).record?.id;

  it('a parameter named after a customer’s kind of record and its id (buyerId, studentId, patient_no) keys it', () => {
    expect(record('https://crm.example/shop/buyer/detail?buyerId=5520917')).toBe('5520917');
    expect(record('https://crm.example/school/detail?campus=3&studentId=ST20250118')).toBe('ST20250118');
    expect(record('https://crm.example/his/view?patient_no=00418823')).toBe('00418823');
  });

  it('a list’s detail drawer (?detail=…) and a prefixed id under a customer word (/customers/cus_…) key it', () => {
    expect(record('https://crm.example/crm/customer/list?detail=cus_7d21aa90')).toBe('cus_7d21aa90');
    expect(record('https://crm.example/app/customers/cus_01HZX3K9QW2M4N')).toBe('cus_01HZX3K9QW2M4N');
  });

  it('a user’s route keeps no record from such a parameter, and a word without a digit is no id', () => {
    expect(record('https://crm.example/users/edit?memberNo=8812')).toBeUndefined();
    expect(record('https://crm.example/shop/buyer/detail?buyerId=latest')).toBeUndefined();
  });
});

describe('the address', () => {
  it('a one-row table of street, postcode, city and country columns (no address column) is the address', () => {
    const page = `<div class="detail"><table>${person}</table><table><thead><tr><th>Street</th><th>Postal code</th><th>City</th><th>Country</th><th>Invoice</th></tr></thead>
      <tbody><tr><td>Kirkegata 12</td><td>7011</td><td>Trondheim</td><td>Norway</td><td>✔</td></tr></tbody></table></div>`;
    expect(values(page, 'https://crm.example/party/77', 'en').address).toBe('Kirkegata 12, 7011, Trondheim, Norway');
  });

  it('shipping lines of recipient, number and address: the default address alone, without its recipient', () => {
    const page = `<div class="detail"><table>${person}</table><div class="card"><h3>收货地址</h3>
      <p>韦子墨 138 7712 0456 广西南宁市青秀区民族大道88号1203</p><p>韦国安 139 0771 2233 广西桂林市七星区漓江路5号（默认）</p></div></div>`;
    expect(values(page, 'https://crm.example/customer/view?id=52').address).toBe('广西桂林市七星区漓江路5号');
  });

  it('Estado joins a run of address parts as the state; a status under it is no part, and the run goes on past it', () => {
    const f = (label: string, value: string) => `<div class="f"><small>${label}</small>${value}</div>`;
    const card = (estado: string) =>
      `<div class="card"><h2>Renata Moraes</h2>${f('Celular', '(21) 98811-4420')}${f('E-mail', 'renata@rio.example')}</div>
      <div class="card">${f('Rua', 'Rua Farme de Amoedo')}${f('Número', '88')}${f('Cidade', 'Rio de Janeiro')}${f('Estado', estado)}${f('CEP', '22420-020')}</div>`;
    const url = 'https://crm.example/clientes/3391';
    expect(values(card('RJ'), url, 'pt-BR').address).toBe('Rua Farme de Amoedo, 88, Rio de Janeiro, RJ, 22420-020');
    expect(values(card('Ativo'), url, 'pt-BR').address).toBe('Rua Farme de Amoedo, 88, Rio de Janeiro, 22420-020');
  });

  it('a Mexican address: Calle starts the run, Núm. exterior joins it; Hungarian Cím and Partner azonosító', () => {
    const f = (label: string, value: string) => `<div><label>${label}</label>${value}</div>`;
    const mx = `<div class="card"><h2>Ferretera Anzures</h2>${f('Teléfono', '(55) 5531 2208')}${f('Correo electrónico', 'ventas@anzures.example')}</div>
      <div class="card">${f('Calle', 'Av. Ejército Nacional')}${f('Núm. exterior', '418')}${f('Colonia', 'Anzures')}${f('C.P.', '11590')}</div>`;
    expect(values(mx, 'https://crm.example/clientes/812', 'es-MX').address).toBe(
      'Av. Ejército Nacional, 418, Anzures, 11590',
    );
    const hu = `<div class="detail"><h2>Bartos Ilona</h2><table>${row('Partner azonosító', 'P-00412')}${row('Telefon', '+36 30 555 4102')}${row('Cím', 'Petőfi utca 7.')}</table></div>`;
    expect(values(hu, 'https://crm.example/partner/view/4412', 'hu')).toMatchObject({
      address: 'Petőfi utca 7.',
      customerId: 'P-00412',
    });
  });
});

describe('dates and numbers', () => {
  it('a card’s application date (申请日期) beats its approval (核卡日期); the approval alone is still the sign date', () => {
    const both = `<div class="detail"><table>${person}${row('申请日期', '2025-10-02')}${row('核卡日期', '2025-10-09')}</table></div>`;
    expect(values(both, 'https://crm.example/customer/view?id=52').signDate).toBe('2025-10-02');
    const approval = `<div class="detail"><table>${person}${row('核卡日期', '2025-10-09')}</table></div>`;
    expect(values(approval, 'https://crm.example/customer/view?id=52').signDate).toBe('2025-10-09');
  });

  it('a type tag with a note after a dot ("手机 · 首选") types its number: the preferred mobile is the mobile', () => {
    const page = `<div class="detail"><table>${row('客户姓名', '韦子墨')}</table><h4>联系电话</h4><ul>
      <li><span>13877120456</span> <span class="tag">手机 · 首选</span></li><li><span>13977125501</span> <span class="tag">手机</span></li>
      <li><span>0771-5512 0032</span> <span class="tag">单位</span></li></ul></div>`;
    expect(values(page, 'https://crm.example/customer/view?id=52')).toMatchObject({
      mobile: '13877120456',
      phone: '077155120032',
    });
  });
});

describe('typed numbers, e-mails and codes', () => {
  const f = (label: string, value: string) =>
    `<div class="row"><div class="label">${label}</div><div class="content">${value}</div></div>`;

  it('CiviCRM-style location types: Home Mobile is the mobile, the first typed e-mail wins, External ID is the code', () => {
    const page = `<div class="detail"><h2>Ffion Bevan</h2>${f('Home Mobile', '07700 900731')}${f('Work Phone', '029 2018 0455')}
      ${f('Home Email', 'ffion@home.example')}${f('Work Email', 'f.bevan@works.example')}${f('External ID', 'CRD-00931')}</div>`;
    expect(values(page, 'https://crm.example/contact/view?cid=88', 'en-GB')).toMatchObject({
      mobile: '07700900731',
      email: 'ffion@home.example',
      customerId: 'CRD-00931',
    });
  });

  it('a landline with its extension after a number sign ("#21") is a phone', () => {
    const page = `<div class="detail"><table>${row('客戶姓名', '林佩珊')}${row('行動電話', '0933-228-417')}${row('市話', '(04)2255-8130 #36')}</table></div>`;
    expect(values(page, 'https://crm.example/customer/view.do?custId=77', 'zh-TW').phone).toBe('0422558130;ext=36');
  });

  it('Dutch "Telefoonnr. werk" / "E-mail werk", Indonesian "Telepon Bisnis", Ukrainian main number (основний)', () => {
    const nl = `<div class="detail"><h2>Sanne de Wit</h2>${f('Telefoonnr. werk', '020 655 4120')}${f('E-mail werk', 'sanne@dewit.example')}</div>`;
    expect(values(nl, 'https://crm.example/relatie/4410', 'nl')).toMatchObject({
      phone: '0206554120',
      email: 'sanne@dewit.example',
    });
    const id = `<div class="detail"><h2>Rina Hapsari</h2>${f('Telepon Bisnis', '(021) 5290 1144')}${f('Email', 'rina@hapsari.example')}</div>`;
    expect(values(id, 'https://crm.example/customers/77', 'id').phone).toBe('02152901144');
    const uk = `<div class="detail"><h2>Коваль Ірина Петрівна</h2><div class="field"><div class="label">Телефони</div>
      <div class="phone"><span>+380 50 417 2290</span><span class="type">основний</span></div></div>${f('Email', 'iryna@koval.example')}</div>`;
    expect(values(uk, 'https://crm.example/buyers/view/3041', 'uk').mobile).toBe('+380504172290');
  });
});

describe('a company record is its own company', () => {
  it('a name with a legal form of more countries (AS, Ο.Ε.) or a shop’s premises (便利店) is also the company', () => {
    const no = `<div class="detail"><h2>Kundekort</h2><table>${row('Navn', 'Tromsø Bilverksted AS')}${row('Telefon', '+47 77 60 41 20')}</table></div>`;
    expect(values(no, 'https://crm.example/customer/view?id=88', 'nb').company).toBe('Tromsø Bilverksted AS');
    const el = `<div class="detail"><table>${row('Επωνυμία', 'ΠΑΠΑΔΑΚΗΣ ΞΥΛΕΙΑ Ο.Ε.')}${row('Τηλέφωνο', '+30 2310 555 418')}</table></div>`;
    expect(values(el, 'https://crm.example/customer/view?id=88', 'el').company).toBe('ΠΑΠΑΔΑΚΗΣ ΞΥΛΕΙΑ Ο.Ε.');
    const cn = `<div class="detail"><table>${row('客户名称', '城南路惠佳便利店')}${row('联系电话', '0752-2281 5530')}</table></div>`;
    expect(values(cn, 'https://crm.example/customer/view?id=88').company).toBe('城南路惠佳便利店');
  });
});

describe('what was bought, under its own words', () => {
  it('签单项目, 服务项目, 主约商品, 租赁设备, 陈列协议 and a package series (套系) are the product', () => {
    for (const label of ['签单项目', '服务项目', '主约商品', '租赁设备', '陈列协议', '套系']) {
      const page = `<div class="detail"><table>${person}${row(label, '年度养护计划')}</table></div>`;
      expect(values(page, 'https://crm.example/customer/view?id=52').product).toBe('年度养护计划');
    }
  });

  it('Policy Type and Club membership are the product', () => {
    const en = (label: string, value: string) =>
      `<div class="detail"><h2>Aled Morgan</h2><table>${row('Email', 'aled@morgan.example')}${row(label, value)}</table></div>`;
    const url = 'https://crm.example/customers/4410';
    expect(values(en('Policy Type', 'Term Life 20'), url, 'en').product).toBe('Term Life 20');
    expect(values(en('Club membership', 'Wine Club Quarterly'), url, 'en').product).toBe('Wine Club Quarterly');
  });
});

describe('joining is a signing only beside something bought', () => {
  it('入会日期 beside a bought course is the sign date; alone (a free loyalty scheme) it is none', () => {
    const gym = `<div class="detail"><table>${person}${row('购买课程', '私教课 24节')}${row('入会日期', '2025-04-01')}</table></div>`;
    expect(values(gym, 'https://crm.example/member/view?id=52').signDate).toBe('2025-04-01');
    const flyer = `<div class="detail"><table>${person}${row('会员卡号', 'FF 2231 0098')}${row('入会日期', '2012-03-15')}</table></div>`;
    expect(values(flyer, 'https://crm.example/member/view?id=52').signDate).toBeUndefined();
  });

  it('a date the label says was signed wins over the joining date, whichever comes first', () => {
    const club = `<div class="detail"><table>${person}${row('入会日期', '2023-06-01')}${row('购买课程', '私教课 24节')}
      ${row('签约日期', '2025-04-01')}</table></div>`;
    expect(values(club, 'https://crm.example/member/view?id=52').signDate).toBe('2025-04-01');
  });

  it('a help desk requestor’s Real Name is the name', () => {
    const page = `<div class="detail"><div class="row"><div class="label">Real Name:</div><div class="value">Siri Haugen</div></div>
      <div class="row"><div class="label">Email:</div><div class="value">siri@haugen.example</div></div></div>`;
    expect(values(page, 'https://crm.example/requestors/41', 'en').name).toBe('Siri Haugen');
  });
});
