// Round 18's missed values as classes (docs/adapters.md, "Session 18: missed values"): national ids in their own
// written forms and check rules, ids of countries without a check digit on a page in their language, … — each rule
// on a small page of our own (made-up markup and values, never the held-out pages' own).
import { extractCustomer } from '@/utils/extract';
import { foreignNationalId, uncheckedNationalId } from '@/utils/core/national-id';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-11-30T10:00:00Z');

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

describe('national ids in their own written forms and check rules', () => {
  it.each([
    ['35201-5582014-3', "Pakistan's CNIC (5-7-1)"],
    ['19920318-23104-00021-14', "Tanzania's NIDA number (a birth date first)"],
    ['120395-10461', "Latvia's personas kods (old form, check digit)"],
    ['321456-78901', "Latvia's personas kods (new form, no check)"],
    ['880512300134', "Kazakhstan's ЖСН / ИИН (check digit)"],
  ])('%s is %s', (id) => {
    expect(foreignNationalId(id)).not.toBeNull();
  });

  it.each([
    ['120395-10468', 'a personas kods failing its check digit'],
    ['310295-10460', 'a personas kods with no such birth date'],
    ['880512300139', 'an ИИН failing its check digit'],
    ['19921318-23104-00021-14', 'a NIDA number with no such birth date'],
    ['3520155820143', 'a CNIC without its dashes (any 13-digit code)'],
  ])('%s is left out: %s', (id) => {
    expect(foreignNationalId(id)).toBeNull();
  });

  it('a CNIC under an Urdu id label is the id', () => {
    const got = values(
      record([
        ['نام', 'سلمان احمد قریشی'],
        ['شناختی کارڈ نمبر', '35201-5582014-3'],
        ['موبائل', '0300-5512874'],
      ]),
      'https://crm.example/customers/502',
      'ur',
    );
    expect(got.idNumber).toBe('35201-5582014-3');
  });

  it('a personas kods under a Latvian label is the id', () => {
    const got = values(
      record([
        ['Vārds, uzvārds', 'Anna Kalēja'],
        ['Personas kods', '120395-10461'],
        ['Mobilais tālrunis', '+371 2611 0482'],
      ]),
      'https://crm.example/clients/show/88',
      'lv',
    );
    expect(got.idNumber).toBe('120395-10461');
  });

  it('an ИИН failing its check under ЖСН is no id', () => {
    const got = values(
      record([
        ['Аты-жөні', 'Сейітов Данияр'],
        ['ЖСН', '880512300139'],
        ['Ұялы телефон', '+7 701 455 2210'],
      ]),
      'https://crm.example/clients/41',
      'kk',
    );
    expect(got.idNumber).toBeUndefined();
  });
});

describe('ids without a check digit, by the lengths of the page language’s country', () => {
  it('a Bangladeshi NID in Bengali digits under “জাতীয় পরিচয়পত্র নং” is the id', () => {
    const got = values(
      record([
        ['নাম', 'রফিকুল ইসলাম'],
        ['জাতীয় পরিচয়পত্র নং:', '৫৫০৩৮১৯২৭৪'],
        ['মোবাইল', '০১৭১১-৫৫২৮৯০'],
      ]),
      'https://crm.example/admin/customer/71/change/',
      'bn',
    );
    expect(got.idNumber).toBe('5503819274');
  });

  it('a Cambodian id card in Khmer digits is the id', () => {
    const got = values(
      record([
        ['ឈ្មោះ', 'ចាន់ ដារ៉ា'],
        ['លេខអត្តសញ្ញាណប័ណ្ណ', '០២០៣៤៥៦៧៨'],
        ['ទូរស័ព្ទ', '០៩៧ ៥៥៤ ២១០'],
      ]),
      'https://crm.example/#/clients/55',
      'km',
    );
    expect(got.idNumber).toBe('020345678');
  });

  it('the lengths hold only on a page in the language', () => {
    expect(uncheckedNationalId('5503819274', 'bn-BD')).toBe('5503819274');
    expect(uncheckedNationalId('5503819274', 'en')).toBeNull();
    expect(uncheckedNationalId('55038192', 'bn')).toBeNull();
  });
});
