// General classes of misses seen on CRMs the extractor was not written against (docs/benchmarks.md,
// "Generalisation"): each rule is shown on a small page of its own, never on a held-out page.
import { extractCustomer } from '@/utils/extract';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-11-27T10:00:00Z');
const read = (html: string, url = 'https://crm.example/x', lang = 'zh-CN') =>
  extractCustomer(parsePage(`<html lang="${lang}"><body>${html}</body></html>`), url, NOW, undefined, {
    adapters: [],
  });
const values = (html: string, url?: string, lang?: string) =>
  Object.fromEntries(Object.entries(read(html, url, lang).fields).map(([k, v]) => [k, v.value]));

const PERSON = `<div class="detail"><h1>张三</h1><dl>
  <dt>手机</dt><dd>13800138000</dd><dt>邮箱</dt><dd>zs@example.com</dd></dl></div>`;

describe('the record id in the URL is the record, never a customer code', () => {
  const record = (html: string, url: string) => read(html, url).record;
  it('takes the id from the path, the query or the hash route as context.record; customerId stays empty', () => {
    expect(record(PERSON, 'https://crm.example/contacts/view/4711')).toMatchObject({ id: '4711', from: 'url' });
    expect(record(PERSON, 'https://crm.example/card.php?id=38')).toMatchObject({ id: '38', from: 'url' });
    expect(record(PERSON, 'https://crm.example/#/customer/detail?dataId=99812')?.id).toBe('99812');
    expect(values(PERSON, 'https://crm.example/contacts/view/4711').customerId).toBeUndefined();
  });

  it('a code the page shows is the customerId, the URL id the record', () => {
    const html = PERSON.replace('</dl>', '<dt>客户编号</dt><dd>KH-2026-0001</dd></dl>');
    const ctx = read(html, 'https://crm.example/contacts/view/4711');
    expect(ctx.fields.customerId?.value).toBe('KH-2026-0001');
    expect(ctx.record).toMatchObject({ id: '4711', from: 'url' });
  });

  it('a page with no customer gets no id from its URL', () => {
    const ctx = read('<p>欢迎</p>', 'https://crm.example/contacts/view/4711');
    expect(ctx.fields).toEqual({});
    expect(ctx.record).toBeUndefined();
  });
});

describe("a company's own fields are read by what their labels end with", () => {
  it("product, sign date and owner worded the company's way (zh-CN)", () => {
    const v = values(`<div class="detail"><h1>李雷</h1><table>
      <tr><td>手机</td><td>13900001111</td></tr><tr><td>报读课程</td><td>高级会计实务</td></tr>
      <tr><td>成交日期</td><td>2026/3/8</td></tr><tr><td>专管业务员</td><td>韩梅梅（工号 S0042）</td></tr>
      <tr><td>产品类型</td><td>培训</td></tr><tr><td>合同到期日期</td><td>2027-03-08</td></tr></table></div>`);
    expect(v).toMatchObject({ product: '高级会计实务', signDate: '2026-03-08', owner: '韩梅梅' });
  });

  it('English custom labels: Loan Product, Agreement Signed, Member Adviser; never an end date or a type', () => {
    const v = values(
      `<div class="detail"><h1>Ann Lee</h1><dl><dt>Email</dt><dd>ann@example.com</dd>
      <dt>Loan Product</dt><dd>Home Loan 5yr</dd><dt>Agreement Signed</dt><dd>Oct 2, 2025</dd>
      <dt>Member Adviser</dt><dd>Bethan Hughes</dd><dt>Product Type</dt><dd>Loan</dd>
      <dt>Contract End Date</dt><dd>Oct 2, 2030</dd><dt>Parent Sales Person</dt><dd>West</dd></dl></div>`,
      undefined,
      'en',
    );
    expect(v).toMatchObject({ product: 'Home Loan 5yr', signDate: '2025-10-02', owner: 'Bethan Hughes' });
  });

  it('Traditional Chinese labels read like simplified ones', () => {
    const v = values(`<div class="detail"><dl><dt>客戶名稱</dt><dd>陳小美</dd><dt>行動電話</dt><dd>0912-555-318</dd>
      <dt>電子郵件</dt><dd>mei@example.com</dd><dt>負責業務</dt><dd>張家豪</dd><dt>購買方案</dt><dd>安心醫療險</dd></dl></div>`);
    expect(v).toMatchObject({ name: '陳小美', email: 'mei@example.com', owner: '張家豪', product: '安心醫療險' });
  });
});

