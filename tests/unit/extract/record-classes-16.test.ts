// Round 16's classes of "whose page it is" (docs/adapters.md, "Round 16: whose page it is"): pages read as a customer
// that show none (a colleague's file in an HR app, the signed-in user's own profile), a region looked up from an IP
// address, and records missed whole. Each rule on a small page of our own (made-up markup and values, never the
// held-out pages' own).
import { extractCustomer } from '@/utils/extract';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-11-30T10:00:00Z');

/** The customer's values of a whole page (its <title> included) at `url`, adapters off. */
function read(title: string, body: string, url: string, lang: string): Record<string, string> {
  const doc = parsePage(`<html lang="${lang}"><head><title>${title}</title></head><body>${body}</body></html>`);
  const fields = extractCustomer(doc, url, NOW, undefined, { adapters: [] }).fields;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.value]));
}

const pair = (label: string, value: string) => `<div class="f"><span class="k">${label}</span><b>${value}</b></div>`;

describe('a colleague’s file in a personnel system is no customer', () => {
  const menu = (items: string[], on: string) =>
    `<ul class="menu">${items.map((i) => `<li${i === on ? ' class="active"' : ''}>${i}</li>`).join('')}</ul>`;
  const person = (extra: string) => `<main><h2>Lindqvist Maja</h2>
    ${pair('Name', 'Maja Lindqvist')}${pair('Mobile', '+46 70 412 88 35')}${pair('Email', 'maja.l@post.example')}
    ${pair('Date of birth', '1991-02-27')}${pair('Address', 'Rosengatan 7, 114 24 Stockholm')}${extra}</main>`;

  it('its menu names payroll, leave and attendance, and the file shows a hire date', () => {
    const body =
      menu(['Home', 'People', 'Payroll', 'Time off', 'Attendance'], 'People') + person(pair('Hire date', '2019-09-02'));
    expect(read('People - Nordlön', body, 'https://hr.example/people/5521', 'en')).toEqual({});
  });

  it('in Korean: 구성원 (the staff) in the tab’s title, with a hire date', () => {
    const body = `<main><h2>한도윤</h2>${pair('이름', '한도윤')}${pair('휴대전화', '010-3318-5092')}
      ${pair('주소', '부산광역시 해운대구 센텀중앙로 48')}${pair('입사일', '2020. 7. 1.')}</main>`;
    expect(read('구성원 - 다온피플', body, 'https://hr.example/m/8812', 'ko')).toEqual({});
  });

  it('a customer in a CRM whose menu names one HR module among its sales modules is read, hire date and all', () => {
    const body =
      menu(['Dashboard', 'Customers', 'Deals', 'Quotes', 'Invoices', 'Payroll'], 'Customers') +
      person(pair('Hire date', '2019-09-02'));
    const values = read('Customer - SellDesk', body, 'https://crm.example/customers/5521', 'en');
    expect(values.name).toBe('Maja Lindqvist');
    expect(values.mobile).toBe('+46704128835');
  });

  it('in an HR menu, a page showing no fact of employment is still read (a menu alone says nothing of the record)', () => {
    const body = menu(['Home', 'Clients', 'Payroll', 'Time off', 'Attendance'], 'Clients') + person('');
    expect(read('Client - Nordlön', body, 'https://hr.example/clients/77', 'en').name).toBe('Maja Lindqvist');
  });
});

describe('the signed-in user’s own profile is no customer', () => {
  const bar = (who: string) => `<div class="bar"><b>Fakturko</b><span>${who}</span></div>`;
  const form = `<div class="content"><h2>Mój profil</h2><form>
    <label>Imię i nazwisko</label><input value="Tomasz Wrona">
    <label>E-mail</label><input value="t.wrona@pracownia.example">
    <label>Telefon komórkowy</label><input value="+48 601 442 918">
    <label>Adres</label><input value="ul. Długa 12, 31-147 Kraków">
    <label>Data urodzenia</label><input value="1984-11-05"></form></div>`;

  it('named in the first person in another language ("Mój profil"), her name in the app bar: no customer', () => {
    expect(read('Mój profil - Fakturko', bar('Tomasz Wrona') + form, 'https://app.example/konto/dane', 'pl')).toEqual(
      {},
    );
  });

  it('the app bar showing another person (the agent) keeps the record that shows its own address and birth date', () => {
    const values = read('Mój profil - Fakturko', bar('Ewa Sójka') + form, 'https://app.example/konto/dane', 'pl');
    expect(values.name).toBe('Tomasz Wrona');
  });

  it('a customer tab named 个人资料 whose name is also the page’s header band is still read', () => {
    const body = `<div class="head"><span>客户 / </span><span>邵一帆</span></div><table>
      <tr><th>姓名</th><td>邵一帆</td></tr><tr><th>手机</th><td>13651209947</td></tr>
      <tr><th>出生日期</th><td>1992-05-17</td></tr><tr><th>地址</th><td>杭州市西湖区文三路 90 号</td></tr></table>`;
    expect(read('个人资料', body, 'https://crm.example/contact/perso?id=42', 'zh-CN').name).toBe('邵一帆');
  });
});

