// DOM in, CustomerContext out. Order (first value per field wins): the site adapter the agent taught
// (the agent's own correction), the built-in adapter the URL or page signature selects, then the generic
// reader inside that adapter's record region (the company's custom fields). Without an adapter, the
// generic reader finds the record region itself. The URL's record id is the record's key (`context.record`),
// never `fields.customerId`, which holds only a code the page shows. Never throws.
// Rules and reasons: docs/adapters.md.
import type { CustomerContext } from '../core/schemas/customer-context';
import type { SiteAdapter } from '../core/schemas/site-adapter';
import { dateOrderForLang, type DateOrder, type DateReading } from '../core/normalize/date';
import { builtInAdapters, selectAdapter } from './adapters/registry';
import { applyAdapter, findRoot, isPersonRecord } from './apply-adapter';
import { composedContains, composedParent, findScopes, type ClosedRootProbe, type Scope } from './composed';
import { confidenceOf } from './confidence';
import { buildContext } from './context';
import { inferDateOrder, MAX_DATE_TEXTS } from './date-order';
import { companyAsName, entityOf } from './entity';
import { findContacts, findContactsTab } from './contacts';
import { extractGenericSteps, type NoCustomerReason } from './generic';
import { dropFutureSignDate } from './generic/bought';
import { runSteps, type Found, type ReadEnv, type Steps } from './types';
import { matchesUrlPattern } from './url-match';
import { CUSTOMER_ENTITY, recordFromUrl, urlNamesOtherObject, type UrlRecord } from '../core/url-record';
import { listOf } from './list';
import { findCompanyRecord } from './company-link';
import { filledAmongFirst, walkTexts } from './walk';

export interface ExtractOptions {
  /** Built-in adapters to consider; [] switches them off (generic only). */
  adapters?: readonly SiteAdapter[];
  /** Overrides the day/month order the page's language implies. */
  dateOrder?: DateOrder;
  /** Lets the extractor count closed shadow roots (chrome.dom.openOrClosedShadowRoot); never reads them. */
  closedShadowProbe?: ClosedRootProbe;
}

/**
 * How the page writes dates: the order its own dates show (or an override), else its language's; and its language,
 * which says whose month names come first and which calendar a year that cannot be Gregorian is in (1403 on a Persian
 * page: utils/core/normalize/calendar.ts). The language is the document's `lang`, else the body's, else the
 * Content-Language the page declares.
 */
function pageReading(root: Document, order: DateOrder | null | undefined): DateReading {
  const lang = (
    root.documentElement?.getAttribute('lang') ||
    root.body?.getAttribute('lang') ||
    root.head?.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ||
    ''
  )
    .split(',')[0]
    ?.trim();
  const dates = order ?? dateOrderForLang(root.documentElement?.getAttribute('lang'));
  return lang ? { order: dates, lang } : dates;
}

function taughtApplies(adapter: SiteAdapter | undefined, url: string): adapter is SiteAdapter {
  return !!adapter && adapter.urlPatterns.some((p) => matchesUrlPattern(p, url));
}

export function extractCustomer(
  root: Document,
  url: string,
  now: Date,
  siteAdapter?: SiteAdapter,
  options: ExtractOptions = {},
): CustomerContext {
  return runSteps(extractSteps(root, url, now, siteAdapter, options));
}

/**
 * `extractCustomer` in steps: between two steps the caller may let the page run (utils/extract/sliced.ts), so that a
 * page of tens of thousands of elements is not read in one long task. The page must not change between the steps of
 * one extraction (the caller starts again when it does).
 */
