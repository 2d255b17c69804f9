// Round 22's wrong and invented values, as classes (docs/adapters.md, "Session 22: round 22's wrong values"). Each rule
// on a small page of our own (made-up markup and values, never the held-out pages' own).
import { readGenericValues } from './dom-helpers';

const NOW = new Date('2026-12-02T10:00:00Z');

const read = (body: string, url: string, lang: string) => readGenericValues(body, url, lang, NOW);

const rows = (pairs: [string, string][]) =>
  `<table>${pairs.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('')}</table>`;

describe('a mainland landline cut short is no number', () => {
  const page = (landline: string) =>
    `<main><h2>客户资料</h2>${rows([
      ['客户名称', '甘立群'],
      ['客户编号', 'KH-77120'],
      ['手机号码', '13912764402'],
      ['固定电话', landline],
      ['地址', '江苏省无锡市梁溪区人民中路 88 号'],
    ])}</main>`;

  it('an area code and four digits ("0510-8127") on a mainland page: no phone', () => {
    const v = read(page('0510-8127'), 'https://crm.example/cust/detail?id=77120', 'zh-CN');
    expect(v.mobile).toBe('13912764402');
    expect(v.phone).toBeUndefined();
  });

  it('so under a Chinese label on a page naming no language (in-house systems often name none)', () => {
    const v = read(page('0510-8127'), 'https://crm.example/cust/detail?id=77120', '');
    expect(v.mobile).toBe('13912764402');
    expect(v.phone).toBeUndefined();
  });

  it('Japan’s own plan stays (a free-dial 0120 number under 電話 on a Japanese page)', () => {
    const body = `<main><h2>顧客詳細</h2>${rows([
      ['氏名', '杉浦 千夏'],
      ['顧客番号', 'C-33018'],
      ['電話', '0120-318-442'],
    ])}</main>`;
    expect(read(body, 'https://crm.example/customers/33018', 'ja').phone).toBe('0120318442');
  });

  it('the whole landline (area code and eight digits) is read', () => {
    expect(read(page('0510-8127 6630'), 'https://crm.example/cust/detail?id=77120', 'zh-CN').phone).toBe(
      '051081276630',
    );
  });

  it('another plan’s short number with a trunk 0 stays (Vienna’s 01 and six digits)', () => {
    const body = `<main><h2>Kundendaten</h2>${rows([
      ['Name', 'Leopold Aigner'],
      ['Kundennummer', 'KD-4410'],
      ['Telefon', '01 532418'],
    ])}</main>`;
    expect(read(body, 'https://crm.example/kunden/4410', 'de-AT').phone).toBe('01532418');
  });
});

describe('a typed value’s use tag at the end of an address', () => {
  const page = (address: string) =>
    `<main><h1>Odile Brandt-Sørensen</h1><dl><dt>Birth Date</dt><dd>1981-04-22</dd><dt>Email</dt><dd>odile.bs@post.example</dd><dt>Address</dt><dd><div>${address}</div></dd></dl></main>`;

  it('"… [work]" after the address is the address’s use, no part of it', () => {
    const v = read(
      page('7 Quarry Lane, Unit 2, Portland, ME, 04101, US [work]'),
      'https://crm.example/Patient/a1',
      'en',
    );
    expect(v.address).toBe('7 Quarry Lane, Unit 2, Portland, ME, 04101, US');
  });

  it('a bracketed part inside the address stays', () => {
    const v = read(page('Unit 4 (rear), 9 Mill Lane, Bath BA1 2QT'), 'https://crm.example/Patient/a1', 'en-GB');
    expect(v.address).toBe('Unit 4 (rear), 9 Mill Lane, Bath BA1 2QT');
  });
});

