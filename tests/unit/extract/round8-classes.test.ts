// Classes of wrong and invented values seen on round 8 of the held-out pages (docs/benchmarks.md, "Generalisation"):
// each rule on a small page of our own (made-up markup and values, never the held-out pages' own).
import { normalizeField } from '@/utils/extract/fields';
import { isMobileShape } from '@/utils/extract/generic/phone-shape';
import { classReader } from './class-page';

const NOW = new Date('2026-11-29T10:00:00Z');
const { values } = classReader('en', NOW);
const row = (label: string, value: string) =>
  `<div class="fld"><span class="fld-label">${label}</span><span class="fld-value">${value}</span></div>`;

describe('a heading or a column header is no value', () => {
  it('a side widget’s title after every field of the record is not the name; "Customer: <organisation>" is', () => {
    const page = `<div class="main"><div class="box"><div class="box-head"><h2>Open orders (2)</h2></div>
      <table><tr><th>Order</th><th>Total</th></tr><tr><td>A-1</td><td>12</td></tr><tr><td>A-2</td><td>14</td></tr></table></div></div>
      <div class="side"><div class="box"><div class="box-head"><h2>Customer details</h2></div>
      <fieldset><label>Customer:</label><p>Nordwind Kältetechnik GmbH</p><label>Customer number:</label><p>NW-2231</p>
      <label>Street:</label><p>Hafenstraße 4</p><label>City:</label><p>Kiel</p></fieldset></div>
      <div class="box"><div class="box-head"><h2>Weekly figures</h2></div><p>Created: 3 · Closed: 2</p></div></div>`;
    const v = values(page, 'https://crm.example/customers/view', 'de');
    expect(v.name).toBe('Nordwind Kältetechnik GmbH');
    expect(v.customerId).toBe('NW-2231');
  });

  it('a column title of a grid of several people is not the value of the label beside it', () => {
    const page = `<div class="form">${row('Full title', 'ЗАО «Северный ветер»')}${row('Телефон', '+7 (812) 555-10-20')}
      <div class="grid"><div class="line head"><div class="cell">ФИО</div><div class="cell">Роль</div><div class="cell">Email</div></div>
      <div class="line"><div class="cell">Орлов Пётр</div><div class="cell">Директор</div><div class="cell">o@sv.example</div></div>
      <div class="line"><div class="cell">Зуева Анна</div><div class="cell">Бухгалтер</div><div class="cell">z@sv.example</div></div></div></div>`;
    expect(values(page, 'https://crm.example/x', 'ru').name).toBeUndefined();
  });

  it('a column title over the one row below it: the cell below is its value', () => {
    const page = `<table>${'<tr><td class="k">客户姓名：</td><td class="v">顾清扬</td><td class="k">手机：</td><td class="v">13700001111</td></tr>'}</table>
      <table><tr><td class="hd">套餐名称</td><td class="hd">设备号</td><td class="hd">签订日期</td><td class="hd">状态</td></tr>
      <tr><td>家庭宽带 500M 两年</td><td>GX-0099 2211</td><td>2025-06-01</td><td>正常</td></tr></table>`;
    const v = values(page, 'https://crm.example/x', 'zh-CN');
    expect(v.product).toBe('家庭宽带 500M 两年');
    expect(v.signDate).toBe('2025-06-01');
  });

  it('an organisation’s name in guillemets keeps them', () => {
    expect(normalizeField('name', ['ООО «Лесная поляна»'], 'ymd')?.value).toBe('ООО «Лесная поляна»');
    expect(normalizeField('name', ['Ann Lee ›'], 'ymd')?.value).toBe('Ann Lee');
  });
});

describe('the displayed code beats the URL’s id', () => {
  it('"<service> Account" holding a code is the customer’s account code; an organisation under it is not', () => {
    const page = `<table><tr><th>Id</th><td>5120</td></tr><tr><th>Name</th><td>Rosa Lind</td></tr>
      <tr><th>Alarm Account</th><td>AL-77-0192</td></tr><tr><th>Email</th><td>rosa@lind.example</td></tr></table>`;
    expect(values(page, 'https://admin.example/admin/customers/5120').customerId).toBe('AL-77-0192');
    const other = `<table><tr><th>Name</th><td>Rosa Lind</td></tr><tr><th>Parent Account</th><td>Lind Holding</td></tr>
      <tr><th>Email</th><td>rosa@lind.example</td></tr></table>`;
    expect(values(other, 'https://admin.example/x').customerId).toBeUndefined();
  });

  it('Hebrew customer number and name', () => {
    const page = `<div class="card">${row('שם לקוח', 'דנה כץ')}${row('מספר לקוח', '<bdi>\u200eCL-5521\u200e</bdi>')}${row('טלפון', '03-555-0101')}</div>`;
    const v = values(page, 'https://crm.example/account/6b1f2c3d-1111-4a4a-9b9b-0c0c0c0c0c0c', 'he');
    expect(v.name).toBe('דנה כץ');
    expect(v.customerId).toBe('CL-5521');
  });
});

