// Chinese 18-digit resident identity numbers (GB 11643-1999), check digit by ISO 7064 MOD 11-2.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type IdNumberCheck =
  | { valid: true; birthDate: string; gender: 'male' | 'female'; region: string }
  | { valid: false; reason: 'format' | 'birth-date' | 'future-birth-date' | 'check-digit' };

/** The check character (0-9 or X) that the first 17 digits call for. */
export function computeIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '?';
}

/**
 * Validates an 18-digit ID number; never corrects it. Lower-case x is accepted as X.
 * `today` (YYYY-MM-DD in the customer's zone), when given, refuses a birth date after it: nobody is born tomorrow.
 */
export function checkIdNumber(input: string, today?: string): IdNumberCheck {
  const id = input.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return { valid: false, reason: 'format' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { valid: false, reason: 'birth-date' };
  }
  if (computeIdCheckChar(id.slice(0, 17)) !== id[17]) return { valid: false, reason: 'check-digit' };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (today !== undefined && birthDate > today) return { valid: false, reason: 'future-birth-date' };
  return { valid: true, birthDate, gender: Number(id[16]) % 2 === 1 ? 'male' : 'female', region: id.slice(0, 6) };
}
