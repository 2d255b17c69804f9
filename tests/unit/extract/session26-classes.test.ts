// Session 26: missed values of the opened rounds, as classes (docs/adapters.md, "Session 26: cards held, contracted
// products, signings named at length"). Each rule on a small page of our own (made-up markup and values, never the
// held-out pages' own).
import { pairRows, readGenericValues } from './dom-helpers';

const NOW = new Date('2026-12-03T10:00:00Z');

const read = (body: string, url: string, lang: string) => readGenericValues(body, url, lang, NOW);

const rows = pairRows;

describe('a card held, named by its period or tier, is the product', () => {
  it('会员 "…·年卡" with its 开通日期: product and signing', () => {
    const v = read(
      `<main><h2>用户详情</h2>${rows([
        ['姓名', '柯文斌'],
        ['手机', '13916620481'],
        ['会员', '快跑会员·年卡'],
        ['开通日期', '2025-07-14'],
        ['注册日期', '2020-02-01'],
      ])}</main>`,
      'https://crm.example/user/44120',
      'zh-CN',
    );
    expect(v.product).toBe('快跑会员·年卡');
    expect(v.signDate).toBe('2025-07-14');
    expect(v.name).toBe('柯文斌');
  });

  it('储值卡 by its price tier with 办卡日期: product and signing', () => {
    const v = read(
      `<main><h2>会员详情</h2>${rows([
        ['姓名', '覃雪'],
        ['手机', '18677120934'],
        ['储值卡', '美发季卡 ¥1,000 档'],
        ['办卡日期', '2025-10-03'],
        ['卡余额', '¥620.00'],
      ])}</main>`,
      'https://crm.example/member/3310',
      'zh-CN',
    );
    expect(v.product).toBe('美发季卡 ¥1,000 档');
    expect(v.signDate).toBe('2025-10-03');
  });

  it('a tier (会员: 金卡), a card number or a balance is no product', () => {
    const v = read(
      `<main><h2>会员详情</h2>${rows([
        ['姓名', '覃雪'],
        ['手机', '18677120934'],
        ['会员', '金卡'],
        ['储值卡', '8800 1200 3345'],
        ['会员卡', '余额 ¥320'],
      ])}</main>`,
      'https://crm.example/member/3310',
      'zh-CN',
    );
    expect(v.product).toBeUndefined();
    expect(v.name).toBe('覃雪');
  });
});

describe('what was taken named by its noun and "contracted"', () => {
  it('Catalan "Quota contractada" is the product; "Potencia contratada" is not', () => {
    const v = read(
      `<main><h2>Fitxa de soci</h2>${rows([
        ['Nom', 'Pere Soler i Vidal'],
        ['Mòbil', '+34 622 418 905'],
        ['Quota contractada', 'Quota Jove (sala + classes)'],
      ])}</main>`,
      'https://crm.example/socis/771',
      'ca',
    );
    expect(v.product).toBe('Quota Jove (sala + classes)');
    const w = read(
      `<main><h2>Ficha de cliente</h2>${rows([
        ['Nombre', 'Lucía Ferrer Gil'],
        ['Móvil', '+34 622 418 905'],
        ['Potencia contratada', '4,6 kW'],
      ])}</main>`,
      'https://crm.example/clientes/771',
      'es',
    );
    expect(w.product).toBeUndefined();
  });

  it('a loan kind (贷款品种) is the product', () => {
    const v = read(
      `<main><h2>个人客户</h2>${rows([
        ['客户姓名', '岑国华'],
        ['手机', '13803771290'],
        ['贷款品种', '个人经营贷（惠农快贷）'],
      ])}</main>`,
      'https://crm.example/loan/client/2231',
      'zh-CN',
    );
    expect(v.product).toBe('个人经营贷（惠农快贷）');
  });

  it('"package" as an Indic language borrows it (ചികിത്സാ പാക്കേജ്) is the product', () => {
    const v = read(
      `<main><h2>രോഗി</h2>${rows([
        ['പേര്', 'ലത ഗോപിനാഥ്'],
        ['മൊബൈൽ', '+91 94470 21563'],
        ['ചികിത്സാ പാക്കേജ്', 'ഉഴിച്ചിൽ – 14 ദിവസം'],
      ])}</main>`,
      'https://crm.example/patients/9f2c',
      'ml',
    );
    expect(v.product).toBe('ഉഴിച്ചിൽ – 14 ദിവസം');
  });
});

