// Classes of wrong and invented values seen on round 11 of the held-out pages (docs/adapters.md, "Round 11 classes"):
// each rule on a small page of our own (made-up markup and values, never the held-out pages' own).
import { extractCustomer } from '@/utils/extract';
import { classReader } from './class-page';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-11-30T10:00:00Z');
const { context, values } = classReader('en', NOW);

describe('a type word after a value is its tag, never a label', () => {
  it('Korean typed numbers (회사 / 대표 / 팩스): the work line is the phone; 회사 names no company', () => {
    const page = `<div class="detail"><h2>한지우</h2><div class="sub">새봄상사 주식회사 · 영업부</div>
      <div class="it"><span class="lb">휴대폰</span><span>010-5512-7781</span></div>
      <div class="it"><span class="lb">전화</span><span><div>031-718-2201<span class="kind">회사</span></div>
        <div>031-718-2200<span class="kind">대표</span></div><div>031-718-2209<span class="kind">팩스</span></div></span></div>
      <div class="it"><span class="lb">주소</span><span>경기도 성남시 분당구 판교로 77 (13487)<span class="kind">회사</span></span></div></div>`;
    const got = values(page, 'https://crm.example/book/3/contact/5512', 'ko');
    expect(got.phone).toBe('0317182201');
    expect(got.mobile).toBe('01055127781');
    expect(got.address).toBe('경기도 성남시 분당구 판교로 77 (13487)');
    expect(got.company ?? '').not.toMatch(/\d/);
  });

  it('an English tag after a value ("… <span>Company</span>") labels nothing after it', () => {
    const page = `<div class="card"><h2>Ivo Brandt</h2>
      <div class="f"><span class="k">Email</span><span>ivo@brandt.example</span></div>
      <div class="f"><span class="k">Phone</span><span><div>(303) 555-0141<i class="t">Company</i></div><div>(303) 555-0100<i class="t">Main</i></div></span></div></div>`;
    const got = values(page);
    expect(got.phone).toBe('3035550141');
    expect(got.company).toBeUndefined();
  });
});

describe('the whole address', () => {
  it('an address written as elements with line breaks between them after its label is read line by line', () => {
    const page = `<div class="box"><h2>Nuria Cabello</h2>
      <div class="fl"><label>Email</label><span>nuria@cabello.example</span></div>
      <div class="fl"><label>Dirección</label><span>Avenida del Puerto 118, 2º A</span><br><span>46023 Valencia</span><br><span>España</span></div>
      <div class="fl"><label>Teléfono</label><span>961 555 204</span></div></div>`;
    expect(values(page, 'https://crm.example/c/2210', 'es').address).toBe(
      'Avenida del Puerto 118, 2º A, 46023 Valencia, España',
    );
  });
});

describe('the code the page shows beats the URL’s id', () => {
  it('a code label and its value in an element of its own in a head line, no colon ("客户号 <b>…</b> · …")', () => {
    const page = `<div class="head"><h2>闫书宁</h2><div class="meta">客户号 <b>2207 5590 1184</b> · 开户日期 2019-04-02 · 风险等级 C3</div></div>
      <table class="info"><tr><th>手机号码</th><td>139 5512 0871</td><th>证件号码</th><td>110105199003071223</td></tr></table>`;
    const got = values(page, 'https://crm.example/client/view.htm?clientId=220755901184', 'zh-CN');
    expect(got.customerId).toBe('2207 5590 1184');
    expect(got.mobile).toBe('13955120871');
  });
});

describe('address parts in more languages join the address', () => {
  const input = (id: string, label: string, value: string) =>
    `<div class="col"><label for="${id}">${label}</label><input id="${id}" value="${value}"></div>`;

  it('a Brazilian form: CEP, Endereço, Número, Complemento, Bairro, Cidade and the UF select', () => {
    const page = `<form class="contato"><h2>Renata Figueiredo</h2>${input('em', 'E-mail', 'renata@figueiredo.example')}
      <div class="row">${input('cep', 'CEP', '04538-132')}${input('end', 'Endereço', 'Rua Funchal')}${input('num', 'Número', '418')}</div>
      <div class="row">${input('cpl', 'Complemento', 'Conj. 72')}${input('bai', 'Bairro', 'Vila Olímpia')}${input('cid', 'Cidade', 'São Paulo')}
      <div class="col"><label for="uf">UF</label><select id="uf"><option>RJ</option><option selected>SP</option></select></div></div></form>`;
    expect(values(page, 'https://crm.example/contatos/4410', 'pt-BR').address).toBe(
      '04538-132, Rua Funchal, 418, Conj. 72, Vila Olímpia, São Paulo, SP',
    );
  });

  it('Hebrew city and postcode (עיר, מיקוד) after the street', () => {
    const page = `<div class="card"><h2>נועה ברקוביץ</h2>${input('a', 'כתובת', 'שדרות רוטשילד 45')}${input('b', 'עיר', 'ראשון לציון')}
      ${input('c', 'מיקוד', '7526601')}${input('d', 'טלפון', '03-555-0187')}</div>`;
    expect(values(page, 'https://crm.example/c/77', 'he').address).toBe('שדרות רוטשילד 45, ראשון לציון, 7526601');
  });

  it('所在地 above 详细地址 is the address’s first part', () => {
    const page = `<div class="profile"><h3>蒋雨桐</h3><table>
      <tr><td class="k">手机号</td><td>137 5520 9913</td></tr><tr><td class="k">所在地</td><td>江苏省苏州市姑苏区</td></tr>
      <tr><td class="k">详细地址</td><td>平江路128号3幢401</td></tr></table></div>`;
    expect(values(page, 'https://crm.example/p/9913', 'zh-CN').address).toBe('江苏省苏州市姑苏区, 平江路128号3幢401');
  });

  it('Suchschlüssel (a business partner’s search key) is the code, over the URL’s id', () => {
    const page = `<div class="form"><h2>Bäckerei Lindner KG</h2>
      <div class="fg"><label>Suchschlüssel</label><div>L-33019</div></div><div class="fg"><label>Telefon</label><div>089 5550 4471</div></div></div>`;
    expect(values(page, 'https://crm.example/window/123/5504471', 'de').customerId).toBe('L-33019');
  });
});

