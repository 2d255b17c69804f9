// Round 17's classes of "whose record" and "whole records missed" (docs/adapters.md, "Round 17: whose record / whole
// records"): a search page pre-filled with a name, a record of two people side by side, a shop member's details opened
// under her list row, and a dialog of inputs over a member list. Each rule on a small page of our own (made-up markup
// and values, never the held-out pages' own).
import { extractCustomer } from '@/utils/extract';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-11-30T10:00:00Z');

/** The customer's values of a whole page (its <title> included) at `url`, adapters off. */
function read(title: string, body: string, url: string, lang: string): Record<string, string> {
  const doc = parsePage(`<html lang="${lang}"><head><title>${title}</title></head><body>${body}</body></html>`);
  const fields = extractCustomer(doc, url, NOW, undefined, { adapters: [] }).fields;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.value]));
}

const row = (cells: string[], tag = 'td') => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;

describe('a search form and its results are no customer', () => {
  const results = `<table class="grid">${row(['Code', 'Name', 'Mobile', 'City'], 'th')}
    ${row(['K-1031', 'Greta Lind', '+46 70 111 22 33', 'Malmö'])}${row(['K-0982', 'Greta Lindh', '+46 70 444 55 66', 'Lund'])}
    ${row(['K-0415', 'Gret Linde', '+46 70 777 88 99', 'Ystad'])}</table>`;

  it('a form whose buttons search and reset holds the query, not a record (the first match spelled as it)', () => {
    const form = `<form><label>Customer name <input value="Greta Lind"></label>
      <label>Mobile <input placeholder="any"></label><button>Search</button><button>Reset</button></form>`;
    expect(
      read('Find customers - Helpdesk', `<main>${form}${results}</main>`, 'https://crm.example/#/q?n=1', 'en'),
    ).toEqual({});
  });

  it('in Chinese too (查询 · 重置)', () => {
    const form = `<form><label>客户姓名 <input value="柯雨桐"></label><label>手机号 <input></label>
      <button>查询</button><button>重置</button></form>`;
    const list = `<table>${row(['客户编号', '姓名', '手机号'], 'th')}${row(['C1', '柯雨桐', '139****2071'])}${row(['C2', '柯语彤', '137****5519'])}</table>`;
    expect(
      read('客户查询 - 客服中心', `<main>${form}${list}</main>`, 'https://crm.example/#/customer/query', 'zh-CN'),
    ).toEqual({});
  });

  it('a record form that saves is still read', () => {
    const form = `<form><label>Customer name <input value="Greta Lind"></label>
      <label>Mobile <input value="+46 70 111 22 33"></label><label>Email <input value="greta@lind.example"></label>
      <button>Save</button><button>Search</button></form>`;
    expect(
      read('Edit customer', `<main>${form}</main>`, 'https://crm.example/customers/1031/edit', 'en'),
    ).toMatchObject({
      name: 'Greta Lind',
      email: 'greta@lind.example',
    });
  });
});

describe('two people side by side, one box titled as the customer’s', () => {
  const box = (title: string, name: string, mobile: string, birth: string) =>
    `<div class="kv"><div class="hd">${title}</div><div><span>Name</span> ${name}</div>
      <div><span>Mobile</span> ${mobile}</div><div><span>Date of birth</span> ${birth}</div></div>`;
  const page = (first: string, second: string) => `<div class="card"><h3>The couple</h3><div class="pair">
      ${box(first, 'Mirela Stan', '+40 721 555 101', '1996-03-12')}${box(second, 'Radu Stan', '+40 722 555 202', '1994-07-30')}
    </div><div><span>Wedding date</span> 2026-06-20</div><div><span>Address</span> Strada Florilor 12, Cluj-Napoca</div></div>`;

  it('the customer’s box is hers; the other person’s fields are not', () => {
    const got = read(
      'Lead - Studio',
      page('Bride (customer)', 'Groom'),
      'https://crm.example/leads/detail?id=5521',
      'en',
    );
    expect(got).toMatchObject({ name: 'Mirela Stan', mobile: '+40721555101', birthDate: '1996-03-12' });
  });

  it('neither titled as the customer: two records side by side, no customer', () => {
    expect(read('Leads - Studio', page('Bride', 'Groom'), 'https://crm.example/leads/detail?id=5521', 'en')).toEqual(
      {},
    );
  });
});

