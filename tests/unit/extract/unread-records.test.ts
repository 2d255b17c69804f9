// Record pages the reader read nothing of (session 13, #11; docs/adapters.md, "Records read whole"): each rule on a
// small page of our own (made-up markup and values, never the held-out pages' own), with the other side of the rule.
import { classReader } from './class-page';

const NOW = new Date('2026-11-30T10:00:00Z');
const { values } = classReader('en', NOW);

const rows = `<div class="orders"><div class="o">#31 Mr Petrov · 2 items · on its way</div>
  <div class="o">#32 Ms Ruiz · 1 item · ready</div></div>`;

describe('an app’s own modal marked aria-modal is open', () => {
  const dialog = (attrs: string) => `${rows}<div class="mask"></div><div class="modal" ${attrs}>
    <h3>Order customer</h3><div class="line"><span>Full name</span><span>Tomasz Wierzba</span></div>
    <div class="line"><span>Mobile</span><span>+48 601 220 874</span></div>
    <div class="line"><span>Delivery address</span><span>ul. Lipowa 12/4, 30-702 Kraków</span></div></div>`;

  it('reads the record in a class="modal" dialog with aria-modal="true"', () => {
    const got = values(dialog('role="dialog" aria-modal="true"'), 'https://crm.example/shop/orders', 'pl');
    expect(got.name).toBe('Tomasz Wierzba');
    expect(got.mobile).toBe('+48601220874');
  });

  it('a class="modal" without it is still a closed Bootstrap modal: nothing is read', () => {
    expect(values(dialog('role="dialog" tabindex="-1"'), 'https://crm.example/shop/orders', 'pl')).toEqual({});
  });
});

describe('a class ending in "old" is no old value', () => {
  it('a scope wrapper named …-old holds the record', () => {
    const page = `<div class="app__scope-old"><h1>Ines Varga</h1><table class="info"><tbody>
      <tr><th>Date of Birth:</th><td>Feb 9, 1979</td></tr><tr><th>Phone:</th><td>+36 30 418 2277</td></tr>
      <tr><th>E-mail:</th><td>ines.varga@example.org</td></tr></tbody></table></div>`;
    const got = values(page, 'https://crm.example/admin/customer/edit/id/51/');
    expect(got.phone ?? got.mobile).toBe('+36304182277');
    expect(got.birthDate).toBe('1979-02-09');
  });

  it('a box of a change’s old values (class old-values) is still never read', () => {
    const page = `<div class="record"><h1>Ines Varga</h1><dl><dt>E-mail</dt><dd>ines.varga@example.org</dd>
      <dt>Address</dt><dd>Petőfi utca 3, 1052 Budapest</dd></dl></div>
      <div class="old-values"><div>Phone: +36 1 555 0100</div></div>`;
    const got = values(page, 'https://crm.example/contacts/51');
    expect(got.phone).toBeUndefined();
    expect(got.email).toBe('ines.varga@example.org');
  });
});

describe('a widget’s hidden original input beside the one it shows', () => {
  const cell = (value: string) =>
    `<td><input class="w-orig" style="display:none" value="${value}"><span class="w-box"><input type="text" readonly value="${value}"><input type="hidden" value="${value}"></span></td>`;

  it('the value is the rendered control’s', () => {
    const page = `<fieldset><legend>Member</legend><table>
      <tr><td class="lb">姓名</td>${cell('卢思远')}<td class="lb">手机号码</td>${cell('13812264409')}</tr>
      <tr><td class="lb">证件号码</td>${cell('110105198807214417')}<td class="lb">家庭住址</td>${cell('北京市朝阳区安立路66号3单元')}</tr>
      </table></fieldset>`;
    const got = values(page, 'https://crm.example/hotline/main.action', 'zh-CN');
    expect(got.name).toBe('卢思远');
    expect(got.mobile).toBe('13812264409');
    expect(got.address).toBe('北京市朝阳区安立路66号3单元');
  });

  it('a cell whose only control is hidden is still hidden (a closed editor)', () => {
    const page = `<table><tr><td class="lb">姓名</td><td><input style="display:none" value="卢思远"></td>
      <td class="lb">手机号码</td><td><input style="display:none" value="13812264409"></td></tr></table>`;
    expect(values(page, 'https://crm.example/hotline/main.action', 'zh-CN')).toEqual({});
  });
});
