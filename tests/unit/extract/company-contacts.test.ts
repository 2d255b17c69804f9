// A company record's contact people in the layouts CRMs draw them in (issue #11, item 7; docs/adapters.md, "Company vs
// person"): cards or list items under a contacts heading, a descriptions list, a table without <th>, a header drawn
// apart from its rows, the open contacts tab. And what is no contact: the agent's colleagues, the owner, a timeline's
// names, a list page, a pane not shown. Each page is our own (made-up markup, people and numbers).
import { extractCustomer } from '@/utils/extract';
import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-12-02T10:00:00Z');
const URL = 'https://crm.example/app/account/detail/7701';

function read(lang: string, company: string, body: string, url = URL): CustomerContext {
  const doc = parsePage(
    `<html lang="${lang}"><head><title>${company}</title></head><body><h1>${company}</h1>${body}</body></html>`,
  );
  return extractCustomer(doc, url, NOW, undefined, { adapters: [] });
}

/** The company's own fields, label beside value, as its record shows them above its contacts. */
const fieldsOf = (pairs: [string, string][]) =>
  `<div class="fields">${pairs.map(([l, v]) => `<div class="item"><span class="label">${l}</span><span class="value">${v}</span></div>`).join('')}</div>`;

const zhFields = `<div class="fields"><div class="item"><span class="label">公司电话</span><span class="value">0571-8890 2211</span></div>
  <div class="item"><span class="label">负责人</span><span class="value">罗嘉怡</span></div></div>`;
const ZH = '杭州明远环保科技有限公司';

