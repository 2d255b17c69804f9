// Round 27's wrong, invented and missed values, as classes (docs/adapters.md, "Session 26: round 27 opened"). Each rule
// on a small page of our own (made-up markup and values, never the held-out pages' own).
import { pairRows, readGenericValues } from './dom-helpers';

const NOW = new Date('2026-12-03T10:00:00Z');

const read = (body: string, url: string, lang: string) => readGenericValues(body, url, lang, NOW);

const rows = pairRows;

describe('an agent’s own record', () => {
  it('a Malay agent’s profile (/ejen/<id>/profil) with his clients’ plans and dates is no customer', () => {
    const v = read(
      `<main><h1>Ahmad Rizal bin Osman</h1>${rows([
        ['Kod ejen', 'TC-SA-1102'],
        ['Telefon bimbit', '012-384 0071'],
        ['E-mel', 'rizal@agensi.example'],
      ])}<table><tr><th>Peserta</th><th>Pelan</th><th>Tarikh cadangan</th></tr>
<tr><td>Siti N****</td><td>Family Takaful</td><td>18/11/2025</td></tr>
<tr><td>Tan M****</td><td>Medical Plus</td><td>12/11/2025</td></tr></table></main>`,
      'https://crm.example/ejen/TC-SA-1102/profil',
      'ms',
    );
    expect(v).toEqual({});
  });
});

describe('names as they are written', () => {
  it('ruby readings (佐藤<rt>さとう</rt>) are no part of the name, nor 様 after a spaced Japanese name', () => {
    const v = read(
      `<main><h2>顧客詳細</h2>${rows([
        ['顧客番号', 'HR-2025-0042'],
        ['お名前', '<ruby>高橋<rt>たかはし</rt></ruby> <ruby>真一<rt>しんいち</rt></ruby> 様'],
        ['電話番号', '03-5421-0098'],
      ])}</main>`,
      'https://crm.example/customers/HR-2025-0042',
      'ja',
    );
    expect(v.name).toBe('高橋 真一');
  });

  it('a staff number in brackets after an owner’s name is no second spelling of it', () => {
    const v = read(
      `<main><h2>投保人信息</h2>${rows([
        ['投保人', '沈若兰'],
        ['手机', '13905710021'],
        ['服务营销员', '吴承德（A30871）'],
      ])}</main>`,
      'https://crm.example/policy/P33012511180001',
      'zh-CN',
    );
    expect(v.owner).toBe('吴承德');
  });

  it('先生 in the card’s header over a bare name field says male', () => {
    const v = read(
      `<div class="n-card"><div class="n-card-header">杜明远 先生<span class="n-tag">保有客户</span></div>${rows([
        ['姓名', '杜明远'],
        ['手机号码', '137 2584 0016'],
      ])}</div>`,
      'https://crm.example/owner/4471',
      'zh-CN',
    );
    expect(v.gender).toBe('male');
  });
});

describe('words of the page’s language', () => {
  it('Romanian installation address, account owner, service and "Semnat" in a contracts table', () => {
    const v = read(
      `<main><h2>Fișă abonat</h2>${rows([
        ['Nume', 'Popescu'],
        ['Prenume', 'Andrei'],
        ['Telefon mobil', '0744 520 011'],
        ['Adresă instalare', 'Str. Memorandumului nr. 12, Cluj-Napoca'],
        ['Responsabil cont', 'Ioana Pop'],
      ])}<table><tr><th>Serviciu</th><th>Semnat</th><th>Activare</th></tr>
<tr><td>Fibra 1000 (24 luni)</td><td>05.11.2025</td><td>08.11.2025</td></tr></table></main>`,
      'https://crm.example/abonati/18452/fisa',
      'ro',
    );
    expect(v.address).toBe('Str. Memorandumului nr. 12, Cluj-Napoca');
    expect(v.owner).toBe('Ioana Pop');
    expect(v.product).toBe('Fibra 1000 (24 luni)');
    expect(v.signDate).toBe('2025-11-05');
  });

  it('Korean 자택전화, 설치주소 and 담당 플래너; French-Canadian numéro civique and courtier attitré; Levantine الهاتف المتحرك', () => {
    const ko = read(
      `<main><h2>고객 상세</h2>${rows([
        ['고객명', '윤서은'],
        ['휴대폰', '010-5821-0007'],
        ['자택전화', '02-3472-0085'],
        ['설치주소', '서울특별시 서초구 반포대로 201'],
        ['담당 플래너', '정민호'],
      ])}</main>`,
      'https://crm.example/customer/detail.do?custNo=MB-2025-0004',
      'ko',
    );
    expect([ko.phone, ko.address, ko.owner]).toEqual(['0234720085', '서울특별시 서초구 반포대로 201', '정민호']);
    const fr = read(
      `<main><h2>Dossier client</h2>${rows([
        ['Prénom', 'Julie'],
        ['Nom', 'Tremblay'],
        ['Numéro civique', '2145'],
        ['Rue', 'rue Rachel Est'],
        ['Ville', 'Montréal'],
        ['Courtier attitré', 'Marc Gagnon'],
      ])}</main>`,
      'https://crm.example/clients/1182/dossier',
      'fr-CA',
    );
    expect(fr.address).toBe('2145, rue Rachel Est, Montréal');
    expect(fr.owner).toBe('Marc Gagnon');
    const ar = read(
      `<main dir="rtl"><h2>ملف العميل</h2>${rows([
        ['الاسم', 'رنا خليل'],
        ['الهاتف المتحرك', '\u2066+962 79 614 0038\u2069'],
      ])}</main>`,
      'https://crm.example/clients/2210',
      'ar-JO',
    );
    expect(ar.mobile).toBe('+962796140038');
  });
});

