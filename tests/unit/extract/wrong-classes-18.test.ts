// Session 18's classes of wrong values (docs/adapters.md, "Session 18: wrong values"): each rule on a small page of
// our own (made-up markup and values, never the held-out pages' own).
import { classReader } from './class-page';

const NOW = new Date('2026-12-01T10:00:00Z');
const { values } = classReader('zh-CN', NOW);

const kv = (rows: [string, string][]) =>
  `<table class="kv">${rows.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('')}</table>`;

describe("a shipment's recipient is another party when the card names its customer", () => {
  const card = kv([
    ['月结账号', '021-MJ-550713'],
    ['寄件客户', '上海禾丰包装材料有限公司'],
    ['联系电话', '021-5480 2231'],
    ['寄件地址', '上海市闵行区莘庄工业区春东路88号'],
    ['客户经理', '顾晓峰'],
    ['框架合同签署', '2025-06-18'],
  ]);
  const waybill = `<h4>当前运单</h4>${kv([
    ['运单号', 'YT7731 0045 2219'],
    ['收件人', '冯志成 158 0217 3364'],
    ['收件地址', '浙江省宁波市鄞州区天童南路588号'],
  ])}`;

  it('the shipper customer is the name, her address the address; the recipient’s are not read', () => {
    const v = values(card + waybill, 'https://desk.example/agent/workbench');
    expect(v.name).toBe('上海禾丰包装材料有限公司');
    expect(v.address).toBe('上海市闵行区莘庄工业区春东路88号');
  });

  it('the monthly settlement account is the code, the agreement signed its date', () => {
    const v = values(card + waybill, 'https://desk.example/agent/workbench');
    expect(v.customerId).toBe('021-MJ-550713');
    expect(v.signDate).toBe('2025-06-18');
  });

  it('a shop order’s recipient alone is still the customer', () => {
    const order = kv([
      ['订单号', 'DD20251102-3318'],
      ['收货人', '冯志成'],
      ['手机', '158 0217 3364'],
      ['收货地址', '浙江省宁波市鄞州区天童南路588号'],
    ]);
    const v = values(order, 'https://shop.example/order/3318');
    expect(v.name).toBe('冯志成');
    expect(v.address).toBe('浙江省宁波市鄞州区天童南路588号');
  });
});

describe('a licence class enrolled for yields to the course bought', () => {
  const rows: [string, string][] = [
    ['学员编号', 'XY-2025-0871'],
    ['姓名', '蒋雨桐'],
    ['手机号', '139 0521 7784'],
    ['报考车型', 'C2 自动挡'],
    ['报名班型', 'C2 普通班'],
    ['报名日期', '2025-10-12'],
  ];

  it('the class bought is the product', () => {
    expect(values(kv(rows), 'https://school.example/student/871').product).toBe('C2 普通班');
  });

  it('alone, the licence class enrolled for is still read', () => {
    const alone = rows.filter(([l]) => l !== '报名班型');
    expect(values(kv(alone), 'https://school.example/student/871').product).toBe('C2 自动挡');
  });
});

describe("a package section's name column is what was bought, before the customer's own car", () => {
  const owner = `<h4>车主信息</h4>${kv([
    ['车主姓名', '闫国栋'],
    ['手机号', '13805718826'],
    ['客户编号', 'CX-0571-2290'],
  ])}`;
  const car = `<h4>车辆</h4>${kv([
    ['车型', '丰田 凯美瑞 2021款 2.0G'],
    ['VIN', 'LVGBE40K8MG118830'],
  ])}`;
  const packages = `<h4>套餐卡</h4><table><tr><th>名称</th><th>办理日期</th><th>剩余</th></tr>
    <tr><td>四轮定位 3 次卡</td><td>2025-09-30</td><td>2 次</td></tr></table>`;

  it('the package is the product, its date the signing', () => {
    const v = values(owner + car + packages, 'https://shop.example/car-owner/2290');
    expect(v.product).toBe('四轮定位 3 次卡');
    expect(v.signDate).toBe('2025-09-30');
  });

  it('with no package, the car is still read', () => {
    expect(values(owner + car, 'https://shop.example/car-owner/2290').product).toBe('丰田 凯美瑞 2021款 2.0G');
  });

  it('a bare name column under another title names no product', () => {
    const people = `<h4>联系人</h4><table><tr><th>名称</th><th>办理日期</th><th>备注</th></tr>
      <tr><td>闫小婷</td><td>2025-09-30</td><td>女儿</td></tr></table>`;
    expect(values(owner + car + people, 'https://shop.example/car-owner/2290').product).toBe('丰田 凯美瑞 2021款 2.0G');
  });
});

describe('Serbian address and partner words', () => {
  const page = `<h3>Партнер</h3><table class="info"><tr><th>Шифра партнера</th><td>PT-00931</td>
    <th>Назив</th><td>Житопромет д.о.о.</td></tr>
    <tr><th>Адреса</th><td>Булевар ослобођења 112</td><th>Пошта</th><td>21000 Нови Сад</td></tr>
    <tr><th>Држава</th><td>Србија</td><th>Е-пошта</th><td>office@zitopromet.example</td></tr></table>`;

  it('the post (postcode and town) is a part of the address, the e-mail still the e-mail', () => {
    const v = values(page, 'https://erp.example/subject/PT-00931', 'sr');
    expect(v.address).toBe('Булевар ослобођења 112, 21000 Нови Сад, Србија');
    expect(v.email).toBe('office@zitopromet.example');
  });

  it('the partner code is the customer code', () => {
    expect(values(page, 'https://erp.example/subject/PT-00931', 'sr').customerId).toBe('PT-00931');
  });
});

describe("a participant's scheme number is her code", () => {
  it('an NDIS number beats the URL id', () => {
    const page = `<h1>Maree Whitcombe</h1><dl><dt>NDIS number</dt><dd>438 117 902</dd><dt>Date of birth</dt>
      <dd>02/07/1988</dd><dt>Mobile</dt><dd>0413 555 218</dd></dl>`;
    expect(values(page, 'https://portal.example/admin/participants/3381', 'en-AU').customerId).toBe('438 117 902');
  });
});

describe('a flag cell under an address title is no part of the address', () => {
  it('"✓" under Rechnungsadresse is left out', () => {
    const page = `<h1>Bäckerei Lindner GmbH</h1><table class="kv"><tr><th>Kundennummer</th><td>K-3390</td></tr>
      <tr><th>Telefon</th><td>+49 89 2315 44</td></tr></table>
      <table class="table"><thead><tr><th>Straße und Nr.</th><th>PLZ</th><th>Ort</th><th>Rechnungsadresse</th></tr></thead>
      <tbody><tr><td>Lindwurmstraße 12</td><td>80337</td><td>München</td><td>✓</td></tr></tbody></table>`;
    expect(values(page, 'https://erp.example/bpartner/3390', 'de').address).toBe('Lindwurmstraße 12, 80337, München');
  });
});