describe('contact cards under a contacts heading', () => {
  it('zh-CN: a card header with its "+ 新建" link, list items with a linked name, a job and labelled numbers', () => {
    const body = `${zhFields}<div class="card"><div class="card-header"><span class="card-title">联系人（2）</span><a href="#">+ 新建</a></div>
      <div class="card-body"><ul class="people">
        <li><a href="/crm/contact/31">周海涛</a> <span class="job">技术总监</span><p>手机：139 1234 5678</p><p>邮箱：zht@mingyuan.example</p></li>
        <li><a href="/crm/contact/32">许静怡</a> <span class="job">财务主管</span><p>座机：0571-8890 2215</p></li>
      </ul></div></div>`;
    const c = read('zh-CN', ZH, body);
    expect(c.entity).toBe('company');
    expect(c.contacts).toEqual([
      { name: '周海涛', title: '技术总监', mobile: '139 1234 5678', email: 'zht@mingyuan.example' },
      { name: '许静怡', title: '财务主管', phone: '0571-8890 2215' },
    ]);
  });

  it('en-GB: an Ant card with a list, the name a heading link, the job its description, the numbers its actions', () => {
    const item = (name: string, job: string, actions: string) =>
      `<li class="ant-list-item"><div class="ant-list-item-meta"><div class="ant-list-item-meta-content"><h4 class="ant-list-item-meta-title"><a href="/contacts/${name.length}">${name}</a></h4><div class="ant-list-item-meta-description">${job}</div></div></div><ul class="ant-list-item-action">${actions}</ul></li>`;
    const body = `<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-wrapper"><div class="ant-card-head-title">Contacts (2)</div><div class="ant-card-extra"><a>Add</a></div></div></div>
      <div class="ant-card-body"><div class="ant-list"><div class="ant-spin-nested-loading"><div class="ant-spin-container"><ul class="ant-list-items">
      ${item('Harriet Okafor', 'Head of Finance', '<li>+44 7700 900123</li><li>h.okafor@thornbury.example</li>')}
      ${item('Owen Pritchard', 'Site Manager', '<li>Office 0117 496 0321</li>')}
      </ul></div></div></div></div></div>`;
    const fields = fieldsOf([
      ['Account name', 'Thornbury Joinery Ltd'],
      ['Phone', '0117 496 0000'],
      ['Address', '12 Mill Lane, Bristol BS1 4QA'],
    ]);
    expect(read('en-GB', 'Thornbury Joinery Ltd', fields + body).contacts).toEqual([
      {
        name: 'Harriet Okafor',
        title: 'Head of Finance',
        mobile: '+44 7700 900123',
        email: 'h.okafor@thornbury.example',
      },
      { name: 'Owen Pritchard', title: 'Site Manager', phone: '0117 496 0321' },
    ]);
  });

  it('de-DE: "Ansprechpartner" over bold names, the job on the next line, Tel. and Mobil typed by their words', () => {
    const body = `${fieldsOf([
      ['Firma', 'Vogelsang Metallbau GmbH'],
      ['Telefon', '0341 2208 100'],
      ['Anschrift', 'Gießerstraße 12, 04229 Leipzig'],
    ])}<section><h2>Ansprechpartner</h2>
      <div class="ap"><strong>Katrin Vogelsang</strong><br>Einkaufsleiterin<br>Tel. 0341 2208 114<br>Mobil 0171 5520 318</div>
      <div class="ap"><strong>Jörg Lindemann</strong><br>Werkstattmeister<br>Fax 0341 2208 199<br>Tel. 0341 2208 120</div></section>`;
    expect(read('de-DE', 'Vogelsang Metallbau GmbH', body).contacts).toEqual([
      { name: 'Katrin Vogelsang', title: 'Einkaufsleiterin', phone: '0341 2208 114', mobile: '0171 5520 318' },
      { name: 'Jörg Lindemann', title: 'Werkstattmeister', phone: '0341 2208 120' },
    ]);
  });

  it('ja: a descriptions table under 取引先担当者, one labelled person per row (氏名, 役職, 携帯電話, メール)', () => {
    const cell = (label: string, value: string) =>
      `<th class="el-descriptions-item__label">${label}</th><td class="el-descriptions-item__content">${value}</td>`;
    const body = `${fieldsOf([
      ['顧客名', '北村工業株式会社'],
      ['電話番号', '0276-45-1180'],
      ['住所', '群馬県太田市西本町 12-8'],
    ])}<div class="el-card"><div class="el-card__header"><span>取引先担当者</span></div><div class="el-card__body">
      <div class="el-descriptions"><div class="el-descriptions__body"><table class="el-descriptions__table"><tbody>
      <tr>${cell('氏名', '村上 智子')}${cell('役職', '購買部 主任')}${cell('携帯電話', '080-3391-4476')}</tr>
      <tr>${cell('氏名', '原田 健太')}${cell('役職', '工場長')}${cell('メール', 'harada@kitamura-kogyo.example')}</tr>
      </tbody></table></div></div></div></div>`;
    expect(read('ja', '北村工業株式会社', body).contacts).toEqual([
      { name: '村上 智子', title: '購買部 主任', mobile: '080-3391-4476' },
      { name: '原田 健太', title: '工場長', email: 'harada@kitamura-kogyo.example' },
    ]);
  });

  it('zh-CN: an Ant descriptions table of two rows per person: a new person at each 姓名 label', () => {
    const cell = (label: string, value: string) =>
      `<th class="ant-descriptions-item-label">${label}</th><td class="ant-descriptions-item-content">${value}</td>`;
    const body = `${fieldsOf([
      ['客户名称', ZH],
      ['公司电话', '0571-8890 2211'],
    ])}<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">客户联系人</div></div>
      <div class="ant-card-body"><div class="ant-descriptions ant-descriptions-bordered"><div class="ant-descriptions-view"><table><tbody>
      <tr class="ant-descriptions-row">${cell('姓名', '冯晓东')}${cell('职务', '采购部经理')}</tr>
      <tr class="ant-descriptions-row">${cell('手机', '186 5712 0934')}${cell('邮箱', 'fxd@mingyuan.example')}</tr>
      <tr class="ant-descriptions-row">${cell('姓名', '韩雪')}${cell('职务', '出纳')}</tr>
      <tr class="ant-descriptions-row">${cell('电话', '0571-8890 2219')}${cell('邮箱', '')}</tr>
      </tbody></table></div></div></div></div>`;
    expect(read('zh-CN', ZH, body).contacts).toEqual([
      { name: '冯晓东', title: '采购部经理', mobile: '186 5712 0934', email: 'fxd@mingyuan.example' },
      { name: '韩雪', title: '出纳', phone: '0571-8890 2219' },
    ]);
  });

  it('es-ES: "Contactos" over a table whose first row names the columns in plain cells', () => {
    const body = `${fieldsOf([
      ['Razón social', 'Carmona Benítez S.L.'],
      ['Teléfono', '954 21 83 00'],
      ['Dirección', 'Calle Feria 41, 41003 Sevilla'],
    ])}<div class="bloque"><h3 class="bloque-titulo">Contactos</h3><table class="lista">
      <tr><td>Nombre</td><td>Cargo</td><td>Teléfono</td></tr>
      <tr><td>Rocío Benítez Ortega</td><td>Administración</td><td>954 21 83 40</td></tr>
      <tr><td>Álvaro Carmona</td><td>Jefe de taller</td><td>954 21 83 47</td></tr></table></div>`;
    expect(read('es-ES', 'Carmona Benítez S.L.', body).contacts).toEqual([
      { name: 'Rocío Benítez Ortega', title: 'Administración', phone: '954 21 83 40' },
      { name: 'Álvaro Carmona', title: 'Jefe de taller', phone: '954 21 83 47' },
    ]);
  });

  it('zh-CN: an el-table whose header cells sit in a table apart from its rows', () => {
    const body = `${zhFields}<div class="el-table"><div class="el-table__header-wrapper"><table class="el-table__header"><thead><tr><th><div class="cell">姓名</div></th><th><div class="cell">职务</div></th><th><div class="cell">手机</div></th></tr></thead></table></div>
      <div class="el-table__body-wrapper"><table class="el-table__body"><tbody>
      <tr><td><div class="cell">钱卫东</div></td><td><div class="cell">总经理</div></td><td><div class="cell">13705718842</div></td></tr>
      </tbody></table></div></div>`;
    expect(read('zh-CN', ZH, body).contacts).toEqual([{ name: '钱卫东', title: '总经理', mobile: '13705718842' }]);
  });
});

