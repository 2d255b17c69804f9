// Whether a number as written is a mobile by its numbering plan, for numbers no label types: mainland China 1[3-9]…,
// Russia/Kazakhstan +7 9…, Brazil (DDD) 9xxxx-xxxx, the UK 07…, France 06/07, Spain 6/7…, Germany 015–017, India [6-9]….
// Unknown plans answer false: the number then stays a phone, as the page labels it.
const PLANS: RegExp[] = [
  /^(?:\+?86)?1[3-9]\d{9}$/,
  /^(?:\+7|8)9\d{9}$/,
  /^(?:\+?55)?\d{2}9\d{8}$/,
  /^(?:\+44|0)7\d{9}$/,
  /^(?:\+33|0)[67]\d{8}$/,
  /^(?:\+34)?[67]\d{8}$/,
  /^(?:\+49|0)1[5-7]\d{8,9}$/,
  /^(?:\+91)?[6-9]\d{9}$/,
];

export function isMobileShape(written: string): boolean {
  const digits = written.replace(/[^\d+]/g, '');
  return PLANS.some((p) => p.test(digits));
}