describe('values slotted into a shadow root', () => {
  it('a slot right beside its label (<span>Member code</span><slot name=code>) holds that label’s value', () => {
    const doc = parsePage(`<html lang="en"><body><x-card id="c"><span slot="who">Priya Natarajan</span>
      <span slot="code">GLX-2025-40217</span><span slot="addr">22 Orchard Lane, Leeds LS6 2QH</span>
      <span slot="plan">Family Swim · 12 months</span></x-card></body></html>`);
    const shadow = (doc.getElementById('c') as Element).attachShadow({ mode: 'open' });
    const r = (label: string, value: string) => `<div class="r"><span class="k">${label}</span>${value}</div>`;
    const inner = `<div class="c"><h3><slot name="who"></slot></h3>${r('Member code', '<slot name="code"></slot>')}
      ${r('Mobile', '<span>07700 900 417</span>')}${r('Home address', '<slot name="addr"></slot>')}
      ${r('Membership', '<slot name="plan"></slot>')}</div>`;
    shadow.append(
      ...Array.from(parsePage(`<html><body>${inner}</body></html>`).body.childNodes, (n) => doc.importNode(n, true)),
    );
    const ctx = extractCustomer(doc, 'https://crm.example/members/40217', NOW, undefined, { adapters: [] });
    expect(ctx.fields.customerId?.value).toBe('GLX-2025-40217');
    expect(ctx.fields.address?.value).toBe('22 Orchard Lane, Leeds LS6 2QH');
    expect(ctx.fields.product?.value).toBe('Family Swim · 12 months');
  });
});

describe('hidden and other people’s content is not read', () => {
  it('a layout’s tab panes: only the one marked current is read (its siblings are hidden by the stylesheet)', () => {
    const cell = (label: string, value: string) => `<tr><td class="lc">${label}:</td><td class="dv">${value}</td></tr>`;
    const page = `<style>.panes .tab-page{display:none}.panes .tab-page.current{display:block}</style>
      <ul class="tabnav"><li class="current">Who</li><li>Contact</li></ul><div class="panes">
      <div class="tab-page current"><table>${cell('Name', 'Oskar Lindqvist')}${cell('DOB', '1983-06-14')}${cell('Sex', 'Male')}</table></div>
      <div class="tab-page"><table>${cell('Address', '88 Birch Road')}${cell('City', 'Duluth')}${cell('Home Phone', '(218) 555-0166')}</table></div></div>`;
    const got = values(page, 'https://crm.example/patient/summary');
    expect(got.name).toBe('Oskar Lindqvist');
    expect(got.birthDate).toBe('1983-06-14');
    expect(got.address).toBeUndefined();
    expect(got.phone).toBeUndefined();
  });

  it('a div.tab pane beside div.tab.active: the same rule for the common class names', () => {
    const page = `<div class="tabs-body"><div class="tab active"><dl><dt>Name</dt><dd>Mia Roth</dd><dt>Email</dt><dd>mia@roth.example</dd>
      <dt>Birthday</dt><dd>1990-01-20</dd></dl></div><div class="tab"><dl><dt>Mobile</dt><dd>+49 151 5550 2210</dd></dl></div></div>`;
    const got = values(page, 'https://crm.example/contacts/22', 'de');
    expect(got.email).toBe('mia@roth.example');
    expect(got.mobile).toBeUndefined();
  });

  it('a box stating its person’s relation to the customer ("Relationship: spouse") is that person’s', () => {
    const page = `<section class="card"><div class="card-header">Profile</div><table>
      <tr><td class="lc">Name:</td><td>Hana Kobayashi</td></tr><tr><td class="lc">Mobile:</td><td>(206) 555-0131</td></tr>
      <tr><td class="lc">DOB:</td><td>1975-09-02</td></tr></table></section>
      <section class="card"><div class="card-header">Coverage</div><div class="card-body">Plan: Cascade Gold HMO<br>
      Holder: Kobayashi, Ren · Holder Relationship: spouse · Holder Phone: (206) 555-0188</div></section>`;
    const got = values(page, 'https://crm.example/patients/5501');
    expect(got.mobile).toBe('2065550131');
    expect(got.product).toBeUndefined();
    expect(got.phone).toBeUndefined();
  });
});

