// What the customer bought, when, and who looks after them (session 16, docs/adapters.md "Round 16: what was bought"):
// each rule on a small page of our own (made-up markup and values, never the held-out pages' own).
import { classReader } from './class-page';
import { isPrice } from '@/utils/core/normalize/price';
import { isReference } from '@/utils/extract/generic/order-lines';

const NOW = new Date('2026-11-30T10:00:00Z');
const { values } = classReader('en', NOW);

const URL = 'https://crm.example/customers/4471';
const head = (name: string, phone: string, email: string) =>
  `<h1>${name}</h1><div class="box"><div class="row"><span class="k">Phone</span><span>${phone}</span></div>` +
  `<div class="row"><span class="k">Email</span><span>${email}</span></div></div>`;

describe('the latest line of a purchase history', () => {
  it('lines "date · reference · goods · price" under Orders: the latest line gives the product and its date', () => {
    const page = `<main>${head('Marta Quist', '+44 20 7946 0318', 'marta.quist@mail.example')}
      <div class="box"><h3>Recent orders</h3>
        <p>02.09.2026 · SO-2026-0917 · Walnut Desk Organiser · £ 48.00 · delivered</p>
        <p>14.11.2026 · SO-2026-1388 · Ceramic Pour-Over Kettle · £ 72.50 · shipped</p></div></main>`;
    const v = values(page, URL, 'en-GB');
    expect(v.product).toBe('Ceramic Pour-Over Kettle');
    expect(v.signDate).toBe('2026-11-14');
  });

  it('a table of order rows without column titles: the goods are the cell before the price, a status cell is not', () => {
    const page = `<main>${head('Ilse Brandt', '+49 30 5557 2210', 'ilse.brandt@mail.example')}
      <section><h2>Bestellungen</h2><table>
        <tr><td>#B-20931</td><td>21.10.2026</td><td>versendet</td><td>Leinen-Tischdecke ×1</td><td>39,90 €</td></tr>
        <tr><td>#B-20410</td><td>03.06.2026</td><td>zugestellt</td><td>Kerzenhalter Messing ×2</td><td>24,00 €</td></tr>
      </table></section></main>`;
    const v = values(page, URL, 'de');
    expect(v.product).toBe('Leinen-Tischdecke ×1');
    expect(v.signDate).toBe('2026-10-21');
  });

  it('several goods of one order, each with its quantity: the first is the product', () => {
    const page = `<main>${head('陈思妤', '0932-118-604', 'siyu.chen@mail.example')}
      <div class="panel"><h3>消費紀錄</h3>
        <p>2026/11/08 15:02 · 桂花烏龍 ×2、鹹蛋黃酥 ×1 · NT$ 320</p>
        <p>2026/10/30 10:11 · 冷萃咖啡 ×1 · NT$ 130</p></div></main>`;
    const v = values(page, 'https://crm.example/members/88120', 'zh-TW');
    expect(v.product).toBe('桂花烏龍 ×2');
    expect(v.signDate).toBe('2026-11-08');
  });

  it('a line with no price names no goods: nothing is read from it', () => {
    const page = `<main>${head('Tomasz Wójcik', '+48 601 220 418', 'tomasz.wojcik@mail.example')}
      <div class="box"><h3>Orders</h3><p>12.11.2026 · Call back about delivery · Anna Nowak</p>
        <p>01.11.2026 · Order placed · web shop</p></div></main>`;
    const v = values(page, URL, 'en-GB');
    expect(v.product).toBeUndefined();
    expect(v.signDate).toBeUndefined();
  });

  it('dated lines with prices under a heading that names no purchase (an activity feed, payments) are not read', () => {
    const page = `<main>${head('Ruth Okafor', '+44 161 496 0732', 'ruth.okafor@mail.example')}
      <div class="box"><h3>Activity</h3><p>10.11.2026 · Top-up · £ 50.00</p><p>02.11.2026 · Refund · £ 12.00</p></div></main>`;
    const v = values(page, URL, 'en-GB');
    expect(v.product).toBeUndefined();
    expect(v.signDate).toBeUndefined();
  });

  it('a status before the price, a line naming its recipient, or invoices name no goods', () => {
    const status = `<main>${head('Noor Haddad', '+1 415 555 0193', 'noor.haddad@mail.example')}
      <div class="box"><h2>Orders</h2><table><tr><td>#3391</td><td>Oct 30, 2026</td><td>Delivered</td><td>$88.00</td></tr>
        <tr><td>#3208</td><td>Aug 2, 2026</td><td>Delivered</td><td>$41.20</td></tr></table></div></main>`;
    expect(values(status, URL, 'en-US').product).toBeUndefined();
    const recipient = `<main>${head('Oksana Hrytsenko', '+380 67 555 2231', 'oksana.h@mail.example')}
      <div class="box"><h3>Замовлення</h3><ul><li>#5521 · 20.11.2026 · Термос Stanley 1 л · 1 890 ₴ · отримувач: Гриценко Павло</li>
        <li>#5210 · 01.10.2026 · Чашка керамічна · 240 ₴</li></ul></div></main>`;
    expect(values(recipient, URL, 'uk').product).toBeUndefined();
    const invoices = `<main>${head('Atelier Brun SARL', '04 78 55 21 90', 'compta@atelier-brun.example')}
      <div class="box"><h3>Factures</h3><p>F-2026-0311 · 12/11/2026 · Pose de verrière, acompte · 1 800,00 €</p>
        <p>F-2026-0207 · 02/09/2026 · Devis métré · 120,00 €</p></div></main>`;
    expect(values(invoices, URL, 'fr').product).toBeUndefined();
  });

  it('a ledger of more than five dated lines is consumption, not the record’s purchase', () => {
    const lines = [1, 2, 3, 4, 5, 6].map((d) => `<p>0${d}.11.2026 · Espresso ×1 · € 2.40</p>`).join('');
    const page = `<main>${head('Luca Ferri', '+39 02 5550 1187', 'luca.ferri@mail.example')}
      <div class="box"><h3>Purchases</h3>${lines}</div></main>`;
    expect(values(page, URL, 'en-GB').product).toBeUndefined();
  });

  it('a price is digits with a currency; a reference is a short code of four digits or more', () => {
    for (const p of ['US$ 189.00', 'Rp 86.000', '2.384,60 €', '¥ 4,380.00', '₺ 598,00', 'NT$ 290'])
      expect(isPrice(p)).toBe(true);
    for (const p of ['11 kW', 'Wallbox 11 kW', '×2', '2026-11-14']) expect(isPrice(p)).toBe(false);
    for (const r of ['#LH20931', 'INV/AB/2611/0412', '配镜单 PJ202611020044', 'Offerte OFF-2026-221'])
      expect(isReference(r)).toBe(true);
    for (const r of ['蔡司 1.67 单光 + 钛架 TF-3310', 'Walnut Desk Organiser', 'Nieuwe website 2027'])
      expect(isReference(r)).toBe(false);
  });
});

