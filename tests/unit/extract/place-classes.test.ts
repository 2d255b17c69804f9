// Addresses whole, and records read as nothing (session 14, #11; docs/adapters.md, "Addresses whole, and dialogs of
// inputs"): each rule on a small page of our own (made-up markup, words and values, never the held-out pages' own),
// with the other side of the rule.
import { classReader } from './class-page';

const NOW = new Date('2026-11-30T10:00:00Z');
const { context, values } = classReader('en', NOW);
const URL = 'https://crm.example/clients/5521';

describe('an address part under a word the reader does not know, between two it knows', () => {
  const flat = (word: string, value: string) => `<h2>Orla Byrne</h2><dl>
    <dt>E-mail</dt><dd>orla.byrne@example.org</dd><dt>Street</dt><dd>Quay Lane 9</dd><dt>Postcode</dt><dd>7731</dd>
    <dt>${word}</dt><dd>${value}</dd><dt>Country</dt><dd>Lindmark</dd><dt>Phone</dt><dd>+353 1 555 0182</dd></dl>`;

  it('a place between the postcode and the country is the address’s (a flat list of pairs)', () => {
    expect(values(flat('Varnstad', 'Nolby Harbour'), URL).address).toBe('Quay Lane 9, 7731, Nolby Harbour, Lindmark');
  });

  it('a number or an e-mail there is no place: the address keeps its known parts only', () => {
    expect(values(flat('Varnstad', '+353 1 555 0199'), URL).address).toBe('Quay Lane 9, 7731, Lindmark');
    expect(values(flat('Varnstad', 'desk@example.org'), URL).address).toBe('Quay Lane 9, 7731, Lindmark');
  });

  it('one row between two address rows of a table, under an unknown caption', () => {
    const page = `<h2>Orla Byrne</h2><table><tr><th>E-mail</th><td>orla.byrne@example.org</td></tr>
      <tr><th>Street</th><td>Quay Lane 9</td></tr><tr><th>Postcode</th><td>7731</td></tr>
      <tr><th>Varnstad</th><td>Nolby Harbour</td></tr><tr><th>Country</th><td>Lindmark</td></tr></table>`;
    expect(values(page, URL).address).toBe('Quay Lane 9, 7731, Nolby Harbour, Lindmark');
  });
});

describe('an address in a layout of pairs is one element', () => {
  const grid = (after: string) => `<h2>Kellan Supplies Ltd</h2><div class="pairs">
    <span>Phone</span><span>+44 20 7946 0321</span><span>Address</span><span>4 Mill Yard, Leeds LS2 7EW</span>
    ${after}<span>E-mail</span><span>office@kellan.example</span><span>Owner</span><span>Dana Holt</span></div>`;

  it('the next pair’s unknown label and its value are not address lines', () => {
    const got = values(grid('<span>Attn.</span><span>Mr Ravi Menon</span>'), URL);
    expect(got.address).toBe('4 Mill Yard, Leeds LS2 7EW');
  });

  it('lines of one address after its label, outside a layout of pairs, are still read', () => {
    const page = `<h2>Kellan Supplies Ltd</h2><div><b>E-mail</b> office@kellan.example</div>
      <div class="addr"><span class="k">Address</span><span>4 Mill Yard</span><span>Leeds LS2 7EW</span></div>`;
    expect(values(page, URL).address).toBe('4 Mill Yard, Leeds LS2 7EW');
  });
});

