// National identity numbers of other countries than China, each by its own rule (docs/adapters.md, "Round 11 classes:
// misses"): a number under an id label that fails its country's check digits is no id. Pure: string in, answer out.

const digitsOf = (s: string) => Array.from(s, Number);

// Brazil's CPF (Cadastro de Pessoas Físicas): 11 digits, written 000.000.000-00, two mod-11 check digits.
function isCpf(raw: string): boolean {
  if (!/^\d{3}\.?\d{3}\.?\d{3}-?\d{2}$/.test(raw)) return false;
  const d = digitsOf(raw.replace(/\D/g, ''));
  if (new Set(d).size === 1) return false;
  const check = (n: number) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += (d[i] ?? 0) * (n + 1 - i);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  return check(9) === d[9] && check(10) === d[10];
}

// Turkey's T.C. Kimlik No: 11 digits, not starting with 0; the 10th and 11th are check digits.
function isTcKimlik(id: string): boolean {
  if (!/^[1-9]\d{10}$/.test(id)) return false;
  const d = digitsOf(id);
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0);
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0);
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = d.slice(0, 10).reduce((s, v) => s + v, 0) % 10;
  return tenth === d[9] && eleventh === d[10];
}

// Thailand's citizen id (เลขประจำตัวประชาชน): 13 digits (1-2345-67890-12-3), the last a mod-11 check digit.
function isThaiId(id: string): boolean {
  if (!/^[1-8]\d{12}$/.test(id)) return false;
  const d = digitsOf(id);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (d[i] ?? 0) * (13 - i);
  return (11 - (sum % 11)) % 10 === d[12];
}

const validDayMonth = (day: number, month: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;

// Indonesia's NIK (Nomor Induk Kependudukan): 16 digits — province (11–94), regency, district, the birth date as
// DDMMYY (a woman's day + 40), a serial that is never 0000. No check digit: the province and the date are the rule.
function isNik(id: string): boolean {
  if (!/^\d{16}$/.test(id)) return false;
  const province = Number(id.slice(0, 2));
  if (province < 11 || province > 94) return false;
  const day = Number(id.slice(6, 8));
  return validDayMonth(day > 40 ? day - 40 : day, Number(id.slice(8, 10))) && id.slice(12) !== '0000';
}

// Vietnam's CCCD (căn cước công dân): 12 digits — a province code (001–096), a century-and-sex digit (0–3 for people
// born 1900–2099), the birth year's last two digits and six more. No check digit.
function isCccd(id: string): boolean {
  if (!/^0\d{11}$/.test(id)) return false;
  const province = Number(id.slice(0, 3));
  return province >= 1 && province <= 96 && Number(id[3]) <= 3;
}

// Spain's DNI (8 digits) and NIE (X/Y/Z + 7 digits): the letter after them is the number mod 23.
function isDniOrNie(id: string): boolean {
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(id);
  if (!m || (m[1] ? m[2]?.length !== 7 : m[2]?.length !== 8)) return false;
  const n = Number(`${m[1] ? 'XYZ'.indexOf(m[1]) : ''}${m[2] ?? ''}`);
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23] === m[3];
}

// Poland's PESEL: 11 digits, the birth date (the month + 20/40/60/80 for other centuries), weights 1 3 7 9.
function isPesel(id: string): boolean {
  if (!/^\d{11}$/.test(id)) return false;
  const d = digitsOf(id);
  const month = Number(id.slice(2, 4)) % 20;
  if (!validDayMonth(Number(id.slice(4, 6)), month)) return false;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = weights.reduce((s, w, i) => s + w * (d[i] ?? 0), 0);
  return (10 - (sum % 10)) % 10 === d[10];
}

