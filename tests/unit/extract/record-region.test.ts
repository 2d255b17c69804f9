// One record, one region: list pages, dashboards, dialogs, hidden parts, user pages (docs/adapters.md).
import { extractCustomer } from '@/utils/extract';
import { isHidden, readLines } from '@/utils/extract/dom';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-11-27T10:00:00Z');
const read = (html: string, url = 'https://crm.example/x') =>
  extractCustomer(parsePage(`<html><body>${html}</body></html>`), url, NOW, undefined, { adapters: [] });
const values = (html: string, url?: string) =>
  Object.fromEntries(Object.entries(read(html, url).fields).map(([k, v]) => [k, v.value]));

const RECORD = `<div class="detail"><h1>张三</h1><dl>
  <dt>手机</dt><dd>13800138000</dd><dt>身份证号</dt><dd>11010519491231002X</dd>
  <dt>产品</dt><dd>稳健理财A</dd><dt>签约日期</dt><dd>2026-11-20</dd></dl></div>`;

describe('a page of many records names no customer', () => {
  it('a list page with a "key customer" card, a to-do list, recent links and a closed dialog', () => {
    const ctx = read(
      `<h1>客户列表</h1>
      <div class="card"><h3>重点客户</h3><p>手机：13900000001</p><p>产品：稳健理财A</p><p>签约日期：2026-11-02</p></div>
      <div class="card"><h3>待办</h3><ul><li><a href="/c?id=11">李四</a> 回访</li><li><a href="/c?id=12">王五</a> 回访</li></ul></div>
      <table><thead><tr><th>姓名</th><th>手机</th></tr></thead><tbody>
      <tr><td><a href="/c?id=11">李四</a></td><td>13900000002</td></tr><tr><td><a href="/c?id=12">王五</a></td><td>13900000003</td></tr>
      <tr><td><a href="/c?id=13">赵六</a></td><td>13900000004</td></tr></tbody></table>
      <dialog><p>身份证号：11010519491231002X</p><p>姓名：钱七</p></dialog>`,
      'https://crm.example/customer/list',
    );
    expect(ctx.fields).toEqual({});
    expect(ctx.noCustomer).toBe('list');
  });

  it('cards of people side by side (a card list) are not one customer', () => {
    const card = (n: string, p: string) =>
      `<div class="person-card"><p>姓名：${n}</p><p>手机：${p}</p><p>邮箱：${p}@x.example</p></div>`;
    const ctx = read(
      `<div class="cards">${card('李四', '13900000002')}${card('王五', '13900000003')}${card('赵六', '13900000004')}</div>`,
    );
    expect(ctx.fields).toEqual({});
  });

  it('a dashboard URL with a small card gives no customer', () => {
    expect(
      read('<div class="widget"><p>姓名：李四</p><p>手机：13900000002</p></div>', 'https://crm.example/dashboard')
        .fields,
    ).toEqual({});
  });

  it('the record page itself is still read', () => {
    expect(values(RECORD, 'https://crm.example/customer/detail?id=42')).toMatchObject({
      name: '张三',
      mobile: '13800138000',
    });
  });
});

describe('an open dialog, drawer or quick-view of one record is the record region', () => {
  it('reads the modal over the list, not the list', () => {
    const v = values(
      `<table><thead><tr><th>姓名</th><th>手机</th></tr></thead><tbody>
      <tr><td>李四</td><td>13900000002</td></tr><tr><td>王五</td><td>13900000003</td></tr></tbody></table>
      <p>负责人：陈主管</p>
      <div class="ant-modal" role="dialog"><div class="ant-modal-body"><p>姓名：张三</p><p>手机：13800138000</p><p>产品：稳健理财A</p></div></div>`,
      'https://crm.example/customer/list',
    );
    expect(v).toEqual({ name: '张三', mobile: '13800138000', product: '稳健理财A' });
  });

  it('an open <dialog> counts, a closed one never', () => {
    expect(values(`<dialog open><p>姓名：张三</p><p>手机：13800138000</p></dialog>`)).toMatchObject({ name: '张三' });
    expect(values(`${RECORD}<dialog><p>邮箱：x@y.example</p><p>地址：北京市朝阳区1号</p></dialog>`)).not.toHaveProperty(
      'email',
    );
  });
});

describe('hidden content is never read', () => {
  it.each([
    ['inert', '<div inert><p>邮箱：a@b.example</p></div>'],
    ['aria-hidden', '<div aria-hidden="true"><p>邮箱：a@b.example</p></div>'],
    ['template', '<template><p>邮箱：a@b.example</p></template>'],
    ['off-screen clone', '<div style="position:absolute;left:-9999px"><p>邮箱：a@b.example</p></div>'],
    ['display:none', '<div style="display:none"><p>性别：男</p><p>邮箱：a@b.example</p><p>姓名：李四</p></div>'],
  ])('%s', (_what, hidden) => {
    const v = values(`${RECORD}${hidden}`);
    expect(v.email).toBeUndefined();
    expect(v.name).toBe('张三');
  });
});