describe('Número is a house number beside the street, a record’s number elsewhere', () => {
  const page = (number: string) => `<h2>Beatriz Couto</h2><div class="f">
    <b>Número</b><span>${number}</span><b>Morada</b><span>Travessa do Sol</span><b>Código Postal</b><span>3810-104</span>
    <b>Localidade</b><span>Aveiro</span><b>Email</b><span>bcouto@example.org</span></div>`;

  it('a code (letters and digits) is no part of the address', () => {
    expect(values(page('CL-0932'), URL, 'pt-PT').address).toBe('Travessa do Sol, 3810-104, Aveiro');
  });

  it('a house number is', () => {
    expect(values(page('27'), URL, 'pt-PT').address).toBe('27, Travessa do Sol, 3810-104, Aveiro');
  });

  it('a number of neither shape (a long reference) is no part of the address either, and the address reads on', () => {
    expect(values(page('2023110457'), URL, 'pt-PT').address).toBe('Travessa do Sol, 3810-104, Aveiro');
  });
});

describe('address parts by their words', () => {
  it('所在省 / 所在市 / 所在区/县 (所在 before a part) join 详细地址', () => {
    const page = `<dl><dt>用户名</dt><dd>包雨桐</dd><dt>手机</dt><dd>13911072365</dd><dt>所在省</dt><dd>湖南省</dd>
      <dt>所在市</dt><dd>长沙市</dd><dt>所在区/县</dt><dd>岳麓区</dd><dt>详细地址</dt><dd>麓山南路77号3栋</dd></dl>`;
    expect(values(page, URL, 'zh-CN').address).toBe('湖南省, 长沙市, 岳麓区, 麓山南路77号3栋');
  });

  it('an estate and its building and door lines after 街道 (小区 · 楼栋门牌); a parking space is not the address', () => {
    const item = (k: string, v: string) => `<div class="item"><label>${k}</label><div><span>${v}</span></div></div>`;
    const page = `<div class="form">${item('客户姓名', '计文博')}${item('手机', '13688120457')}${item('城市', '合肥市')}
      ${item('街道', '天鹅湖路')}${item('小区', '翡翠湾')}${item('楼栋门牌', '12栋602')}${item('车位', 'B2-061')}</div>`;
    expect(values(page, URL, 'zh-CN').address).toBe('合肥市, 天鹅湖路, 翡翠湾, 12栋602');
  });

  it('Japanese parts joined by ・ and ending in など (市区町村・番地, 建物名・部屋番号など)', () => {
    const page = `<h2>有限会社みなと商店</h2><dl><dt>電話番号</dt><dd>03-5501-2284</dd><dt>郵便番号</dt><dd>104-0045</dd>
      <dt>都道府県</dt><dd>東京都</dd><dt>市区町村・番地</dt><dd>中央区築地2-7-1</dd>
      <dt>建物名・部屋番号など</dt><dd>みなとビル3F</dd></dl>`;
    expect(values(page, URL, 'ja').address).toBe('104-0045, 東京都, 中央区築地2-7-1, みなとビル3F');
  });

  it('省市 alone, naming two places, is the address', () => {
    const page = `<div class="f"><span class="k">姓名</span><span>邹一鸣</span></div>
      <div class="f"><span class="k">手机</span><span>15261834470</span></div>
      <div class="f"><span class="k">省市</span><span>浙江省 宁波市</span></div>`;
    expect(values(page, URL, 'zh-CN').address).toBe('浙江省 宁波市');
  });

  it('房屋 (an owner’s home) is the address when written as one, not a loan file’s “有”', () => {
    const page = (
      home: string,
    ) => `<table><tr><th>业主姓名</th><td>卢国栋</td><th>手机号码</th><td>13605716628</td></tr>
      <tr><th>房屋</th><td colspan="3">${home}</td></tr></table>`;
    expect(values(page('江苏省南京市建邺区河西大街66号5幢1单元302室'), URL, 'zh-CN').address).toBe(
      '江苏省南京市建邺区河西大街66号5幢1单元302室',
    );
    expect(values(page('有'), URL, 'zh-CN').address).toBeUndefined();
  });
});