// Ukraine's taxpayer number (РНОКПП, formerly ІПН), a person's national id: 10 digits, the first five the days since
// 1899-12-31 to the birth date, the last a check digit: the weighted sum (−1 5 7 9 4 6 10 5 7) mod 11, mod 10.
function isRnokpp(id: string): boolean {
  if (!/^\d{10}$/.test(id)) return false;
  const d = digitsOf(id);
  const weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
  const sum = weights.reduce((s, w, i) => s + w * (d[i] ?? 0), 0);
  return (((sum % 11) + 11) % 11) % 10 === d[9];
}

// Austria's social insurance number (SV-Nummer), the person's id there: 10 digits, a 3-digit serial, a check digit,
// then the birth date DDMMYY; the check is the weighted sum (3 7 9 · 5 8 4 2 1 6) mod 11.
function isAustrianSvnr(id: string): boolean {
  if (!/^\d{10}$/.test(id) || id[0] === '0') return false;
  const d = digitsOf(id);
  const weights = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6];
  const sum = weights.reduce((s, w, i) => s + w * (d[i] ?? 0), 0);
  return sum % 11 === d[3] && validDayMonth(Number(id.slice(4, 6)), Number(id.slice(6, 8)));
}

// South Korea's resident registration number: YYMMDD-SNNNNNC, the last a weighted mod-11 check digit.
function isKoreanRrn(id: string): boolean {
  if (!/^\d{6}[1-8]\d{6}$/.test(id)) return false;
  const d = digitsOf(id);
  if (!validDayMonth(Number(id.slice(4, 6)), Number(id.slice(2, 4)))) return false;
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = weights.reduce((s, w, i) => s + w * (d[i] ?? 0), 0);
  return (11 - (sum % 11)) % 10 === d[12];
}

// South Africa's identity number: YYMMDD + 7 digits, the last a Luhn check digit.
function isSouthAfricanId(id: string): boolean {
  if (!/^\d{13}$/.test(id) || !validDayMonth(Number(id.slice(4, 6)), Number(id.slice(2, 4)))) return false;
  return luhn(id);
}

function luhn(id: string): boolean {
  let sum = 0;
  for (let i = 0; i < id.length; i++) {
    let v = Number(id[id.length - 1 - i]);
    if (i % 2 === 1) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
    sum += v;
  }
  return sum % 10 === 0;
}

// Singapore's NRIC / FIN: S/T/F/G/M + 7 digits + a check letter (weights 2 7 6 5 4 3 2).
function isSingaporeNric(id: string): boolean {
  const m = /^([STFGM])(\d{7})([A-Z])$/.exec(id);
  if (!m) return false;
  const weights = [2, 7, 6, 5, 4, 3, 2];
  let sum = weights.reduce((s, w, i) => s + w * Number(m[2]?.[i] ?? 0), 0);
  const prefix = m[1] ?? '';
  if (prefix === 'T' || prefix === 'G') sum += 4;
  if (prefix === 'M') sum += 3;
  const letters = prefix === 'S' || prefix === 'T' ? 'JZIHGFEDCBA' : prefix === 'M' ? 'KLJNPQRTUWX' : 'XWUTRQPNMLK';
  return letters[sum % 11] === m[3];
}

const isDate = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

// India's Aadhaar: 12 digits, not starting with 0 or 1, the last a Verhoeff check digit.
const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
function isAadhaar(id: string): boolean {
  if (!/^[2-9]\d{11}$/.test(id)) return false;
  let c = 0;
  const d = digitsOf(id).reverse();
  for (let i = 0; i < d.length; i++) c = VERHOEFF_D[c]?.[VERHOEFF_P[i % 8]?.[d[i] ?? 0] ?? 0] ?? 0;
  return c === 0;
}

// Italy's codice fiscale: 16 characters (surname, name, birth date and place), the last a check letter.
const CF_ODD: Record<string, number> = Object.fromEntries(
  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23].flatMap((v, i) => [
    [String.fromCharCode(65 + i), v],
    ...(i < 10 ? [[String(i), v]] : []),
  ]),
);
function isCodiceFiscale(id: string): boolean {
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(id))
    return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = id[i] ?? '';
    const even = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? (CF_ODD[c] ?? 0) : even;
  }
  return String.fromCharCode(65 + (sum % 26)) === id[15];
}

