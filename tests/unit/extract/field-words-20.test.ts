// Session 20: field words by concept (docs/adapters.md, "Session 20: field words by concept"): the words added for
// every language's empty fields, and a name part read in the page's own language. Made-up markup, names and numbers.
import { normalizeGender } from '@/utils/core/normalize/gender';
import { WORLD_WORDS, wordsOf } from '@/utils/extract/generic/words';
import { classReader } from './class-page';

const NOW = new Date('2026-12-01T10:00:00Z');
const { values } = classReader('en', NOW);
const page = (rows: [string, string][]) =>
  `<div class="card"><table>${rows.map(([l, v]) => `<tr><td>${l}</td><td>${v}</td></tr>`).join('')}</table></div>`;

describe('a name part means what the page language says', () => {
  it('Bulgarian Презиме is the middle name between Име and Фамилия', () => {
    const rows: [string, string][] = [
      ['Име', 'Иван'],
      ['Презиме', 'Петров'],
      ['Фамилия', 'Иванов'],
      ['Мобилен телефон', '+359 88 123 4567'],
    ];
    expect(values(page(rows), 'https://crm.example/client/7', 'bg')).toMatchObject({
      name: 'Иван Петров Иванов',
      mobile: '+359881234567',
    });
  });

  it('Serbian and Macedonian Презиме is the surname', () => {
    const rows: [string, string][] = [
      ['Име', 'Марко'],
      ['Презиме', 'Петровић'],
    ];
    expect(values(page(rows), 'https://crm.example/client/8', 'sr')).toMatchObject({ name: 'Марко Петровић' });
    expect(values(page(rows), 'https://crm.example/client/8', 'mk-MK')).toMatchObject({ name: 'Марко Петровић' });
  });
});

type Case = [lang: string, rows: [string, string][], expected: Record<string, string>];

const FILLED: Case[] = [
  [
    'lt',
    [
      ['Vardas', 'Rūta'],
      ['Pavardė', 'Kazlauskienė'],
      ['Mobilus telefonas', '+370 612 34567'],
      ['Gimimo data', '1984-05-17'],
      ['Kliento kodas', 'LT-2044'],
    ],
    { name: 'Rūta Kazlauskienė', mobile: '+37061234567', birthDate: '1984-05-17', customerId: 'LT-2044' },
  ],
  [
    'et',
    [
      ['Täisnimi', 'Kadri Tamm'],
      ['Mobiiltelefon', '+372 5123 4567'],
      ['Sünniaeg', '1984-05-17'],
      ['Kliendi kood', 'EE-881'],
    ],
    { name: 'Kadri Tamm', mobile: '+37251234567', birthDate: '1984-05-17', customerId: 'EE-881' },
  ],
  [
    'sk',
    [
      ['Meno', 'Zuzana'],
      ['Priezvisko', 'Horváthová'],
      ['Mobilný telefón', '+421 903 123 456'],
      ['Kód zákazníka', 'SK-3310'],
    ],
    { name: 'Zuzana Horváthová', mobile: '+421903123456', customerId: 'SK-3310' },
  ],
  [
    'th',
    [
      ['ชื่อ-นามสกุล', 'สมชาย ใจดี'],
      ['เบอร์มือถือ', '081 234 5678'],
      ['รหัสลูกค้า', 'TH-5120'],
    ],
    { name: 'สมชาย ใจดี', mobile: '0812345678', customerId: 'TH-5120' },
  ],
  [
    'sw',
    [
      ['Jina kamili', 'Neema Mwakasege'],
      ['Simu ya mkononi', '+255 754 123 456'],
      ['Barua pepe', 'neema@duka.example'],
    ],
    { name: 'Neema Mwakasege', mobile: '+255754123456', email: 'neema@duka.example' },
  ],
  [
    'rw',
    [
      ['Amazina', 'Uwase Claudine'],
      ['Igitsina', 'Gore'],
      ["Itariki y'amavuko", '1990-03-12'],
    ],
    { name: 'Uwase Claudine', gender: 'female', birthDate: '1990-03-12' },
  ],
  [
    'cy',
    [
      ['Enw cyntaf', 'Siân'],
      ['Cyfenw', 'Prydderch'],
      ['Ffôn symudol', '+44 7700 900123'],
      ['Cyfeiriad', '12 Stryd Fawr, Aberystwyth'],
    ],
    { name: 'Siân Prydderch', mobile: '+447700900123', address: '12 Stryd Fawr, Aberystwyth' },
  ],
  [
    'ht',
    [
      ['Prenon', 'Wideline'],
      ['Siyati', 'Joseph'],
      ['Nimewo kliyan', 'HT-071'],
    ],
    { name: 'Wideline Joseph', customerId: 'HT-071' },
  ],
  [
    'en',
    [
      ['Full name', 'Ama Owusu'],
      ['Cell No.', '+233 24 123 4567'],
      ['D.O.B.', '1991-07-04'],
    ],
    { name: 'Ama Owusu', mobile: '+233241234567', birthDate: '1991-07-04' },
  ],
];

describe('a record in a language whose fields were empty, read by its labels', () => {
  it.each(FILLED)('%s', (lang, rows, expected) => {
    expect(values(page(rows), 'https://crm.example/record/3', lang)).toMatchObject(expected);
  });
});

describe('the world tables', () => {
  it('hold each word once in a language, under one field', () => {
    // (A staff role's parts are words of labels, not labels: an owner label may be one of them.)
    const roleParts = new Set(['adviserNoun', 'roleNoun', 'sellerSide']);
    const twice = Object.entries(WORLD_WORDS).flatMap(([lang, table]) => {
      const words = Object.entries(table).flatMap(([field, list]) => (roleParts.has(field) ? [] : wordsOf(list)));
      return words.filter((w, i) => words.indexOf(w) !== i).map((w) => `${lang}: ${w}`);
    });
    expect(twice).toEqual([]);
  });
});

describe('gender words of the languages filled', () => {
  it.each([
    ['Kiume', 'male'],
    ['KE', 'female'],
    ['Gabo', 'male'],
    ['Gore', 'female'],
    ['Dheddig', 'female'],
    ['Kvinnelig', 'female'],
    ['ಗಂಡು', 'male'],
    ['Жанчына', 'female'],
    ['L', 'male'],
    ['P', 'female'],
    ['K', 'female'],
    ['Ž', 'female'],
  ])('%s → %s', (written, gender) => expect(normalizeGender(written)).toBe(gender));
});
