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

/**
 * A national identity number of another country, valid by its country's rule: the number as written, spaces and
 * dashes dropped (a CPF keeps its dots and dash); null when it is none of them.
 */
export function foreignNationalId(raw: string): string | null {
  const text = raw.trim();
  if (isCpf(text)) return text;
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
  ];
  return checks.some((check) => check(id)) ? id : null;
}
