import type { Locale } from './localized';

// Script text is read aloud to the customer: "158****3457" cannot be spoken, and neither can ";ext=123".
// A masked value is spoken as its last four characters ("尾号 3457"), an extension as "转 123" (issue #12).

const EXT = /;ext=(\d{1,6})$/;

/** The last four characters a customer recognises, as the agent says them. */
export function speakTail(value: string, locale: Locale): string {
  const plain = value.replace(EXT, '');
  const tail = [...plain.replace(/[\s-]/g, '')].slice(-4).join('');
  return locale === 'zh-CN' ? `尾号 ${tail}` : `ending in ${tail}`;
}

/** Digits in the groups people say them in: 138 1234 5678, 010 6234 5678 转 123, 0571 8888 6666. */
export function speakPhone(value: string, locale: Locale): string {
  const ext = EXT.exec(value)?.[1];
  const number = value.replace(EXT, '');
  const digits = number.replace(/\D/g, '');
  const plus = number.startsWith('+') ? '+' : '';
  let grouped: string;
  if (/^1[3-9]\d{9}$/.test(digits)) grouped = `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
  else if (/^0(10|2\d)\d{8}$/.test(digits)) grouped = `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
  else if (/^0\d{3}\d{7,8}$/.test(digits)) grouped = `${digits.slice(0, 4)} ${digits.slice(4, -4)} ${digits.slice(-4)}`;
  else grouped = number;
  const spoken = plus ? `${plus}${digits}` : grouped;
  if (!ext) return spoken;
  return locale === 'zh-CN' ? `${spoken} 转 ${ext}` : `${spoken} extension ${ext}`;
}

/** A stored phone value (digits, a leading +, `;ext=N`) as the normalisers write it. */
export function isStoredPhone(value: string): boolean {
  return /^\+?\d{5,15}(;ext=\d{1,6})?$/.test(value);
}
