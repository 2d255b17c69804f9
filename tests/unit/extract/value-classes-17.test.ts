// Round 17's classes of wrong and missed values (docs/adapters.md, "Round 17: values"): each rule on a small page of
// our own (made-up markup and values, never the held-out pages' own).
import { classReader } from './class-page';

const NOW = new Date('2026-11-30T10:00:00Z');
const { values } = classReader('zh-CN', NOW);

describe('a menu bar written without classes is no label and value', () => {
  // The app's brand first, the user last, the current section marked by its own inline colour.
  const bar = (current: string) =>
    `<div class="top"><b>Shopdesk admin</b><span>Orders</span><span>Products</span><span${
      current === 'Members' ? ' style="color:#fff"' : ''
    }>Members</span><span>Boards</span><span>Reports</span><span style="margin-left:auto">Tea House · operator kim</span></div>`;
  const record = `<div class="main"><h2>Mara Quist</h2><table class="kv"><tr><th>Mobile</th><td>+46 70 412 88 31</td></tr>
    <tr><th>Email</th><td>mara@quist.example</td></tr></table></div>`;

  it('"Products" before the marked "Members" is no product', () => {
    expect(values(bar('Members') + record, 'https://shop.example/member/5521', 'en').product).toBeUndefined();
  });

  it('a flat row of labels and values with one value in bold is still read', () => {
    const grid = `<h2>Mara Quist</h2><div class="grid"><span>Product</span><span style="font-weight:600">Garden Plan</span>
      <span>Gender</span><span>Female</span><span>Phone</span><span>+46 70 412 88 31</span></div>`;
    const v = values(grid, 'https://shop.example/customers/5521', 'en');
    expect(v.product).toBe('Garden Plan');
    expect(v.gender).toBe('female');
  });
});

describe('a joining or card-opening date yields to what the record shows bought', () => {
  it('a shop member’s join date gives way to the latest order of the order history', () => {
    const page = `<h3>회원 기본정보</h3><table class="kv"><tr><th>이름</th><td>한소율</td><th>휴대폰</th><td>010-2718-4406</td></tr>
      <tr><th>가입일</th><td>2021-03-14</td><th>이메일</th><td>soyul@mail.example</td></tr></table>
      <h3>최근 주문내역</h3><table class="kv"><tr><th>주문일</th><th>주문번호</th><th>상품명</th><th>결제금액</th></tr>
      <tr><td>2025-10-02</td><td>20251002-0031177</td><td>녹차 티백 50입</td><td>12,900원</td></tr>
      <tr><td>2025-06-20</td><td>20250620-0007712</td><td>유리 티포트</td><td>24,000원</td></tr></table>`;
    const v = values(page, 'https://shop.example/member/view?id=soyul', 'ko');
    expect(v.product).toBe('녹차 티백 50입');
    expect(v.signDate).toBe('2025-10-02');
  });

  it('a card opened with nothing bought is no signing; beside a card bought it still is', () => {
    const card = (extra: string) => `<h3>持卡人信息</h3><table><tr><td class="l">客户名称</td><td>符志远</td>
      <td class="l">联系电话</td><td>13850271164</td></tr><tr><td class="l">办卡日期</td><td>2014-05-09</td>
      <td class="l">卡片状态</td><td>正常</td></tr>${extra}</table>`;
    expect(values(card(''), 'https://card.example/holder?id=77120').signDate).toBeUndefined();
    const bought = card(
      '<tr><td class="l">购买商品</td><td>洗车年卡（24 次）</td><td class="l">备注</td><td>—</td></tr>',
    );
    expect(values(bought, 'https://card.example/holder?id=77120').signDate).toBe('2014-05-09');
  });
});

describe('a policy another person holds is not the record’s purchase', () => {
  it('the latest policy the client holds is the product, not the spouse’s newer one for their child', () => {
    const page = `<div class="card"><h3>基本信息</h3><div><span class="k">客户姓名</span>祁振宇</div>
      <div><span class="k">手机号</span>139 0571 2288</div><div><span class="k">生日</span>1980-02-11</div></div>
      <div class="card"><h3>保单（3）</h3><table><tr><th>产品</th><th>投保人</th><th>被保人</th><th>投保日期</th><th>年缴保费</th></tr>
      <tr><td>福佑终身寿险</td><td>祁振宇</td><td>祁振宇</td><td>2024-05-08</td><td>¥ 6,200</td></tr>
      <tr><td>小雏菊少儿意外险</td><td>汤晓雯</td><td>祁安</td><td>2025-03-19</td><td>¥ 360</td></tr>
      <tr><td>安泰定期寿险</td><td>祁振宇</td><td>祁振宇</td><td>2021-11-30</td><td>¥ 2,100</td></tr></table></div>`;
    const v = values(page, 'https://agent.example/client/detail?id=c_88210');
    expect(v.name).toBe('祁振宇');
    expect(v.product).toBe('福佑终身寿险');
    expect(v.signDate).toBe('2024-05-08');
  });
});

