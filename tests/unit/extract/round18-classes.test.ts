// Round 18: owners named by their trade, codes that carry the URL's id after a year group, Lao and Khmer forms of
// address, the bare patient word (docs/adapters.md, "Round 18: values"): each rule on a small page of our own
// (made-up markup and values, never the held-out pages' own).
import { extractCustomer } from '@/utils/extract';
import { stripSalutation } from '@/utils/core/normalize/text';
import { isMobileShape } from '@/utils/extract/generic/phone-shape';
import { foreignNationalId } from '@/utils/core/national-id';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-11-30T10:00:00Z');

/** The values the generic reader (adapters off) reads from a whole page, its tab title included. */
function values(title: string, body: string, url: string, lang = 'en'): Record<string, string> {
  const doc = parsePage(`<html lang="${lang}"><head><title>${title}</title></head><body>${body}</body></html>`);
  const found = extractCustomer(doc, url, NOW, undefined, { adapters: [] }).fields;
  return Object.fromEntries(Object.entries(found).map(([k, v]) => [k, v.value]));
}

/** A record of label/value rows (span pairs) under a heading. */
function rows(heading: string, pairs: [string, string][]): string {
  const cells = pairs.map(([k, v]) => `<div class="row"><span class="k">${k}</span><span class="v">${v}</span></div>`);
  return `<main><h2>${heading}</h2><div class="card">${cells.join('')}</div></main>`;
}

describe('the staff member a customer is assigned to, named by their trade', () => {
  const owner = (label: string, lang: string, name = 'Odile Marchand') =>
    values(
      'Record',
      rows('Record', [
        ['Name', 'Harriet Quayle'],
        ['Mobile', '07700 900512'],
        [label, name],
      ]),
      'https://crm.example/people/812',
      lang,
    ).owner;

  it.each([
    ['Loan Officer', 'en'],
    ['Relationship Officer', 'en'],
    ['Area Manager', 'en'],
    ['Consultant', 'en'],
    ['Coordonnatrice', 'fr'],
    ['Konsultants', 'lv'],
    ['Afisa mkopo', 'sw'],
  ])('%s (%s) names the owner', (label, lang) => {
    expect(owner(label, lang)).toBe('Odile Marchand');
  });

  it.each([['服务经纪人'], ['负责经纪人'], ['信贷员'], ['片区管理员']])('%s names the owner', (label) => {
    expect(owner(label, 'zh-CN', '祁若岚')).toBe('祁若岚');
  });

  it('a bare Broker (the customer’s own intermediary, a firm) is no owner', () => {
    expect(owner('Broker', 'en', 'Harrow &amp; Lyle Insurance')).toBeUndefined();
  });

  it('a Lao form of address before the owner’s name is dropped', () => {
    expect(owner('ຕົວແທນ', 'lo', 'ນາງ ຄຳແພງ ໄຊຍະວົງ')).toBe('ຄຳແພງ ໄຊຍະວົງ');
  });

  it('a co-operating broker (合作经纪人) is nobody’s owner', () => {
    expect(owner('合作经纪人', 'zh-CN', '祁若岚')).toBeUndefined();
  });
});

describe('a shown code whose last number is the URL’s record id, after a year group, is the customer code', () => {
  const page = (label: string, code: string, url: string) =>
    values(
      'Dossier',
      rows('Dossier', [
        [label, code],
        ['Name', 'Harriet Quayle'],
        ['Mobile', '07700 900512'],
        ['Email', 'hq@mail.example'],
      ]),
      url,
    );

  it('KLT-2021-0583 for record 583 beats the bare id', () => {
    expect(page('File ref', 'KLT-2021-0583', 'https://crm.example/files/583').customerId).toBe('KLT-2021-0583');
  });

  it('an invoice’s number ending in the record’s id is no customer code', () => {
    expect(page('Invoice', 'INV-2021-0583', 'https://crm.example/files/583').customerId).not.toBe('INV-2021-0583');
  });
});

describe('Lao and Khmer forms of address before a name', () => {
  it.each([
    ['ທ້າວ ບຸນມີ ສີສຸວັນ', 'ບຸນມີ ສີສຸວັນ'],
    ['ນາງ ຄຳແພງ ໄຊຍະວົງ', 'ຄຳແພງ ໄຊຍະວົງ'],
    ['លោកស្រី សុខ ចាន់ធី', 'សុខ ចាន់ធី'],
  ])('%s → %s', (written, name) => {
    expect(stripSalutation(written)).toBe(name);
  });
});

describe('the bare patient word names the patient', () => {
  it('"Patiente: Mme …" under a page-kind heading', () => {
    const read = values(
      'Dossier patient',
      `<main><h1>Dossier patient</h1><div class="card">${[
        ['Patiente', 'Mme Louise Fréchette-Paré'],
        ['Cellulaire', '514 555-0187'],
        ['Courriel', 'lfp@courriel.example'],
      ]
        .map(([k, v]) => `<div class="row"><span class="k">${k}</span><span class="v">${v}</span></div>`)
        .join('')}</div></main>`,
      'https://clinique.example/patients/902',
      'fr',
    );
    expect(read.name).toBe('Louise Fréchette-Paré');
  });
});

describe('Laos’s and Cambodia’s mobiles by their numbering plan, in native digits too', () => {
  it.each([
    ['020 5812 3304', 'lo', true],
    ['+856 20 5812 3304', 'en', true],
    ['021 214 551', 'lo', false],
    ['012 730 418', 'km', true],
    ['០១២ ៧៣០ ៤១៨', 'km', true],
    ['+855 97 730 4182', 'en', true],
    ['023 214 551', 'km', false],
  ])('%s (%s) is a mobile: %s', (written, lang, mobile) => {
    expect(isMobileShape(written, lang)).toBe(mobile);
  });
});

describe('a Chilean company’s RUT (50 million and up) is no person’s id', () => {
  it('76.482.913-1 is a company’s tax number, 12.345.678-5 a person’s RUN', () => {
    expect(foreignNationalId('76.482.913-1')).toBeNull();
    expect(foreignNationalId('12.345.678-5')).toBe('12.345.678-5');
  });
});

describe('a widget’s hidden original input after the label, the shown one in the element after it', () => {
  const field = (label: string, value: string) =>
    `<div class="fi"><label>${label}：</label><input class="w-orig" style="display:none" value="${value}">` +
    `<span class="w"><input class="w-text" readonly value="${value}"><input type="hidden" value="${value}"></span></div>`;

  it('reads the record from the shown inputs', () => {
    const read = values(
      '用户档案',
      `<form>${field('户主姓名', '沈乐雯')}${field('手机', '15987012345')}${field('供水地址', '浙江省宁波市鄞州区天童南路 66 号 3 幢 1202 室')}${field('合同签订日期', '2024-03-18')}</form>`,
      'https://water.example/account/view.do?no=88213',
      'zh-CN',
    );
    expect(read.name).toBe('沈乐雯');
    expect(read.mobile).toBe('15987012345');
  });
});
