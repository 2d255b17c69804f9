// An address written as classed lines with no labels: Shopware's `sw-address__street`, `__zipcode`, `__city`,
// `__country` under an `sw-address` box, the hCard microformat's `street-address`, `postal-code`, `locality`,
// `country-name` under `adr` (docs/adapters.md, "Session 30: round 32 opened"). Its parts, in page order, are the address.
import { isHidden } from '../dom';
import { normalizeField } from '../fields';
import type { Found, ReadEnv } from '../types';
import { elementsWithAttribute } from '../walk';
import { isExcludedRegion, partsOf, type RegionCache } from './regions';

type PartKind = 'street' | 'postcode' | 'city' | 'region' | 'country';

const LAST_TWO: Record<string, PartKind> = {
  streetaddress: 'street',
  extendedaddress: 'street',
  postalcode: 'postcode',
  zipcode: 'postcode',
  countryname: 'country',
};
const LAST_ONE: Record<string, PartKind> = {
  street: 'street',
  zipcode: 'postcode',
  zip: 'postcode',
  postcode: 'postcode',
  city: 'city',
  locality: 'city',
  town: 'city',
  region: 'region',
  state: 'region',
  province: 'region',
  country: 'country',
};
const BOX_PART = new Set(['address', 'adr']);

/** The part of an address a class token names by its last words (sw-address__zipcode, postal-code), if any. */
function kindOf(el: Element): PartKind | null {
  for (const token of (el.getAttribute('class') ?? '').split(/\s+/)) {
    const parts = partsOf(token);
    const last = parts[parts.length - 1] ?? '';
    const two = `${parts[parts.length - 2] ?? ''}${last}`;
    const kind = LAST_TWO[two] ?? LAST_ONE[last];
    if (kind) return kind;
  }
  return null;
}

const isAddressBox = (el: Element) => partsOf(el.getAttribute('class') ?? '').some((p) => BOX_PART.has(p));

/**
 * The address of the first box of classed lines in `root` holding a street and a postcode or a city, its parts joined
 * in page order; null when none.
 */
export function addressFromClassedLines(root: Element, regions: RegionCache, env: ReadEnv): Found | null {
  const lines = elementsWithAttribute(root, env.walks, ['class']).filter(
    (el) => el.childElementCount === 0 && kindOf(el) !== null,
  );
  const street = lines.find((el) => kindOf(el) === 'street');
  let box = street?.parentElement ?? null;
  for (let i = 0; box && i < 3 && !isAddressBox(box); i++) box = box.parentElement;
  if (!street || !box || !isAddressBox(box) || isHidden(box, env.cache) || isExcludedRegion(box, regions)) return null;
  const parts = lines.filter((el) => box.contains(el) && !isHidden(el, env.cache));
  const kinds = new Set(parts.map(kindOf));
  if (!kinds.has('postcode') && !kinds.has('city')) return null;
  const texts = parts.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  const norm = normalizeField('address', [texts.join(', ')], env.order);
  return norm ? { key: 'address', ...norm, source: { via: 'generic', label: 'address lines', confidence: 0.7 } } : null;
}