// Chile's RUT / RUN: 7–8 digits, a dash and a mod-11 check (0–9 or K), written with dots or a dash ("12.345.678-5").
// A person's RUN stays below 50 million; the SII numbers companies from 50.000.000 up (76.…, 96.…): a company's tax
// number, no person's id (docs/adapters.md, "Round 18: values").
const FIRST_COMPANY_RUT = 50_000_000;
function isRut(raw: string): boolean {
  const m = /^(\d{1,2}\.?\d{3}\.?\d{3})-([\dkK])$/.exec(raw);
  if (!m) return false;
  const body = (m[1] ?? '').replace(/\./g, '');
  if (Number(body) >= FIRST_COMPANY_RUT) return false;
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (2 + (i % 6));
  const r = 11 - (sum % 11);
  return (r === 11 ? '0' : r === 10 ? 'K' : String(r)) === (m[2] ?? '').toUpperCase();
}

// France's NIR (numéro de sécurité sociale): 13 characters (Corsica 2A / 2B) and a key = 97 − (number mod 97).
function isNir(id: string): boolean {
  const m = /^([12]\d{4}(?:\d{2}|2A|2B)\d{6})(\d{2})$/.exec(id);
  if (!m) return false;
  const body = (m[1] ?? '').replace('2A', '19').replace('2B', '18');
  return 97 - Number(BigInt(body) % 97n) === Number(m[2]);
}

// Romania's CNP: 13 digits — sex and century, YYMMDD, county, serial, a weighted mod-11 check digit.
function isCnp(id: string): boolean {
  if (!/^[1-8]\d{12}$/.test(id)) return false;
  const d = digitsOf(id);
  if (!validDayMonth(Number(id.slice(5, 7)), Number(id.slice(3, 5)))) return false;
  const w = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9];
  const r = w.reduce((s, x, i) => s + x * (d[i] ?? 0), 0) % 11;
  return (r === 10 ? 1 : r) === d[12];
}

// Estonia's isikukood and Lithuania's asmens kodas: 11 digits — sex and century (1–6), YYMMDD, serial, a two-pass
// mod-11 check digit.
function isBalticPersonalCode(id: string): boolean {
  if (!/^[1-6]\d{10}$/.test(id)) return false;
  const d = digitsOf(id);
  const century = [1800, 1800, 1900, 1900, 2000, 2000][(d[0] ?? 1) - 1] ?? 1900;
  if (!isDate(century + Number(id.slice(1, 3)), Number(id.slice(3, 5)), Number(id.slice(5, 7)))) return false;
  const pass = (w: number[]) => w.reduce((s, x, i) => s + x * (d[i] ?? 0), 0) % 11;
  let r = pass([1, 2, 3, 4, 5, 6, 7, 8, 9, 1]);
  if (r === 10) r = pass([3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 10;
  return r === d[10];
}

// Finland's henkilötunnus: DDMMYY, a century sign (+ - A–F, U–Y), a serial and a check character.
function isHetu(id: string): boolean {
  const m = /^(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])$/.exec(id);
  if (!m) return false;
  return '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(`${m[1]}${m[2]}`) % 31] === m[3];
}

// Israel's Teudat Zehut (ת.ז.): nine digits (leading zeros written), the last a Luhn check digit.
const isIsraeliId = (id: string) => /^\d{9}$/.test(id) && !/^0+$/.test(id) && luhn(id);

// Iran's national code (کد ملی): 10 digits, the last a check — the first nine weighted 10 down to 2, the sum's
// remainder mod 11 is the check below 2, else 11 less it. A run of one digit is none. One ten-digit number in eleven
// passes, so it is asked only on a page written in Persian (fields.ts), never among the other countries' checks.
export function isIranianNationalCode(id: string): boolean {
  if (!/^\d{10}$/.test(id) || /^(\d)\1{9}$/.test(id)) return false;
  const d = digitsOf(id);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d[i] ?? 0) * (10 - i);
  const r = sum % 11;
  return (r < 2 ? r : 11 - r) === d[9];
}