describe('a shop’s member, under her list row or in a dialog over the list', () => {
  it('the details opened under her row: a member (her rank), her login name the code', () => {
    const list = `<table class="list">${row(['', 'Username', 'Name', 'Mobile', 'Member level'], 'th')}
      ${row(['<input type="checkbox">', 'pia_k', 'Pia Kask', '+372 5123 4567', 'Regular'])}
      <tr class="row selected">${['<input type="checkbox">', 'liis.tamm', 'Liis Tamm', '+372 5987 6543', 'Gold']
        .map((c) => `<td>${c}</td>`)
        .join('')}</tr>
      <tr class="detail"><td colspan="5"><table class="form">
        ${row(['Username:', 'liis.tamm', 'Member level:', 'Gold'])}${row(['Name:', 'Liis Tamm', 'Gender:', 'Female'])}
        ${row(['Date of birth:', '1990-05-04', 'Mobile:', '+372 5987 6543'])}
        ${row(['Email:', 'liis@tamm.example', 'City:', 'Tartu'])}</table></td></tr>
      ${row(['<input type="checkbox">', 'mart_o', 'Mart Org', '+372 5222 3333', 'Regular'])}</table>`;
    const got = read(
      'Members - Shop admin',
      `<main>${list}</main>`,
      'https://shop.example/admin.php?ctl=member&act=index',
      'en',
    );
    expect(got).toMatchObject({ name: 'Liis Tamm', customerId: 'liis.tamm', email: 'liis@tamm.example' });
  });

  it('a dialog of inputs over the member list: its record-word labels (用户手机) are read, its title is no name', () => {
    const list = `<table>${row(['用户ID', '用户昵称', '手机号码', '性别'], 'th')}${row(['301', '橙子', '15000000001', '男'])}
      ${row(['300', '小溪', '15000000002', '女'])}${row(['299', '阿木', '15000000003', '男'])}</table>`;
    const input = (label: string, value: string) =>
      `<div class="form-item"><label>${label}</label><div><input type="text" value="${value}"></div></div>`;
    const dialog = `<div class="dialog-wrapper"><div role="dialog" aria-modal="true" class="dialog">
      <div class="dialog-header"><span class="dialog-title">用户编辑</span></div><div class="dialog-body"><form>
      ${input('用户名', 'xiaoxi_99')}${input('用户昵称', '小溪')}${input('用户手机', '15000000002')}${input('用户性别', '女')}
      ${input('用户等级', 'VIP用户')}</form></div><div class="dialog-footer"><button>取消</button><button>确定</button></div></div></div>`;
    const got = read(
      '会员管理 - 商城后台',
      `<main>${list}</main>${dialog}`,
      'https://shop.example/#/user/user',
      'zh-CN',
    );
    expect(got).toEqual({ mobile: '15000000002', gender: 'female', customerId: 'xiaoxi_99' });
  });
});