describe('the open contacts tab', () => {
  const head = fieldsOf([
    ['Société', 'Perrier Frères SARL'],
    ['Téléphone', '04 78 62 10 30'],
  ]);
  const tabs = (open: 'info' | 'contacts') => `${head}<div class="el-tabs"><div class="el-tabs__header" role="tablist">
      <div class="el-tabs__item${open === 'info' ? ' is-active' : ''}" id="tab-info" role="tab" aria-controls="pane-info" aria-selected="${open === 'info'}">Informations</div>
      <div class="el-tabs__item${open === 'contacts' ? ' is-active' : ''}" id="tab-contacts" role="tab" aria-controls="pane-contacts" aria-selected="${open === 'contacts'}">Contacts (2)</div></div>
    <div class="el-tabs__content">
      <div class="el-tab-pane" id="pane-info" role="tabpanel"${open === 'info' ? '' : ' style="display: none;"'}><div class="champ"><span>Adresse</span><span>8 rue Paul Bert, 69003 Lyon</span></div></div>
      <div class="el-tab-pane" id="pane-contacts" role="tabpanel"${open === 'contacts' ? '' : ' style="display: none;"'}><h4>Contacts</h4>
        <div class="fiche-contact"><b>Sophie Marchand</b> — Responsable achats<br>Portable 06 12 48 93 27</div>
        <div class="fiche-contact"><b>Luc Perrier</b> — Comptable<br>luc.perrier@perrier-freres.example</div></div></div></div>`;

  it('fr-FR: the contacts pane shown is read', () => {
    expect(read('fr-FR', 'Perrier Frères SARL', tabs('contacts')).contacts).toEqual([
      { name: 'Sophie Marchand', title: 'Responsable achats', mobile: '06 12 48 93 27' },
      { name: 'Luc Perrier', title: 'Comptable', email: 'luc.perrier@perrier-freres.example' },
    ]);
  });

  it('a hidden pane is not read: the panel points to its tab instead', () => {
    const c = read('fr-FR', 'Perrier Frères SARL', tabs('info'));
    expect(c.contacts).toBeUndefined();
    expect(c.contactsTab).toBe('Contacts');
  });
});