describe('a user is not a customer', () => {
  it("the agent's or a sales rep's profile page", () => {
    const html =
      '<div class="profile"><p>姓名：陈主管</p><p>手机：13900000008</p><p>用户名：chen</p><p>角色：销售</p></div>';
    expect(read(html).fields).toEqual({});
    expect(read(html).noCustomer).toBe('user');
    expect(
      read('<p>姓名：陈主管</p><p>手机：13900000008</p><p>邮箱：c@x.example</p>', 'https://crm.example/admin/users/7')
        .fields,
    ).toEqual({});
  });
});

describe('wrong values seen on real CRMs', () => {
  it('an activity sentence is not the name', () => {
    const v = values(`<h2>Created by Ann Lee for Account Acme</h2><p>Mobile: 13800138000</p><p>Email: z@x.example</p>`);
    expect(v.name).toBeUndefined();
  });

  it('a split address is read whole, in display order', () => {
    const v = values(`<div class="detail"><p>姓名：张三</p><p>手机：13800138000</p>
      <div><span>Street:</span><span>1 Main St</span></div><div><span>City:</span><span>Springfield</span></div>
      <div><span>Postal Code:</span><span>12345</span></div><div><span>Country:</span><span>USA</span></div></div>`);
    expect(v.address).toBe('1 Main St, Springfield, 12345, USA');
  });

  it('bidi and invisible control characters do not end up in a value', () => {
    const v = values('<p>姓名：\u202e张三\u202c</p><p>手机：\u200e138 0013 8000</p><p>产品：A</p>');
    expect(v.name).toBe('张三');
    expect(v.mobile).toBe('13800138000');
  });

  it('dates are read in the order the page shows elsewhere (28/11/2026 is day first)', () => {
    const v = values('<p>姓名：张三</p><p>手机：13800138000</p><p>出生日期：12/03/1988</p><p>创建：28/11/2026</p>');
    expect(v.birthDate).toBe('1988-03-12');
  });
});

describe('a record nested very deep', () => {
  // The whole extraction at 10,000 levels runs in Chromium (tests/bench/extract.bench.ts): happy-dom's own
  // querySelectorAll recurses per level and overflows first. Our readers are iterative; this checks them.
  it('reads a value 10,000 elements deep without a stack overflow', () => {
    const doc = parsePage('<html><body><div id="top"></div></body></html>');
    let cur = doc.getElementById('top') as Element;
    for (let i = 0; i < 10_000; i++) {
      const d = doc.createElement(i % 2 ? 'span' : 'div');
      cur.append(d);
      cur = d;
    }
    cur.textContent = '13800138000';
    expect(readLines(doc.getElementById('top') as Element)).toEqual(['13800138000']);
    expect(isHidden(cur)).toBe(false);
  });
});

describe('typed multi-value fields map by their type labels', () => {
  it.each([
    [
      'suffix types',
      '<p>姓名：张三</p><div><span>电话</span><div>010-6588 1234 (Office)<br>13800138000 (Mobile)</div></div>',
    ],
    [
      'prefix types',
      '<p>姓名：张三</p><div><span>Phones</span><div><p>Work: 010-6588 1234</p><p>Mobile: 13800138000</p></div></div>',
    ],
    [
      'types on their own lines',
      '<p>姓名：张三</p><div><span>联系电话</span><ul><li><div>办公</div><div>010-6588 1234</div></li><li><div>手机</div><div>13800138000</div></li></ul></div>',
    ],
    [
      'a mobile label holding an office number first',
      '<p>姓名：张三</p><div><span>手机</span><div>办公：010-6588 1234<br>手机：13800138000</div></div>',
    ],
  ])('%s', (_what, html) => {
    const v = values(html);
    expect(v.mobile).toBe('13800138000');
    expect(v.phone).toBe('01065881234');
  });
});

describe('values CRMs show as links, avatars and tables', () => {
  it('the company shown as a link to the related account', () => {
    const v = values(
      '<p>姓名：张三</p><p>手机：13800138000</p><div><span>公司</span><a class="related-account" href="/account/7">明德贸易有限公司</a></div>',
    );
    expect(v.company).toBe('明德贸易有限公司');
  });

  it('the owner shown as an avatar with initials and a name', () => {
    const v = values(
      '<p>姓名：张三</p><p>手机：13800138000</p><div><span>Owner</span><div><div>ZW</div><div>Wang Fang</div></div></div>',
    );
    expect(v.owner).toBe('Wang Fang');
  });

  it('a column header is never a value', () => {
    const v =
      values(`<p>姓名：张三</p><p>手机：13800138000</p><table><thead><tr><th>Account Name</th><th>Created</th></tr></thead>
      <tbody><tr><td>x</td><td>y</td></tr></tbody></table>`);
    expect(v.company).toBeUndefined();
  });
});