describe('the client’s own contact person is no owner', () => {
  it('a person addressed with 様 under 担当者 is the client’s side', () => {
    const page = `<h2>株式会社みなと印刷</h2><dl><dt>取引先名</dt><dd>株式会社みなと印刷</dd><dt>担当者</dt>
      <dd>竹内 沙織 様（経理部）</dd><dt>電話番号</dt><dd>03-5321-7788</dd></dl>`;
    const v = values(page, 'https://invoice.example/partners/2210', 'ja');
    expect(v.owner).toBeUndefined();
    expect(v.company).toBe('株式会社みなと印刷');
  });

  it('our own person in charge, written bare, is the owner', () => {
    const page = `<h2>株式会社みなと印刷</h2><dl><dt>取引先名</dt><dd>株式会社みなと印刷</dd><dt>担当者</dt>
      <dd>竹内 沙織</dd><dt>電話番号</dt><dd>03-5321-7788</dd></dl>`;
    expect(values(page, 'https://invoice.example/partners/2210', 'ja').owner).toBe('竹内 沙織');
  });
});

describe('the app’s bar naming the signed-in user is no part of the record', () => {
  it('the tenant company beside "User: …" is not the customer’s company', () => {
    const page = `<div class="hd"><b>Gestio ERP</b><span>Azienda: Arredi Fontana S.r.l.</span><span>Utente: l.conti</span></div>
      <div class="ct"><div class="r"><label>Codice cliente</label><span>CL007731</span></div>
      <div class="r"><label>Nome</label><span>Giulia</span><label>Cognome</label><span>Marchi</span></div>
      <div class="r"><label>Cellulare</label><span>+39 348 220 1177</span></div></div>`;
    const v = values(page, 'https://erp.example/clienti/7731', 'it');
    expect(v.company).toBeUndefined();
    expect(v.customerId).toBe('CL007731');
  });
});

describe('a header row drawn apart from its rows is column titles', () => {
  const deals = (head: string) => `<div class="f"><span class="l">Họ tên</span><span>Đỗ Minh Thư</span></div>
    <div class="f"><span class="l">Điện thoại</span><span>0912 447 305</span></div>
    <table><tr${head}><td>Cơ hội</td><td>Sản phẩm</td><td>Giai đoạn</td><td>Giá trị</td></tr>
    <tr><td>Mở rộng kho 2026</td><td>Gói Kho Vận Pro</td><td>Đàm phán</td><td>92.000.000 ₫</td></tr></table>`;

  it('a grey first row of <td> titles: the product is the cell below its title, not the next title', () => {
    const v = values(deals(' style="color:#8a94a6"'), 'https://crm.example/contact/view/55120', 'vi');
    expect(v.product).toBe('Gói Kho Vận Pro');
  });

  it('a form table whose labels and values are drawn differently is still read pair by pair', () => {
    const form = `<table><tr><td style="color:#888">Sản phẩm</td><td>Gói Kho Vận Pro</td><td style="color:#888">Giới tính</td>
      <td>Nữ</td></tr><tr><td style="color:#888">Điện thoại</td><td>0912 447 305</td><td style="color:#888">Họ tên</td>
      <td>Đỗ Minh Thư</td></tr></table>`;
    const v = values(form, 'https://crm.example/contact/view/55120', 'vi');
    expect(v.product).toBe('Gói Kho Vận Pro');
    expect(v.gender).toBe('female');
  });
});

describe('a driving licence’s class is no product', () => {
  it('准驾车型 C1 on a rental member is what she may drive, not what she rented', () => {
    const page = `<h3>会员详情</h3><table><tr><td class="label">会员姓名</td><td>贺雨萌</td><td class="label">手机号</td>
      <td>13912407718</td></tr><tr><td class="label">准驾车型</td><td>C1</td><td class="label">性别</td><td>女</td></tr></table>`;
    expect(values(page, 'https://rent.example/member/8812').product).toBeUndefined();
    const en = `<h2>Lena Holt</h2><div class="f"><label>Phone</label><span>+44 7700 900412</span></div>
      <div class="f"><label>Licence class</label><span>B</span></div>`;
    expect(values(en, 'https://rent.example/member/8812', 'en').product).toBeUndefined();
  });
});

