import { extractCustomer } from '@/utils/extract';
import { parsePage } from './dom-helpers';
import { formatScoreTable, scoreGenericOnFixtures, type ScoreRow } from './generic-score';

// Floors set from the measured scores (see docs/benchmarks.md), a little below them so that a real
// regression fails while noise does not: generic pages 100 %, public fixtures 92.8 %, real Dolibarr 68 %.
const SET_FLOORS: Record<string, number> = { generic: 0.95, 'crm-pages': 0.88, 'real-crm': 0.6 };
const PAGE_FLOOR_GENERIC = 0.85;

const rows = scoreGenericOnFixtures(parsePage);
const accuracy = (rs: ScoreRow[]) =>
  rs.reduce((a, r) => a + r.right, 0) /
  Math.max(
    1,
    rs.reduce((a, r) => a + r.total, 0),
  );

describe('generic extractor (adapters switched off) on every page with ground truth', () => {
  it('has at least 6 pages of our own beside the public fixtures', () => {
    expect(rows.filter((r) => r.set === 'generic').length).toBeGreaterThanOrEqual(6);
  });

  it.each(rows.map((r) => [r.page, r] as [string, ScoreRow]))('%s: invents no field', (_page, row) => {
    expect(row.invented).toEqual([]);
  });

  it.each(Object.entries(SET_FLOORS))('%s: field accuracy stays above its floor', (set, floor) => {
    const setRows = rows.filter((r) => r.set === set);
    expect(setRows.length).toBeGreaterThan(0);
    expect(accuracy(setRows), formatScoreTable(setRows)).toBeGreaterThanOrEqual(floor);
  });

  it.each(rows.filter((r) => r.set === 'generic').map((r) => [r.page, r] as [string, ScoreRow]))(
    '%s: per-page accuracy ≥ 85 %',
    (_page, row) => {
      expect(row.right / row.total, [...row.wrong, ...row.missed].join('; ')).toBeGreaterThanOrEqual(
        PAGE_FLOOR_GENERIC,
      );
    },
  );
});

const NOW = new Date('2026-11-27T10:00:00Z');
const generic = (html: string) =>
  extractCustomer(parsePage(html), 'https://unknown.example/x', NOW, undefined, { adapters: [] });