export function* extractSteps(
  root: Document,
  url: string,
  now: Date,
  siteAdapter?: SiteAdapter,
  options: ExtractOptions = {},
): Steps<CustomerContext> {
  // The body's texts, walked once for every reader that reads them all (utils/extract/walk.ts).
  const body = root.body;
  const texts = body ? (safe(() => walkTexts(body)) ?? undefined) : undefined;
  // Each step of a 20,000-element page stays short (the benchmark's longest slice, docs/benchmarks.md).
  yield;
  const pageOrder = options.dateOrder
    ? null
    : safe(() => inferDateOrder(root, texts && filledAmongFirst(texts, MAX_DATE_TEXTS)));
  yield;
  const env: ReadEnv = {
    texts,
    cache: new Map(),
    never: new Map(),
    labelTexts: new Map(),
    queries: new Map(),
    order: pageReading(root, options.dateOrder ?? pageOrder),
    pageOrder: options.dateOrder ?? pageOrder,
  };
  const found: Found[] = [];
  let adapterId: string | null = null;
  let none: NoCustomerReason | undefined;
  let recordRegion: Element | null = null;
  let closedShadowRoots = 0;
  // The adapter says the record is a person (a private individual), whatever its URL's entity.
  let personRecord = false;
  const urlRecord = recordFromUrl(url);
  let scopes: Scope[] = [];
  try {
    const scan = findScopes(root, options.closedShadowProbe);
    closedShadowRoots = scan.closedShadowRoots;
    scopes = scan.scopes;
    env.walks = scan.walks;
    yield;
    if (taughtApplies(siteAdapter, url)) {
      const taught = applyAdapter(root, siteAdapter, env, 'taught');
      if (taught && taught.length > 0) {
        found.push(...taught);
        adapterId = siteAdapter.id;
      }
      yield;
    }
    const builtIn = selectAdapter(root, url, options.adapters ?? builtInAdapters);
    const fromAdapter = builtIn ? applyAdapter(root, builtIn, env, 'adapter') : null;
    personRecord = fromAdapter !== null && builtIn !== null && isPersonRecord(root, builtIn, env);
    if (builtIn) yield;
    if (builtIn && fromAdapter) {
      found.push(...fromAdapter);
      adapterId ??= builtIn.id;
      // The company's own fields (证件号码, 产品, 签约日期…) inside the adapter's record region.
      const region = (builtIn.root?.length ? findRoot(root, builtIn, env) : null) ?? root.body;
      // Only the region is read (and the shadow roots inside it): the rest of the page costs nothing.
      const scopes = region ? scopesWithin(region, scan.scopes) : scan.scopes;
      const generic = yield* extractGenericSteps(root, env, { scopes, url, region });
      const have = new Set(found.map((f) => f.key));
      found.push(...generic.found.filter((f) => !have.has(f.key)));
    } else {
      const generic = yield* extractGenericSteps(root, env, { scopes: scan.scopes, url });
      none = generic.none;
      recordRegion = generic.root;
      found.push(...generic.found);
    }
  } catch {
    // Extraction degrades, never throws: whatever was found so far is returned.
  }
  yield;
  dropRepeatedMobile(found);
  safe(() => surnameFirst(found, root));
  dropFutureSignDate(found, now);
  for (const f of found) f.source = { ...f.source, confidence: confidenceOf(f.source) };
  const companyName = safe(() => companyAsName(found, urlRecord));
  if (companyName) found.push(companyName);
  const context = buildContext(url, adapterId, found, now);
  if (found.length > 0) {
    const entity = personRecord ? 'person' : entityOf(found, urlRecord);
    if (entity) context.entity = entity;
    if (entity === 'company' && context.fields.name && !context.fields.company)
      // A company customer is its own company (tests/fixtures/crm-pages/README.md).
      context.fields.company = { ...context.fields.name, source: { ...context.fields.name.source, label: 'name' } };
    context.missing = context.missing.filter((k) => !context.fields[k]);
    if (entity === 'company') {
      // Neither the company itself nor its owner (the salesperson on our side) is one of its contacts.
      const own = [context.fields.name?.value ?? '', context.fields.owner?.value ?? ''].filter(Boolean);
      const contacts = safe(() => findContacts(scopes, env.cache, own));
      if (contacts && contacts.length > 0) context.contacts = contacts;
      else {
        const tab = safe(() => findContactsTab(scopes, env.cache));
        if (tab) context.contactsTab = tab;
      }
    }
    const company = context.fields.company?.value;
    if (entity !== 'company' && company) {
      const companyRecord = safe(() => findCompanyRecord(scopes, url, company));
      if (companyRecord) context.companyRecord = companyRecord;
    }
    const linked =
      !urlRecord && recordRegion && urlNamesOtherObject(url)
        ? safe(() => recordFromLinks(recordRegion as Element, url, context.fields.name?.value ?? ''))
        : null;
    if (urlRecord) context.record = { id: urlRecord.id, entity: urlRecord.entity, from: 'url' };
    else if (linked) context.record = { id: linked.id, entity: linked.entity, from: 'link' };
    else if (context.fields.customerId)
      context.record = { id: context.fields.customerId.value, entity: '', from: 'page' };
  } else if (none) context.noCustomer = none;
  if (closedShadowRoots > 0) context.closedShadowRoots = closedShadowRoots;
  yield;
  const foreign = safe(() => foreignFrameOrigins(root, url));
  if (foreign && foreign.length > 0) context.foreignFrames = foreign;
  return context;
}

