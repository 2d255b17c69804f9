// Classes of values MISSED on round 8 of the held-out pages (docs/benchmarks.md, "Round 8"): each rule on a small page
// of our own (made-up markup, names and numbers, never the held-out pages' own).
import { extractCustomer } from '@/utils/extract';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-11-27T10:00:00Z');
const context = (html: string, url = 'https://crm.example/x', lang = 'zh-CN') =>
  extractCustomer(parsePage(`<html lang="${lang}"><body>${html}</body></html>`), url, NOW, undefined, {
    adapters: [],
  });
const values = (html: string, url?: string, lang?: string) =>
  Object.fromEntries(Object.entries(context(html, url, lang).fields).map(([k, v]) => [k, v.value]));
const kv = (label: string, value: string) =>
  `<div class="pair"><span class="k">${label}</span><span>${value}</span></div>`;

describe('a frame shell names no customer: its menu items and tabs are no label and value', () => {
  it('a menu item that is a field word (联系人) is not paired with the next item', () => {
    const shell = `<div class="top">某某 CRM <span>欢迎您，任雪松</span></div>
      <ul class="side"><li>全部客户</li><li>联系人</li><li>拜访计划</li></ul>
      <iframe name="content" style="width:800px;height:600px"></iframe>`;
    const c = context(shell, 'https://crm.example/main.aspx?m=cust');
    expect(c.fields.name).toBeUndefined();
    expect(Object.keys(c.fields)).toEqual([]);
  });

  it('a tab strip (Contact | Notes) beside a frame: no name from the next tab', () => {
    const shell = `<header>Dialer <span>Agent: Pat Rowe</span></header>
      <div class="dl-tabs"><div class="on">Contact</div><div>Call notes</div><div>History</div></div>
      <iframe title="contact"></iframe>`;
    expect(values(shell, 'https://dialer.example/agent#/call', 'en')).toEqual({});
  });

  it('a form laid out as alternating cells of one row is still read', () => {
    const page = `<div class="grid"><div>联系人</div><div>贺明远</div><div>手机</div><div>136 1122 3344</div></div>`;
    expect(values(page, 'https://crm.example/cust/view?id=7')).toMatchObject({
      name: '贺明远',
      mobile: '13611223344',
    });
  });
});

describe("a record's own words", () => {
  it('a hotline caller (来电人) is the person of a callback, on a legacy index.do page', () => {
    const page = `<table><tr><td class="l">来电人</td><td>闵晓川</td><td class="l">性别</td><td>男</td></tr>
      <tr><td class="l">联系电话</td><td>158 0011 2233</td><td class="l">证件号码</td><td>110101199003074514</td></tr>
      <tr><td class="l">联系地址</td><td colspan="3">北京市东城区 某某胡同 8 号</td></tr></table>`;
    expect(values(page, 'https://hotline.example/order/index.do?orderNo=A-1')).toMatchObject({
      name: '闵晓川',
      gender: 'male',
      mobile: '15800112233',
      idNumber: '110101199003074514',
    });
  });

  it("purchased goods (购买商品) are the product, and make an embedded 'profile' page a customer's", () => {
    const page = `${kv('会员编号', 'M-2024-0317')}${kv('客户姓名', '蒲立群')}${kv('手机', '137 2200 1188')}
      ${kv('收货地址', '四川省成都市武侯区 某某路 12 号')}${kv('购买商品', '空气净化器 AP-300')}`;
    const v = values(page, 'https://shop.example/crm/embed/profile?uid=U-99');
    expect(v.name).toBe('蒲立群');
    expect(v.product).toBe('空气净化器 AP-300');
  });
});

describe('one record over a list', () => {
  const list = `<table><thead><tr><th>姓名</th><th>手机</th><th>课程</th></tr></thead><tbody>
    <tr><td>鲍一鸣</td><td>139****0001</td><td>围棋初级</td></tr><tr><td>薛安琪</td><td>186****0002</td><td>书法</td></tr>
    <tr><td>焦子涵</td><td>135****0003</td><td>围棋初级</td></tr></tbody></table>`;

  it('a drawer whose name is written beside an initials avatar', () => {
    const drawer = `<div class="drawer" role="dialog" aria-modal="true"><div class="head"><span class="avatar">鲍</span>
      <b>鲍一鸣</b></div><div class="info">${kv('性别', '男')}${kv('出生日期', '2015-06-01')}${kv('报读课程', '围棋初级班')}
      ${kv('家庭住址', '江苏省苏州市姑苏区 某某巷 5 号')}</div></div>`;
    expect(values(list + drawer, 'https://edu.example/student/list?sid=1')).toMatchObject({
      name: '鲍一鸣',
      gender: 'male',
      product: '围棋初级班',
    });
  });

  it('a side panel named as details, its row selected in the list behind', () => {
    const panel = `<section role="complementary" aria-label="学员详情"><h3>薛安琪 <small>VIP</small></h3>
      ${kv('手机', '186 0000 0002')}${kv('性别', '女')}${kv('生日', '2014-02-03')}</section>`;
    expect(values(list + panel, 'https://edu.example/#/student/list?selected=2')).toEqual({
      name: '薛安琪',
      mobile: '18600000002',
      gender: 'female',
      birthDate: '2014-02-03',
    });
  });

  it('a side widget that is no detail panel on a list page gives no customer', () => {
    const widget = `<aside><div>今日生日</div>${kv('手机', '186 0000 0002')}${kv('性别', '女')}${kv('生日', '2014-02-03')}</aside>`;
    expect(context(list + widget, 'https://edu.example/#/student/list').fields).toEqual({});
  });
});
