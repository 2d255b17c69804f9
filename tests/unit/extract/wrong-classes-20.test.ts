// Round 19's wrong values as classes, second pass (docs/adapters.md, "Session 19: round 19's wrong values"): each rule
// on a small page of our own (made-up markup and values, never the held-out pages' own).
import { extractCustomer } from '@/utils/extract';
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

/** A record of label/value rows as an admin's read-only form draws them (label, then a div). */
function rows(pairs: [string, string][]): string {
  const cells = pairs.map(([k, v]) => `<div class="row"><label>${k}:</label><div class="value">${v}</div></div>`);
  return `<form><fieldset>${cells.join('')}</fieldset></form>`;
}

describe('a name in two fields the site heading must not beat', () => {
  const branding = '<div id="header"><h1>Centre Cívic Sants · Administració</h1></div><h1>Veure soci</h1>';

  it('Catalan Nom + Cognoms: Nom is the given name, the whole name is both', () => {
    const found = values(
      'Soci',
      branding +
        rows([
          ['Nom', 'Núria'],
          ['Cognoms', 'Soler i Vives'],
          ['Mòbil', '+34 622 410 338'],
          ['Correu electrònic', 'nsoler@example.org'],
        ]),
      'https://crm.example/admin/socis/soci/5520/change/',
      'ca',
    );
    expect(found.name).toBe('Núria Soler i Vives');
  });

  it('French Nom beside Prénom stays the surname', () => {
    const found = values(
      'Client',
      rows([
        ['Nom', 'Lefebvre'],
        ['Prénom', 'Hélène'],
        ['Portable', '06 12 44 90 31'],
      ]),
      'https://crm.example/clients/311',
      'fr',
    );
    expect(found.name).toBe('Hélène Lefebvre');
  });

  it('Afrikaans Van (surname) shown before Voorname joins given names first', () => {
    const found = values(
      'Kliënt',
      table([
        ['Van', 'du Plessis'],
        ['Voorname', 'Anna Maria'],
        ['Selfoon', '082 555 0143'],
      ]),
      'https://crm.example/kliente/48',
      'af',
    );
    expect(found.name).toBe('Anna Maria du Plessis');
  });

  it('a "Van" holding a date (a range’s start) is no surname', () => {
    const found = values(
      'Kliënt',
      table([
        ['Voorname', 'Anna'],
        ['Van', '2025/01/01'],
        ['Selfoon', '082 555 0143'],
      ]),
      'https://crm.example/kliente/48',
      'af',
    );
    expect(found.name).toBeUndefined();
  });
});

describe('a section title is no name where the name’s label is a role’s', () => {
  it('Marathi विद्यार्थ्याचे नाव (the student’s name) under a section title; the student number is the code', () => {
    const found = values(
      'विद्यार्थी',
      `<h2>विद्यार्थी माहिती</h2>` +
        table([
          ['विद्यार्थी क्रमांक', 'SV-2025-0311'],
          ['विद्यार्थ्याचे नाव', 'ईशा राहुल देशपांडे'],
          ['जन्मतारीख', '04/02/2011'],
          ['पत्ता', 'फ्लॅट ३, कोथरूड, पुणे 411038'],
        ]),
      'https://crm.example/admin/students/311',
      'mr',
    );
    expect(found.name).toBe('ईशा राहुल देशपांडे');
    expect(found.customerId).toBe('SV-2025-0311');
  });

  it('Hindi छात्र का नाम (the student’s name) is the record’s name', () => {
    const found = values(
      'छात्र',
      `<h2>छात्र जानकारी</h2>` +
        table([
          ['छात्र का नाम', 'रोहन वर्मा'],
          ['मोबाइल', '98110 22345'],
        ]),
      'https://crm.example/admin/students/77',
      'hi',
    );
    expect(found.name).toBe('रोहन वर्मा');
  });
});