describe('a map link under an address, in any language', () => {
  const page = (lang: string, link: string) =>
    `<main><h2>Kontakt</h2><table class="attributes"><tr><th>Name:</th><td>Tuulikki Rautio</td></tr><tr><th>E-mail:</th><td>tuulikki.r@posti.example</td></tr><tr><th>Address:</th><td>Kauppakatu 3 A 7, 40100 Jyväskylä, Suomi<br><a href="#">${link}</a></td></tr></table></main>`;

  it.each([
    ['fi', 'Näytä kartalla'],
    ['de', 'Auf Karte anzeigen'],
    ['fr', 'Voir sur la carte'],
    ['pl', 'Pokaż na mapie'],
  ])('%s: "%s" is the link’s, not the address’s', (lang, link) => {
    expect(read(page(lang, link), 'https://crm.example/contacts/31', lang).address).toBe(
      'Kauppakatu 3 A 7, 40100 Jyväskylä, Suomi',
    );
  });
});

describe('an address line naming a place is no map link', () => {
  it('"Quartier de la Carte" between the street and the town stays', () => {
    const body = `<main><h2>Client</h2><table class="attributes"><tr><th>Nom :</th><td>Aurélien Bovet</td></tr><tr><th>E-mail :</th><td>a.bovet@courriel.example</td></tr><tr><th>Adresse :</th><td>12 Rue Haute<br>Quartier de la Carte<br>1003 Lausanne</td></tr></table></main>`;
    expect(read(body, 'https://crm.example/clients/52', 'fr-CH').address).toBe(
      '12 Rue Haute, Quartier de la Carte, 1003 Lausanne',
    );
  });
});

describe('the URL’s record id as a card prints it', () => {
  const page = (line: string) =>
    `<div class="card"><div>和康药房 · 会员</div><div>${line}</div></div>${rows([
      ['性别', '男'],
      ['出生日期', '1958-11-02'],
      ['手机号', '13600591872'],
      ['地址', '福建省厦门市思明区湖滨南路 210 号'],
    ])}`;
  const url = 'https://crm.example/h5/#/pages/member/detail?cardNo=660012347788';

  it('"会员卡号 HKF 6600 1234 7788" for cardNo=660012347788: the code shown, not the URL’s digits', () => {
    expect(read(page('会员卡号 HKF 6600 1234 7788'), url, 'zh-CN').customerId).toBe('HKF 6600 1234 7788');
  });

  it('an order’s number with the same digits is that order’s', () => {
    expect(read(page('订单号 6600 1234 7788'), url, 'zh-CN').customerId).toBeUndefined();
  });
});

describe('one number read as the mobile and again as a phone', () => {
  const customer = `<div class="panel"><p class="font-semibold">Bruna Cavalcanti Reis</p><p>E-mail : bruna.cr@caixa.example</p><p>Telefone : +55 21 99876-5432</p><p>Data de nascimento : 1990-07-19</p></div>`;
  const address = (phone: string) =>
    `<div class="panel"><p>Endereço padrão</p><p>Rua do Catete, 311, Rio de Janeiro, 22220-001, RJ, Brasil</p><p>Telefone : ${phone}</p></div>`;

  it('the same number under her default address is no second phone', () => {
    const v = read(customer + address('+55 21 99876-5432'), 'https://crm.example/admin/customers/view/71', 'pt-BR');
    expect(v.mobile).toBe('+5521998765432');
    expect(v.phone).toBeUndefined();
  });

  it('a second number of hers stays a phone', () => {
    const both = customer.replace('</div>', '<p>Telefone fixo : +55 21 2556-0193</p></div>');
    const v = read(both + address('+55 21 99876-5432'), 'https://crm.example/admin/customers/view/71', 'pt-BR');
    expect(v.mobile).toBe('+5521998765432');
    expect(v.phone).toBe('+552125560193');
  });
});

