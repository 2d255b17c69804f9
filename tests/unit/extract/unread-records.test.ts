// Record pages the reader read nothing of (session 13, #11; docs/adapters.md, "Records read whole"): each rule on a
// small page of our own (made-up markup and values, never the held-out pages' own), with the other side of the rule.
import { classReader } from './class-page';

const NOW = new Date('2026-11-30T10:00:00Z');
const { values } = classReader('en', NOW);

const rows = `<div class="orders"><div class="o">#31 Mr Petrov · 2 items · on its way</div>
  <div class="o">#32 Ms Ruiz · 1 item · ready</div></div>`;

describe('an app’s own modal marked aria-modal is open', () => {
  const dialog = (attrs: string) => `${rows}<div class="mask"></div><div class="modal" ${attrs}>
    <h3>Order customer</h3><div class="line"><span>Full name</span><span>Tomasz Wierzba</span></div>
    <div class="line"><span>Mobile</span><span>+48 601 220 874</span></div>
    <div class="line"><span>Delivery address</span><span>ul. Lipowa 12/4, 30-702 Kraków</span></div></div>`;

  it('reads the record in a class="modal" dialog with aria-modal="true"', () => {
    const got = values(dialog('role="dialog" aria-modal="true"'), 'https://crm.example/shop/orders', 'pl');
    expect(got.name).toBe('Tomasz Wierzba');
    expect(got.mobile).toBe('+48601220874');
  });

  it('a class="modal" without it is still a closed Bootstrap modal: nothing is read', () => {
    expect(values(dialog('role="dialog" tabindex="-1"'), 'https://crm.example/shop/orders', 'pl')).toEqual({});
  });
});

describe('a class ending in "old" is no old value', () => {
  it('a scope wrapper named …-old holds the record', () => {
    const page = `<div class="app__scope-old"><h1>Ines Varga</h1><table class="info"><tbody>
      <tr><th>Date of Birth:</th><td>Feb 9, 1979</td></tr><tr><th>Phone:</th><td>+36 30 418 2277</td></tr>
      <tr><th>E-mail:</th><td>ines.varga@example.org</td></tr></tbody></table></div>`;
    const got = values(page, 'https://crm.example/admin/customer/edit/id/51/');
    expect(got.phone ?? got.mobile).toBe('+36304182277');
    expect(got.birthDate).toBe('1979-02-09');
  });

  it('a box of a change’s old values (class old-values) is still never read', () => {
    const page = `<div class="record"><h1>Ines Varga</h1><dl><dt>E-mail</dt><dd>ines.varga@example.org</dd>
      <dt>Address</dt><dd>Petőfi utca 3, 1052 Budapest</dd></dl></div>
      <div class="old-values"><div>Phone: +36 1 555 0100</div></div>`;
    const got = values(page, 'https://crm.example/contacts/51');
    expect(got.phone).toBeUndefined();
    expect(got.email).toBe('ines.varga@example.org');
  });
});

describe('a widget’s hidden original input beside the one it shows', () => {
  const cell = (value: string) =>
    `<td><input class="w-orig" style="display:none" value="${value}"><span class="w-box"><input type="text" readonly value="${value}"><input type="hidden" value="${value}"></span></td>`;

  it('the value is the rendered control’s', () => {
    const page = `<fieldset><legend>Member</legend><table>
      <tr><td class="lb">姓名</td>${cell('卢思远')}<td class="lb">手机号码</td>${cell('13812264409')}</tr>
      <tr><td class="lb">证件号码</td>${cell('110105198807214417')}<td class="lb">家庭住址</td>${cell('北京市朝阳区安立路66号3单元')}</tr>
      </table></fieldset>`;
    const got = values(page, 'https://crm.example/hotline/main.action', 'zh-CN');
    expect(got.name).toBe('卢思远');
    expect(got.mobile).toBe('13812264409');
    expect(got.address).toBe('北京市朝阳区安立路66号3单元');
  });

  it('a cell whose only control is hidden is still hidden (a closed editor)', () => {
    const page = `<table><tr><td class="lb">姓名</td><td><input style="display:none" value="卢思远"></td>
      <td class="lb">手机号码</td><td><input style="display:none" value="13812264409"></td></tr></table>`;
    expect(values(page, 'https://crm.example/hotline/main.action', 'zh-CN')).toEqual({});
  });
});