/**
 * The customer's own record, from the record region's links to it, on a page whose URL is another object's (a
 * conversation, a ticket, a contract): the link whose text is the customer's name, else the one customer every
 * such link points to. Same origin only.
 */
function recordFromLinks(region: Element, url: string, name: string): UrlRecord | null {
  const origin = new URL(url).origin;
  const ids = new Map<string, UrlRecord>();
  let named: UrlRecord | null = null;
  for (const a of listOf(region.querySelectorAll('a[href]'))) {
    let target: URL;
    try {
      target = new URL(a.getAttribute('href') ?? '', url);
    } catch {
      continue;
    }
    if (target.origin !== origin) continue;
    const r = recordFromUrl(target.href);
    if (!r || !CUSTOMER_ENTITY.test(r.entity)) continue;
    ids.set(`${r.entity}/${r.id}`, r);
    if (name && (a.textContent ?? '').replace(/\s+/g, ' ').trim() === name) named ??= r;
  }
  return named ?? (ids.size === 1 ? ([...ids.values()][0] ?? null) : null);
}

/**
 * A Chinese name written given name first with a space ("静 陈", Dolibarr's default first-name-first order) when the
 * page's own title names the record by its surname ("陈"): the name as it is said, surname first ("陈静").
 */
function surnameFirst(found: Found[], root: Document): void {
  const at = found.findIndex((f) => f.key === 'name');
  const name = found[at];
  const m = name ? /^([\u4e00-\u9fff]{1,2}) ([\u4e00-\u9fff]{1,2})$/.exec(name.value) : null;
  if (!name || !m || (root.title ?? '').trim() !== m[2]) return;
  found[at] = { ...name, value: `${m[2]}${m[1]}` };
}

/**
 * The customer's one number read twice: as the mobile (by its numbering plan) and again as a phone (the same
 * "Telefone" line repeated under her default address, a slotted value read beside its label and by its slot). One
 * number is the mobile; a phone the generic reader gave that only repeats it is no second number (docs/adapters.md,
 * "Session 22: round 22's wrong values").
 */
function dropRepeatedMobile(found: Found[]): void {
  const mobile = found.find((f) => f.key === 'mobile');
  const at = found.findIndex((f) => f.key === 'phone' && f.source.via === 'generic');
  const phone = found[at];
  if (mobile && phone && phone.value === mobile.value) found.splice(at, 1);
}

/** `region` itself and the open shadow roots (and declarative ones) whose host lies inside it. */
function scopesWithin(region: Element, scopes: Scope[]): Scope[] {
  const inner = scopes.filter((s) => {
    if (s.nodeType !== 11) return false; // shadow roots and declarative fragments only
    const first = s.firstElementChild;
    const host = first ? composedParent(first) : null;
    return !!host && host !== first && composedContains(region, host);
  });
  return [region, ...inner];
}

/** Origins of the page's frames that belong to other sites (their content is not this frame's to read). */
function foreignFrameOrigins(root: Document, url: string): string[] {
  // Most pages have no frame: two cached collections say so without matching every element.
  if (root.getElementsByTagName('iframe').length === 0 && root.getElementsByTagName('frame').length === 0) return [];
  const own = new URL(url).origin;
  const out = new Set<string>();
  for (const el of listOf(root.querySelectorAll('iframe[src], frame[src]'))) {
    const src = el.getAttribute('src') ?? '';
    let origin: string;
    try {
      const u = new URL(src, url);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') continue;
      origin = u.origin;
    } catch {
      continue;
    }
    if (origin !== own) out.add(origin);
    if (out.size >= 20) break;
  }
  return [...out];
}

function safe<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

export { builtInAdapters, selectAdapter } from './adapters/registry';
