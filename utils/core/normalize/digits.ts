// Decimal digits of every script (Arabic-Indic ٠-٩, Persian ۰-۹, Devanagari ०-९, Bengali ০-৯, Thai ๐-๙, full-width
// ０-９, …) → ASCII 0-9, for dates, phone numbers and id numbers. No table of scripts: Unicode encodes every decimal
// digit (General_Category Nd) in contiguous runs of ten, 0 to 9 in order (a stability guarantee of the standard), so a
// digit's value is its distance from the start of its run of Nd code points, counted in tens.

const NON_ASCII_DIGIT = /(?![0-9])\p{Nd}/gu;
const DIGIT = /^\p{Nd}$/u;
const valueOf = new Map<string, string>();

function digitValue(ch: string): string {
  const known = valueOf.get(ch);
  if (known !== undefined) return known;
  const cp = ch.codePointAt(0) ?? 0;
  // Walk back to the first code point of the run (runs are at most a few tens long: the mathematical digits are 50).
  let start = cp;
  while (start > 0 && DIGIT.test(String.fromCodePoint(start - 1))) start--;
  const value = String((cp - start) % 10);
  valueOf.set(ch, value);
  return value;
}

/** The text with every decimal digit of any script written as its ASCII digit; everything else unchanged. */
export function asciiDigits(text: string): string {
  NON_ASCII_DIGIT.lastIndex = 0;
  return NON_ASCII_DIGIT.test(text) ? text.replace(NON_ASCII_DIGIT, digitValue) : text;
}