describe('the latest won deal', () => {
  it('a deal under Opportunities that says it was signed, with its closing date: its title and that date', () => {
    const page = `<main>${head('Helena Duarte', '+351 912 440 187', 'helena.duarte@mail.example')}
      <div class="card"><h4>Opportunities</h4>
        <div class="deal"><b>Heat pump 12 kW – townhouse</b><div>€ 14,200 · Stage: contract signed · Closed on 2026-10-09</div></div>
        <div class="deal"><b>Battery storage 10 kWh</b><div>€ 6,900 · Stage: proposal sent</div></div></div></main>`;
    const v = values(page, URL, 'en-GB');
    expect(v.product).toBe('Heat pump 12 kW – townhouse');
    expect(v.signDate).toBe('2026-10-09');
  });

  it('a project line whose offer was accepted on a date: the project and the date', () => {
    const page = `<main>${head('Jansen Installatietechniek', '020 555 1842', 'info@jansen-install.example')}
      <div class="box"><h3>Lopend project</h3><p>Nieuwe website 2027 · Offerte OFF-2026-204 geaccepteerd op 03-11-2026</p></div></main>`;
    const v = values(page, URL, 'nl');
    expect(v.product).toBe('Nieuwe website 2027');
    expect(v.signDate).toBe('2026-11-03');
  });

  it('a deal lost, or one with no date, names nothing bought', () => {
    const lost = `<main>${head('Helena Duarte', '+351 912 440 187', 'helena.duarte@mail.example')}
      <div class="card"><h4>Opportunities</h4>
        <div class="deal"><b>Heat pump 12 kW</b><div>Offer accepted, then lost to a competitor on 2026-10-09</div></div></div></main>`;
    expect(values(lost, URL, 'en-GB').product).toBeUndefined();
    const undated = `<main>${head('Helena Duarte', '+351 912 440 187', 'helena.duarte@mail.example')}
      <div class="card"><h4>Deals</h4><div class="deal"><b>Heat pump 12 kW</b><div>Stage: contract signed</div></div></div></main>`;
    expect(values(undated, URL, 'en-GB').product).toBeUndefined();
  });
});

