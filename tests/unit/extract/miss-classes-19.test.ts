// Round 19's missed values as classes (docs/adapters.md, "Session 19: missed values"): each rule on a small page of
// our own (made-up markup and values, never the held-out pages' own).
import { extractCustomer } from '@/utils/extract';
import { namesStaffRole } from '@/utils/extract/generic/staff-role';
import { genderOfAddress } from '@/utils/extract/generic/address-form';
import { normalizeGender } from '@/utils/core/normalize/gender';
import { foreignNationalId, uncheckedNationalId } from '@/utils/core/national-id';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-12-01T10:00:00Z');

/** The values the generic reader (adapters off) reads from a whole page. */
function values(body: string, url: string, lang = 'en'): Record<string, string> {
  const doc = parsePage(`<html lang="${lang}"><head><title>Record</title></head><body>${body}</body></html>`);
  const found = extractCustomer(doc, url, NOW, undefined, { adapters: [] }).fields;
  return Object.fromEntries(Object.entries(found).map(([k, v]) => [k, v.value]));
}

/** A record of label/value rows (a definition list) under a heading. */
function record(pairs: [string, string][]): string {
  const cells = pairs.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`);
  return `<main><h2>Record</h2><dl class="detail">${cells.join('')}</dl></main>`;
}

describe('the owner named by a staff role', () => {
  it.each([
    ['Loan specialist', 'Dana Whitfield', 'en'],
    ['Conseillère clientèle', 'Claire Morel', 'fr'],
    ['Müşteri danışmanı', 'Selin Aydın', 'tr'],
    ['Gestora de cuenta', 'Lucía Pardo', 'es'],
    ['Менеджер по продажам', 'Ольга Кравцова', 'ru'],
    ['区域经理', '宋立群', 'zh-CN'],
    ['Asesor/a comercial', 'Pau Serra', 'ca'],
  ])('“%s” names the owner', (label, owner, lang) => {
    const got = values(
      record([
        ['Name', 'Morgan Ellery'],
        ['Phone', '+44 20 7946 0321'],
        [label, owner],
      ]),
      'https://crm.example/customers/3307',
      lang,
    );
    expect(got.owner).toBe(owner);
  });

  it('a role of the customer company’s own people is no owner', () => {
    for (const label of ['General manager', 'Finance manager', 'Purchasing officer', 'Manager', 'Agent', '总经理'])
      expect(namesStaffRole(label.toLowerCase())).toBe(false);
    const got = values(
      record([
        ['Company', 'Harlow Tiles Ltd'],
        ['General manager', 'Peter Vance'],
        ['Finance manager', 'Rita Osei'],
        ['Phone', '+44 20 7946 0777'],
      ]),
      'https://crm.example/accounts/88',
    );
    expect(got.owner).toBeUndefined();
  });

  it('a label that names the owner wins over a role', () => {
    const got = values(
      record([
        ['Name', 'Morgan Ellery'],
        ['Regional manager', 'Ian Booth'],
        ['Account owner', 'Nadia Frost'],
      ]),
      'https://crm.example/customers/3308',
    );
    expect(got.owner).toBe('Nadia Frost');
  });
});

describe('the gender the record shows without a gender field', () => {
  it.each([
    ['Аял', 'female', 'ky'],
    ['Эркек', 'male', 'ky'],
    ['मुलगी', 'female', 'mr'],
    ['लड़का', 'male', 'hi'],
  ])('“%s” under a gender label is %s', (word, gender, lang) => {
    expect(normalizeGender(word)).toBe(gender);
    const got = values(
      record([
        ['Name', 'Morgan Ellery'],
        ['Gender', word],
        ['Phone', '+44 20 7946 0321'],
      ]),
      'https://crm.example/customers/3310',
      lang,
    );
    expect(got.gender).toBe(gender);
  });

  it.each([
    ['Madame Élise Garnier', 'female', 'fr'],
    ['M. Olivier Garnier', 'male', 'fr'],
    ['السيدة ليلى الحسني', 'female', 'ar'],
    ['Pani Anna Nowak', 'female', 'pl'],
  ])('the name written “%s” says %s', (written, gender, lang) => {
    const got = values(
      record([
        ['Name', written],
        ['Phone', '+44 20 7946 0321'],
        ['E-mail', 'client@mail.example'],
      ]),
      'https://crm.example/customers/3311',
      lang,
    );
    expect(got.gender).toBe(gender);
  });

  it('an initial, a title of degree or an English salutation says no gender; a gender field wins', () => {
    expect(genderOfAddress('M. Olivier Garnier', 'Olivier Garnier', 'en')).toBeNull();
    expect(genderOfAddress('Ms. Harriet Vance', 'Harriet Vance', 'en')).toBeNull();
    expect(genderOfAddress('Dr. Ann Lee', 'Ann Lee', 'en')).toBeNull();
    expect(genderOfAddress('何嘉欣小姐', '何嘉欣')).toBe('female');
    expect(genderOfAddress('何嘉欣', '何嘉欣')).toBeNull();
    const got = values(
      record([
        ['Name', 'Monsieur Alex Hart'],
        ['Gender', 'Female'],
        ['Phone', '+44 20 7946 0321'],
      ]),
      'https://crm.example/customers/3312',
    );
    expect(got.gender).toBe('female');
  });
});

describe('national ids by their own written forms', () => {
  it('a Kyrgyz ПИН (sex digit, DDMMYYYY, five digits) is the id; another 14-digit number is none', () => {
    expect(foreignNationalId('22507199000418')).toBe('22507199000418');
    expect(foreignNationalId('32507199000418')).toBeNull();
    expect(foreignNationalId('22513199000418')).toBeNull();
    const got = values(
      record([
        ['Аты-жөнү', 'Токтосунов Бакыт'],
        ['ПИН', '22507199000418'],
        ['Мобилдик телефон', '+996 555 123 456'],
      ]),
      'https://crm.example/client/view?id=12',
      'ky',
    );
    expect(got.idNumber).toBe('22507199000418');
  });

  it('a Moroccan CIN on a Moroccan page and a Nepali citizenship number on a Nepali page, nowhere else', () => {
    expect(uncheckedNationalId('JB123456', 'fr-MA')).toBe('JB123456');
    expect(uncheckedNationalId('JB123456', 'fr-FR')).toBeNull();
    expect(uncheckedNationalId('12-02-68-01234', 'ne')).toBe('12-02-68-01234');
    expect(uncheckedNationalId('12-02-68-01234', 'en')).toBeNull();
    const got = values(
      record([
        ['الاسم الكامل', 'يوسف الإدريسي'],
        ['رقم البطاقة الوطنية', 'JB123456'],
        ['الهاتف', '+212 661 234 567'],
      ]),
      'https://crm.example/clients/77',
      'ar-MA',
    );
    expect(got.idNumber).toBe('JB123456');
  });
});

describe('what was bought, named by its trade', () => {
  it.each([
    ['增值服务', '安心保·家庭版', 'zh-CN'],
    ['已购服务', '洗护年卡12次', 'zh-CN'],
    ['保養合約', '延長保固 3年', 'zh-TW'],
    ['运输协议', '2026年度 月结协议', 'zh-CN'],
    ['委托事项', '租赁纠纷代理', 'zh-CN'],
    ['ऋण प्रकार', 'कृषि ऋण', 'ne'],
    ['Насыя продукту', 'Айыл чарба насыясы', 'ky'],
    ['بیمه‌نامه', 'شخص ثالث – یک‌ساله', 'fa'],
    ['Тип кредита', 'Потребительский кредит', 'ru'],
  ])('“%s” names the product', (label, product, lang) => {
    const got = values(
      record([
        ['Name', 'Morgan Ellery'],
        ['Phone', '+44 20 7946 0321'],
        [label, product],
      ]),
      'https://crm.example/customers/3320',
      lang,
    );
    expect(got.product).toBe(product);
  });

  it('an agreement’s number or a consent’s state is no product; a privacy agreement names none', () => {
    const got = (label: string, value: string) =>
      values(
        record([
          ['Name', 'Morgan Ellery'],
          ['Phone', '+44 20 7946 0321'],
          [label, value],
        ]),
        'https://crm.example/customers/3321',
        'zh-CN',
      ).product;
    expect(got('运输协议', 'YS-2025-0042')).toBeUndefined();
    expect(got('服务协议', '已签署')).toBeUndefined();
    expect(got('隐私协议', '隐私政策 v2')).toBeUndefined();
  });

  it('an Afrikaans application signed is the sign date', () => {
    const got = values(
      record([
        ['Naam', 'Morgan Ellery'],
        ['Selfoon', '082 555 0199'],
        ['Polis', 'Gesinsplan Brons'],
        ['Aansoek onderteken', '2025/10/14'],
      ]),
      'https://crm.example/polishouers/55',
      'af',
    );
    expect(got.signDate).toBe('2025-10-14');
  });
});
