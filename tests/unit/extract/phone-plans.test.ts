// A number under a bare phone word (one that names no kind of phone) is the mobile when its own numbering plan says
// so (utils/extract/generic/phone-shape.ts); national forms only on a page in the plan's language. Invented records.
import { isMobileShape } from '@/utils/extract/generic/phone-shape';
import { classReader } from './class-page';

const NOW = new Date('2026-11-30T08:00:00Z');
const { values } = classReader('en', NOW);
const row = (label: string, value: string) =>
  `<div class="fld"><span class="fld-label">${label}</span><span class="fld-value">${value}</span></div>`;
const card = (name: string, label: string, phone: string) =>
  `<div class="card">${row('Name', name)}${row(label, phone)}${row('E-mail', 'client@shop.example')}</div>`;

describe('a mobile under a bare phone word of any language', () => {
  it.each([
    ['Телефон', '+7 926 311-45-08', 'ru', '+79263114508'],
    ['Telefonszám', '+36 20 517 3390', 'hu', '+36205173390'],
    ['Telefon', '+48 601 233 870', 'pl', '+48601233870'],
    ['Simu', '+254 722 418 006', 'sw', '+254722418006'],
    ['फ़ोन', '+91 98104 22731', 'hi', '+919810422731'],
    ['Telefone', '+351 912 644 108', 'pt-PT', '+351912644108'],
    ['Điện thoại', '0977 204 516', 'vi', '0977204516'],
  ])('%s %s is the mobile', (label, written, lang, digits) => {
    const v = values(card('Ana Test', label, written), 'https://crm.example/client/7', lang);
    expect(v.mobile).toBe(digits);
    expect(v.phone).toBeUndefined();
  });

  it.each([
    ['Telefonszám', '+36 1 457 2210', 'hu', '+3614572210'],
    ['Telefon', '+49 30 2291 4470', 'de', '+493022914470'],
    ['Телефон', '+7 495 610-22-33', 'ru', '+74956102233'],
    ['Telefon', '+420 224 811 350', 'cs', '+420224811350'],
  ])('a landline under %s (%s) stays the phone', (label, written, lang, digits) => {
    const v = values(card('Ana Test', label, written), 'https://crm.example/client/7', lang);
    expect(v.phone).toBe(digits);
    expect(v.mobile).toBeUndefined();
  });

  it('a national form is read only on a page in its plan’s language', () => {
    const page = card('Ana Test', 'Telefon', '06 30 418 2291');
    expect(values(page, 'https://crm.example/client/7', 'hu').mobile).toBe('06304182291');
    expect(values(page, 'https://crm.example/client/7', '').phone).toBe('06304182291');
    expect(values(page, 'https://crm.example/client/7', '').mobile).toBeUndefined();
  });

  it('under English "Phone" as under any bare word: a mobile by its plan, a landline stays the phone', () => {
    const mobile = values(card('Tom Reed', 'Phone', '+61 412 555 019'), 'https://crm.example/client/7', 'en-AU');
    expect([mobile.mobile, mobile.phone]).toEqual(['+61412555019', undefined]);
    const landline = values(card('Tom Reed', 'Phone', '+61 2 9555 0190'), 'https://crm.example/client/7', 'en-AU');
    expect([landline.phone, landline.mobile]).toEqual(['+61295550190', undefined]);
  });

  it('ten digits run together are India’s mobile only on a page in an Indian language, never a US number', () => {
    const us = values(card('Amy Fox', 'Phone', '6145550173'), 'https://crm.example/client/7', 'en-US');
    expect([us.phone, us.mobile]).toEqual(['6145550173', undefined]);
    const noLang = values(card('Amy Fox', 'Phone', '9175550100'), 'https://crm.example/client/7');
    expect([noLang.phone, noLang.mobile]).toEqual(['9175550100', undefined]);
    const india = values(card('Ravi Menon', 'Phone', '9845012345'), 'https://crm.example/client/7', 'en-IN');
    expect([india.mobile, india.phone]).toEqual(['9845012345', undefined]);
  });
});

describe('numbering plans', () => {
  it('knows the mobile ranges of the countries CRMs are used in, in international form on any page', () => {
    for (const n of [
      '+36 30 418 2291',
      '+48 512 555 044',
      '+420 723 555 918',
      '+421 905 555 172',
      '+40 721 555 019',
      '+359 88 555 0193',
      '+30 694 555 0192',
      '+90 532 718 44 26',
      '+380 67 555 01 93',
      '+7 701 555 0193',
      '+39 347 555 0193',
      '+351 912 407 553',
      '+31 6 1234 5678',
      '+32 478 52 19 30',
      '+43 664 555 0193',
      '+41 79 555 01 93',
      '+46 70 555 01 83',
      '+47 412 38 106',
      '+45 21 55 04 39',
      '+358 40 555 0193',
      '+353 87 555 0172',
      '+62 812 5550 3374',
      '+60 12-348 9021',
      '+66 81 447 2936',
      '+63 917 555 0193',
      '+81 90-1234-5678',
      '+82 10-5550-7731',
      '+886 912 555 318',
      '+852 9386 2014',
      '+61 412 555 019',
      '+64 21 555 0193',
      '+27 82 555 0194',
      '+234 803 555 0192',
      '+254 722 418 006',
      '+20 100 555 0193',
      '+966 55 501 7732',
      '+971 50 555 0193',
      '+972 52 771 3904',
      '+98 912 555 0193',
      '+92 300 555 0193',
      '+880 1711-482063',
      '+94 77 555 0193',
      '+977 984 155 0193',
      '+52 1 55 5555 0193',
      '+57 310 555 0193',
      '+56 9 5555 0193',
      '+51 987 555 019',
      '+54 9 351 555-0193',
      '+251 91 155 0193',
      '0044 (0)7700 900 226',
    ])
      expect(isMobileShape(n), n).toBe(true);
  });

  it('landlines of the same countries and North America are no mobile', () => {
    for (const n of [
      '+36 1 457 2210',
      '+48 22 555 01 93',
      '+420 224 811 350',
      '+30 210 555 0193',
      '+90 212 555 01 93',
      '+39 02 5555 0193',
      '+31 20 555 0193',
      '+46 8 555 018 30',
      '+81 3-5555-0193',
      '+61 2 5555 0193',
      '+27 11 555 0194',
      '+971 4 555 0193',
      '+1 415 555 0193',
      '+7 495 610-22-33',
      '+44 20 7946 0958',
    ])
      expect(isMobileShape(n), n).toBe(false);
  });

  it('a national form shared with another plan’s landlines is a mobile only in its language', () => {
    expect(isMobileShape('029-8856 1207', 'zh-CN')).toBe(false); // Xi'an, not Brazil's (DD) 9…
    expect(isMobileShape('01632 960 447', 'en-GB')).toBe(false); // the UK, not Germany's 016…
    expect(isMobileShape('0710-555 3368')).toBe(false); // a Chinese area code, not the UK's 07…
    expect(isMobileShape('07700 900226', 'en-GB')).toBe(true);
    expect(isMobileShape('0151 2345 6789', 'de')).toBe(true);
    expect(isMobileShape('(11) 98765-4321', 'pt-BR')).toBe(true);
    expect(isMobileShape('(11) 98765-4321', 'zh-CN')).toBe(false);
    expect(isMobileShape('010-4827-3316', 'ko')).toBe(true);
    expect(isMobileShape('010-4827-3316')).toBe(false);
    expect(isMobileShape('0 (532) 718 44 26', 'tr')).toBe(true);
  });
});