describe('a dialog of inputs over a list, drawn by the page’s own stylesheet', () => {
  const list = `<table class="grid"><tr><th>Code</th><th>Name</th><th>Town</th></tr>
    <tr><td>P-0007</td><td>Saar Lumi OÜ</td><td>Tartu</td></tr><tr><td>P-0009</td><td>Mirjam Oja</td><td>Pärnu</td></tr>
    <tr><td>P-0012</td><td>Kõrve Talu MTÜ</td><td>Viljandi</td></tr></table>`;
  const row = (k: string, v: string) => `<tr><td class="cap">${k}</td><td><input value="${v}"></td></tr>`;
  const dialog = (css: string) => `<style>${css}</style>${list}<div class="veil"></div>
    <div class="modal" role="dialog"><h3>Client: Mirjam Oja</h3><table>${row('Kood', 'P-0009')}${row('Nimi', 'Mirjam Oja')}
    ${row('Aadress', 'Rüütli 14-2')}${row('Linn', 'Pärnu')}${row('Telefon', '+372 5520 1874')}
    ${row('E-post', 'mirjam.oja@example.org')}</table><button>Salvesta</button></div>`;
  const URL_LIST = 'https://crm.example/clients?open=P-0009';

  it('reads the inputs of a class="modal" the stylesheet draws fixed over the page', () => {
    const got = values(dialog('.modal{position:fixed;left:30%;top:40px;background:#fff}'), URL_LIST, 'et');
    expect(got.name).toBe('Mirjam Oja');
    expect(got.customerId).toBe('P-0009');
    expect(got.address).toBe('Rüütli 14-2, Pärnu');
    // An Estonian number starting 5 is a mobile under the plain word Telefon.
    expect(got.mobile).toBe('+37255201874');
    expect(got.email).toBe('mirjam.oja@example.org');
  });

  it('a modal its stylesheet hides (display:none) stays closed, and the list behind names no customer', () => {
    expect(values(dialog('.modal{position:fixed;display:none}'), URL_LIST, 'et')).toEqual({});
  });
});

describe('a record view whose fields sit in side panels, its contacts in a side table', () => {
  const page = (
    title: string,
    crumb: string,
  ) => `<div id="top">Qiming CRM · 首页 · 客户 · 联系人 <span>销售 方可欣</span></div>
    <ul id="crumbs"><li><a href="/crm/customer-browse.html">客户列表</a></li><li>›</li><li class="title">${crumb}</li></ul>
    <div class="main"><div class="panel"><div class="panel-heading">客户描述</div><div class="panel-body">做冷链仓储的老客户。</div></div></div>
    <div class="side"><div class="panel"><div class="panel-heading">基本信息</div><table class="info">
      <tr><th>级别</th><td>B</td></tr><tr><th>指派给</th><td>方可欣</td></tr><tr><th>行业</th><td>物流</td></tr></table></div>
    <div class="panel"><div class="panel-heading">联系人</div><table class="table">
      <tr><td>单立伟</td><td>仓储经理</td><td>13775420918</td></tr><tr><td>倪佳</td><td>财务</td><td>0512-6822 3071</td></tr></table></div>
    <div class="panel"><div class="panel-heading">地址</div><table class="table"><tr><td>仓库：江苏省苏州市相城区澄阳路116号</td></tr></table></div></div>`;
  const doc = (title: string, crumb: string) => `<title>${title}</title>${page(title, crumb)}`;

  it('names the company as the tab’s title and the breadcrumb’s last item write it; the URL module-view-id keys it', () => {
    const html = doc('苏州冷云仓储有限公司 - 客户 - Qiming', '苏州冷云仓储有限公司');
    const got = values(html, 'https://crm.example/crm/customer-view-2208.html', 'zh-CN');
    expect(got.name).toBe('苏州冷云仓储有限公司');
    expect(got.company).toBe('苏州冷云仓储有限公司');
    expect(got.owner).toBe('方可欣');
    // The address panel's line title (仓库) is no part of the address.
    expect(got.address).toBe('江苏省苏州市相城区澄阳路116号');
    // The contacts' numbers are theirs, not the company's.
    expect(got.mobile).toBeUndefined();
    expect(got.phone).toBeUndefined();
    expect(context(html, 'https://crm.example/crm/customer-view-2208.html', 'zh-CN').record?.id).toBe('2208');
  });

  it('a breadcrumb that does not write the tab’s name names nothing', () => {
    const html = doc('客户详情 - Qiming', '苏州冷云仓储有限公司');
    expect(values(html, 'https://crm.example/crm/customer-view-2208.html', 'zh-CN').name).toBeUndefined();
  });
});