describe('a label alone on its line before its value element', () => {
  it('reads "<p>Label: <span>value</span></p>" lines', () => {
    const page = `<div class="hd">Ledger · Shop owner: Arvind Rao</div><div class="card"><h2>Kavita Menon</h2>
      <p>Mobile number: <span>+91 98450 31177</span></p><p>Address: <span>14 Lake Road, Kochi 682016</span></p></div>`;
    const got = values(page, 'https://crm.example/ledger/customers/k41', 'en-IN');
    expect(got.mobile).toBe('+919845031177');
    expect(got.address).toBe('14 Lake Road, Kochi 682016');
  });

  it('a label followed by more than its element on the line reads nothing of that element', () => {
    const page = `<div class="card"><h2>Kavita Menon</h2><p>E-mail: k.menon@example.in</p>
      <p>Mobile number: <span>+91 98450 31177</span> or ask the front desk</p></div>`;
    expect(values(page, 'https://crm.example/ledger/customers/k41', 'en-IN').mobile).toBeUndefined();
  });
});

describe('the record id of the URL', () => {
  it('a short key of lower-case letters and digits after the record’s word is the id', () => {
    const { context } = classReader('en', NOW);
    const page = `<h2>Kavita Menon</h2><p>Mobile number: <span>+91 98450 31177</span></p>
      <p>Address: <span>14 Lake Road, Kochi 682016</span></p>`;
    expect(context(page, 'https://crm.example/ledger/customers/b81f0c44a2').record?.id).toBe('b81f0c44a2');
    expect(context(page, 'https://crm.example/ledger/settings/b81f0c44a2').record).toBeUndefined();
  });

  it('the id parameter named after the kind the path names (?leaderId= under /leader/)', () => {
    const { context } = classReader('zh-CN', NOW);
    const page = `<div class="cells"><div class="cell"><span>姓名</span><span>柯雨桐</span></div>
      <div class="cell"><span>手机号</span><span>13922870154</span></div></div>`;
    expect(context(page, 'https://crm.example/h5/captain/detail?captainId=CP-0931').record?.id).toBe('CP-0931');
  });
});

describe('a record kind’s profile is not the user’s own', () => {
  const page = `<div class="navbar">Branch user: Sara Bekele</div><div class="panel"><h3>Client</h3><dl>
    <dt>Full name</dt><dd>Hanna Tesfaye</dd><dt>Mobile</dt><dd>+251 91 120 5566</dd><dt>Gender</dt><dd>Female</dd></dl></div>`;

  it('/client/profile/88 is that client’s page', () => {
    const got = values(page, 'https://crm.example/loans/client/profile/88');
    expect(got.name).toBe('Hanna Tesfaye');
    expect(got.mobile).toBe('+251911205566');
  });

  it('/users/88/profile, /my/profile and a bare /profile stay the user’s own', () => {
    for (const url of [
      'https://crm.example/users/88/profile',
      'https://crm.example/my/profile/88',
      'https://crm.example/profile',
    ])
      expect(values(page, url)).toEqual({});
  });
});

describe('a box titled as one record’s details on a workbench', () => {
  const box = (title: string) => `<div class="bar">客服工作台 · 坐席 8031 郑可</div>
    <div class="sessions"><p>阿福的小店 进行中</p><p>momo 等待</p></div>
    <div class="side"><h3>${title}</h3><div class="r"><b>收货人</b><span>龙佳怡</span></div>
    <div class="r"><b>手机号</b><span>139 0731 8842</span></div>
    <div class="r"><b>收货地址</b><span>湖南省长沙市岳麓区麓山南路932号</span></div></div>`;
  const url = 'https://crm.example/im/workbench?sessionId=s-1';

  it('买家信息 over three fields of one person: that buyer', () => {
    const got = values(`<title>客服工作台</title>${box('买家信息')}`, url, 'zh-CN');
    expect(got.name).toBe('龙佳怡');
    expect(got.address).toBe('湖南省长沙市岳麓区麓山南路932号');
  });

  it('an untitled box, or the agent’s own box (坐席信息), on a workbench is no customer', () => {
    expect(values(box('最近'), url, 'zh-CN')).toEqual({});
    expect(values(box('坐席信息'), url, 'zh-CN')).toEqual({});
  });
});