describe('the code the page shows for the URL’s record id', () => {
  it('stays when the record is found by its values’ shapes (a section title, labels the reader lacks)', () => {
    // Only the birth date and the address are words the reader knows; the mobile is read by its shape.
    const pairs: [string, string][] = [
      ['सभासद संकेत', 'SB-2526-0419'],
      ['जन्मतारीख', '04/02/1990'],
      ['व्यवसाय', 'शिक्षक'],
      ['पत्ता', 'फ्लॅट ३, कोथरूड, पुणे 411038'],
      ['घर मोबाईल', '+91 98220 11873'],
      ['गट', 'सकाळ 2025-26'],
    ];
    const grid = pairs.map(([k, v]) => `<div><p class="k">${k}</p><p class="v">${v}</p></div>`).join('');
    const found = values(
      'सभासद',
      `<main><div class="card"><h2>सभासद तपशील</h2><div class="grid">${grid}</div></div></main>`,
      'https://crm.example/admin/members/419',
      'mr',
    );
    expect(found.mobile).toBe('+919822011873');
    expect(found.customerId).toBe('SB-2526-0419');
  });
});

describe('a word one language uses for the name and another for the address', () => {
  const page = table([
    ['Adı', 'Şirvan Tekstil MMC'],
    ['Ünvan', 'Bakı şəhəri, Nəsimi rayonu, Azadlıq prospekti 45, AZ1000'],
    ['Telefon', '+994 12 440 19 27'],
    ['E-poçt', 'info@sirvan.example'],
  ]);

  it('Azerbaijani Ünvan is the address, the name under Adı', () => {
    const found = values('Müştəri', page, 'https://crm.example/nova/resources/customers/55', 'az');
    expect(found.address).toBe('Bakı şəhəri, Nəsimi rayonu, Azadlıq prospekti 45, AZ1000');
    expect(found.name).toBe('Şirvan Tekstil MMC');
  });

  it('on a Turkish page Ünvan is still the firm’s title', () => {
    const found = values(
      'Müşteri',
      table([
        ['Ünvan', 'Ege Tekstil A.Ş.'],
        ['Telefon', '+90 232 440 19 27'],
        ['Adres', 'Alsancak Mah. 1453 Sok. No: 12, İzmir'],
      ]),
      'https://crm.example/musteri/55',
      'tr',
    );
    expect(found.name ?? found.company).toBe('Ege Tekstil A.Ş.');
  });
});

describe('an offer row above the signed contract', () => {
  it.each([['Ofertë'], ['Təklif'], ['Ofertă'], ['Ajánlat']])('a row typed %s is no purchase', (offer) => {
    const found = values(
      'Client',
      table([
        ['Name', 'Dora Kelmendi'],
        ['Mobile', '+355 69 402 1187'],
      ]) +
        `<h3>Policies</h3><table><thead><tr><th>No.</th><th>Product</th><th>Type</th><th>Date</th></tr></thead><tbody>` +
        `<tr><td>OF-2025-77</td><td>Home cover Plus</td><td>${offer}</td><td>2025-11-20</td></tr>` +
        `<tr><td>PL-2025-12</td><td>Motor TPL, 12 months</td><td>Signed policy</td><td>2025-09-02</td></tr>` +
        `</tbody></table>`,
      'https://crm.example/clients/902',
    );
    expect(found.product).toBe('Motor TPL, 12 months');
    expect(found.signDate).toBe('2025-09-02');
  });
});

describe('a split address whose numbered part another part already holds', () => {
  it('房号 repeated at the end of 房屋地址 is said once', () => {
    const found = values(
      '业主详情',
      table([
        ['业主姓名', '龙晓燕'],
        ['手机号码', '138 7310 2291'],
        ['房号', '3栋1单元602'],
        ['房屋地址', '湖南省长沙市雨花区韶山南路88号金桂园3栋1单元602'],
      ]),
      'https://crm.example/owner/detail?id=602',
      'zh-CN',
    );
    expect(found.address).toBe('湖南省长沙市雨花区韶山南路88号金桂园3栋1单元602');
  });

  it('a city that a street’s name repeats stays', () => {
    const found = values(
      'Client',
      table([
        ['Name', 'Paul Girard'],
        ['Mobile', '06 12 44 90 31'],
        ['Street', '12 Rue de Lyon'],
        ['City', 'Lyon'],
      ]),
      'https://crm.example/clients/7',
    );
    expect(found.address).toContain('Lyon');
    expect(found.address).toMatch(/Lyon.*Lyon/);
  });
});
