// Who the record is: its code, its id numbers and its name (docs/adapters.md, "Identity: codes, id numbers and
// names"). Each rule on a small page of our own (made-up markup and values, never the held-out pages' own).
import { recordFromUrl } from '@/utils/core/url-record';
import { classReader } from './class-page';

const NOW = new Date('2026-11-30T10:00:00Z');
const { context, values } = classReader('en', NOW);
const row = (label: string, value: string) =>
  `<div class="kv"><span class="k">${label}</span><span>${value}</span></div>`;

describe('the code the page shows beats the URL’s id', () => {
  it('an organisation’s or tenant’s id in the path is never the record’s; the code after the customers word is', () => {
    expect(recordFromUrl('https://books.example/org/730551/customers/KLI-0093')).toMatchObject({
      id: 'KLI-0093',
      entity: 'customers',
    });
    expect(recordFromUrl('https://books.example/tenants/88120/contacts/4407')?.id).toBe('4407');
    // The organisation alone names no record.
    expect(recordFromUrl('https://books.example/org/730551/')).toBeNull();
    expect(recordFromUrl('https://books.example/workspaces/5512/settings')).toBeNull();
  });

  it('a shop’s users are its buyers: their id keys the record; elsewhere a user is staff', () => {
    expect(recordFromUrl('https://shop.example/admin/store/users/61022/')?.id).toBe('61022');
    expect(recordFromUrl('https://crm.example/admin/users/61022/')).toBeNull();
  });

  it('an external contact’s id parameter in any letter case keys the record', () => {
    expect(recordFromUrl('https://scrm.example/customer/detail?externalUserId=woAbCd7EfGh2JkLm')?.id).toBe(
      'woAbCd7EfGh2JkLm',
    );
  });

  it('one rule for kind-named id parameters: a customer’s kind anywhere, the path’s own kind by its id', () => {
    expect(recordFromUrl('https://school.example/pupils/view?studentNo=ST-2207')?.id).toBe('ST-2207');
    expect(recordFromUrl('https://app.example/m/coach/card?coachId=CO-5531')).toMatchObject({
      id: 'CO-5531',
      entity: 'coach',
    });
    // Another kind's number is no key (an order's orderNo on an order's page).
    expect(recordFromUrl('https://app.example/order/view?orderNo=SO20261130')).toBeNull();
    // A customer's kind before the path's own.
    expect(recordFromUrl('https://app.example/coach/card?coachId=CO-5531&memberId=M-7781')?.id).toBe('M-7781');
  });

  it('a Thai code label, written without a space (หมายเลขสมาชิก, member number), is the record’s code', () => {
    const page = `<div class="card"><h2>ร้านกาแฟดอยคำ</h2>${row('หมายเลขสมาชิก', 'CU-00871')}${row('อีเมล', 'shop@doikham.example')}
      ${row('เบอร์โทรศัพท์', '02 555 0187')}</div>`;
    expect(values(page, 'https://books.example/contacts/55190', 'th').customerId).toBe('CU-00871');
  });

  it('a bare "Šifra" (code) over a code is the record’s code', () => {
    const page = `<div class="card"><h2>Mizarstvo Novak d.o.o.</h2>${row('Šifra', 'KUP-0112')}${row('E-pošta', 'info@novak.example')}
      ${row('Telefon', '01 555 0142')}</div>`;
    const ctx = context(page, 'https://books.example/partners/99012', 'sl');
    expect(ctx.fields.customerId?.value).toBe('KUP-0112');
    // A Slovenian limited company says so by its legal form.
    expect(ctx.entity).toBe('company');
    expect(ctx.fields.company?.value).toBe('Mizarstvo Novak d.o.o.');
  });

  it('a house-number word over a lettered code at the card’s head is the code, not part of the address', () => {
    const page = `<div class="card"><h2>Inês Carvalho Matos</h2>${row('Número', 'CL-0912')}${row('Contribuinte', '245118093')}
      ${row('Morada', 'Avenida da Boavista, 880')}${row('Código Postal', '4100-112')}${row('Localidade', 'Porto')}
      ${row('Email', 'ines.matos@mail.example')}</div>`;
    const v = values(page, 'https://books.example/clientes/view/40318', 'pt-PT');
    expect(v.customerId).toBe('CL-0912');
    expect(v.address).toBe('Avenida da Boavista, 880, 4100-112, Porto');
  });

  it('a house number stays the address’s (digits, or a letter and a digit or two)', () => {
    const page = `<div class="card"><h2>Bruno Teixeira</h2>${row('Email', 'bruno@teixeira.example')}
      ${row('Rua', 'Rua das Flores')}${row('Número', 'B-12')}${row('Cidade', 'Braga')}</div>`;
    const v = values(page, 'https://books.example/clientes/view/40319', 'pt-PT');
    expect(v.customerId).toBeUndefined();
    expect(v.address).toBe('Rua das Flores, B-12, Braga');
  });

  it('the code among a line of "Label：value" facts under the name', () => {
    const page = `<div class="head"><h2>韦思琪</h2><p>学员编号：QY20260417 ｜ 在读班级：少儿英语三阶 ｜ 剩余课时：36</p></div>
      <div class="card">${row('手机', '13912340417')}${row('性别', '女')}</div>`;
    const ctx = context(page, 'https://edu.example/student/detail?studentId=60417', 'zh-CN');
    expect(ctx.fields.customerId?.value).toBe('QY20260417');
    // Not when the code part is no code (a sentence).
    const none = page.replace('QY20260417', '暂无编号');
    expect(
      context(none, 'https://edu.example/student/detail?studentId=60417', 'zh-CN').fields.customerId,
    ).toBeUndefined();
  });

  it('a brokerage’s fund account and a shop’s 顾客卡号 with letters are the customer’s code', () => {
    const broker = `<div class="box"><h3>客户详情</h3>${row('资金账号', '31002258170')}${row('客户姓名', '邵一鸣')}${row('手机', '13722580417')}</div>`;
    expect(values(broker, 'https://crm.example/tg/client/detail', 'zh-CN').customerId).toBe('31002258170');
    const salon = `<div class="l"><h3>谢婉清</h3>${row('顾客卡号', 'MY0018830')}${row('手机', '13600418830')}${row('性别', '女')}</div>`;
    expect(values(salon, 'https://crm.example/salon/customer/archive', 'zh-CN').customerId).toBe('MY0018830');
  });
});

