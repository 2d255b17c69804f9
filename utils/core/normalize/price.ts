// Prices as CRMs write them beside goods and orders: never a product, a name or a reference.

// A price: digits with a currency symbol or code and nothing else ("US$ 189.00", "Rp 86.000", "2.384,60 €", "¥ 4,380").
const CURRENCY_ONLY =
  /^(?:\p{Sc}|rp|rm|r|nt|us|hk|s|a|c|eur|usd|gbp|cny|rmb|tl|try|pln|zł|czk|kč|huf|ft|uah|грн|руб|р|kr|dkk|sek|nok|chf|inr|rs|idr|myr|vnd|thb|บาท|元|円|원|лв|lei|ron|sar|aed|ريال|درهم)+$/iu;

/** A price: digits with a currency symbol or code and nothing else. */
export function isPrice(part: string): boolean {
  if (!/\d/.test(part)) return false;
  const rest = part.replace(/[\d\s.,'\u00a0\u202f\u200e\u200f+-]/g, '');
  return rest !== '' && CURRENCY_ONLY.test(rest);
}