// Iceland's kennitala: DDMMYY (a company's day + 40), two digits, a mod-11 check digit (weights 3 2 7 6 5 4 3 2) and
// the century (9 for the 1900s, 0 for the 2000s, 8 for the 1800s).
function isKennitala(id: string): boolean {
  if (!/^\d{10}$/.test(id) || !'890'.includes(id[9] ?? '')) return false;
  const day = Number(id.slice(0, 2));
  if (!validDayMonth(day > 40 ? day - 40 : day, Number(id.slice(2, 4)))) return false;
  const d = digitsOf(id);
  const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * (d[i] ?? 0), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === d[8];
}

// A cédula or DNI written in dotted thousands, as Colombia, Argentina and Venezuela write them (1.020.457.338,
// 20.123.456): no check digit, but no other number is written so under an id label (a company's NIT keeps its "-d").
const DOTTED_ID = /^\d{1,3}(?:\.\d{3}){2,3}$/;

// The Netherlands' BSN (burgerservicenummer): nine digits passing the "11-proof" (weights 9…2, the last −1).
function isBsn(id: string): boolean {
  if (!/^\d{9}$/.test(id) || /^0+$/.test(id)) return false;
  const d = digitsOf(id);
  const sum = d.slice(0, 8).reduce((s, v, i) => s + v * (9 - i), 0) - (d[8] ?? 0);
  return sum % 11 === 0;
}

// Belgium's national number (rijksregisternummer, numéro national): YYMMDD, a serial, and 97 minus the first nine
// digits mod 97 (with a 2 before them for people born from 2000).
function isBelgianNationalNumber(id: string): boolean {
  if (!/^\d{11}$/.test(id)) return false;
  const check = Number(id.slice(9));
  const first = id.slice(0, 9);
  return 97 - (Number(first) % 97) === check || 97 - (Number(`2${first}`) % 97) === check;
}

// Norway's fødselsnummer (and D-number, day + 40): DDMMYY, three digits, two mod-11 check digits.
function isFodselsnummer(id: string): boolean {
  if (!/^\d{11}$/.test(id)) return false;
  const d = digitsOf(id);
  const day = Number(id.slice(0, 2));
  if (!validDayMonth(day > 40 ? day - 40 : day, Number(id.slice(2, 4)))) return false;
  const check = (w: number[]) => {
    const r = 11 - (w.reduce((s, x, i) => s + x * (d[i] ?? 0), 0) % 11);
    return r === 11 ? 0 : r;
  };
  return check([3, 7, 6, 1, 8, 9, 4, 5, 2]) === d[9] && check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === d[10];
}

// Czech and Slovak rodné číslo: YYMMDD (a woman's month + 50, + 20 or + 70 from 2004) and four digits, the whole
// number divisible by 11 (or its first nine mod 11 being 10 with a last 0). Written with its slash: 850315/1234.
function isRodneCislo(raw: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})\/?(\d{4})$/.exec(raw);
  if (!m) return false;
  const month = Number(m[2]) % 50 > 12 ? (Number(m[2]) % 50) - 20 : Number(m[2]) % 50;
  if (!validDayMonth(Number(m[3]), month)) return false;
  const id = `${m[1]}${m[2]}${m[3]}${m[4]}`;
  const mod = Number(id.slice(0, 9)) % 11;
  return Number(id) % 11 === 0 || (mod === 10 && id[9] === '0');
}