describe('the code where the URL keys no record', () => {
  it('a member’s digits-only card number in a drawer over the list is its code; beside a URL record id it is a card', () => {
    const drawer = `<div class="drawer" role="dialog" aria-modal="true"><h3>会员详情</h3><table class="desc">
      <tr><td class="lbl">会员卡号</td><td>6620 1188 0417</td></tr><tr><td class="lbl">姓名</td><td>温嘉琪</td></tr>
      <tr><td class="lbl">手机号</td><td>13760410417</td></tr><tr><td class="lbl">性别</td><td>女</td></tr></table></div>`;
    expect(values(drawer, 'https://shop.example/member/list?shopId=3301', 'zh-CN').customerId).toBe('6620 1188 0417');
    const keyed = context(drawer, 'https://shop.example/member/detail?memberId=88120417', 'zh-CN');
    expect(keyed.fields.customerId).toBeUndefined();
    expect(keyed.record?.id).toBe('88120417');
    // An id in the URL the reader does not place may be the record's key: the card stays a card.
    expect(
      values(drawer, 'https://shop.example/scrm/customer#/detail?zkUid=5530118842', 'zh-CN').customerId,
    ).toBeUndefined();
  });

  it('the code a details title shows after a dash ("客源详情 — KY…"); not an order’s', () => {
    const page = `<h3>客源详情 — QF2026110418</h3><table><tr><td class="t">客户姓名</td><td>莫志远</td>
      <td class="t">性别</td><td>男</td></tr><tr><td class="t">电话</td><td>13926110418</td></tr></table>`;
    expect(values(page, 'https://erp.example/house/buyers.aspx?store=b01', 'zh-CN').customerId).toBe('QF2026110418');
    const order = page.replace('客源详情', '订单详情');
    expect(values(order, 'https://erp.example/house/buyers.aspx?store=b01', 'zh-CN').customerId).toBeUndefined();
  });
});