describe('the record’s name where the page writes it', () => {
  const field = (label: string, value: string) => `<tr><th>${label}</th><td>${value}</td></tr>`;

  it('in the header band of the fields’ panel, before a status note', () => {
    const panel = `<div class="panel"><div class="panel-heading">Halvorsen Ingrid Marie <span>· Studying</span></div>
      <div class="panel-body"><table>${field('Phone', '+47 912 34 567')}${field('E-mail', 'ingrid@halvorsen.example')}
      ${field('Date of birth', '1992-04-18')}</table></div></div>`;
    const got = read(
      'Client - LangSchool',
      `<div class="wrap">${panel}</div>`,
      'https://crm.example/client/view?id=77',
      'en',
    );
    expect(got).toMatchObject({ name: 'Halvorsen Ingrid Marie', email: 'ingrid@halvorsen.example' });
  });

  it('a section title in that band is no name', () => {
    const panel = `<div class="card"><div class="card-header">Basic information</div>
      <div class="card-body"><table>${field('Phone', '+47 912 34 567')}${field('E-mail', 'ingrid@halvorsen.example')}
      </table></div></div>`;
    const got = read('Client - LangSchool', panel, 'https://crm.example/client/view?id=77', 'en');
    expect(got.name).toBeUndefined();
  });

  it('in the field labelled with the record’s kind, as the page’s heading names it', () => {
    const form = (label: string, value: string) =>
      `<div class="form-group"><label>${label}</label><div><div class="box-body">${value}</div></div></div>`;
    const body = `<section><h1>委托人 <small>详情</small></h1></section><div class="fields">${form('ID', '4410')}
      ${form('委托人', '岑晓菲')}${form('联系电话', '13500001111')}${form('通讯地址', '广州市越秀区 东风中路 8 号')}</div>`;
    expect(read('律所 | 委托人 详情', body, 'https://crm.example/admin/clients/4410', 'zh-CN')).toMatchObject({
      name: '岑晓菲',
      mobile: '13500001111',
    });
  });

  it('at the head of the person’s own box, with a deal’s fields in a box beside it', () => {
    const f = (label: string, value: string) =>
      `<div class="f"><span class="l">${label}</span><span>${value}</span></div>`;
    const body = `<div class="cols"><div><div class="box"><div style="font-size:20px;font-weight:600">Ilse Vermeulen</div>
      <div>Buyer · Brouwerij Zuid</div></div><div class="box"><div class="t">Contact</div>${f('Phone', '+32 470 12 34 56')}
      ${f('Email', 'ilse@zuid.example')}${f('Date of birth', '1987-11-02')}</div></div>
      <div class="box"><table><tr><td>Deal</td><td>Product</td></tr><tr><td>Spring order</td><td>Tap system</td></tr></table>
      ${f('Product', 'Tap system')}</div></div>`;
    expect(read('Ilse Vermeulen · SalesApp', body, 'https://crm.example/contact/view/5521', 'en')).toMatchObject({
      name: 'Ilse Vermeulen',
    });
  });
});

describe('a contact’s own note of field lines', () => {
  const profile = (note: string) => `<aside class="profile"><h2>Sofie Janssens</h2>
    <div class="sec"><h4>Owner</h4>Pieter Claes</div><div class="sec"><h4>Notes</h4>${note}</div></aside>`;

  it('shown line by line, its phone and e-mail lines are the contact’s', () => {
    const note = `<div class="note" style="white-space: pre-line">Mobile: +32 471 22 33 44
Email: sofie@janssens.example
<small>Pieter · 2025-03-12</small></div>`;
    expect(read('Chat | Messenger', profile(note), 'https://chat.example/U1/chat/U2b7', 'en')).toMatchObject({
      name: 'Sofie Janssens',
      mobile: '+32471223344',
      email: 'sofie@janssens.example',
    });
  });

  it('a note in a stream around it stays unread', () => {
    const note = `<div class="timeline"><div class="note" style="white-space: pre-line">Mobile: +32 471 22 33 44
Email: sofie@janssens.example</div></div>`;
    expect(read('Chat | Messenger', profile(note), 'https://chat.example/U1/chat/U2b7', 'en').mobile).toBeUndefined();
  });
});

describe('the person’s own box head comes before every field of the record', () => {
  it('a label cell of a form table is no head line', () => {
    const cell = (label: string, value: string) =>
      `<td class="fieldName">${label}</td><td class="fieldValue">${value}</td>`;
    const body = `<table class="formTable"><tr>${cell('Customer no.', 'CUS-0412')}${cell('Company name', 'Harbour Foods Ltd')}</tr>
      <tr>${cell('Kitchen Size', 'Large')}${cell('Rating', 'A')}</tr><tr>${cell('Phone', '+44 20 7946 0321')}</tr>
      <tr>${cell('Address', '12 Quay Street, Bristol BS1 4DJ')}</tr></table>`;
    const got = read('Customers - Harbour - Sheets', body, 'https://sheets.example/db/customers/27', 'en');
    expect(got.name).not.toBe('Kitchen Size');
  });
});
