// The record's own <address> element, read line by line (docs/adapters.md, "Addresses whole, and dialogs of inputs"):
// a shop admin's customer view writes the default address as "title / name / company / street … / country / T: phone".
import { normalizeField } from '../fields';
import { isHidden, readLines } from '../dom';
import type { Found, ReadEnv } from '../types';
import { listOf } from '../list';
import { namesOrganisation } from '../entity';
import { isExcludedRegion, type RegionCache } from './regions';

// The block's own title ("Default Billing Address", "Adresse de facturation", 默认地址): a line naming an address.
const BLOCK_TITLE = /\b(?:address|adresse|dirección|endereço|indirizzo|anschrift)\b|地址|住所|주소/i;
// A contact line after the address ("T: 0341 …", "+1 503 555 0148", an e-mail).
const CONTACT = /@|^(?:\p{L}{1,12}\.?\s*[:：]\s*)?[+＋(]?\d[\d\s()（）./-]{6,}$/u;

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.toLowerCase();

/**
 * The address of the record's first shown `<address>` element (never one in a bar, a footer or a list), when nothing
 * labelled gave one: its lines without the block's title, the record's name, the company line under the name (given
 * back as the company when it names an organisation by its legal form, or equals the one found) and the contact lines.
 */
export function addressOfElement(
  root: Element,
  regions: RegionCache,
  env: ReadEnv,
  name: string | undefined,
): { address: Found; company: Found | null } | null {
  const block = listOf(root.getElementsByTagName('address')).find(
    (el) => !isHidden(el, env.cache) && !isExcludedRegion(el, regions),
  );
  if (!block) return null;
  let lines = readLines(block, false, env.cache);
  if (lines[0] && BLOCK_TITLE.test(lines[0]) && !/\d/.test(lines[0])) lines = lines.slice(1);
  let company: Found | null = null;
  if (name && lines[0] && same(lines[0], name)) {
    lines = lines.slice(1);
    // The lines between the name and the first line with a number: the company's (one), else nothing of the address.
    const street = lines.findIndex((l) => /\d/.test(l));
    if (street === 1 && namesOrganisation(lines[0] ?? '')) {
      const org = normalizeField('company', [lines[0] ?? ''], env.order);
      if (org) company = { key: 'company', ...org, source: { via: 'generic', label: 'address', confidence: 0.7 } };
    }
    if (street > 0) lines = lines.slice(street);
  }
  lines = lines.filter((l) => !CONTACT.test(l.trim()));
  if (lines.length < 2 || !lines.some((l) => /\d/.test(l))) return null;
  const norm = normalizeField('address', lines, env.order);
  if (!norm) return null;
  return { address: { key: 'address', ...norm, source: { via: 'generic', label: 'address' } }, company };
}