// Mexico's CURP: four letters, YYMMDD, H or M, the state and three consonants, a century character and a check
// digit over the first seventeen (alphabet 0–9 A–N Ñ O–Z, weights 18…2).
function isCurp(id: string): boolean {
  if (!/^[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d$/.test(id)) return false;
  if (!validDayMonth(Number(id.slice(8, 10)), Number(id.slice(6, 8)))) return false;
  const alphabet = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
  const sum = Array.from(id.slice(0, 17)).reduce((s, c, i) => s + alphabet.indexOf(c) * (18 - i), 0);
  return (10 - (sum % 10)) % 10 === Number(id[17]);
}

// Greece's AMKA: DDMMYY and five digits, Luhn.
const isAmka = (id: string) =>
  /^\d{11}$/.test(id) && validDayMonth(Number(id.slice(0, 2)), Number(id.slice(2, 4))) && luhn(id);

// Saudi Arabia's national id (1…) and iqama (2…): 10 digits, Luhn.
const isSaudiId = (id: string) => /^[12]\d{9}$/.test(id) && luhn(id);
// The UAE's Emirates ID: 784, the birth year, seven digits and a Luhn check (784-1985-1234567-1).
const isEmiratesId = (id: string) => /^784(?:19|20)\d{2}\d{8}$/.test(id) && luhn(id);

// Malaysia's MyKad: YYMMDD, a place-of-birth code (states 01–16, 21–59, abroad 60–99 but 70, 73, 80, 81, 94–97), four
// digits. No check digit.
function isMyKad(raw: string): boolean {
  // Written with its dashes (900101-14-5678): twelve bare digits are too many other numbers' shape.
  const m = /^(\d{6})-(\d{2})-(\d{4})$/.exec(raw);
  if (!m) return false;
  const id = `${m[1]}${m[2]}${m[3]}`;
  if (!validDayMonth(Number(id.slice(4, 6)), Number(id.slice(2, 4)))) return false;
  const pb = Number(id.slice(6, 8));
  return (
    pb >= 1 &&
    pb <= 99 &&
    pb !== 17 &&
    pb !== 18 &&
    pb !== 19 &&
    pb !== 20 &&
    ![70, 73, 80, 81, 94, 95, 96, 97].includes(pb)
  );
}

// Japan's My Number (個人番号): 12 digits, the last a weighted mod-11 check digit.
function isMyNumber(id: string): boolean {
  if (!/^\d{12}$/.test(id)) return false;
  const d = digitsOf(id);
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += (d[11 - n] ?? 0) * (n <= 6 ? n + 1 : n - 5);
  const r = sum % 11;
  return (r <= 1 ? 0 : 11 - r) === d[11];
}

// Bulgaria's EGN: YYMMDD (month + 20 / + 40 for other centuries), three digits and a weighted mod-11 check digit.
function isEgn(id: string): boolean {
  if (!/^\d{10}$/.test(id)) return false;
  const d = digitsOf(id);
  if (!validDayMonth(Number(id.slice(4, 6)), Number(id.slice(2, 4)) % 20)) return false;
  const w = [2, 4, 8, 5, 10, 9, 7, 3, 6];
  const r = (w.reduce((s, x, i) => s + x * (d[i] ?? 0), 0) % 11) % 10;
  return r === d[9];
}

// The former Yugoslavia's JMBG / EMŠO: DDMMYYY, a region, a serial and a mod-11 check digit.
function isJmbg(id: string): boolean {
  if (!/^\d{13}$/.test(id) || !validDayMonth(Number(id.slice(0, 2)), Number(id.slice(2, 4)))) return false;
  const d = digitsOf(id);
  const w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const r = 11 - (w.reduce((s, x, i) => s + x * (d[i] ?? 0), 0) % 11);
  return (r > 9 ? 0 : r) === d[12];
}

// Sweden's personnummer: YYMMDD or YYYYMMDD, a dash (or + past 100), four digits, Luhn over the ten.
function isPersonnummer(raw: string): boolean {
  const m = /^(?:\d{2})?(\d{6})[-+](\d{4})$/.exec(raw);
  if (!m || !validDayMonth(Number(m[1]?.slice(4, 6)), Number(m[1]?.slice(2, 4)))) return false;
  return luhn(`${m[1]}${m[2]}`);
}

// Pakistan's CNIC (شناختی کارڈ نمبر): 13 digits written 5-7-1 (the place, a serial, the sex); no check digit, so only
// in its own written form.
const isCnic = (raw: string) => /^\d{5}-\d{7}-\d$/.test(raw);

// Tanzania's NIDA number: the birth date as YYYYMMDD, then 5, 5 and 2 digits, written with its dashes; no check digit:
// the date is the rule.
function isNida(raw: string): boolean {
  const m = /^(\d{4})(\d{2})(\d{2})-\d{5}-\d{5}-\d{2}$/.exec(raw);
  return !!m && Number(m[1]) >= 1900 && isDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

// Latvia's personas kods, written DDMMYY-XNNNN: the old form holds the birth date, a century digit (0 1800s, 1 1900s,
// 2 2000s) and a check digit ((1101 − weighted sum) mod 11); the new form (since 2017) starts with 32 and has none.
function isPersonasKods(raw: string): boolean {
  const m = /^(\d{6})-(\d{5})$/.exec(raw);
  if (!m) return false;
  const id = `${m[1]}${m[2]}`;
  if (id.startsWith('32')) return true;
  const century = [1800, 1900, 2000][Number(id[6])];
  const [day, month, year] = [Number(id.slice(0, 2)), Number(id.slice(2, 4)), Number(id.slice(4, 6))];
  if (century === undefined || !isDate(century + year, month, day)) return false;
  const d = digitsOf(id);
  const sum = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2].reduce((s, w, i) => s + w * (d[i] ?? 0), 0);
  return (1101 - sum) % 11 === d[10];
}

// Kazakhstan's ЖСН / ИИН: YYMMDD, a century-and-sex digit (1–6), four digits and a mod-11 check digit (weights 1…11;
// a second pass with 3…11, 1, 2 when the first gives 10; 10 again is no valid number).
function isIin(id: string): boolean {
  if (!/^\d{6}[1-6]\d{5}$/.test(id)) return false;
  const century = [1800, 1800, 1900, 1900, 2000, 2000][Number(id[6]) - 1] ?? 1900;
  if (!isDate(century + Number(id.slice(0, 2)), Number(id.slice(2, 4)), Number(id.slice(4, 6)))) return false;
  const d = digitsOf(id);
  const pass = (w: number[]) => w.reduce((s, x, i) => s + x * (d[i] ?? 0), 0) % 11;
  let r = pass([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (r === 10) r = pass([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  return r !== 10 && r === d[11];
}

// Egypt's national number (الرقم القومي): 14 digits — the century (2 for 1900s, 3 for 2000s), the birth date as YYMMDD,
// the governorate of birth (01–04 the cities, 11–19 the Delta, 21–29 Upper Egypt, 31–35 the frontier, 88 abroad),
// four digits whose last gives the sex, and a check digit whose rule is not public: the century, the date and the
// governorate are the rule.
const EGYPT_GOVERNORATE = /^(?:0[1-4]|1[1-9]|2[1-9]|3[1-5]|88)$/;
function isEgyptianNationalId(id: string): boolean {
  const m = /^([23])(\d{2})(\d{2})(\d{2})(\d{2})\d{5}$/.exec(id);
  if (!m) return false;
  const year = (m[1] === '2' ? 1900 : 2000) + Number(m[2]);
  return isDate(year, Number(m[3]), Number(m[4])) && EGYPT_GOVERNORATE.test(m[5] ?? '');
}

// Kyrgyzstan's ПИН (персоналдык идентификациялык номер): 14 digits — the sex (1 a woman, 2 a man), the birth date as
// DDMMYYYY and five digits. No check digit: the sex digit and the date are the rule.
function isKyrgyzPin(id: string): boolean {
  const m = /^[12](\d{2})(\d{2})(\d{4})\d{5}$/.exec(id);
  return !!m && Number(m[3]) >= 1900 && isDate(Number(m[3]), Number(m[2]), Number(m[1]));
}

// National ids written in a form of their own and without a check digit, by the country the page's language tag
// names (or the language, where one country speaks it): Morocco's CIN (one or two letters, five or six digits:
// BE482913) on a Moroccan page (ar-MA, fr-MA), Nepal's citizenship certificate number (district, ward, year and
// serial: 27-01-71-04512) on a Nepali page, Bolivia's CI below. Only under an id label, as written (fields.ts).
const UNCHECKED_ID_FORMS: [RegExp, RegExp][] = [
  // Session 30: Denmark's CPR number as written (DDMMYY-SSSS), on a Danish page only: its mod-11 check was given up in
  // 2007, and Iceland's kennitala is written the same way with a check of its own.
  [/^da(?:-dk)?$/, /^(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}-\d{4}$/],
  [/^(?:ar|fr|ber|zgh)-ma$/, /^[A-Z]{1,2}\d{5,6}$/],
  [/^ne(?:-np)?$/, /^\d{2}-\d{2}-\d{2}-\d{4,6}$/],
  // Bolivia's cédula de identidad: its number, an optional duplicate complement (-1A) and the issuing department
  // (6048217 LP, 4471302-1B SC) on a Bolivian page.
  [/^(?:es|qu|ay|gn)-bo$/, /^\d{5,9}(?:-\d[A-Z])? ?(?:LP|CB|SC|OR|PT|TJ|CH|BE|PD)$/],
  // Session 24 (docs/adapters.md, "Session 24: field words of the thin languages"): a Turkmen passport (a Roman
  // series, two letters, six digits: I-AŞ 418207), the Maldivian identity card (A and six digits), and the UK's
  // National Insurance number on a Welsh page (QQ 12 34 56 C).
  [/^tk(?:-tm)?$/, /^[IVX]{1,3}-[A-ZÇÄŇÖŞÜÝŽ]{2} ?\d{6}$/u],
  [/^dv(?:-mv)?$/, /^A\d{6}$/],
  [/^cy(?:-gb)?$/, /^[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/],
  // Session 28: the Greek identity card (ΑΔΤ: one or two Greek capitals of the issuing series and six digits, ΑΚ 482913).
  [/^el(?:-gr|-cy)?$/, /^[Α-ΩA-Z]{1,2} ?\d{6}$/u],
  // The Philippine PhilSys card number (PCN), sixteen digits in fours, on a Filipino or Philippine English page.
  [/^(?:fil|tl|en-ph)(?:-ph)?$/, /^\d{4}-\d{4}-\d{4}-\d{4}$/],
];

// National ids with no check digit and no written form of their own, by the lengths the page's language's country
// gives them: Bangladesh's NID (10 digits on the smart card, 13 or 17 on the old one), Cambodia's identity card
// (9 digits). Only on a page in that language, under an id label: a bare run of digits is any code elsewhere.
// Session 24: Madagascar's CIN (12 digits), Rwanda's Indangamuntu (16), Haiti's NIF / NIU (10) and Nigeria's NIN (11,
// on an Igbo, Yoruba or Hausa page). Session 26: Kenya's national id card (7 or 8 digits) and Tanzania's NIDA number
// (20) on a Swahili page.
const UNCHECKED_ID_LENGTHS: Record<string, number[]> = {
  sw: [7, 8, 20],
  bn: [10, 13, 17],
  km: [9],
  mg: [12],
  rw: [16],
  ht: [10],
  ig: [11],
  yo: [11],
  ha: [11],
};

/** A national id of the page's language's country that has no check digit (`lang`: the page's language), or null. */
export function uncheckedNationalId(raw: string, lang: string | undefined): string | null {
  const tag = (lang ?? '').trim().toLowerCase().replace(/_/g, '-');
  const written = raw.trim().toUpperCase();
  if (UNCHECKED_ID_FORMS.some(([language, form]) => language.test(tag) && form.test(written))) return written;
  const primary = tag.split('-')[0] ?? '';
  const id = raw.trim().replace(/[\s-]/g, '');
  return /^\d+$/.test(id) && (UNCHECKED_ID_LENGTHS[primary] ?? []).includes(id.length) ? id : null;
}

/**
 * A national identity number of another country, valid by its country's rule: the number as written, spaces and
 * dashes dropped (a CPF keeps its dots and dash); null when it is none of them.
 */
export function foreignNationalId(raw: string): string | null {
  const text = raw.trim();
  if (isCpf(text) || isRut(text) || isMyKad(text) || isPersonnummer(text) || DOTTED_ID.test(text)) return text;
  if (isCnic(text) || isNida(text) || isPersonasKods(text)) return text;
  if (isRodneCislo(text.replace(/\s/g, ''))) return text.replace(/\s/g, '');
  // Belgium's number as it is written: 85.07.30-033.28.
  if (/^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/.test(text) && isBelgianNationalNumber(text.replace(/\D/g, ''))) return text;
  const id = text.replace(/[\s-]/g, '').toUpperCase();
  const checks = [
    isTcKimlik,
    isThaiId,
    isNik,
    isCccd,
    isDniOrNie,
    isPesel,
    isKoreanRrn,
    isSouthAfricanId,
    isSingaporeNric,
    isAadhaar,
    isCodiceFiscale,
    isNir,
    isCnp,
    isBalticPersonalCode,
    isSaudiId,
    isEmiratesId,
    isMyNumber,
    isEgn,
    isJmbg,
    isIsraeliId,
    isKennitala,
    isBsn,
    isBelgianNationalNumber,
    isFodselsnummer,
    isCurp,
    isAmka,
    isIin,
    isKyrgyzPin,
    isEgyptianNationalId,
    isRnokpp,
    isAustrianSvnr,
  ];
  if (checks.some((check) => check(id))) return id;
  // Finland's id keeps its century sign (a dash in most).
  const hetu = text.replace(/\s/g, '').toUpperCase();
  return isHetu(hetu) ? hetu : null;
}

// Taiwan's national id (身分證字號): a letter for the place of registration, 1/2 for the sex, 8 digits, whose
// weighted sum (the letter as two digits, weights 1 9 8 7 6 5 4 3 2 1 1) is a multiple of 10.
const TW_LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';

export function isTaiwanId(id: string): boolean {
  if (!/^[A-Z][12]\d{8}$/.test(id)) return false;
  const n = TW_LETTERS.indexOf(id[0] ?? '') + 10;
  const digits = [Math.floor(n / 10), n % 10, ...Array.from(id.slice(1), Number)];
  const weights = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1];
  return digits.reduce((sum, d, i) => sum + d * (weights[i] ?? 0), 0) % 10 === 0;
}

// Hong Kong's identity card number: one or two letters, six digits and a check character in brackets, which
// makes the weighted sum (a blank as 36, A–Z as 10–35, weights 9…2) plus the check (A = 10) a multiple of 11.
export function isHongKongId(id: string): boolean {
  const m = /^([A-Z]{1,2})(\d{6})\(([0-9A])\)$/.exec(id);
  if (!m) return false;
  const letters = (m[1] ?? '').padStart(2, ' ');
  const values = [...letters].map((c) => (c === ' ' ? 36 : c.charCodeAt(0) - 55));
  values.push(...Array.from(m[2] ?? '', Number));
  const sum = values.reduce((s, v, i) => s + v * (9 - i), 0);
  const check = m[3] === 'A' ? 10 : Number(m[3]);
  return (sum + check) % 11 === 0;
}

/**
 * A Taiwan or Hong Kong identity card number valid by its own rule (A123456789, K123456(3)): an id of the customer that
 * the mainland's 18-digit checks must not call malformed (seen live: a Taiwanese customer's valid id warned twice).
 */
export function isOtherChineseRegionId(raw: string): boolean {
  const id = raw.trim().toUpperCase().replace(/（/g, '(').replace(/）/g, ')').replace(/\s/g, '');
  return isTaiwanId(id) || isHongKongId(id);
}
