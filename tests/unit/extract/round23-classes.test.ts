// Round 23's wrong values, as classes (docs/adapters.md, "Session 23: round 23's wrong values"). Each rule on a small
// page of our own (made-up markup and values, never the held-out pages' own).
import { readGenericValues } from './dom-helpers';

const NOW = new Date('2026-12-02T10:00:00Z');

const read = (body: string, url: string, lang: string) => readGenericValues(body, url, lang, NOW);

const rows = (pairs: [string, string][]) =>
  `<table>${pairs.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('')}</table>`;

describe('what was bought beats what was wanted', () => {
  it('a dealer’s vehicle of the deal (成交车辆) is the product, not the models of interest (意向车型)', () => {
    const v = read(
      `<main><h2>客户详情</h2>${rows([
        ['客户姓名', '包振宇'],
        ['手机', '13822019473'],
        ['意向车型', '大众迈腾 / 丰田亚洲龙'],
        ['成交车辆', '2022 款 丰田亚洲龙 2.0L 进取版'],
      ])}</main>`,
      'https://crm.example/buyer/8812',
      'zh-CN',
    );
    expect(v.product).toBe('2022 款 丰田亚洲龙 2.0L 进取版');
  });

  it('an agreement’s name (协议名称) is the product; last season’s agreement (上季协议) is none', () => {
    const v = read(
      `<main><h2>客户详情</h2>${rows([
        ['客户姓名', '蒙德全'],
        ['手机', '15807714420'],
        ['协议名称', '2026 春耕化肥供应协议'],
        ['上季协议', '2025 秋种种子协议（已结清）'],
      ])}</main>`,
      'https://crm.example/grower/311',
      'zh-CN',
    );
    expect(v.product).toBe('2026 春耕化肥供应协议');
  });

  it('last year’s agreement alone names no product', () => {
    const v = read(
      `<main><h2>客户详情</h2>${rows([
        ['客户姓名', '蒙德全'],
        ['手机', '15807714420'],
        ['上年协议', '2025 秋种种子协议（已结清）'],
      ])}</main>`,
      'https://crm.example/grower/311',
      'zh-CN',
    );
    expect(v.product).toBeUndefined();
  });
});

describe('a commitment’s start is the signing date, a line’s first subscription is not', () => {
  it('Turkish: Taahhüt Başlangıcı beats Abonelik Tarihi', () => {
    const v = read(
      `<main><h2>Abone Detayı</h2><dl><dt>Ad Soyad</dt><dd>Mert Aydın</dd><dt>Abonelik Tarihi</dt><dd>12.03.2014</dd>
       <dt>Taahhüt Başlangıcı</dt><dd>01.09.2025</dd></dl></main>`,
      'https://crm.example/abone/5521',
      'tr',
    );
    expect(v.signDate).toBe('2025-09-01');
  });

  it('the subscription date alone is still read', () => {
    const v = read(
      `<main><h2>Abone Detayı</h2><dl><dt>Ad Soyad</dt><dd>Mert Aydın</dd><dt>Abonelik Tarihi</dt><dd>12.03.2014</dd></dl></main>`,
      'https://crm.example/abone/5521',
      'tr',
    );
    expect(v.signDate).toBe('2014-03-12');
  });
});

describe('an emergency contact in the record’s own phone list is someone else', () => {
  it('手机 / 家庭 / 紧急联系人·配偶 tags: her mobile and landline, not the spouse’s', () => {
    const v = read(
      `<main><h2>客户详情</h2><table><tr><td class="label">客户姓名</td><td>饶静怡</td></tr>
       <tr><td class="label">联系电话</td><td><ul>
         <li><span class="tag">手机</span>137 2004 6618</li>
         <li><span class="tag">家庭</span>020-3861 2275</li>
         <li><span class="tag">紧急联系人·配偶</span>135 1188 0392</li></ul></td></tr></table></main>`,
      'https://crm.example/renewal/4410',
      'zh-CN',
    );
    expect(v.mobile?.replace(/\D/g, '')).toBe('13720046618');
    expect(v.phone?.replace(/\D/g, '')).toBe('02038612275');
  });
});

describe('a company’s registered region and its street are one address', () => {
  it('注册地区 (a cascader’s 省 / 市 / 区) then 详细地址', () => {
    const v = read(
      `<main><h2>客户详情</h2>${rows([
        ['客户名称', '嘉兴澄明光电有限公司'],
        ['联系电话', '0573-8221 6604'],
        ['注册地区', '浙江省 / 嘉兴市 / 南湖区'],
        ['详细地址', '亚太路 906 号 3 幢 210 室'],
      ])}</main>`,
      'https://crm.example/customer/detail/77',
      'zh-CN',
    );
    expect(v.address).toContain('浙江省');
    expect(v.address).toContain('亚太路 906 号');
  });
});

describe('a card number names the record (Polish karta pacjenta)', () => {
  it('Nr karty beats the URL’s bare id', () => {
    const v = read(
      `<main><h1>Karta pacjenta</h1><div><label for="a">Imię i nazwisko</label><input id="a" value="Teresa Mazur" readonly></div>
       <div><label for="b">Nr karty</label><input id="b" value="GAB/2019/0412" readonly></div>
       <div><label for="c">Telefon</label><input id="c" value="+48 512 330 871" readonly></div></main>`,
      'https://crm.example/pacjenci/karta/412',
      'pl',
    );
    expect(v.customerId).toBe('GAB/2019/0412');
  });
});