describe('an address split over neighbouring fields is read whole', () => {
  it('country, province, city before the street field', () => {
    const v = values(`<div class="detail"><h1>张三</h1><dl><dt>手机</dt><dd>13800138000</dd>
      <dt>国家</dt><dd>中国</dd><dt>省份</dt><dd>江苏省</dd><dt>城市</dt><dd>南京市</dd>
      <dt>地址</dt><dd>玄武区中山路1号</dd><dt>邮箱</dt><dd>zs@example.com</dd></dl></div>`);
    expect(v.address).toBe('中国, 江苏省, 南京市, 玄武区中山路1号');
  });

  it('an Address field followed by City, State, Postal Code, Country', () => {
    const v = values(
      `<div class="detail"><h1>Ann Lee</h1><dl><dt>Email</dt><dd>ann@example.com</dd><dt>Address</dt><dd>22 High St</dd>
      <dt>City</dt><dd>Leeds</dd><dt>Postal Code</dt><dd>LS1 4AP</dd><dt>Country</dt><dd>UK</dd></dl></div>`,
      undefined,
      'en',
    );
    expect(v.address).toBe('22 High St, Leeds, LS1 4AP, UK');
  });

  it('a part separated from the street by another field is not part of it', () => {
    const v =
      values(`<div class="detail"><h1>张三</h1><dl><dt>国家地区</dt><dd>德国</dd><dt>座机</dt><dd>+49 40 5555 0371</dd>
      <dt>详细地址</dt><dd>Großer Burstah 31, 20457 Hamburg, Germany</dd><dt>邮箱</dt><dd>zs@example.com</dd></dl></div>`);
    expect(v.address).toBe('Großer Burstah 31, 20457 Hamburg, Germany');
  });
});

describe('values with their labels or contact lines inside', () => {
  it('a value cell that starts with its own label or the address type drops that line', () => {
    const v = values(
      `<div class="detail"><h1>Ann Lee</h1><dl><dt>Email</dt><dd>ann@example.com</dd>
      <dt>Address</dt><dd><span>Actual address</span><div>ul. Długa 45/3, 80-831 Gdańsk</div></dd></dl></div>`,
      undefined,
      'en',
    );
    expect(v.address).toBe('ul. Długa 45/3, 80-831 Gdańsk');
  });

  it('a company cell listing its phone under the name gives the name only', () => {
    const v = values(
      `<div class="detail"><h1>Ann Lee</h1><dl><dt>Email</dt><dd>ann@example.com</dd>
      <dt>Company</dt><dd><a href="/company/4">Amber Trade Ltd</a><div><a href="tel:+48225550117">+48 22 555 01 17</a></div></dd></dl></div>`,
      undefined,
      'en',
    );
    expect(v.company).toBe('Amber Trade Ltd');
  });

  it('"Name" beside a separate "Last name" field is the first name', () => {
    const v = values(
      `<html><head><title>Ewa Nowak</title></head><body><div class="detail"><dl><dt>Name</dt><dd>Ewa</dd><dt>Last name</dt><dd>Nowak</dd>
      <dt>Email</dt><dd>ewa@example.com</dd><dt>Mobile</dt><dd>+48 600 100 200</dd></dl></div></body></html>`,
      undefined,
      'en',
    );
    expect(v.name).toBe('Ewa Nowak');
  });
});

describe("a sales rep's page is not a customer", () => {
  it('by its URL or its employee labels', () => {
    const page = `<div class="form"><h1>Ravi Desh</h1><dl><dt>Sales Person Name</dt><dd>Ravi Desh</dd>
      <dt>Employee</dt><dd>HR-EMP-00041</dd><dt>Commission Rate</dt><dd>2.5%</dd>
      <dt>Mobile No</dt><dd>+91 98190 55214</dd><dt>Email</dt><dd>ravi@example.com</dd></dl></div>`;
    expect(read(page, 'https://crm.example/app/sales-person/Ravi', 'en').fields).toEqual({});
    expect(read(page, 'https://crm.example/app/thing/Ravi', 'en').fields).toEqual({});
  });
});

