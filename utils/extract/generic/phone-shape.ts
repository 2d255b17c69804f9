// Whether a number as written is a mobile by its numbering plan, for numbers no label types: mainland China 1[3-9]…,
// Russia/Kazakhstan +7 9…, Brazil (DDD) 9xxxx-xxxx, the UK 07…, France 06/07, Spain 6/7…, Germany 015–017, India [6-9]…,
// Vietnam 03/05/07/08/09…, Argentina +54 9…. Unknown plans answer false: the number then stays a phone, as the page
// labels it.
const PLANS: RegExp[] = [
  /^(?:\+?86)?1[3-9]\d{9}$/,
  /^(?:\+7|8)9\d{9}$/,
  /^(?:\+?55)?\d{2}9\d{8}$/,
  /^(?:\+44|0)7\d{9}$/,
  /^(?:\+33|0)[67]\d{8}$/,
  /^(?:\+34)?[67]\d{8}$/,
  /^(?:\+49|0)1[5-7]\d{8,9}$/,
  /^(?:\+91|0)[6-9]\d{9}$/,
  /^\+84[35789]\d{8}$/,
  /^\+549\d{10}$/,
  /^\+65[89]\d{7}$/,
];
// National forms that other plans' landlines share (France's 03 88… is Vietnam's 03x mobile): read only on a page in
// the plan's language.
// Singapore's mobiles (8/9 + seven digits) are written without a prefix on a page in en-SG / zh-SG.
const NATIONAL: [RegExp, RegExp][] = [
  [/^vi\b/i, /^0[35789]\d{8}$/],
  [/^[a-z]{2}-sg$/i, /^[89]\d{7}$/],
];
// India without its prefix, as Indians write it (98765 43210, 9876543210): a North American number written
// (917) 555-0100 or 917-555-0100 has the same digits and is no mobile by its shape.
const INDIA_BARE = /^[6-9]\d{4}[\s-]?\d{5}$/;

/** `lang`: the page's language (its <html lang>), for national forms shared between plans. */
export function isMobileShape(written: string, lang = ''): boolean {
  const digits = written.replace(/[^\d+]/g, '');
  if (PLANS.some((p) => p.test(digits)) || INDIA_BARE.test(written.trim())) return true;
  return NATIONAL.some(([language, plan]) => language.test(lang) && plan.test(digits));
}
