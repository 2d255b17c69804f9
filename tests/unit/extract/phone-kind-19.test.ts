// A phone named by whose number it is — the record's kind (客户电话, 會員電話, Kundentelefon, Customer phone, Teléfono
// del cliente) — says nothing of the kind of line: a mobile under it is the mobile by its number, as under a bare
// Telefon (docs/adapters.md, "Session 19: a phone named by the record's kind"). Made-up records, no held-out page's.
import { extractCustomer } from '@/utils/extract';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-11-30T10:00:00Z');

/** The fields read, each as its value and the label it was read under. */
function values(pairs: [string, string][], lang: string): Record<string, string> {
  const cells = pairs.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('');
  const doc = parsePage(
    `<html lang="${lang}"><head><title>Record</title></head><body><main><h2>Record</h2><dl class="detail">${cells}</dl></main></body></html>`,
  );
  const found = extractCustomer(doc, 'https://crm.example/records/2207', NOW, undefined, { adapters: [] }).fields;
  return Object.fromEntries(Object.entries(found).map(([k, v]) => [k, `${v.value} @ ${v.source.label ?? ''}`]));
}

describe('a phone named by the record’s kind is typed by its number, in several languages', () => {
  it.each([
    ['de', 'Name', 'Jonas Weber', 'Kundentelefon', '+49 171 2345678'],
    ['en-GB', 'Name', 'Harriet Lowe', 'Customer phone', '+44 7700 900123'],
    ['es', 'Nombre', 'Lucía Prieto Gil', 'Teléfono del cliente', '+34 612 345 678'],
    ['zh-TW', '姓名', '林雅婷', '客戶電話', '139 1234 5678'],
  ])('%s: %s / %s', (lang, nameLabel, name, phoneLabel, number) => {
    const got = values(
      [
        [nameLabel, name],
        [phoneLabel, number],
      ],
      lang,
    );
    // Read under its label, as a mobile: not by its shape alone under a word the reader does not know.
    expect(got.mobile).toMatch(new RegExp(` @ ${phoneLabel}$`));
    expect(got.phone).toBeUndefined();
  });

  it('a fixed line under Kundentelefon stays a phone', () => {
    const got = values(
      [
        ['Name', 'Jonas Weber'],
        ['Kundentelefon', '+49 30 1234567'],
      ],
      'de',
    );
    expect([got.phone, got.mobile]).toEqual(['+49301234567 @ Kundentelefon', undefined]);
  });
});
