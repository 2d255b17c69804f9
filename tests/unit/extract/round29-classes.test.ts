// Round 29's wrong and missed values, as classes (docs/adapters.md, "Session 28: round 29 opened"). Each rule on a small
// page of our own (made-up markup and values, never the held-out pages' own).
import { pairRows, readGenericValues } from './dom-helpers';

const NOW = new Date('2026-12-03T15:00:00Z');

const read = (body: string, url: string, lang: string, title?: string) =>
  readGenericValues(body, url, lang, NOW, title);

const rows = pairRows;

describe('what a value’s cell holds beside the value', () => {
  it('a copy action after a code (antd’s ant-typography-copy, a bare 复制 link) is no part of it', () => {
    const v = read(
      `<main><h2>客户详情</h2>${rows([
        ['客户号', '2080031744<a class="ant-typography-copy">复制</a>'],
        ['客户姓名', '任思远'],
        ['手机号码', '138 0571 2201<a>Copy</a>'],
      ])}</main>`,
      'https://crm.example/client/detail?x=1',
      'zh-CN',
    );
    expect(v.customerId).toBe('2080031744');
    expect(v.mobile).toBe('13805712201');
  });

  it('a caption’s note under it (Vant’s van-cell__label) is not the value; a value’s description under it is no part of it', () => {
    const cell = (title: string, value: string, note = '') =>
      `<div class="van-cell"><div class="van-cell__title"><span>${title}</span>${
        note ? `<div class="van-cell__label">${note}</div>` : ''
      }</div><div class="van-cell__value"><span>${value}</span></div></div>`;
    const v = read(
      `<main>${cell('姓名', '柯雨晴')}${cell('手机号', '177 5718 0001')}${cell(
        '寄件地址',
        '浙江省杭州市上城区 清泰街 58 号 2 幢 301 室',
        '样片寄送',
      )}<div class="t-cell"><div class="t-cell__title">客户编号</div><div class="t-cell__note">KH-0093<div class="t-cell__description">老客户</div></div></div></main>`,
      'https://crm.example/h5/#/customer/KH-0093',
      'zh-CN',
    );
    expect(v.address).toBe('浙江省杭州市上城区 清泰街 58 号 2 幢 301 室');
    expect(v.customerId).toBe('KH-0093');
  });

  it('a bold line naming the person with 女士 says her gender, no heading by its markup', () => {
    const v = read(
      `<div class="head-card"><div style="font-weight:600">客户：冉静 女士 <span class="tag">已签单</span></div></div>
        <div class="card">${rows([
          ['姓名', '冉静'],
          ['手机号', '177 5718 0002'],
        ])}</div>`,
      'https://crm.example/customer/8802',
      'zh-CN',
    );
    expect(v.gender).toBe('female');
  });
});

describe('names and ids as other countries write them', () => {
  it('Greek: the father’s name (Πατρώνυμο) is no part of the name; the identity card is the id, not ΑΜΚΑ', () => {
    const v = read(
      rows([
        ['Επώνυμο', 'Λαμπράκη'],
        ['Όνομα', 'Άννα'],
        ['Πατρώνυμο', 'Νικόλαος'],
        ['Αρ. Δελτίου Ταυτότητας', 'ΑΒ 104233'],
        ['ΑΜΚΑ', '21048512345'],
        ['Κινητό', '+30 694 111 2233'],
      ]),
      'https://crm.example/customers/881',
      'el',
    );
    expect(v.name).toBe('Άννα Λαμπράκη');
    expect(v.idNumber).toBe('ΑΒ 104233');
  });

  it('Hungarian: the family name first, the street and the floor among the address parts', () => {
    const v = read(
      rows([
        ['Vezetéknév', 'Kovács'],
        ['Utónév', 'Anna'],
        ['Mobiltelefon', '+36 30 111 2233'],
        ['Irányítószám', '1055'],
        ['Település', 'Budapest'],
        ['Közterület neve és jellege', 'Kossuth tér'],
        ['Házszám', '4'],
        ['Emelet / ajtó', '2/5'],
      ]),
      'https://crm.example/ugyfelek/4411',
      'hu',
    );
    expect(v.name).toBe('Kovács Anna');
    expect(v.address).toBe('1055, Budapest, Kossuth tér, 4, 2/5');
  });

  it('Philippine: name parts with a Filipino gloss in brackets, the PhilSys card number, the borrower’s number', () => {
    const v = read(
      rows([
        ['Borrower No.', 'BR-0042'],
        ['First Name (Pangalan)', 'Liza'],
        ['Middle Name (Gitnang Pangalan)', 'Reyes'],
        ['Last Name (Apelyido)', 'Soriano'],
        ['PhilSys Card No. (PCN)', '1234-5678-9012-3456'],
        ['Mobile No.', '0917 000 1122'],
      ]),
      'https://crm.example/borrowers/BR-0042',
      'en-PH',
    );
    expect(v.name).toBe('Liza Reyes Soriano');
    expect(v.customerId).toBe('BR-0042');
    expect(v.idNumber).toBe('1234-5678-9012-3456');
  });

  it('labels in two languages (Hindi / English), however long, and a value in both', () => {
    const v = read(
      `<h2>Meera Joshi</h2>${rows([
        ['ग्राहक आईडी / Client ID', 'NL-C-0042'],
        ['लिंग / Gender', 'महिला / Female'],
        ['जन्म तिथि / Date of Birth', '23/08/1981'],
        ['मोबाइल / Mobile', '+91 98290 00001'],
        ['प्रस्ताव हस्ताक्षर तिथि / Proposal Signed On', '14/11/2025'],
      ])}`,
      'https://crm.example/service/policyholder/NL-C-0042',
      'hi-IN',
    );
    expect(v.customerId).toBe('NL-C-0042');
    expect(v.gender).toBe('female');
    expect(v.birthDate).toBe('1981-08-23');
    expect(v.signDate).toBe('2025-11-14');
  });
});

describe('one record across its cards', () => {
  it('the relationship manager on the person’s card and the policy’s advisor on the next are one record’s staff', () => {
    const v = read(
      `<div class="card">${rows([
        ['Client ID', 'C-7781'],
        ['Name', 'Meera Joshi'],
        ['Mobile', '+91 98290 00002'],
        ['Relationship Manager', 'Amit Kale'],
      ])}</div><div class="card"><h3>Policy</h3>${rows([
        ['Plan', 'Jeevan Term Plan'],
        ['Proposal Signed On', '14/11/2025'],
        ['Advisor', 'Pooja Saini'],
      ])}</div>`,
      'https://crm.example/clients/C-7781',
      'en-IN',
    );
    expect(v.owner).toBe('Amit Kale');
    expect(v.product).toBe('Jeevan Term Plan');
    expect(v.signDate).toBe('2025-11-14');
  });
});
