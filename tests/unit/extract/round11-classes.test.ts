// Classes of wrong and invented values seen on round 11 of the held-out pages (docs/adapters.md, "Round 11 classes"):
// each rule on a small page of our own (made-up markup and values, never the held-out pages' own).
import { classReader } from './class-page';

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
