// Round 16's classes of wrong and missed values (docs/adapters.md, "Round 16: values"): each rule on a small page of
// our own (made-up markup and values, never the held-out pages' own).
import { valueBeforeNextPair } from '@/utils/extract/generic/next-pair';
import { classReader } from './class-page';

const NOW = new Date('2026-11-30T10:00:00Z');
const { values } = classReader('zh-CN', NOW);

describe('a value ends where the next "Label: value" pair of its line starts', () => {
  it('a policyholder’s name before the insured’s and the premium, joined by dots, is the name alone', () => {
    const page = `<div class="head"><b>樊雨桐</b></div><div class="policy"><div class="t">安心宝定期寿险</div>
      <div class="m">投保人：樊雨桐 · 受益人：樊雨桐 · 年缴保费 ¥ 3,200 · 缴费年限 10 年</div></div>
      <div class="kv"><span class="k">手机号</span><span>13722418093</span></div>`;
    expect(values(page, 'https://crm.example/agent/client?id=88012').name).toBe('樊雨桐');
  });

  it('a code before a last-contact note after an ideographic space is the code alone', () => {
    const page = `<div class="head"><b>常州润泰包装材料有限公司</b><div class="sub">客户编号：RT-KH-004417\u3000上次跟进：2025-10-09 16:05（微信）</div></div>
      <div class="kv"><span class="k">联系电话</span><span>0519-8866 2140</span></div>`;
    expect(values(page, 'https://crm.example/customer/view/4417').customerId).toBe('RT-KH-004417');
  });

  it('cuts at a Han label with a full-width colon, a separated pair or a wide gap; never inside a value', () => {
    expect(valueBeforeNextPair('樊雨桐 · 受益人：樊雨桐 · 年缴保费 ¥ 3,200')).toBe('樊雨桐');
    expect(valueBeforeNextPair('RT-KH-004417 上次跟进：2025-10-09')).toBe('RT-KH-004417');
    expect(valueBeforeNextPair('Ann Lee    Last call: 2025-10-09')).toBe('Ann Lee');
    expect(valueBeforeNextPair('Ann Lee | Account: Riverside Ltd')).toBe('Ann Lee');
    // A time, a link, a street's number label after one space, a name of three words: one value each.
    expect(valueBeforeNextPair('2025-10-09 16:05（微信）')).toBe('2025-10-09 16:05（微信）');
    expect(valueBeforeNextPair('see https://riverside.example/about')).toBe('see https://riverside.example/about');
    expect(valueBeforeNextPair('Kale Sok. No: 41 D: 3, Beşiktaş')).toBe('Kale Sok. No: 41 D: 3, Beşiktaş');
    expect(valueBeforeNextPair('Mary Ann Lee Smith')).toBe('Mary Ann Lee Smith');
  });
});

describe('the app’s menu is no label and value', () => {
  const menu = (items: string[], on: string, cls = 'left') =>
    `<div class="${cls}">${items.map((w) => `<div${w === on ? ' class="on"' : ''}>${w}</div>`).join('')}</div>`;
  const record = `<div class="main"><h2>Jonas Berg</h2><div class="kv"><span>Phone</span><span>+46 70 412 88 31</span></div>
    <div class="kv"><span>Email</span><span>jonas@berg.example</span></div></div>`;

  it('a column of section words with the current one marked: "Products" over "Customers" is no product', () => {
    const page = menu(['Home', 'Orders', 'Products', 'Customers', 'Reports'], 'Customers') + record;
    const v = values(page, 'https://shop.example/customers/5521', 'en');
    expect(v.product).toBeUndefined();
    expect(v.mobile ?? v.phone).toBe('+46704128831');
    const zh = menu(['概览', '商品', '订单', '会员', '设置'], '会员', 'app-left') + record;
    expect(values(zh, 'https://shop.example/member/5521').product).toBeUndefined();
  });

  it('a flat grid of labels and values (no item marked current) is still read', () => {
    const grid = `<h2>Jonas Berg</h2><div class="grid"><div>Product</div><div>Garden Plan</div><div>Gender</div>
      <div>Male</div><div>Phone</div><div>+46 70 412 88 31</div></div>`;
    const v = values(grid, 'https://shop.example/customers/5521', 'en');
    expect(v.product).toBe('Garden Plan');
    expect(v.gender).toBe('male');
  });
});