describe('a bare record word where the record’s labels stand', () => {
  const rows = (first: string) => `<div class="dlg"><h3>订单详情</h3>
    <div class="row"><span>${first}</span><span>闻秀兰</span></div>
    <div class="row"><span>联系电话</span><span>13760218834</span></div>
    <div class="row"><span>收餐地址</span><span>广东省佛山市南海区桂城街道海八路6号</span></div></div>`;

  it('顾客 as the caption of a row among labelled rows is the name’s label', () => {
    expect(values(rows('顾客'), 'https://crm.example/shop/order/7712', 'zh-CN').name).toBe('闻秀兰');
  });

  it('顾客 as a tab or menu item beside other items is no label', () => {
    const page = `<div class="tabs"><span>顾客</span><span>订单</span></div>${rows('姓名').replace('姓名', '备注')}`;
    expect(values(page, 'https://crm.example/shop/order/7712', 'zh-CN').name).toBeUndefined();
  });
});

describe('a person’s card without labels', () => {
  const header = (extra = '') => `<header class="top"><nav><a href="/app/people">People</a> /
    <a href="/app/people/PPL-2025-00417">Marta Kowalczyk</a></nav><span class="me">Jonas Beck</span></header>
    <div class="person"><div class="pic">MK</div><div class="head"><div class="big"><span>Dott.ssa </span><span>Marta Kowalczyk</span></div>
    <div class="chips"><div class="chip"><svg></svg><span>marta.k@lindenhaus.example</span></div>
    <div class="chip"><svg></svg><span>+48 512 330 918</span></div>
    <div class="chip"><span>Lindenhaus GmbH</span></div>${extra}</div></div></div>`;

  it('a name line over a lone e-mail and a lone number on a record’s page: that person, the breadcrumb no agent', () => {
    const got = values(header(), 'https://crm.example/app/people/PPL-2025-00417', 'it');
    expect(got.name).toBe('Marta Kowalczyk');
    expect(got.email).toBe('marta.k@lindenhaus.example');
    expect(got.mobile ?? got.phone).toBe('+48512330918');
    expect(got.company).toBe('Lindenhaus GmbH');
  });

  it('a shop’s contact card under the record’s title heading, its address card’s first line (the name) dropped', () => {
    const page = `<h1>Nadia binti Osman</h1><div class="cols"><div class="card"><h4>Pesanan</h4><p>#1021 · 2 item</p></div>
      <div class="side"><div class="card"><h4>Hubungan</h4><p>nadia.osman@mel.example</p><p>+60 17-224 9180</p></div>
      <div class="card"><h4>Alamat lalai</h4><p>Nadia binti Osman<br>No. 8, Jalan Mawar 3<br>81200 Johor Bahru</p></div></div></div>`;
    const got = values(page, 'https://crm.example/admin/customers/5512', 'ms');
    expect(got.name).toBe('Nadia binti Osman');
    expect(got.email).toBe('nadia.osman@mel.example');
    expect(got.address).toBe('No. 8, Jalan Mawar 3, 81200 Johor Bahru');
  });

  it('no card on a page naming no record, two e-mails, or cards of several people', () => {
    expect(values(header(), 'https://crm.example/app/people', 'it')).toEqual({});
    const second = '<div class="chip"><span>ufficio@lindenhaus.example</span></div>';
    expect(values(header(second), 'https://crm.example/app/people/PPL-2025-00417', 'it').email).toBeUndefined();
    const card = (n: string, m: string, p: string) => `<div class="card"><b>${n}</b><p>${m}</p><p>${p}</p></div>`;
    const list = `<div class="cards">${card('Ann Lee', 'ann@x.example', '+1 206 555 0100')}${card('Bo Chen', 'bo@x.example', '+1 206 555 0101')}</div>`;
    expect(values(list, 'https://crm.example/accounts/7781/contacts')).toEqual({});
  });
});
