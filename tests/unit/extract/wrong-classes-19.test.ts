// Round 19's wrong and invented values as classes (docs/adapters.md, "Session 18: round 19's wrong values"): each rule
// on a small page of our own (made-up markup and values, never the held-out pages' own).
import { extractCustomer } from '@/utils/extract';
import { opensWithGreeting } from '@/utils/extract/generic/greeting-words';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-12-01T10:00:00Z');

/** The values the generic reader (adapters off) reads from a whole page, its tab title included. */
function values(title: string, body: string, url: string, lang = 'en'): Record<string, string> {
  const doc = parsePage(`<html lang="${lang}"><head><title>${title}</title></head><body>${body}</body></html>`);
  const found = extractCustomer(doc, url, NOW, undefined, { adapters: [] }).fields;
  return Object.fromEntries(Object.entries(found).map(([k, v]) => [k, v.value]));
}

/** A record of th/td rows. */
function table(pairs: [string, string][]): string {
  const cells = pairs.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`);
  return `<main><table>${cells.join('')}</table></main>`;
}

describe('a placeholder in brackets where a field is empty', () => {
  it.each([['（个人客户）'], ['(none)'], ['[not set]'], ['【无】']])('%s is no company', (placeholder) => {
    const found = values(
      'Record',
      table([
        ['姓名', '贺子骞'],
        ['手机', '139 0571 2286'],
        ['单位', placeholder],
      ]),
      'https://crm.example/client/77',
      'zh-CN',
    );
    expect(found.name).toBe('贺子骞');
    expect(found.company).toBeUndefined();
  });

  it('a company with a bracketed part keeps it', () => {
    const found = values(
      'Record',
      table([
        ['Name', 'Harriet Quayle'],
        ['Company', 'Quayle Optics (Leeds)'],
      ]),
      'https://crm.example/client/77',
    );
    expect(found.company).toBe('Quayle Optics (Leeds)');
  });
});

describe('the app’s welcome to its signed-in user', () => {
  // The record's name as the page's heading, the user bar right after it (a site that puts both in one header).
  const page = (greeting: string) =>
    `<div class="head"><div class="brand"><h1>Odile Marchand</h1></div><div class="tools">${greeting}, ` +
    `<strong>mkettle</strong></div></div>` +
    table([
      ['Mobile', '07700 900512'],
      ['Email', 'odile@example.org'],
    ]);

  it.each([['Welcome'], ['Benvingut/da'], ['Bienvenido(a)'], ['Willkommen'], ['欢迎您']])(
    '"%s, login" beside the title is no company',
    (greeting) => {
      expect(values('Member', page(greeting), 'https://crm.example/member/5').company).toBeUndefined();
    },
  );

  it('tells a greeting from a job line', () => {
    expect(opensWithGreeting('Welcome, jdoe')).toBe(true);
    expect(opensWithGreeting('Benvinguda, admin')).toBe(true);
    expect(opensWithGreeting('Hillside Welcome Centre, Ltd')).toBe(false);
    expect(opensWithGreeting('Highland Ltd, Buyer')).toBe(false);
  });
});

describe('Kyrgyz labels', () => {
  it('a mobile under Мобилдик телефон is the mobile, the code under Кардар коду the customer id', () => {
    const found = values(
      'Карыз алуучу',
      table([
        ['Кардар коду', 'KG-BSH-3310'],
        ['Аты-жөнү', 'Токтогулова Жылдыз Маратовна'],
        ['Мобилдик телефон', '+996 700 125 884'],
        ['Дареги', 'Бишкек ш., Чүй пр. 40, 7-батир'],
      ]),
      'https://crm.example/borrower/view?id=3310',
      'ky',
    );
    expect(found).toMatchObject({
      customerId: 'KG-BSH-3310',
      name: 'Токтогулова Жылдыз Маратовна',
      mobile: '+996700125884',
      address: 'Бишкек ш., Чүй пр. 40, 7-батир',
    });
    expect(found.phone).toBeUndefined();
  });
});

describe('a page title that says “view …” is no name', () => {
  it('a Nepali “सदस्य हेर्नुहोस्” heading gives way to the name under नाम थर, the code under सदस्य नं.', () => {
    const found = values(
      'सदस्य',
      `<h1><i class="icon"></i> ग्राहक हेर्नुहोस्</h1>` +
        table([
          ['सदस्य नं.', 'KTM-02291'],
          ['नाम थर', 'गीता माया तामाङ'],
          ['मोबाइल', '9851 204 337'],
        ]),
      'https://crm.example/admin/members/2291',
      'ne',
    );
    expect(found.name).toBe('गीता माया तामाङ');
    expect(found.customerId).toBe('KTM-02291');
  });

  it('a Hindi “सदस्य देखें” heading is no name either', () => {
    const found = values(
      'सदस्य',
      `<h1><i class="icon"></i> सदस्य देखें</h1>` +
        table([
          ['मोबाइल', '98110 22345'],
          ['पता', 'सेक्टर 21, नोएडा'],
        ]),
      'https://crm.example/admin/members/4410',
      'hi',
    );
    expect(found.name).toBeUndefined();
  });
});