describe('a badge beside the name is no name', () => {
  it('the head line’s own text is the name; its qualification and risk tags are badges', () => {
    const page = `<div class="app"><div class="card"><div style="font-size:22px;font-weight:600">柏立群 <span class="tag">专业投资者</span>
      <span class="tag">C5</span></div><div style="color:#999">客户编号 ZX-2020-007713</div></div>
      <div class="card"><h3>基本信息</h3><div class="row">
      <div class="cell"><span class="lb">性别</span><span>男</span></div>
      <div class="cell"><span class="lb">手机</span><span>13522086417</span></div>
      <div class="cell"><span class="lb">联系地址</span><span>上海市徐汇区漕溪北路88号圣爱大厦1203</span></div></div></div></div>`;
    const v = values(page, 'https://wealth.example/customer/detail/ZX-2020-007713');
    expect(v.name).toBe('柏立群');
    expect(v.mobile).toBe('13522086417');
  });
});

describe('the file’s own number, not a card the customer holds', () => {
  const card = (title: string) => `<h4>${title}</h4><table class="form">
    <tr><td class="t">姓名</td><td>邵佳琪</td><td class="t">性别</td><td>女</td></tr>
    <tr><td class="t">手机</td><td>13911250387</td><td class="t">会员卡号</td><td>GOLD2201847</td></tr>
    <tr><td class="t">证件号码</td><td>110105199003071227</td><td class="t">出生日期</td><td>1990-03-07</td></tr>
    <tr><td class="t">地址</td><td colspan="3">北京市朝阳区望京西路48号院3号楼1506</td></tr></table>`;

  it('the URL’s id written in the record’s title beats a lettered member card’s number', () => {
    const v = values(card('宾客档案 — KF0330918'), 'https://pms.example/guest/profile.jsp?guestNo=KF0330918');
    expect(v.customerId).toBe('KF0330918');
  });

  it('a details title’s code beats the card when the URL has no id; the card stays the code when nothing else is', () => {
    expect(values(card('宾客档案 — KF0330918'), 'https://pms.example/guest/profile.jsp').customerId).toBe('KF0330918');
    expect(values(card('宾客档案'), 'https://pms.example/guest/profile.jsp?guestNo=KF0330918').customerId).toBe(
      'GOLD2201847',
    );
  });
});

describe('joining the site is no contract; the subscription’s start is', () => {
  const member = (extra: string) => `<h4>회원 정보</h4><table class="frm">
    <tr><th>아이디</th><td>sunny_haru</td></tr><tr><th>이름</th><td>윤하루</td></tr>
    <tr><th>휴대폰</th><td>010-5521-3307</td></tr><tr><th>가입일</th><td>2023-09-14 20:31</td></tr></table>
    <h4>정기구독</h4><table class="frm"><tr><th>상품</th><td>주간 원두 구독 · 200g</td></tr>${extra}</table>`;

  it('구독 시작일 is the sign date beside 가입일; the member’s 아이디 is the code', () => {
    const v = values(
      member('<tr><th>구독 시작일</th><td>2025-03-10</td></tr>'),
      'https://shop.example/admin/member?idx=5520',
      'ko',
    );
    expect(v.signDate).toBe('2025-03-10');
    expect(v.customerId).toBe('sunny_haru');
    expect(v.name).toBe('윤하루');
  });
});

describe('an address is never the addressee’s name alone', () => {
  it('an address title over a block whose first line is the customer’s name: no address, not her name', () => {
    const page = `<div class="main"><h1>Derya Koç</h1><div class="grid"><div class="card"><h3>Kişisel</h3>
      <div class="kv"><span>E-posta</span><span>derya@koc.example</span></div>
      <div class="kv"><span>Telefon</span><span>+90 216 555 41 20</span></div></div>
      <div class="card addr"><h3>Teslimat Adresi</h3><div>Derya Koç</div><div>T.C. Kimlik No: 10000000146</div>
      <div>Bağdat Cad. 301</div><div>Maltepe / İstanbul</div><div>+90 216 555 41 20</div></div></div></div>`;
    const v = values(page, 'https://shop.example/admin/customers/77012', 'tr');
    expect(v.name).toBe('Derya Koç');
    expect(v.address).not.toBe('Derya Koç');
    expect(v.email).toBe('derya@koc.example');
  });

  it('a Malay office phone ("No. Telefon Pejabat") is the phone', () => {
    const page = `<h2>Nurul Aina binti Hassan</h2><div class="f"><span class="k">No. Telefon Bimbit</span><span>+60 13-229 4410</span></div>
      <div class="f"><span class="k">No. Telefon Pejabat</span><span>+60 3-7781 2290</span></div>
      <div class="f"><span class="k">E-mel</span><span>aina@hassan.example</span></div>`;
    expect(values(page, 'https://books.example/contacts/4410', 'ms').phone).toBe('+60377812290');
  });
});