describe('a signing named at length', () => {
  it('"Signature du contrat PAYG" and "Firma del contrato de suministro" date the signing; an account opened does not', () => {
    const v = read(
      `<main><h2>Fiche client</h2>${rows([
        ['Client', 'Mme Diallo Aminata'],
        ['Mobile', '+221 77 418 22 90'],
        ['Ouverture du compte', '04/02/2023'],
        ['Signature du contrat location-vente', '12/09/2025'],
      ])}</main>`,
      'https://crm.example/clients/5120',
      'fr',
    );
    expect(v.signDate).toBe('2025-09-12');
    const w = read(
      `<main><h2>Ficha de cliente</h2>${rows([
        ['Nombre', 'Lucía Ferrer Gil'],
        ['Móvil', '+34 622 418 905'],
        ['Tarifa', 'Tarifa Fija 24h'],
        ['Firma del contrato de suministro', '03/10/2025'],
      ])}</main>`,
      'https://crm.example/clientes/771',
      'es',
    );
    expect(w.signDate).toBe('2025-10-03');
  });
});

describe('a firm’s people and lines', () => {
  it('a shop’s own line (店面电话) is the phone; the operator’s mobile is his, not the firm’s', () => {
    const v = read(
      `<main><h2>客户档案</h2>${rows([
        ['客户名称', '南宁鲜果汇商行'],
        ['经营者', '韦志刚'],
        ['经营者手机', '138 7712 4405'],
        ['店面电话', '0771-5521 3390'],
      ])}</main>`,
      'https://crm.example/customer/PF-0091',
      'zh-CN',
    );
    expect(v.phone).toBe('077155213390');
    expect(v.mobile).toBeUndefined();
  });

  it('a law firm’s party (当事人) and a buyer named by what was bought (购墓人) name the record’s person', () => {
    const v = read(
      `<main><h2>当事人详情</h2>${rows([
        ['当事人编号', 'ZD-C-0091'],
        ['当事人', '鲁志远'],
        ['联系电话', '13908714425'],
      ])}</main>`,
      'https://crm.example/case/client/91',
      'zh-CN',
    );
    expect(v.name).toBe('鲁志远');
    const w = read(
      `<main><h2>客户档案</h2>${rows([
        ['购墓人', '晏丽芳'],
        ['联系电话', '13991882210'],
      ])}</main>`,
      'https://crm.example/buyer/638',
      'zh-CN',
    );
    expect(w.name).toBe('晏丽芳');
  });
});

describe('typed phone lists, the type first', () => {
  it('two tags (手机 + 主), an extension (转 816) and a relative named in brackets (女儿（雷芳）)', () => {
    const v = read(
      `<main><h2>客户详情</h2><table><tr><td class="label">客户姓名</td><td>伍志</td></tr>
<tr><td class="label">联系电话</td><td><ul>
<li><span class="tag">手机</span><span class="tag">主</span>139 2874 0105</li>
<li><span class="tag">办公</span>0755-8835 2270 转 816</li>
<li><span class="tag">手机</span>186 6630 0047</li>
<li><span class="tag">女儿（伍芳）</span>186 2735 0027</li></ul></td></tr></table></main>`,
      'https://crm.example/client/MT-0871',
      'zh-CN',
    );
    expect(v.mobile).toBe('13928740105');
    expect(v.phone?.startsWith('075588352270')).toBe(true);
  });

  it('a heading over the list ("தொலைபேசி எண்கள்") labels it: கைபேசி (சுய) is his, வீடு a landline, மனைவி (…) his wife’s', () => {
    const v = read(
      `<div class="card"><dl><dt>பெயர்</dt><dd>முருகன் சுந்தரம்</dd></dl>
<h6>தொலைபேசி எண்கள்</h6><ul><li><span class="badge">கைபேசி (சுய)</span> +91 98427 00350</li>
<li><span class="badge">வீடு</span> 0431-243 0018</li><li><span class="badge">மனைவி (லதா)</span> +91 94433 00126</li></ul></div>`,
      'https://crm.example/borrower/30871',
      'ta',
    );
    expect(v.mobile).toBe('+919842700350');
    expect(v.phone).toBe('04312430018');
  });
});

describe('a form of address in the record’s heading', () => {
  it('"محترمہ ⁧…⁩" over a bare name field says female, bidi isolates and all', () => {
    const v = read(
      `<main dir="rtl"><h2>محترمہ \u2067نادیہ فاروق\u2069</h2>${rows([
        ['نام', 'نادیہ فاروق'],
        ['موبائل', '+92 321 4400 187'],
      ])}</main>`,
      'https://crm.example/participants/ATP-0042',
      'ur',
    );
    expect(v.name).toBe('نادیہ فاروق');
    expect(v.gender).toBe('female');
  });
});