describe('a signing and a route under their own words', () => {
  const row = (label: string, value: string) => `<tr><th>${label}</th><td>${value}</td></tr>`;

  it("合同签订 alone dates the signing; a travel order's 线路 is what was bought", () => {
    const page = `<table>${row('姓名', '蒲思远')}${row('手机', '13551207364')}${row('线路', '新西兰南岛 12 日')}${row('出团日期', '2027-02-03')}${row('合同签订', '2026-11-20')}</table>`;
    const v = values(page, 'https://crm.example/order/7731', 'zh-CN');
    expect(v.product).toBe('新西兰南岛 12 日');
    expect(v.signDate).toBe('2026-11-20');
  });

  it("a school's 课程包 is what was bought", () => {
    const page = `<table>${row('学员姓名', '祁嘉禾')}${row('家长电话', '13917264405')}${row('课程包', '少儿美术 · 36 课时')}${row('报名日期', '2026-09-01')}</table>`;
    expect(values(page, 'https://crm.example/student/7731', 'zh-CN').product).toBe('少儿美术 · 36 课时');
  });
});

describe('a holdings row dated by its purchase', () => {
  const kv = (a: string, b: string, c: string, d: string) =>
    `<tr><td class="l">${a}</td><td>${b}</td><td class="l">${c}</td><td>${d}</td></tr>`;

  it('"kind | product | 购买日 | date": the product beside the purchase date', () => {
    const page = `<div class="blk"><table>${kv('客户姓名', '宁思琪', '手机号码', '13771204586')}</table></div>
      <div class="blk"><div class="tt">资产一览</div><table>${kv('活期', '6222 0210 0733 5120 118', '余额', '¥ 12,300.00')}${kv('基金', '添利宝货币 A 类', '购买日', '2026-08-14')}</table></div>`;
    const v = values(page, 'https://crm.example/cust/360?id=8812', 'zh-CN');
    expect(v.product).toBe('添利宝货币 A 类');
    expect(v.signDate).toBe('2026-08-14');
  });

  it('a row whose first cell is a field label (an owner beside a date) names no product', () => {
    const page = `<div class="blk"><table>${kv('客户姓名', '宁思琪', '手机号码', '13771204586')}${kv('客户经理', '卫子航', '购买日', '2026-08-14')}</table></div>`;
    expect(values(page, 'https://crm.example/cust/360?id=8812', 'zh-CN').product).toBeUndefined();
  });
});

describe('products of interest and owners under their trade', () => {
  const row = (label: string, value: string) => `<tr><th>${label}</th><td>${value}</td></tr>`;

  it('a Japanese lead’s 興味のある製品 and a clinic visitor’s 咨询项目 are the product when nothing is bought', () => {
    const ja = `<table>${row('氏名', '早川 莉子')}${row('携帯電話', '080-2231-5570')}${row('興味のある製品', '卓上型 レーザー加工機 LX-40')}</table>`;
    expect(values(ja, 'https://crm.example/contacts/301', 'ja').product).toBe('卓上型 レーザー加工機 LX-40');
    const zh = `<table>${row('姓名', '柯雨桐')}${row('手机', '13760218843')}${row('咨询项目', '隐形矫正')}</table>`;
    expect(values(zh, 'https://crm.example/visitor/301', 'zh-CN').product).toBe('隐形矫正');
    const bought = `<table>${row('姓名', '柯雨桐')}${row('手机', '13760218843')}${row('咨询项目', '隐形矫正')}${row('购买项目', '冷光美白')}</table>`;
    expect(values(bought, 'https://crm.example/visitor/301', 'zh-CN').product).toBe('冷光美白');
  });

  it('a pharmacy’s 责任药师, a matchmaker’s 专属红娘 and a bank’s 管户经理 are the owner', () => {
    for (const label of ['责任药师', '专属红娘', '管户经理']) {
      const page = `<table>${row('姓名', '卢佳慧')}${row('手机', '13905716628')}${row(label, '房文博')}</table>`;
      expect(values(page, 'https://crm.example/member/301', 'zh-CN').owner).toBe('房文博');
    }
  });
});