describe('generic extractor judgement', () => {
  it('finds nothing on a page that only lists customers', () => {
    const ctx = generic(`<table><thead><tr><th>姓名</th><th>手机</th></tr></thead><tbody>
      <tr><td>张三</td><td>13800000001</td></tr><tr><td>李四</td><td>13800000002</td></tr></tbody></table>`);
    expect(ctx.fields).toEqual({});
  });

  it("does not take the logged-in user's card for a customer", () => {
    const ctx = generic(
      '<div class="user-info"><p>姓名：陈主管</p><p>手机：13900000008</p></div><div class="dashboard"><h2>待办</h2></div>',
    );
    expect(ctx.fields).toEqual({});
  });

  it('reports no customer when nothing identifies one (a form with only a default owner)', () => {
    const ctx = generic(
      '<form><label for="o">负责人</label><select id="o"><option selected>陈主管</option></select><label for="n">客户名称</label><input id="n" value=""></form>',
    );
    expect(ctx.fields).toEqual({});
    expect(ctx.missing).toContain('name');
  });

  it('never reads a password field', () => {
    const ctx = generic(
      '<form><label for="p">手机</label><input id="p" type="password" value="13912345678"><label>姓名</label><span>王五</span></form>',
    );
    expect(ctx.fields.mobile).toBeUndefined();
    expect(ctx.fields.name?.value).toBe('王五');
  });

  it('keeps markup inside a value as text', () => {
    const ctx = generic(
      '<dl><dt>Name</dt><dd>Ann &lt;img src=x onerror=alert(1)&gt;</dd><dt>Email</dt><dd>ann@x.example</dd></dl>',
    );
    expect(ctx.fields.name?.value).toBe('Ann <img src=x onerror=alert(1)>');
  });

  it('rejects a value that does not fit its field (masked or wrong-shaped phone)', () => {
    const ctx = generic(
      '<dl><dt>手机</dt><dd>139****2204</dd><dt>电话</dt><dd>2024-08-23</dd><dt>姓名</dt><dd>赵六</dd></dl>',
    );
    expect(ctx.fields.mobile).toBeUndefined();
    expect(ctx.fields.phone).toBeUndefined();
  });

  it('reads only what is shown: a hidden tab of the record is not read, nor any other hidden part', () => {
    const ctx = generic(`<div><dl><dt>姓名</dt><dd>钱七</dd><dt>手机</dt><dd>13900000007</dd></dl>
      <div class="tab-pane" style="display:none"><dl><dt>手机</dt><dd>13700000000</dd><dt>邮箱</dt><dd>qian@x.example</dd></dl></div></div>`);
    expect(ctx.fields.mobile?.value).toBe('13900000007');
    expect(ctx.fields.email).toBeUndefined();
    const plain = generic(`<div><dl><dt>姓名</dt><dd>钱七</dd><dt>手机</dt><dd>13900000007</dd></dl>
      <div style="display:none"><dl><dt>邮箱</dt><dd>qian@x.example</dd></dl></div></div>`);
    expect(plain.fields.email).toBeUndefined();
  });

  it('drops an action link in brackets after a value ("[更改]", "[Change]")', () => {
    const ctx = generic(
      '<table><tr><td>客户名称</td><td>临江物流有限公司</td></tr><tr><td>负责人</td><td><span>韩立</span> [<a href="#">更改</a>]</td></tr></table>',
    );
    expect(ctx.fields.owner?.value).toBe('韩立');
    const en = generic(
      '<table><tr><td>Account Name</td><td>Harbor Lights Co-op</td></tr><tr><td>Phone</td><td>+1 503 555 0142</td></tr><tr><td>Account Owner</td><td>Ann Lee [<a href="#">Change</a>]</td></tr></table>',
    );
    expect(en.fields.owner?.value).toBe('Ann Lee');
  });

  it('reads the shown read-only value beside its hidden edit control', () => {
    const field = (label: string, value: string) =>
      `<div class="fld"><label>${label}</label><div class="wrap"><div class="edit" style="display:none"><input type="text"></div><div class="shown">${value}</div></div></div>`;
    const ctx = generic(
      `<div class="tab-pane active">${field('客户名称', '临江物流有限公司')}${field('签约日期', '2025-03-14')}${field('客户经理', '韩立')}</div>`,
    );
    expect(ctx.fields.name?.value).toBe('临江物流有限公司');
    expect(ctx.fields.signDate?.value).toBe('2025-03-14');
    expect(ctx.fields.owner).toMatchObject({ value: '韩立' });
    expect(ctx.fields.name?.source).not.toMatchObject({ hidden: true });
    const closed = generic(
      `<div>${field('客户名称', '临江物流有限公司')}<div style="display:none">${field('手机', '13811112222')}</div></div>`,
    );
    expect(closed.fields.mobile).toBeUndefined();
  });

  it('reads "标签：值" text and keeps the label as the source', () => {
    const ctx = generic(
      '<div class="card"><p>客户姓名：孙八</p><p>手机号码：+86 139 1234 5678</p><p>签约日期：2024年8月23日</p></div>',
    );
    expect(ctx.fields.name?.value).toBe('孙八');
    expect(ctx.fields.mobile).toMatchObject({
      value: '+8613912345678',
      raw: '+86 139 1234 5678',
      source: { via: 'generic', label: '手机号码' },
    });
    expect(ctx.fields.signDate?.value).toBe('2024-08-23');
  });

  it('reads the text right after a bold label, never the next row', () => {
    const ctx = generic(
      '<div class="info"><p><b>姓名：</b>张三</p><p><b>公司：</b>ABC科技</p><p><span>手机：</span>139 0000 0000</p><p><b>地址：</b></p><p><b>邮箱：</b>z@x.example</p></div>',
    );
    expect(ctx.fields.name?.value).toBe('张三');
    expect(ctx.fields.company?.value).toBe('ABC科技');
    expect(ctx.fields.mobile?.value).toBe('13900000000');
    expect(ctx.fields.address).toBeUndefined();
  });

  it('reads ARIA-labelled values (aria-label words, aria-labelledby)', () => {
    const ctx = generic(
      '<main><div role="group"><input aria-label="手机号码" readonly value="13900000009"><span id="l1">客户姓名</span><div role="textbox" aria-labelledby="l1">吴十</div></div></main>',
    );
    expect(ctx.fields.mobile?.value).toBe('13900000009');
    expect(ctx.fields.name?.value).toBe('吴十');
  });

  it('flags an ID number whose birth date or gender disagrees with the page, without changing anything', () => {
    const ctx = generic(
      '<dl><dt>姓名</dt><dd>周九</dd><dt>身份证号</dt><dd>110105197911083172</dd><dt>性别</dt><dd>女</dd><dt>出生日期</dt><dd>1979-11-09</dd></dl>',
    );
    expect(ctx.fields.idNumber?.value).toBe('110105197911083172');
    expect(ctx.fields.gender?.value).toBe('female');
    expect(ctx.flags.map((f) => f.code).sort()).toEqual(['id-birth-date-mismatch', 'id-gender-mismatch']);
  });
});