describe('typed lists in other layouts', () => {
  it('a card of typed numbers with notes after them, and a card of typed e-mails (Teléfonos, Correos)', () => {
    const v = read(
      `<div class="card"><div class="card-header">Datos</div><div class="card-body">${rows([['Nombre', 'Itzel Olvera']])}</div></div>
<div class="card"><div class="card-header">Teléfonos</div><div class="card-body"><ul>
<li><span class="badge">Celular</span><span>33 1847 0093</span><span class="muted">principal · WhatsApp</span></li>
<li><span class="badge">Casa</span><span>33 3615 0078</span></li>
<li><span class="badge">Celular</span><span>33 2290 0014</span><span class="muted">Mariana (hermana) · contacto de emergencia</span></li>
</ul></div></div>
<div class="card"><div class="card-header">Correos</div><div class="card-body"><ul>
<li><span class="badge">Personal</span><span>itzel@correo.example</span></li>
<li><span class="badge">Trabajo</span><span>iolvera@despacho.example</span></li></ul></div></div>`,
      'https://crm.example/socios/4271/ficha',
      'es-MX',
    );
    expect(v.mobile).toBe('3318470093');
    expect(v.phone).toBe('3336150078');
    expect(v.email).toBe('itzel@correo.example');
  });

  it('a table of typed numbers in disabled inputs, a note naming the spouse (配偶) making a row his', () => {
    const cell = (value: string) => `<td><input disabled value="${value}"></td>`;
    const v = read(
      `<main><h2>客户详情</h2>${rows([['客户姓名', '冉静']])}
<label>电话</label><div><table><thead><tr><th>#</th><th>类型</th><th>号码</th><th>备注</th></tr></thead><tbody>
<tr><td>1</td>${cell('手机')}${cell('139 8325 0061')}${cell('配偶 杨浩')}</tr>
<tr><td>2</td>${cell('手机')}${cell('158 2361 0040')}${cell('本人')}</tr>
<tr><td>3</td>${cell('单位电话')}${cell('0851-84760053')}${cell('工作日')}</tr></tbody></table></div></main>`,
      'https://crm.example/buyer/BA-0417',
      'zh-CN',
    );
    expect(v.mobile).toBe('15823610040');
    expect(v.phone).toBe('085184760053');
  });

  it('a call button after each typed number (拨打) is no note: the numbers and the head line’s code are read as before', () => {
    const tel = (type: string, n: string) =>
      `<div class="tel"><span class="type">${type}</span>${n} <span class="call">拨打</span></div>`;
    const v = read(
      `<div class="box"><div>苏州禾丰机械有限公司</div><div>客户编号：QF-KH-0001387\u3000最近联系：2025-11-27 14:20</div></div>
<div class="box"><h3>基本资料</h3><div class="kv">
<div class="it"><span class="k">客户名称</span><span class="v">苏州禾丰机械有限公司</span></div>
<div class="it"><span class="k">联系电话</span><span class="v">${tel('座机', '0512-6582 0040')}${tel('手机', '13962140058')}</span></div>
<div class="it"><span class="k">负责人</span><span class="v">杜晓</span></div></div></div>`,
      'https://crm.example/crm/customer/detail/1387',
      'zh-CN',
    );
    expect(v.customerId).toBe('QF-KH-0001387');
    expect(v.phone).toBe('051265820040');
    expect(v.mobile).toBe('13962140058');
  });
});