describe('a customer code in another script’s digits', () => {
  it('is written with ASCII digits, as the agent types it into the search', () => {
    const page = `<h2>سلمى الحربي</h2><div class="f"><span class="l">رقم العميل</span><span>C-٢٠٨٣</span></div>
      <div class="f"><span class="l">الجوال</span><span>0551234567</span></div>`;
    expect(values(page, 'https://pos.example/customers/2083', 'ar').customerId).toBe('C-2083');
  });
});

describe('round 16’s values missed inside records read', () => {
  it('a Thai person’s taxpayer number is the citizen id (a company’s, starting 0, is none)', () => {
    const page = (
      id: string,
    ) => `<h2>คุณวรรณา ศรีสุข</h2><div class="row"><span class="k">ชื่อลูกค้า</span><span>วรรณา ศรีสุข</span></div>
      <div class="row"><span class="k">เลขประจำตัวผู้เสียภาษี</span><span>${id}</span></div>
      <div class="row"><span class="k">เบอร์โทรศัพท์</span><span>081-552-7730</span></div>`;
    expect(values(page('3100600123450'), 'https://shop.example/customers/4410', 'th').idNumber).toBe('3100600123450');
    expect(values(page('0105558123456'), 'https://shop.example/customers/4410', 'th').idNumber).toBeUndefined();
  });

  it('Hebrew phone types: mobile, home, and a number typed as the husband’s is none of hers', () => {
    const page = `<h2>מיכל אדלר</h2><table><tr><th>שם הלקוח</th><td>מיכל אדלר</td></tr><tr><th>טלפונים</th><td>
      <div><small>נייד</small><span>050-771-2046</span></div><div><small>בית</small><span>09-861-3390</span></div>
      <div><small>עבודה (בעל)</small><span>052-330-1178</span></div></td></tr></table>`;
    const v = values(page, 'https://crm.example/client/2231', 'he');
    expect(v.mobile).toBe('0507712046');
    expect(v.phone).toBe('098613390');
  });

  it('a consignee table of one line naming the customer gives her address', () => {
    const page = `<div class="kv"><span class="k">真实姓名</span><span>鲁文博</span></div>
      <div class="kv"><span class="k">手机号</span><span>13816620457</span></div>
      <div class="card"><div class="hd">收货地址</div><table><tr><th>收货人</th><th>手机</th><th>地址</th><th></th></tr>
      <tr><td>鲁文博</td><td>13816620457</td><td>上海市 闵行区 七宝镇 漕宝路 1466 号 3 栋 702</td><td>默认</td></tr></table></div>`;
    expect(values(page, 'https://shop.example/admin/member/detail?member_id=5502').address).toBe(
      '上海市 闵行区 七宝镇 漕宝路 1466 号 3 栋 702',
    );
    const other = page.replace('<td>鲁文博</td><td>13816620457</td>', '<td>鲁文静</td><td>13816620458</td>');
    expect(values(other, 'https://shop.example/admin/member/detail?member_id=5502').address).toBeUndefined();
  });

  it('an Iranian national code and a postcode written as one word (کدپستی)', () => {
    const page = `<table><tr><td class="l">نام و نام خانوادگی</td><td>مریم احمدی</td><td class="l">کد ملی</td><td>۰۰۱۰۳۵۰۸۲۹</td></tr>
      <tr><td class="l">استان</td><td>اصفهان</td><td class="l">شهر</td><td>اصفهان</td></tr>
      <tr><td class="l">نشانی</td><td>خیابان چهارباغ، پلاک ۲۱</td><td class="l">کدپستی</td><td>۸۱۷۴۶۷۳۱۱۱</td></tr></table>`;
    const v = values(page, 'https://erp.example/party/3310', 'fa');
    expect(v.idNumber).toBe('0010350829');
    expect(v.address).toBe('اصفهان, اصفهان, خیابان چهارباغ، پلاک ۲۱, ۸۱۷۴۶۷۳۱۱۱');
  });

  it('a billing address block that starts with her titled name: the lines after it', () => {
    const page = `<h1>Dr. Lena Brandt</h1><div class="lbl">Vorname</div><div class="val">Lena</div>
      <div class="lbl">Nachname</div><div class="val">Brandt</div><div class="lbl">Mobil</div><div class="val">0172 5538 104</div>
      <div class="card"><h3>Rechnungsadresse</h3><div class="val">Dr. Lena Brandt<br>Schillerstraße 12<br>04109 Leipzig</div></div>`;
    expect(values(page, 'https://app.example/contacts/9f1c', 'de').address).toBe('Schillerstraße 12, 04109 Leipzig');
  });
});
