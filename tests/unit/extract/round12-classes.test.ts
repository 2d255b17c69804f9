// Classes of wrong and invented values seen on round 12 of the held-out pages (docs/adapters.md, "Round 12 classes"):
// each rule on a small page of our own (made-up markup and values, never the held-out pages' own).
import { classReader } from './class-page';

const NOW = new Date('2026-11-30T10:00:00Z');
const { values } = classReader('en', NOW);

describe('names as the page writes them', () => {
  it('a Chinese name with a form of address after it ("俞志远 先生") is the name', () => {
    const page = `<div class="sec"><h2>俞志远 先生 <small>B级</small></h2><table>
      <tr><th>手机</th><td>139 2210 5531</td><th>意向区域</th><td>朝阳</td></tr><tr><th>证件号码</th><td>110105198803124417</td></tr></table></div>`;
    expect(values(page, 'https://crm.example/client/8831', 'zh-CN').name).toBe('俞志远');
  });

  it('姓 + 名 joined as the record’s header writes them ("高橋 美咲")', () => {
    const page = `<div class="hdr"><span class="recordLabel">高橋 美咲</span></div><table>
      <tr><td class="fl"><label>姓</label></td><td>高橋</td><td class="fl"><label>名</label></td><td>美咲</td></tr>
      <tr><td class="fl"><label>携帯電話</label></td><td>090-5521-3307</td><td class="fl"><label>メール</label></td><td>misaki@takahashi.example</td></tr></table>`;
    expect(values(page, 'https://crm.example/index.php?module=Contacts&record=88', 'ja').name).toBe('高橋 美咲');
  });

  it('a panel title naming the record’s kind before its name ("Customer · …") is the name', () => {
    const item = (label: string, value: string) =>
      `<div class="x-form-item"><label class="x-form-item-label">${label}:</label><div class="x-form-display-field">${value}</div></div>`;
    const page = `<div class="x-panel"><h2 class="x-panel-header">Customer · Fjordline Seafood AS</h2><div>
      ${item('Code', 'FS-5521')}${item('Address', 'Strandkaien 12')}${item('City', 'Bergen')}${item('Phone', '+47 22 55 01 84')}
      ${item('Email', 'post@fjordline.example')}</div></div>`;
    expect(values(page, 'https://crm.example/s/CUSTOMER?id=5521').name).toBe('Fjordline Seafood AS');
  });
});

describe('the code the page shows for the URL’s id', () => {
  const cell = (label: string, value: string) =>
    `<tr><td class="fl">${label}</td><td class="fv"><span class="value">${value}</span></td></tr>`;
  const page = (code: string) =>
    `<div class="card"><h2>Tomasz Wilk</h2><table>${cell('Numer kontrahenta', code)}${cell('Email', 'tomasz@wilk.example')}${cell('Telefon', '+48 601 555 204')}</table></div>`;

  it('under a label this reader does not know: the id with a letter prefix, zero-padded, or after a dotted prefix', () => {
    expect(values(page('KTR5204'), 'https://crm.example/partners/view?record=5204', 'pl').customerId).toBe('KTR5204');
    expect(values(page('#005204'), 'https://crm.example/partners/view?record=5204', 'pl').customerId).toBe('005204');
    expect(values(page('20.01.5204'), 'https://crm.example/partners/view?record=5204', 'pl').customerId).toBe(
      '20.01.5204',
    );
    // A phone number ending in the id is no code.
    expect(
      values(page('601.555.5204'), 'https://crm.example/partners/view?record=5204', 'pl').customerId,
    ).toBeUndefined();
  });

  it('a code label alone on its line with the code in the element after it ("رقم العميل: <bdi>#…</bdi>")', () => {
    const page2 = `<div class="box"><h2>Acme Trading</h2><p>Customer No: <bdi>#007712</bdi></p>
      <p>Email: sales@acme-trading.example</p><p>Phone: +971 4 555 0177</p></div>`;
    expect(values(page2, 'https://crm.example/clients/view/9', 'en').customerId).toBe('007712');
  });
});

describe('contact lines are not part of a name or an address', () => {
  it('"Employer: Co · (313) 555-0116": the company without its phone', () => {
    const page = `<div class="rec"><h1>Dr. Ruth Okonkwo</h1><div class="tile"><h3>Details</h3><p>Email: ruth@okonkwo.example</p>
      <p>Employer: Lakeside Orthodontics · (616) 555-0190</p><p>Birthday: 1971-04-02</p></div></div>`;
    expect(values(page, 'https://crm.example/constituents/44').company).toBe('Lakeside Orthodontics');
  });

  it('an address block whose last line is a phone number: the address without it', () => {
    const page = `<div class="card"><h2>Customer details</h2><p>Email: gil@marsh.example</p></div>
      <div class="card"><h3>Shipping address</h3><address><p>Gil Marsh</p><p>88 Harbor Way</p><p>Seattle, 98101</p>
      <p>WA</p><p>United States of America</p><p>+1 206 555 0112</p></address></div>`;
    const got = values(page, 'https://crm.example/customers/Q3VzdG9tZXI6NDQ=');
    expect(got.address ?? '').not.toMatch(/555/);
  });
});