describe('the right one of several typed numbers', () => {
  it('a type tag this reader does not know, made like the known ones, still types its number apart', () => {
    const page = `<div class="card">${row('Navn', 'Ole Dahl')}${row(
      'Telefon',
      '<div>+45 70 55 01 01 <i class="ptype">Hovednummer</i></div><div>+45 20 55 02 02 <i class="ptype">Mobil</i></div>' +
        '<div>+45 70 55 03 03 <i class="ptype">Privat</i></div>',
    )}</div>`;
    const v = values(page, 'https://crm.example/x', 'da');
    expect(v.phone).toBe('+4570550101');
    expect(v.mobile).toBe('+4520550202');
  });

  it('a badge after an e-mail or a number is its type, never part of it', () => {
    const page = `<div class="card">${row('Nama', 'Sari Wulan')}${row(
      'Email',
      '<ul><li>sari@toko.example<span class="x-badge">Kantor</span></li><li>sari88@mail.example<span class="x-badge">Pribadi</span></li></ul>',
    )}${row(
      'Telepon',
      '<ul><li>+62 22 5550 1000<span class="x-badge">Kantor</span></li><li>+62 813 5550 2000<span class="x-badge">Seluler</span></li></ul>',
    )}</div>`;
    const v = values(page, 'https://crm.example/x', 'id');
    expect(v.email).toBe('sari@toko.example');
    expect(v.phone).toBe('+622255501000');
    expect(v.mobile).toBe('+6281355502000');
  });

  it('a mobile-shaped number under a bare phone label beside a labelled landline is the mobile', () => {
    const page = `<div class="card">${row('Họ tên', 'Phạm Thu Hà')}${row('Điện thoại', '0912 555 301')}${row(
      'Điện thoại bàn',
      '024 3555 8800',
    )}</div>`;
    const v = values(page, 'https://crm.example/x', 'vi');
    expect(v.mobile).toBe('0912555301');
    expect(v.phone).toBe('02435558800');
  });

  it('alone under "Phone", a number is typed by its plan (a UK 07… is the mobile, a UK 020… the phone)', () => {
    const page = (n: string) =>
      `<div class="card">${row('Name', 'Tom Reed')}${row('Phone', n)}${row('Email', 't@r.example')}</div>`;
    const mobile = values(page('+44 7700 900123'), 'https://crm.example/x', 'en-GB');
    expect([mobile.mobile, mobile.phone]).toEqual(['+447700900123', undefined]);
    const landline = values(page('+44 20 7946 0958'), 'https://crm.example/x', 'en-GB');
    expect([landline.phone, landline.mobile]).toEqual(['+442079460958', undefined]);
  });

  it('India’s plan without its prefix is not read into a North American number', () => {
    expect(isMobileShape('(917) 555-0142')).toBe(false);
    expect(isMobileShape('917-555-0142')).toBe(false);
    expect(isMobileShape('98765 43210')).toBe(true);
    expect(isMobileShape('+91 98765 43210')).toBe(true);
    expect(isMobileShape('03 88 75 41 20', 'fr')).toBe(false);
    expect(isMobileShape('0912 555 301', 'vi')).toBe(true);
  });
});

describe('values glued or cut', () => {
  it('an Indonesian address split over Alamat / Kota / Provinsi / Kode Pos is one address', () => {
    const page = `<div class="card">${row('Nama Lengkap', 'Sari Wulan')}${row('Alamat', 'Jl. Merdeka No. 9')}${row('Kota', 'Bandung')}${row(
      'Provinsi',
      'Jawa Barat',
    )}${row('Kode Pos', '40115')}</div>`;
    expect(values(page, 'https://crm.example/x', 'id').address).toBe('Jl. Merdeka No. 9, Bandung, Jawa Barat, 40115');
  });

  it('a Dutch house-number addition (Toevoeging) stays in the address', () => {
    const page = `<div class="card">${row('Naam', 'Bram de Wit')}${row('E-mail', 'bram@wit.example')}${row('Straat', 'Kerkstraat')}${row('Huisnummer', '14')}${row(
      'Toevoeging',
      'A',
    )}${row('Postcode', '1017 GC')}${row('Plaats', 'Amsterdam')}</div>`;
    expect(values(page, 'https://crm.example/x', 'nl').address).toBe('Kerkstraat, 14, A, 1017 GC, Amsterdam');
  });
});