describe('a pre-formatted block of "Label : value" lines', () => {
  it('each line is a field (a lead whose details were pasted into its description)', () => {
    const page = `<div class="lead"><div class="title">Garage Morvan - Quimper</div><h4>Description</h4>
      <pre class="desc">Société : Garage Morvan
Nom : Yannick Morvan
Téléphone : 02 98 55 01 27
E-mail : atelier@garage-morvan.example
Adresse : 7 allée des Genêts
Code postal : 29000
Ville : Quimper</pre></div>`;
    const got = values(page, 'https://crm.example/leads/5127', 'fr');
    expect(got.company).toBe('Garage Morvan');
    expect(got.email).toBe('atelier@garage-morvan.example');
    expect(got.phone).toBe('0298550127');
    expect(got.address).toBe('7 allée des Genêts, 29000, Quimper');
    // The block's heading ("Description") is no name.
    expect(got.name).toBeUndefined();
  });
});

describe('a chat workbench’s buyer panel beside its conversation list', () => {
  const list = (active: string) => `<div class="sessions"><div class="on">${active}</div><div>tb_4410aa · 退换货</div>
    <div>tb_93c2e1 · 物流</div><div>tb_00d7f2 · 发票</div></div>`;
  const panel = `<div class="buyer"><b>客户信息</b>
    <div class="it"><span class="k">用户名</span><span>tb_58e1c90d</span></div>
    <div class="it"><span class="k">收货人</span><span>滕雅琪</span></div>
    <div class="it"><span class="k">手机</span><span>136 2250 7718</span></div>
    <div class="it"><span class="k">收货地址</span><span>江苏省南京市鼓楼区中山北路88号2栋503</span></div>
    <div class="it"><span class="k">商品</span><span>九阳豆浆机 DJ13B 1.3L</span></div></div>`;
  const chat = `<div class="chat"><div class="msg">在吗？电话换成 188 0019 2231</div></div>`;

  it('the selected conversation names the buyer by a user name the panel shows: the panel is the record', () => {
    const got = values(`${list('tb_58e1c90d · 3分钟前')}${chat}${panel}`, 'https://crm.example/im/workbench', 'zh-CN');
    expect(got.name).toBe('滕雅琪');
    expect(got.mobile).toBe('13622507718');
  });

  it('… or by the surname and a form of address ("滕女士")', () => {
    const got = values(`${list('滕女士 · 3分钟前')}${chat}${panel}`, 'https://crm.example/im/workbench', 'zh-CN');
    expect(got.name).toBe('滕雅琪');
  });

  it('a selected item naming someone else leaves the card beside a list unread', () => {
    const ctx = context(`${list('tb_77aa01 · 孔先生')}${chat}${panel}`, 'https://crm.example/im/workbench', 'zh-CN');
    expect(ctx.fields).toEqual({});
  });
});

describe('typed numbers one per element after one label', () => {
  it('each element made like the first, with its type after the number, is one more number of the field', () => {
    const page = `<div class="profile"><h2>Dana Whitcombe</h2><div class="pf"><div class="k">Email</div><div class="v">dana@whitcombe.example</div></div>
      <div class="pf"><div class="k">Phone</div><div class="v">(503) 555-0162<span class="t">Mobile</span></div>
      <div class="v">(503) 555-0107<span class="t">Home</span></div></div></div>`;
    const got = values(page, 'https://crm.example/customer/88');
    expect(got.mobile).toBe('5035550162');
    expect(got.phone).toBe('5035550107');
  });
});

describe('a dashboard of one person', () => {
  it('a page titled "Dashboard" whose heading names the record’s person is that person’s page', () => {
    const page = `<title>Dashboard</title><h2 class="title">Patient Dashboard - Corinne B Alvarado</h2>
      <section class="card"><div class="card-header">Demographics</div><table>
      <tr><td class="lc">Name:</td><td>Corinne B Alvarado</td></tr><tr><td class="lc">DOB:</td><td>1968-03-22</td></tr>
      <tr><td class="lc">Sex:</td><td>Female</td></tr></table></section>`;
    const got = values(page, 'https://crm.example/emr/summary/dashboard.php');
    expect(got.name).toBe('Corinne B Alvarado');
    expect(got.birthDate).toBe('1968-03-22');
    // The same card under a heading naming no one stays unread (a dashboard's card).
    expect(
      values(
        page.replace('Patient Dashboard - Corinne B Alvarado', 'Clinic Dashboard'),
        'https://crm.example/emr/summary/dashboard.php',
      ),
    ).toEqual({});
  });
});