describe('a contact-point list (FHIR’s Telecom): each value with its use in brackets', () => {
  const page = (telecom: string) =>
    `<main><h1>Odile Brandt-Sørensen</h1><dl><dt>Name</dt><dd>Odile Brandt-Sørensen</dd><dt>Birth Date</dt><dd>1981-04-22</dd><dt>Telecom</dt><dd>${telecom}</dd><dt>Address</dt><dd>7 Quarry Lane, Portland, ME, 04101, US</dd></dl><h3>Contact</h3><dl><dt>Relationship</dt><dd>Brother</dd><dt>Telecom</dt><dd><div>+1 207-555-0166 [mobile]</div></dd></dl></main>`;

  it('numbers typed by their use, the e-mail by its shape', () => {
    const v = read(
      page(
        '<div>+1 207-555-0131 [mobile]</div><div>+1 207-555-0178 [home]</div><div>odile.bs@post.example [home]</div>',
      ),
      'https://crm.example/Patient/b7/details',
      'en-US',
    );
    expect(v.mobile).toBe('+12075550131');
    expect(v.phone).toBe('+12075550178');
    expect(v.email).toBe('odile.bs@post.example');
  });
});

describe('a registration form of a hospital (inputs, a required mark, a UUID in the URL)', () => {
  const field = (label: string, inputs: string) =>
    `<article class="form-field"><div class="field-attribute"><label>${label}</label></div><div class="field-value">${inputs}</div></article>`;
  const input = (value: string) => `<input type="text" value="${value}">`;
  const page = (legend: string) =>
    `<form><legend class="legend"><span>${legend}</span></legend>${field(
      'Patient Name<span class="required">*</span>',
      input('Mina') + input('Devi') + input('Gurung'),
    )}${field('Date of Birth', '<input type="date" value="1979-03-08">')}${field('House No., Street', input('Ward 7, Lakeside'))}${field(
      'Village / Tole',
      input('Baidam'),
    )}${field('Municipality', input('Pokhara Metropolitan City'))}${field('District', input('Kaski'))}${field(
      'Province',
      input('Gandaki'),
    )}</form>`;
  const url = 'https://crm.example/registration/index.html#/patient/3f0c2b9e-8d41-4c6a-b7e2-90a1d5f3c812';

  it('"Patient Name" names the patient, her three name inputs one name', () => {
    expect(read(page('KAS100412'), url, 'en').name).toBe('Mina Devi Gurung');
  });

  it('a ward, a tole, a municipality and a province are parts of one address; "House No., Street" is one', () => {
    expect(read(page('KAS100412'), url, 'en').address).toBe(
      'Ward 7, Lakeside, Baidam, Pokhara Metropolitan City, Kaski, Gandaki',
    );
  });

  it('the code alone in the legend is the patient’s code, not the URL’s UUID', () => {
    expect(read(page('KAS100412'), url, 'en').customerId).toBe('KAS100412');
  });

  it('a legend that is no code names none', () => {
    expect(read(page('Patient Information'), url, 'en').customerId).toBeUndefined();
  });
});

describe('a buyer’s box on an agent’s workbench, its title carrying a badge, the order in a box beside it', () => {
  const dl = (pairs: [string, string][]) => `<dl>${pairs.map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`).join('')}</dl>`;
  const page = (title: string) =>
    `<div class="box"><h3>${title}</h3>${dl([
      ['会员编号', 'HM-880417'],
      ['真实姓名', '祁晓芸'],
      ['性别', '女'],
      ['收货地址', '浙江省杭州市西湖区文三路 90 号 东部软件园 2 号楼 5 层'],
    ])}</div><div class="box"><h3>当前订单</h3>${dl([
      ['订单号', '2025112908815502'],
      ['商品', '羊绒围巾 燕麦色'],
      ['付款时间', '2025-11-29 20:15:07'],
    ])}</div>`;
  const url = 'https://crm.example/kefu/workbench?session=C2207';

  it('"买家信息 <span>SVIP</span>" titles the buyer’s record: read, though the page is a workbench', () => {
    const v = read(page('买家信息 <span class="tag">SVIP</span>'), url, 'zh-CN');
    expect(v.name).toBe('祁晓芸');
    expect(v.customerId).toBe('HM-880417');
  });

  it('an untitled box on a workbench stays no customer', () => {
    expect(read(page(''), url, 'zh-CN')).toEqual({});
  });
});