describe('fields of one row of several labels', () => {
  it('a cell of inputs with "Label:" texts between them: each input is its own label’s', () => {
    const page = `<table><tr><td>Given:</td><td><input value="Maud"> &nbsp; Family: <input value="Okafor"></td></tr>
      <tr><td>Phone:</td><td><input value="3125550177"> &nbsp; Prefix: <input value="1"> &nbsp; Other Phone: <input value=""></td></tr>
      <tr><td>Region:</td><td><input value=""> &nbsp; Ref Code: <input value="QX-4410"></td></tr>
      <tr><td>Email:</td><td><input value="maud@okafor.example"></td></tr></table>`;
    const v = values(page, 'https://dialer.example/agent', 'en-US');
    expect(v.phone).toBe('3125550177');
    expect(v.address).toBeUndefined();
  });
});

describe('another person’s section', () => {
  const field = (label: string, value: string) =>
    `<div class="it"><dt>${label}</dt><dd><div><div>${value}</div></div></dd></div>`;
  const section = (title: string, body: string) =>
    `<section><header class="sec-header"><h3>${title}</h3></header><div class="sec-body"><dl>${body}</dl></div></section>`;

  it('a second section whose Name names a relative holds that person’s phone, not the customer’s', () => {
    const page =
      section(
        'Client',
        field('Full name', 'Ines Marlow') + field('Mobile', '0412 555 901') + field('Email', 'ines@m.example'),
      ) + section('Authorised person', field('Name', 'Ruth Marlow (mother)') + field('Phone', '03 5550 1188'));
    const v = values(page, 'https://care.example/clients/77', 'en-AU');
    expect(v.name).toBe('Ines Marlow');
    expect(v.phone).toBeUndefined();
  });

  it('a second section with a name of its own (a co-applicant) holds that person’s fields', () => {
    const page =
      section('Applicant', field('Full name', 'Ines Marlow') + field('Mobile', '0412 555 901')) +
      section(
        'Co-applicant',
        field('Name', 'Dev Patel') + field('Phone', '03 5550 1188') + field('Email', 'dev@p.example'),
      );
    const v = values(page, 'https://loans.example/applications/77', 'en-AU');
    expect(v.name).toBe('Ines Marlow');
    expect(v.phone).toBeUndefined();
    expect(v.email).toBeUndefined();
  });

  it('a counted list of a company’s contacts: their mobiles and e-mails are not the company’s', () => {
    const page = `<div class="panel"><div class="panel-heading">基本资料</div><div class="panel-body"><dl>
      <dt>客户名称</dt><dd>杭州青禾包装有限公司</dd><dt>电话</dt><dd>0571-8555 2100</dd></dl></div></div>
      <div class="panel"><div class="panel-heading">联系人（2）</div><div class="panel-body">
      <div class="person"><b>舒文</b> 采购部<br>手机：139 0571 2233<br>邮箱：shuwen@qinghe.example</div>
      <div class="person"><b>林涛</b> 财务部<br>手机：137 0571 4455</div></div></div>`;
    const v = values(page, 'https://crm.example/customers/5521', 'zh-CN');
    expect(v.phone).toBe('057185552100');
    expect(v.mobile).toBeUndefined();
    expect(v.email).toBeUndefined();
  });
});

describe('a code written after its label without a colon', () => {
  it('"会员卡号 VIP-…" in a head line is the customer’s code, over the URL’s id', () => {
    const page = `<div class="head"><h3>沈雨桐</h3><span class="tag">金卡</span><span class="muted">会员卡号 HX-VIP-80231</span></div>
      <div class="form">${row('手机号', '13900002222')}${row('性别', '女')}</div>`;
    const v = values(page, 'https://clinic.example/#/member/detail/80231', 'zh-CN');
    expect(v.customerId).toBe('HX-VIP-80231');
  });

  it('a word and a number without a colon are no code ("Orders 12", "Room 402")', () => {
    const page = `<div class="head"><h3>沈雨桐</h3><span class="muted">会员卡号 802310</span><span>Orders 12</span></div>
      <div class="form">${row('手机号', '13900002222')}${row('性别', '女')}</div>`;
    expect(values(page, 'https://clinic.example/m', 'zh-CN').customerId).toBeUndefined();
  });
});