describe('a region looked up from an IP address is no address', () => {
  it('the visitor’s IP region under 地区 is dropped; the rest of the visitor is read', () => {
    const body = `<table><tr><td>姓名</td><td>欧阳青</td></tr><tr><td>手机</td><td>13912076635</td></tr>
      <tr><td>地区</td><td>浙江 温州（IP 60.188.*.*）</td></tr></table>`;
    const values = read('访客详情', body, 'https://kf.example/visitor?vid=9931', 'zh-CN');
    expect(values.name).toBe('欧阳青');
    expect(values.address).toBeUndefined();
  });

  it('a whole address with a street is read as before', () => {
    const body = `<table><tr><td>姓名</td><td>欧阳青</td></tr><tr><td>手机</td><td>13912076635</td></tr>
      <tr><td>地址</td><td>浙江省温州市鹿城区车站大道 577 号</td></tr></table>`;
    expect(read('客户详情', body, 'https://crm.example/customer?id=9931', 'zh-CN').address).toBe(
      '浙江省温州市鹿城区车站大道 577 号',
    );
  });
});

describe('records missed whole', () => {
  it('a row opened in a dialog over its grid: field names after a type icon are labels, the dialog is the record', () => {
    const grid = `<div class="grid">${[
      ['K-301', '苗嘉禾', '13501627744'],
      ['K-302', '范思远', '13801935520'],
      ['K-303', '祝一鸣', '13917206631'],
    ]
      .map((r) => `<div class="row">${r.map((c) => `<div class="cell">${c}</div>`).join('')}</div>`)
      .join('')}</div>`;
    const field = (icon: string, label: string, value: string) =>
      `<div class="exp-field"><div class="exp-name"><i>${icon}</i>${label}</div><div class="exp-value">${value}</div></div>`;
    const dialog = `<div class="dlg" role="dialog"><div class="dlg-head">K-302 · 范思远</div>
      ${field('#', '学员编号', 'K-302')}${field('A', '学员姓名', '范思远')}${field('📅', '出生日期', '2016-08-30')}
      ${field('A', '家庭住址', '宁波市鄞州区天童南路 1088 号')}</div>`;
    const values = read('学员 - 表格', grid + dialog, 'https://table.example/base/7/?row=aZ91', 'zh-CN');
    expect(values.name).toBe('范思远');
    expect(values.birthDate).toBe('2016-08-30');
    expect(values.customerId).toBe('K-302');
  });

  it('a birth date picked in three selects (year, month, day) is one date', () => {
    const sel = (v: string) => `<select><option>--</option><option selected>${v}</option></select>`;
    const body = `<table><tr><td>真实姓名:</td><td><input value="岑悦"></td></tr>
      <tr><td>手机:</td><td><input value="13760284419"></td></tr>
      <tr><td>出生日期:</td><td>${sel('1988')} ${sel('11')} ${sel('03')}</td></tr></table>`;
    expect(read('编辑会员', body, 'https://shop.example/admin/member.php?act=edit&id=511', 'zh-CN').birthDate).toBe(
      '1988-11-03',
    );
  });

  it('a shop member edited under a users URL, with a member rank, is a customer', () => {
    const body = `<table><tr><td>真实姓名:</td><td><input value="岑悦"></td></tr>
      <tr><td>手机:</td><td><input value="13760284419"></td></tr>
      <tr><td>会员等级:</td><td><select><option>普通会员</option><option selected>金卡会员</option></select></td></tr></table>`;
    const url = 'https://shop.example/admin/users.php?act=edit&id=511';
    expect(read('编辑会员账号', body, url, 'zh-CN').name).toBe('岑悦');
    // Without a rank the users URL names a user, as before.
    expect(read('编辑会员账号', body.replace('会员等级', '所属部门'), url, 'zh-CN')).toEqual({});
  });
});