describe('a label or a heading is never the value', () => {
  it('a label word in the value column (a <dd>, or a value span among alternating pairs) labels nothing', () => {
    const dl = `<div class="card"><h2>李明远</h2><dl><dt>客户编号</dt><dd>K-2026-0118</dd><dt>客户类型</dt><dd>企业</dd>
      <dt>纳税人识别号</dt><dd>91310115MA1K4TQX2B</dd><dt>电话</dt><dd>021-5588 0118</dd></dl></div>`;
    expect(values(dl, 'https://crm.example/client/detail/118', 'zh-CN').company).toBeUndefined();
    const spans = `<div class="card"><h2>Boulangerie Martin SARL</h2><div class="kv"><span>Type</span><span>Entreprise</span>
      <span>SIRET</span><span>412 118 905 00017</span><span>Téléphone</span><span>01 45 55 01 18</span>
      <span>E-mail</span><span>contact@martin.example</span></div></div>`;
    const v = values(spans, 'https://books.example/clients/7118', 'fr');
    expect(v.company).toBe('Boulangerie Martin SARL');
    expect(v.phone).toBe('0145550118');
  });

  it('a form’s title naming the record kind and an action after it (거래처등록) is no name; 거래처명 is', () => {
    const popup = `<h3>거래처등록 (수정)</h3><table><tr><th>거래처코드</th><td>1308811220</td></tr>
      <tr><th>거래처명</th><td>주식회사 가온물산</td></tr><tr><th>전화</th><td>02-555-0118</td></tr>
      <tr><th>Email</th><td>sales@gaon.example</td></tr></table>`;
    const ctx = context(popup, 'https://erp.example/ECERP/P001?cust=1308811220', 'ko');
    expect(ctx.fields.name?.value).toBe('주식회사 가온물산');
    const untitled = popup.replace('<tr><th>거래처명</th><td>주식회사 가온물산</td></tr>', '');
    expect(context(untitled, 'https://erp.example/ECERP/P001?cust=1308811220', 'ko').fields.name).toBeUndefined();
  });

  it('the title of a list under it ("Latest orders" over a table of orders) is no name', () => {
    const page = `<div class="wrap"><div class="box"><h3>Latest Orders</h3><table><tr><th>Order</th><th>Date</th><th>Items</th></tr>
      <tr><td>#5518</td><td>2026-11-02</td><td>Wool scarf</td></tr><tr><td>#5102</td><td>2026-09-14</td><td>Gloves</td></tr></table></div>
      <div class="card"><div class="r"><span class="k">Mobile</span><span>+44 7700 900118</span></div>
      <div class="r"><span class="k">Email</span><span>nia@morgan.example</span></div>
      <div class="r"><span class="k">City</span><span>Cardiff</span></div></div></div>`;
    expect(values(page, 'https://shop.example/customers/118').name).toBeUndefined();
  });

  it('a title after a web component’s card (its fields in the card’s shadow root) is another box’s', () => {
    const page = `<x-card><template shadowrootmode="open"><div class="c">
      <div class="r"><span class="k">Mobile</span><span>+44 7700 900118</span></div>
      <div class="r"><span class="k">Email</span><span>nia@morgan.example</span></div>
      <div class="r"><span class="k">City</span><span>Cardiff</span></div></div></template></x-card>
      <div class="box"><h3>Recent Tickets</h3><p>None open</p></div>`;
    const v = values(page, 'https://desk.example/customers/118');
    expect(v.email).toBe('nia@morgan.example');
    expect(v.name).toBeUndefined();
  });

  it('a head line naming the record kind, then the name in its own bold element ("客户 / <b>…</b>")', () => {
    const page = `<div class="hd"><span>客户 / </span><b>杭州云栖精密机械制造有限公司</b> <span class="tag">合作中</span></div>
      <div class="card"><h4>基本信息</h4><dl><dt>客户编号</dt><dd>C-2026-0311</dd><dt>电话</dt><dd>0571-8801 2231</dd>
      <dt>地址</dt><dd>浙江省杭州市西湖区云栖小镇11号</dd></dl></div>`;
    const ctx = context(page, 'https://law.example/client/8a1f/detail', 'zh-CN');
    expect(ctx.fields.name?.value).toBe('杭州云栖精密机械制造有限公司');
    expect(ctx.fields.company?.value).toBe('杭州云栖精密机械制造有限公司');
    // Not a breadcrumb's list page ("客户 / 客户列表").
    const list = page.replace('杭州云栖精密机械制造有限公司', '客户列表');
    expect(context(list, 'https://law.example/client/8a1f/detail', 'zh-CN').fields.name).toBeUndefined();
  });
});