describe('legacy and frameset-era pages', () => {
  it('an upper-case TABLE whose first row is one section title is a record, not a list', () => {
    const v = values(`<TABLE class="ViewForm"><TBODY><TR class="Title"><TH colSpan=4>基本信息</TH></TR>
      <TR><TD>名称</TD><TD class="field">杜小清</TD><TD>性别</TD><TD class="field">女</TD></TR>
      <TR style="height:1px"><TD class="Line" colSpan=4></TD></TR>
      <TR><TD>移动电话</TD><TD class="field">13983405521</TD><TD>签约日期</TD><TD class="field">2025-07-22</TD></TR>
      </TBODY></TABLE>`);
    expect(v).toMatchObject({ name: '杜小清', gender: 'female', mobile: '13983405521', signDate: '2025-07-22' });
  });

  it('rows of a form table holding different fields are not cards of a list', () => {
    const v = values(
      `<table class="tblForm"><tr><td>客户编码</td><td>0100452</td><td>客户名称</td><td>合肥安居商贸有限公司</td></tr>
      <tr><td>联系人</td><td>方志明</td><td>手机</td><td>13805697214</td></tr>
      <tr><td>Email地址</td><td>fang@example.com</td><td>专管业务员</td><td>吕建华</td></tr></table>`,
      'https://crm.example/customer/CusView.asp?cCusCode=0100452&from=list',
    );
    expect(v).toMatchObject({ customerId: '0100452', name: '合肥安居商贸有限公司', email: 'fang@example.com' });
  });

  it('where the agent came from (from=list) does not make the record a list', () => {
    const html = `<div class="detail"><h1>张三</h1><p>手机：13800138000</p><p>产品：稳健理财A</p></div>`;
    expect(values(html, 'https://crm.example/cust/view.asp?code=9&from=list').mobile).toBe('13800138000');
  });
});

describe('RTL pages and Taiwan conventions', () => {
  it('a side box of "label: value" lines is the record, a side bar of links is navigation', () => {
    const ctx = read(
      `<nav class="sidebar"><a href="/a">לוח בקרה</a><a href="/b">אנשי קשר</a></nav>
      <div class="profile-sidebar"><h1><span>נועה לוי</span> <span>(נונו)</span></h1>
      <div class="sidebar-box"><ul><li><a href="mailto:noa@example.com">noa@example.com</a></li></ul></div>
      <div class="sidebar-box"><ul><li>מוצר: מנוי שנתי</li><li>תאריך חתימה: 11/05/2025</li><li>נציג: Avi Cohen</li></ul></div></div>`,
      'https://crm.example/people/x',
      'he',
    );
    const v = Object.fromEntries(Object.entries(ctx.fields).map(([k, f]) => [k, f.value]));
    expect(v).toMatchObject({ name: 'נועה לוי', product: 'מנוי שנתי', signDate: '2025-05-11', owner: 'Avi Cohen' });
  });

  it('ROC (民國) dates and a Taiwan national id', () => {
    const v = values(`<div class="detail"><dl><dt>客戶名稱</dt><dd>陳小美</dd><dt>生日</dt><dd>民國72年05月14日</dd>
      <dt>身分證字號</dt><dd>A220415831</dd><dt>簽約日期</dt><dd>114/03/20</dd><dt>行動電話</dt><dd>0912-555-318</dd></dl></div>`);
    expect(v).toMatchObject({ birthDate: '1983-05-14', idNumber: 'A220415831', signDate: '2025-03-20' });
    const bad = values(`<div class="detail"><dl><dt>客戶名稱</dt><dd>陳小美</dd><dt>身分證字號</dt><dd>A220415832</dd>
      <dt>行動電話</dt><dd>0912-555-318</dd></dl></div>`);
    expect(bad.idNumber).toBeUndefined();
  });
});