describe('single fields of records read', () => {
  it('a number with its dialling code in one field (Indicativo / Teléfono) is the phone', () => {
    const page = `<h2>Camila Herrera Soto</h2><div><label>Celular</label>315 220 4817</div>
      <div><label>Indicativo / Teléfono</label>(602) 488 3310</div><div><label>Correo</label>camila.h@example.org</div>`;
    const got = values(page, URL, 'es-CO');
    expect(got.phone).toBe('6024883310');
    expect(got.mobile).toBe('3152204817');
  });

  it('备用号码 (a spare number) beside 主号码 is the landline', () => {
    const item = (k: string, v: string) => `<div class="item"><label>${k}</label><span>${v}</span></div>`;
    const page = `${item('客户姓名', '庞雪松')}${item('主号码', '13980412276')}${item('备用号码', '0816-2231 574')}`;
    const got = values(page, URL, 'zh-CN');
    expect(got.mobile).toBe('13980412276');
    expect(got.phone).toBe('08162231574');
  });

  it('a Danish ApS is a company', () => {
    const page = `<h1>Fjordens Cykler ApS</h1><dl><dt>Telefon</dt><dd>86 21 40 77</dd>
      <dt>E-mail</dt><dd>kontor@fjordens-cykler.example</dd></dl>`;
    expect(values(page, URL, 'da').company).toBe('Fjordens Cykler ApS');
  });
});

describe('a shop admin’s customer view: the name in the header’s h1, the address an <address> element', () => {
  const page = (title: string, h1: string, block: string) => `<title>${title}</title>
    <header class="page-header"><h1 class="page-title">${h1}</h1><span class="admin-user">m.lindqvist</span></header>
    <main><table class="info"><tr><th>Date of Birth:</th><td>Jul 19, 1979</td></tr><tr><th>Gender:</th><td>Female</td></tr>
    <tr><th>Group:</th><td>Retail</td></tr></table>${block}</main>`;
  const block = `<address><strong>Default Billing Address</strong><br>Petra Novak<br>Novak Ceramics Ltd<br>
    Brückenweg 7<br>Graz, 8010<br>Austria<br>T: <a href="tel:+43316555019">+43 316 555019</a></address>`;
  const URL_EDIT = 'https://crm.example/admin/customer/edit/id/771/';

  it('the h1 the tab’s title agrees with is the name; the <address> without title, name, company and phone', () => {
    const got = values(page('Petra Novak / Customers / Shop Admin', 'Petra Novak', block), URL_EDIT);
    expect(got.name).toBe('Petra Novak');
    expect(got.birthDate).toBe('1979-07-19');
    expect(got.address).toBe('Brückenweg 7, Graz, 8010, Austria');
    expect(got.company).toBe('Novak Ceramics Ltd');
  });

  it('an h1 the tab’s title does not write names nothing', () => {
    expect(values(page('Customers / Shop Admin', 'Petra Novak', ''), URL_EDIT).name).toBeUndefined();
  });

  it('a footer’s <address> (the shop’s own) is not the customer’s', () => {
    const footer = `<footer><address>Shop Admin GmbH<br>Hafenstraße 2<br>1020 Wien</address></footer>`;
    expect(
      values(page('Petra Novak / Customers / Shop Admin', 'Petra Novak', footer), URL_EDIT).address,
    ).toBeUndefined();
  });
});
