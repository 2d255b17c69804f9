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