describe('no contacts: people who are not the customer’s', () => {
  const cards = (heading: string, wrapper = 'div') =>
    `<${wrapper}><h3>${heading}</h3><div class="p"><b>罗嘉怡</b> · 销售经理<br>手机 138 0571 2290</div><div class="p"><b>沈一鸣</b> · 售后工程师<br>手机 139 0571 7781</div></${wrapper}>`;

  it('the owner box, the team, a follow-up timeline', () => {
    for (const heading of ['负责人', '团队成员（2）', '跟进记录', '联系记录'])
      expect(read('zh-CN', ZH, zhFields + cards(heading)).contacts, heading).toBeUndefined();
  });

  it('the agent’s colleagues in the CRM’s messenger dock, even under a 联系人 heading', () => {
    const dock = `<aside class="im-dock">${cards('联系人（2）')}</aside>`;
    expect(read('zh-CN', ZH, zhFields + dock).contacts).toBeUndefined();
  });

  it('the timeline after the contacts: only the cards above it are the contacts', () => {
    const body = `${zhFields}<div class="col"><h3>联系人</h3><div class="c"><b>周海涛</b> · 技术总监<br>手机 139 1234 5678</div>
      <h3>动态</h3><div class="c"><b>罗嘉怡</b> · 电话回访<br>11-26 拨打 0571-8890 2211</div></div>`;
    expect(read('zh-CN', ZH, body).contacts).toEqual([{ name: '周海涛', title: '技术总监', mobile: '139 1234 5678' }]);
  });

  it('an empty list ("暂无联系人", "No contacts yet")', () => {
    expect(
      read('zh-CN', ZH, `${zhFields}<h3>联系人（0）</h3><div><p>暂无联系人</p><a href="#">添加</a></div>`).contacts,
    ).toBeUndefined();
    const en = `${fieldsOf([
      ['Account name', 'Thornbury Joinery Ltd'],
      ['Phone', '0117 496 0000'],
    ])}<h3>Contacts</h3><div class="empty"><p>No contacts yet</p><button>Add contact</button></div>`;
    expect(read('en-GB', 'Thornbury Joinery Ltd', en).contacts).toBeUndefined();
  });

  it('a list page of contacts names no customer and no contact', () => {
    const rows = ['周海涛|技术总监|13912345678', '许静怡|财务主管|13857104421', '钱卫东|总经理|13705718842']
      .map((r) => `<div class="row"><b>${r.split('|')[0]}</b> · ${r.split('|')[1]}<br>手机 ${r.split('|')[2]}</div>`)
      .join('');
    const doc = parsePage(
      `<html lang="zh-CN"><head><title>联系人</title></head><body><h2>联系人（3）</h2><div class="list">${rows}</div></body></html>`,
    );
    const c = extractCustomer(doc, 'https://crm.example/app/contact/list', NOW, undefined, { adapters: [] });
    expect(c.contacts).toBeUndefined();
    expect(c.fields.name).toBeUndefined();
  });

  it('a person’s record lists no contacts, whatever its page shows under a heading', () => {
    const person = `<h1>周海涛</h1><div class="fields"><div class="item"><span class="label">性别</span><span class="value">男</span></div>
      <div class="item"><span class="label">手机</span><span class="value">13912345678</span></div></div>${cards('联系人（2）')}`;
    const doc = parsePage(`<html lang="zh-CN"><head><title>周海涛</title></head><body>${person}</body></html>`);
    const c = extractCustomer(doc, 'https://crm.example/app/contact/detail/31', NOW, undefined, { adapters: [] });
    expect(c.entity).toBe('person');
    expect(c.contacts).toBeUndefined();
  });
});