describe('names', () => {
  it('a name in parts, each with its caption set under it in one wrapper (<span>value</span><em>caption</em>)', () => {
    const page = `<div class="patient-header"><h1 class="name"><span><span class="given">Anne-Sophie</span><em>Prénom</em></span>
      <span><span class="family">Delorme</span><em>Nom de famille</em></span></h1>
      <div class="meta"><span>Féminin</span> <a href="#">Afficher les coordonnées</a></div>
      <div class="ids"><em>ID du patient</em> <span>200K4Q</span></div></div>`;
    expect(values(page, 'https://emr.example/patient.page?patientId=4471', 'fr').name).toBe('Anne-Sophie Delorme');
  });
});

describe('id numbers by their country’s rule', () => {
  const card = (label: string, value: string, lang: string) =>
    `<div class="card" lang="${lang}"><h2>Test Person</h2>${row(label, value)}${row('Email', 'test.person@mail.example')}
      ${row('Mobile', '+1 415 555 0118')}</div>`;

  it('Israel’s ת.ז. (nine digits, a Luhn check digit)', () => {
    expect(values(card('ת.ז.', '<bdi>123456782</bdi>', 'he'), undefined, 'he').idNumber).toBe('123456782');
    expect(values(card('ת.ז.', '123456789', 'he'), undefined, 'he').idNumber).toBeUndefined();
  });

  it('Iceland’s kennitala (a date, a mod-11 check digit, the century)', () => {
    expect(values(card('Kennitala', '120174-3399', 'is'), undefined, 'is').idNumber).toBe('1201743399');
    expect(values(card('Kennitala', '120174-3389', 'is'), undefined, 'is').idNumber).toBeUndefined();
  });

  it('the Netherlands’ BSN, Belgium’s national number, Norway’s fødselsnummer, a rodné číslo, a CURP, an AMKA', () => {
    const id = (label: string, value: string, lang: string) =>
      values(card(label, value, lang), undefined, lang).idNumber;
    expect(id('BSN', '111222333', 'nl')).toBe('111222333');
    expect(id('BSN', '111222334', 'nl')).toBeUndefined();
    expect(id('Numéro national', '85.07.30-033.28', 'fr-BE')).toBe('85.07.30-033.28');
    expect(id('Numéro national', '85.07.30-033.29', 'fr-BE')).toBeUndefined();
    expect(id('Fødselsnummer', '15038512363', 'nb')).toBe('15038512363');
    expect(id('Rodné číslo', '855315/1233', 'cs')).toBe('855315/1233');
    expect(id('Rodné číslo', '855315/1234', 'cs')).toBeUndefined();
    expect(id('CURP', 'GOMA850315MJCRRN08', 'es-MX')).toBe('GOMA850315MJCRRN08');
    expect(id('CURP', 'GOMA850315MJCRRN07', 'es-MX')).toBeUndefined();
    expect(id('ΑΜΚΑ', '15038501233', 'el')).toBe('15038501233');
  });

  it('a Colombian cédula under Identificación, in its dotted form; a company’s NIT is none', () => {
    expect(values(card('Identificación', '1.037.612.448', 'es-CO'), undefined, 'es-CO').idNumber).toBe('1.037.612.448');
    expect(values(card('Identificación', '900.118.225-3', 'es-CO'), undefined, 'es-CO').idNumber).toBeUndefined();
    expect(values(card('Identificación', 'CC-88120', 'es-CO'), undefined, 'es-CO').idNumber).toBeUndefined();
  });
});
