// The generic extractor: for CRMs with no adapter. Finds the record's label/value pairs, keeps those
// of the main record, validates each value for its field and never makes one up.
import type { ValueSource } from '../../core/schemas/customer-context';
import { normalizeLabel, stripSalutation } from '../../core/normalize/text';
import { cutShortLandline, IDENTIFYING_FIELDS, normalizeField } from '../fields';
import { hiddenByStylesheet, isHidden, isNeverShown, readOwnText } from '../dom';
import type { Found, ReadEnv, Steps } from '../types';
import { collectSteps, ORGANISATION, OTHER_PERSON_KEY, type Candidate } from './collect';
import { CARD_NUMBER_KEY, isAddressPart, isSecondSurname, keyForLabel, labelRank, toSimplified } from './dictionary';
import {
  findBoxHeadName,
  findBoxHeaderName,
  findKindFieldName,
  findCompanyBeside,
  findCrumbName,
  findNameHeading,
  looksLikeName,
  findTabTitleName,
  standIns,
  tabNameOf,
  titlesRecordKind,
} from './heading';
import { namesRecordDetails } from './detail-title';
import { recordByCard } from './card';
import { postcodeRowAfter, unknownPartBetween } from './address-gap';
import { addressOfElement } from './address-element';
import {
  findDetailsTitleCode,
  findHeadCode,
  findRecordIdInIds,
  findTitleUrlId,
  findUrlIdCode,
  urlCodeOverId,
} from './record-id';
import { isExcludedRegion, type RegionCache } from './regions';
import {
  addProductBesideDate,
  dropJoiningWithoutPurchase,
  keepHolderPurchase,
  readWhatWasBought,
  startsRunningService,
} from './bought';
import { chooseRecordRoot, conflictKey, type Valued } from './record-root';
import { composedContains, composedParent, containsWith, type Scope } from '../composed';
import {
  countPeopleRows,
  countEmploymentLabels,
  countUserLabels,
  inHrModule,
  isOneOfPeers,
  findOpenOverlaysAround,
  pageSaysList,
  pageNamesStaff,
  roleIsCustomer,
  ownPageSign,
  showsMemberRank,
  memberLoginName,
  selectedItemNames,
  hasSelectedItem,
  urlIsAgentRecord,
  urlIsUserPage,
  urlIsOwnTab,
} from '../page-kind';
import { recordFromUrl, urlCarriesId, urlNamesOtherObject } from '../../core/url-record';
import { listOf } from '../list';
import { elementsByTag, shadowScopes } from '../walk';
import { normalizePhone } from '../../core/normalize/phone';
import { isMobileShape } from './phone-shape';
import { pageWords, wordAlternatives } from './words/page-words';
import { SETTINGS_URL } from './settings-words';
import { BARE_RECORD_WORDS } from './record-kind';
import { fieldInLanguage, partInLanguage, WORLD_UNTYPED_PHONE } from './words';
import { isRoleMailbox } from './value-shape';
import { dropContactPersonRows, dropOtherNamedSections, isOtherPersonSection, isPetSection } from './section';
import { ownLineValues } from './own-line';
import { namesOrganisation } from '../entity';
import { genderOfAddress } from './address-form';
import { addressFromClassedLines } from './address-classes';
import { pageDates } from '../../core/normalize/date';

const VIA_RANK: Record<Candidate['via'], number> = { label: 0, attribute: 1, inline: 2, 'record-id': 3, shape: 4 };
const IDENTIFYING = IDENTIFYING_FIELDS;
const IDENTIFYING_KEYS = [...IDENTIFYING];
// Fields naming a person (a code alone does not): the labelled region they come from holds the customer.
const PERSON_FIELDS = new Set(['name', 'phone', 'mobile', 'idNumber', 'email']);
// Fields a customer's record shows and a staff member's profile does not (two of them make a user page a customer's).
const CUSTOMER_ONLY = new Set(['address', 'idNumber', 'birthDate', 'product', 'signDate', 'company']);

function source(c: Candidate): ValueSource {
  return { via: 'generic', label: c.label, hidden: c.hidden || undefined };
}

const STREET =
  /详细地址|街道|番地|street|address line|地址$|straße|strasse|straat|الشارع|улица|logradouro|^rua$|^calle$|^rue$|^(?:ulice|ulica|ulica i nr|ulica i numer|utca|strada|stradă|katu|katuosoite|вулиця|οδός|đường|số nhà|số nhà, đường|số nhà\/đường|ถนน|sokak|cadde|רחוב|iela|iela, māja|iela, māja, dzīvoklis|gatvė|tänav)$/i;

/**
 * The address as the page shows it across neighbouring fields (country, province, city, street, postcode…):
 * the run of address fields next to each other in display order around `anchor` (the labelled address, else
 * a street part). A field of another kind between them ends the run; so does a second address or a repeated
 * part (a second address block).
 */
function addressFromRun(ordered: Candidate[], anchor: Candidate | undefined, env: ReadEnv): Found | null {
  const isAddress = (c: Candidate) => c.key === 'address' || c.key === 'address-part';
  const list = ordered.filter((c) => c.via === 'label' && !c.hidden);
  let start = anchor ? list.indexOf(anchor) : list.findIndex((c) => c.key === 'address-part' && STREET.test(c.label));
  // No street: a residential estate followed by its building, unit and room (小区 · 楼栋 · 单元 · 房号) is an address of
  // its own in China, the city being the CRM's (a flat's owner, a heating user).
  if (start < 0 && !anchor) start = estateRunStart(list);
  // No street either: the places a rural address is written by, three or more in a row (Fokontany · Kaominina ·
  // Distrika · Faritra; Intara · Akarere · Umurenge · Akagari; ਪਿੰਡ · ਤਹਿਸੀਲ · ਜ਼ਿਲ੍ਹਾ): the address is its places
  // (docs/adapters.md, "Session 24: field words of the thin languages").
  if (start < 0 && !anchor) start = placeRunStart(list);
  const first = list[start];
  if (!first) return null;
  // The address's next line in the cell below with an empty label, then its parts.
  const below = anchor ? columnAddress(first, list, env, 1) : null;
  if (below) return below;
  const run = [first];
  // "Address 2" / "地址2" continues "Address": a second line of one address, not a second address.
  const runKey = (c: Candidate) =>
    c.key === 'address' && /\s?[2-3]$/.test(normalizeLabel(c.label)) ? `address:${c.label}` : conflictKey(c);
  const seen = new Set([runKey(first)]);
  const fits = (c: Candidate | undefined) => !!c && isAddress(c) && !seen.has(runKey(c));
  for (let i = start - 1; fits(list[i]); i--) {
    run.unshift(list[i] as Candidate);
    seen.add(runKey(list[i] as Candidate));
  }
  for (let i = start + 1; fits(list[i]); i++) {
    run.push(list[i] as Candidate);
    seen.add(runKey(list[i] as Candidate));
  }
  if (anchor && run.length === 1) return columnAddress(first, list, env, 2) ?? withPostcodeRow(first, env);
  // A part under a word this reader does not know, between two it knows (Postnr. | By | Land): the address's too.
  const parts = withoutRepeatedParts(run);
  const lines = parts
    .flatMap((c, i) => {
      const own = c.key === 'address' ? c.lines : [c.lines.join(' ')];
      const next = parts[i + 1];
      const gap = next ? unknownPartBetween(c.el, next.el, env.cache) : null;
      return gap ? [...own, gap] : own;
    })
    .filter(Boolean);
  const norm = normalizeField('address', lines, env.order);
  return norm
    ? { key: 'address', ...norm, source: { via: 'generic', label: parts.map((p) => p.label).join(' + ') } }
    : null;
}

/** The address's own field and the postcode + town row under it (address-gap.ts), when one follows. */
function withPostcodeRow(address: Candidate, env: ReadEnv): Found | null {
  const row = address.hidden ? null : postcodeRowAfter(address.el, env.cache);
  const norm = row ? normalizeField('address', [...address.lines, row], env.order) : null;
  return norm ? { key: 'address', ...norm, source: { via: 'generic', label: `${address.label} + postcode` } } : null;
}

/**
 * The run without a numbered part that another part already holds whole (房号 "7栋2单元1802" beside 房屋地址 "…御湖湾小区
 * 7栋2单元1802"): joined, the address would say it twice. Only a part of four or more characters with a digit, so a
 * city or street word repeated by chance stays (docs/adapters.md, "Session 19: round 19's wrong values").
 */
function withoutRepeatedParts(run: Candidate[]): Candidate[] {
  const text = (c: Candidate) => c.lines.join(' ').replace(/\s+/g, ' ').trim();
  return run.filter((c) => {
    const own = text(c);
    if (own.length < 4 || !/\d/.test(own)) return true;
    return !run.some((o) => o !== c && text(o).length > own.length && text(o).includes(own));
  });
}

const ESTATE = /^(?:小区|小区名称|屋苑)$/;
const DWELLING = /^(?:楼栋|楼栋号|楼号|栋号|单元|单元号|房号|房间号|室号|门牌|门牌号|室|楼层)$/;

/** The index of an estate part followed at once by two parts of its building, unit or room, or -1. */
function estateRunStart(list: Candidate[]): number {
  const part = (c: Candidate | undefined, word: RegExp) =>
    !!c && c.key === 'address-part' && word.test(toSimplified(normalizeLabel(c.label)));
  return list.findIndex((c, i) => part(c, ESTATE) && part(list[i + 1], DWELLING) && part(list[i + 2], DWELLING));
}

/** The index of an address part followed at once by two parts of other kinds, or -1. */
function placeRunStart(list: Candidate[]): number {
  const part = (c: Candidate | undefined) => !!c && c.key === 'address-part';
  return list.findIndex(
    (c, i) =>
      part(c) &&
      part(list[i + 1]) &&
      part(list[i + 2]) &&
      new Set([c, list[i + 1], list[i + 2]].map((p) => conflictKey(p as Candidate))).size === 3,
  );
}

/** The cell of a grid of same-made field cells (≥ 6 of them) that holds `el`, up to three levels up. */
function gridCell(el: Element): Element | null {
  let cell: Element | null = el;
  for (let i = 0; i < 3 && cell; i++, cell = cell.parentElement) {
    const grid = cell.parentElement;
    if (!grid || grid.childElementCount < 6) continue;
    const made = (e: Element) => `${e.tagName} ${e.getAttribute('class') ?? ''}`;
    const same = listOf(grid.children).filter((c) => made(c) === made(cell as Element)).length;
    if (same >= 6) return cell;
  }
  return null;
}

/** A cell whose label is empty and whose value is one short line: the line before it continues (an address line). */
function continuationLine(cell: Element | undefined, env: ReadEnv): string | null {
  const first = cell?.firstElementChild;
  if (!cell) return null;
  if (!first || first === cell.lastElementChild || (first.textContent ?? '').trim() !== '') return null;
  if (isHidden(cell, env.cache)) return null;
  const text = (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text && text.length <= 100 && !/[:：]/.test(text) ? text : null;
}

/**
 * An address in a grid of fields that flows row by row over several columns (Address | Contact, "" | Salutation, City
 * | Title…): its lines go down its column, every n-th cell — a cell with an empty label (the address's next line),
 * then the city, state, postcode and country parts — while the fields of the other columns sit between them.
 */
function columnAddress(anchor: Candidate, list: Candidate[], env: ReadEnv, from: 1 | 2): Found | null {
  const cell = gridCell(anchor.el);
  const cells = cell?.parentElement ? listOf(cell.parentElement.children) : [];
  const at = cell ? cells.indexOf(cell) : -1;
  if (at < 0) return null;
  const partIn = new Map<Element, Candidate>();
  for (const c of list)
    if (c.key === 'address-part') {
      const own = cells.find((x) => x.contains(c.el));
      if (own) partIn.set(own, c);
    }
  const step = (c: Element | undefined) => !!c && (partIn.has(c) || continuationLine(c, env) !== null);
  for (let stride = from; stride <= (from === 1 ? 1 : 4); stride++) {
    // One column: only an empty-labelled next line starts it (a run of parts is read by addressFromRun).
    if (stride === 1 ? continuationLine(cells[at + 1], env) === null : !step(cells[at + stride])) continue;
    const lines = [...anchor.lines];
    const labels = [anchor.label];
    const seen = new Set<string>();
    for (let i = at + stride; step(cells[i]); i += stride) {
      const part = partIn.get(cells[i] as Element);
      if (part) {
        if (seen.has(conflictKey(part))) break;
        seen.add(conflictKey(part));
        lines.push(part.lines.join(' '));
        labels.push(part.label);
      } else lines.push(continuationLine(cells[i], env) ?? '');
    }
    if (seen.size === 0) return null;
    const norm = normalizeField('address', lines.filter(Boolean), env.order);
    return norm ? { key: 'address', ...norm, source: { via: 'generic', label: labels.join(' + ') } } : null;
  }
  return null;
}

// One field naming where the customer is, without a street (地区: 某省 某市 某区, 所在城市, Location: Town, Country).
const REGION_LABEL =
  /^(?:地区|所在地区|所属地区|注册地区|经营地区|办公地区|所在城市|省市|所在省市|省\/市|省市区|省市区县|省\/市\/区|所在区域|所属区域|区域|location|region|city\/region)$/;

/**
 * The record's only address field is a region (no street anywhere): that region is the address the page shows.
 * Its value must name two places (省 + 市, "Town, Country").
 */
function regionOnlyAddress(ordered: Candidate[], env: ReadEnv): Found | null {
  const parts = ordered.filter((c) => c.via === 'label' && !c.hidden && c.key === 'address-part');
  if (parts.length !== 1) return null;
  const part = parts[0] as Candidate;
  const text = part.lines.join(' ').trim();
  if (!REGION_LABEL.test(toSimplified(normalizeLabel(part.label)))) return null;
  const places = text.split(/[\s,，/、]+/).filter(Boolean).length;
  if (places < 2 && (text.match(/[省市区县州]/g)?.length ?? 0) < 2) return null;
  const norm = normalizeField('address', [text], env.order);
  return norm ? { key: 'address', ...norm, source: { via: 'generic', label: part.label } } : null;
}

const PERSON_ENTITY = /^(?:contacts?|persons?|people|customers?|clients?|members?)$/i;
const ORG_ENTITY = /^(?:compan(?:y|ies)|organi[sz]ations?|accounts?|societe)$/i;
const ORG_CLASS = /compan|organi[sz]|(?:^|[\s_-])org/i;
// The class of a record's head line or of the box it opens (PersonName, record-title, rn-head, card-header).
const HEAD_CLASS = /name|title|head/i;
const isHeadLine = (el: Element): boolean =>
  HEAD_CLASS.test(el.getAttribute('class') ?? '') || HEAD_CLASS.test(el.parentElement?.getAttribute('class') ?? '');

/** Same-origin links to a person's record (name-classed) and to an organisation (company-classed) in the record. */
function linkedPerson(root: Element, url: string, regions: RegionCache, env: ReadEnv): Found[] {
  const out: Found[] = [];
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return out;
  }
  const people = new Set<string>();
  let org: string | null = null;
  for (const a of listOf(root.querySelectorAll('a[href]'))) {
    // Only a name- or company-classed link counts: look at the classes before parsing its address.
    const holder = a.parentElement;
    const cls = `${a.getAttribute('class') ?? ''} ${holder?.getAttribute('class') ?? ''}`;
    const named = /name/i.test(cls);
    if (!holder || (!named && !ORG_CLASS.test(cls))) continue;
    let target: URL;
    try {
      target = new URL(a.getAttribute('href') ?? '', url);
    } catch {
      continue;
    }
    if (target.origin !== origin || isExcludedRegion(a, regions) || isHidden(a, env.cache)) continue;
    const entity = recordFromUrl(target.href)?.entity ?? '';
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (PERSON_ENTITY.test(entity) && named) people.add(text);
    else if (ORG_ENTITY.test(entity) && ORG_CLASS.test(cls)) org ??= text;
  }
  // One person only: several linked people are a list, not the customer.
  const person = people.size === 1 ? [...people][0] : undefined;
  const name = person ? normalizeField('name', [person], env.order) : null;
  if (!name) return out;
  out.push({ key: 'name', ...name, source: { via: 'generic', label: 'linked contact', confidence: 0.7 } });
  const company = org ? normalizeField('company', [org], env.order) : null;
  if (company) out.push({ key: 'company', ...company, source: { via: 'generic', label: 'linked company' } });
  return out;
}

/** An h1 / h2 of the page holds the name a label of the record gives (four characters or more). */
function headingNamesRecord(doc: Document, fields: Candidate[], env: ReadEnv): boolean {
  const names = fields
    .filter((c) => c.key === 'name' && c.via === 'label' && !c.hidden)
    .map((c) => normalizeField('name', c.lines, env.order)?.value ?? '')
    .filter((n) => n.length >= 4);
  if (names.length === 0) return false;
  const heads = listOf(doc.querySelectorAll('h1, h2'))
    .slice(0, 10)
    .map((h) => (h.textContent ?? '').replace(/\s+/g, ' '));
  return heads.some((h) => names.some((n) => h.includes(n)));
}

/** Whole names the page renders: its tab title's first part and its top headings. */
function renderedNames(el: Element): Set<string> {
  const doc = el.ownerDocument;
  const texts = [(doc.title ?? '').split(/\s[|\-–—·:»]\s/)[0] ?? '', tabNameOf(doc.title ?? '')];
  for (const h of listOf(doc.querySelectorAll('h1, h2')).slice(0, 10)) texts.push(h.textContent ?? '');
  // A record header's name element (vtiger's `<span class="recordLabel">佐藤 健一</span>`, a title- or name-classed one).
  for (const h of listOf(doc.querySelectorAll('[class*="recordLabel" i], [class*="title" i], [class*="name" i]')).slice(
    0,
    40,
  ))
    if ((h.textContent ?? '').length <= 60) texts.push(h.textContent ?? '');
  return new Set(texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean));
}

// Words that name the whole name alone and the surname beside a first-name field (German Name / Vorname).
const NAME_OR_SURNAME = new Set(['name']);

/** "Name" beside a separate "Vorname" (and no last-name field) is the surname: the whole name is both. */
function surnameBesideFirst(inRoot: Candidate[]): void {
  const first = inRoot.find((c) => c.key === 'name-first' && !c.hidden);
  if (!first || inRoot.some((c) => c.key === 'name-last')) return;
  const given = first.lines.join(' ').trim();
  if (!given) return;
  inRoot.forEach((c, i) => {
    if (c.key !== 'name' || c.via !== 'label' || !NAME_OR_SURNAME.has(normalizeLabel(c.label))) return;
    if (!c.lines.join(' ').includes(given)) inRoot[i] = { ...c, key: 'name-last' };
  });
}

/**
 * A label read by another language's word that the page's own language (its `lang`) gives another field: that field
 * (Azerbaijani Ünvan is the address, not the Turkish firm's title; docs/adapters.md, "Session 19: round 19's wrong
 * values").
 */
function inOwnLanguage(inRoot: Candidate[], lang: string): void {
  if (!lang) return;
  inRoot.forEach((c, i) => {
    if (c.via !== 'label') return;
    const label = normalizeLabel(c.label);
    if (c.key.startsWith('name-')) {
      const part = partInLanguage(label, lang);
      if (part && `name-${part}` !== c.key) inRoot[i] = { ...c, key: `name-${part}` };
      return;
    }
    const own = fieldInLanguage(label, lang);
    // (A phone word's number is typed by its shape and tags, not re-keyed here.)
    if (own && own !== c.key && own !== 'phone') inRoot[i] = { ...c, key: own };
  });
}

// A name word that is the surname beside a given-name field in one language and the given name beside a surname
// field in another: French Nom (beside Prénom), Catalan and Occitan Nom (beside Cognoms, Cognom).
const GIVEN_OR_SURNAME = new Set(['nom']);

/**
 * Two surname fields and no given-name field ("Nom" + "Cognoms"): the one whose word also names the given name is the
 * given name, and the whole name is both (docs/adapters.md, "Session 19: round 19's wrong values").
 */
function givenNameBesideSurname(inRoot: Candidate[]): void {
  const lasts = inRoot.filter((c) => c.key === 'name-last' && !c.hidden);
  if (lasts.length < 2 || inRoot.some((c) => c.key === 'name-first')) return;
  const given = lasts.find((c) => c.via === 'label' && GIVEN_OR_SURNAME.has(normalizeLabel(c.label)));
  const surname = lasts.find((c) => c !== given && normalizeLabel(c.label) !== normalizeLabel(given?.label ?? ''));
  if (!given || !surname) return;
  const at = inRoot.indexOf(given);
  inRoot[at] = { ...given, key: 'name-first' };
}

// A Portuguese mother's surname, written before the father's (Joana Pereira Souza).
const MOTHERS_FIRST = /^(?:sobrenome materno|apelido materno)$/;

/** "First Name" + "Last Name" (or 姓 + 名) when the page has no single name field. */
function nameFromParts(inRoot: Candidate[], env: ReadEnv): Found | null {
  const first = inRoot.find((c) => c.key === 'name-first' && !c.hidden);
  const isSecond = (c: Candidate) => c.via === 'label' && isSecondSurname(normalizeLabel(c.label));
  const second = inRoot.find((c) => c.key === 'name-last' && !c.hidden && isSecond(c));
  const last = inRoot.find((c) => c.key === 'name-last' && !c.hidden && !isSecond(c)) ?? second;
  // A lone "Nombre" / "名字" holding a whole name ("Alejandra Ruiz Pastor"): the form has no surname field.
  // 名字 alone is what Chinese pages call the whole name ("名字：葛晓东").
  const whole = first ? first.lines.join(' ').trim() : '';
  const hanName = !!first && normalizeLabel(first.label) === '名字' && /^[\u4e00-\u9fff·]{2,5}$/.test(whole);
  if (first && !last && first.via === 'label' && (/\S\s+\S/.test(whole) || hanName)) {
    const norm = normalizeField('name', [first.lines.join(' ')], env.order);
    return norm ? { key: 'name', ...norm, source: { via: 'generic', label: first.label } } : null;
  }
  if (!first || !last) return null;
  const f = first.lines.join(' ');
  // Two surnames: Spanish writes the father's first ("Nombres Paterno Materno"), Portuguese the mother's.
  const other = last === second ? undefined : second;
  const surnames = other && MOTHERS_FIRST.test(normalizeLabel(other.label)) ? [other, last] : [last, other];
  const l = surnames.flatMap((c) => (c ? [c.lines.join(' ').trim()] : [])).join(' ');
  // A part holding a digit is no name (Afrikaans and Dutch "Van" also heads a date range's start: "Van 2025/01/01").
  if (/\d/.test(f + l)) return null;
  // A patronymic or middle name (Отчество): Russian writes "Фамилия Имя Отчество", English "First Middle Last".
  const middle = inRoot.find((c) => c.key === 'name-middle' && !c.hidden);
  const m = middle?.lines.join(' ').trim() ?? '';
  const han = /[\u4e00-\u9fff]/.test(f + l);
  // Written as the page itself renders the whole name (title or heading), else in the script's usual order.
  const forms = m ? [`${l} ${f} ${m}`, `${f} ${m} ${l}`] : [`${f} ${l}`, `${l} ${f}`, `${l}${f}`, `${f}${l}`];
  const shown = renderedNames(first.el);
  // Bulgarian writes the father's name between them (Иван Петров Иванов; docs/adapters.md, "Session 20: field words by
  // concept").
  const lang = first.el.ownerDocument?.documentElement?.getAttribute('lang') ?? '';
  const surnameFirst = /[\u0400-\u04ff]/.test(l) && !/^bg\b/i.test(lang);
  // Hungarian writes the family name first (Szabó Ildikó), as the Han languages do.
  const familyFirst = /^hu\b/i.test(lang);
  const usual = m
    ? surnameFirst
      ? `${l} ${f} ${m}`
      : `${f} ${m} ${l}`
    : han
      ? `${l}${f}`
      : familyFirst
        ? `${l} ${f}`
        : `${f} ${l}`;
  const lines = [forms.find((x) => shown.has(x)) ?? usual];
  const norm = normalizeField('name', lines, env.order);
  const label = [first, middle, last, last === second ? undefined : second]
    .flatMap((c) => (c ? [c.label] : []))
    .join(' + ');
  return norm ? { key: 'name', ...norm, source: { via: 'generic', label } } : null;
}

/**
 * The address from a one-row table of its parts ("Type | Address | City | Zip/postal code | Country" / "Home | 221
 * Kennington Lane | London | SE11 5QU | United Kingdom", or "Street | Postal Code | City | Country" with no address
 * column): the address columns of that row, in display order.
 */
/** A cell of `row` under a name column (收货人, Recipient, Name) writes `name`. */
function namesInRow(row: HTMLTableRowElement, labels: string[], name: string): boolean {
  const squeeze = (t: string) => t.replace(/\s+/g, '');
  return labels.some((l, i) => keyForLabel(l) === 'name' && squeeze(row.cells[i]?.textContent ?? '') === squeeze(name));
}

function addressFromTable(tables: Element[], env: ReadEnv, regions: RegionCache, name?: string): Found | null {
  for (const table of tables) {
    const rows = listOf((table as HTMLTableElement).rows);
    const header = rows[0];
    const data = rows.filter((r) => r.querySelector('td') !== null);
    if (!header || data.length !== 1 || header.querySelector('td') || isExcludedRegion(table, regions)) continue;
    const labels = listOf(header.cells).map((c) => normalizeLabel(c.textContent ?? ''));
    const cols = labels.flatMap((l, i) => (keyForLabel(l) === 'address' || isAddressPart(l) ? [i] : []));
    // An address column, or a street column among three or more parts ("Street | Postal Code | City | Country").
    const anchored = cols.some((i) => keyForLabel(labels[i] ?? '') === 'address');
    const street = cols.length >= 3 && cols.some((i) => STREET.test(labels[i] ?? ''));
    const row = data[0] as HTMLTableRowElement;
    // One address column is the record's address when its row names the record's person (a consignee table whose
    // one line is the customer's own: 收货人 | 手机 | 地址; docs/adapters.md, "Round 17: values").
    const own = cols.length === 1 && anchored && !!name && namesInRow(row, labels, name);
    if ((cols.length < 2 && !own) || (!anchored && !street)) continue;
    // A cell with no letter or digit under an address title is a flag (✓ under "Rechnungsadresse": this row is the
    // billing address), no part of it.
    const parts = cols
      .map((i) => (row.cells[i]?.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((p) => /[\p{L}\p{N}]/u.test(p));
    const norm = normalizeField('address', parts, env.order);
    if (norm)
      return { key: 'address', ...norm, source: { via: 'generic', label: cols.map((i) => labels[i]).join(' + ') } };
  }
  return null;
}

// Labels that name no kind of phone: what is under them is typed by the number itself.
const UNTYPED_PHONE =
  /^(?:电话|联系电话|电话号码|联系号码|联系方式|主号码|来电号码|phone|phones|phone number|telephone|tel\.?|contact number|contact phone|service number|телефон|телефоны|teléfono|teléfonos|telefone|telefones|téléphone|telefon|telefono|電話|電話番号|điện thoại|số điện thoại|telepon|nomor telepon|telefón|telefóny|telefony|telefonszám|puhelin|телефони|τηλέφωνο)$/;
/**
 * A label naming no kind of phone, in this reader's words or the world's (words/, `tel`: Telefonszám, Simu, फ़ोन…, and
 * the phones named by the record's kind, 客户电话, Kundentelefon, Customer phone: whose number, not which kind).
 */
const isUntypedPhoneLabel = (label: string): boolean => UNTYPED_PHONE.test(label) || WORLD_UNTYPED_PHONE.has(label);

/**
 * A mobile number under an untyped phone label (电话号码: 139…, Phone: +44 7700…, Điện thoại: 0909…) is the customer's
 * mobile, not a landline, by its numbering plan, whatever the label's language — when the record shows no mobile of
 * its own (then it is a second number and stays where the page put it). A mainland number is a mobile by its shape;
 * another plan's by its ranges (phone-shape.ts). The held-out truths follow the same rule
 * (tests/fixtures/holdout/README.md, "A mobile is a mobile by its number").
 */
function retypeMobile(inRoot: Candidate[], lang: string): void {
  if (inRoot.some((c) => c.key === 'mobile' && !c.hidden)) return;
  const bare = (c: Candidate) => normalizeLabel(c.label).replace(/\s?[1-3]$/, '');
  const untyped = (c: Candidate) => isUntypedPhoneLabel(bare(c));
  const at = inRoot.findIndex(
    (c) =>
      c.key === 'phone' && !c.hidden && c.lines.length === 1 && untyped(c) && isMobileShape(c.lines[0] ?? '', lang),
  );
  const c = inRoot[at];
  if (c) inRoot[at] = { ...c, key: 'mobile' };
}

/**
 * Several numbers under untyped phone labels ("Телефон: +7 921… / +7 812…", two inputs, "Phone" and "Phone 2"): each is
 * typed by its shape — the one a mobile range uses is the mobile (when the record shows none of its own and exactly
 * one number has that shape), the others stay phones.
 */
function splitUntypedNumbers(inRoot: Candidate[], lang: string): void {
  if (inRoot.some((c) => c.key === 'mobile' && !c.hidden)) return;
  const untyped = (c: Candidate) =>
    c.key === 'phone' &&
    !c.hidden &&
    c.via !== 'inline' &&
    isUntypedPhoneLabel(normalizeLabel(c.label).replace(/\s?[1-4]$/, '')) &&
    c.lines.length <= 4 &&
    c.lines.every((l) => normalizePhone(l) !== null);
  const numbers = inRoot.filter(untyped).flatMap((c) => c.lines.map((l) => ({ c, l })));
  const mobiles = numbers.filter((n) => isMobileShape(n.l, lang));
  if (numbers.length < 2 || mobiles.length !== 1 || numbers.length === mobiles.length) return;
  const mobile = mobiles[0] as { c: Candidate; l: string };
  const at = inRoot.indexOf(mobile.c);
  const rest = mobile.c.lines.filter((l) => l !== mobile.l);
  const parts = [{ ...mobile.c, key: 'mobile', lines: [mobile.l] }];
  if (rest.length > 0) parts.push({ ...mobile.c, lines: rest });
  inRoot.splice(at, 1, ...parts);
}

// A card's number label (会员卡号, 卡號, Card No.): a card the customer holds. A word of Latin letters counts as a whole
// word, a Han one anywhere in the label (Han text has no spaces): words/page-words.ts.
const CARD_LABEL = new RegExp(
  pageWords('cardLabel')
    .map((w) => (/^[a-z]/i.test(w) ? `\\b${wordAlternatives([w])}\\b` : wordAlternatives([w])))
    .join('|'),
  'i',
);

function isCardLabel(label: string): boolean {
  return CARD_LABEL.test(toSimplified(normalizeLabel(label)));
}

// One or two short words ending in a space before a name: a title or a salutation (Dr., Frau Dr., Mr, Mme).
const TITLE_BEFORE = /^(?:\p{L}{1,6}\.?\s){1,2}$/u;

const PERSON_FACTS = new Set(['gender', 'birthDate', 'idNumber']);

const SECTION_OF_RECORD = /^(?:客户|客戶|顾客|顧客|会员|會員|用户|用戶|所属|所屬)/;
const TITLE_LINE = 'h1, h2, h3, [class*="page-title"], [class*="app-title"], [class*="header-title"]';

/** The record's title line naming an organisation (its own text, the tags after it left out), when it is one. */
function organisationTitle(root: Element, company: string | undefined, env: ReadEnv): Found | null {
  for (const el of listOf(root.querySelectorAll(TITLE_LINE)).slice(0, 12)) {
    if (isHidden(el, env.cache)) continue;
    const own = readOwnText(el) || (el.childElementCount === 0 ? (el.textContent ?? '').trim() : '');
    if (!own || own.length > 60 || !namesOrganisation(own) || (company && company !== own)) continue;
    // (A section titled by the record's or a field's words, 客户所属公司, names no organisation.)
    if (SECTION_OF_RECORD.test(own) || keyForLabel(normalizeLabel(own)) !== undefined) continue;
    const norm = normalizeField('name', [own], env.order);
    if (norm) return { key: 'name', ...norm, source: { via: 'generic', label: 'title', confidence: 0.6 } };
  }
  return null;
}

/**
 * A company's record (its name an organisation's, the same as its company): a birth date, a gender or an id number on it
 * is one of its people's (the signatory's identity panel), never the company's.
 */
function dropPersonFactsOfCompany(found: Found[]): void {
  const name = found.find((f) => f.key === 'name')?.value;
  const company = found.find((f) => f.key === 'company')?.value;
  if (!name || name !== company || !namesOrganisation(name)) return;
  for (let i = found.length - 1; i >= 0; i--) if (PERSON_FACTS.has(found[i]?.key ?? '')) found.splice(i, 1);
}

/**
 * A company field holding the record's own name, a form of address before it (a Salesforce person account's "Nome
 * account: Sig.ra Chiara Bellandi"): the person, not an employer.
 */
/**
 * A contact value in a small box that also shows another record's code of the record's own shape (a call pop's
 * "来电号码 153… · 匹配客户：唐某（BL8800310442）" on member BL8800271365's page): that other record's, dropped.
 */
function dropBesideOtherCode(found: Found[], chosen: Map<string, Candidate>): void {
  const id = found.find((f) => f.key === 'customerId')?.value ?? '';
  const m = /^([A-Za-z]{1,6}[-_]?)(\d{5,})$/.exec(id);
  if (!m) return;
  const prefix = (m[1] ?? '').replace(/[-_]/g, '[-_]?');
  const shape = new RegExp(`(?<![\\w-])${prefix}\\d{${(m[2] ?? '').length}}(?![\\w-])`, 'g');
  for (const key of ['phone', 'mobile', 'email']) {
    const el = chosen.get(key)?.el;
    let box = el?.parentElement ?? null;
    for (let i = 0; box && i < 3; i++, box = box.parentElement) {
      const text = box.textContent ?? '';
      // (A box showing the record's own code is the record's, not another record's pop.)
      if (text.length > 300 || text.includes(id)) break;
      if ((text.match(shape) ?? []).some((code) => code.replace(/[-_]/g, '') !== id.replace(/[-_]/g, ''))) {
        const at = found.findIndex((f) => f.key === key);
        if (at >= 0) found.splice(at, 1);
        break;
      }
    }
  }
}

function dropNameAsCompany(found: Found[]): void {
  const name = found.find((f) => f.key === 'name')?.value;
  const at = found.findIndex((f) => f.key === 'company');
  const company = found[at]?.value;
  if (!name || !company || company === name || namesOrganisation(company)) return;
  if (stripSalutation(company).replace(/\s+/g, '') === name.replace(/\s+/g, '')) found.splice(at, 1);
}

/** An address block that starts with the addressee (the company's own name on its default address): not a part. */
function dropAddressee(found: Found[]): void {
  const at = found.findIndex((f) => f.key === 'address');
  const address = found[at];
  if (!address) return;
  for (const who of found.filter((f) => f.key === 'name' || f.key === 'company')) {
    // The addressee's line alone (an address title over a block whose first line is her name): no address was read
    // (docs/adapters.md, "Round 16: values").
    if (address.value === who.value) {
      found.splice(at, 1);
      return;
    }
    // (Her name may follow a title or a salutation: "Dr. Katharina Vogel", "Frau Dr. Vogel" — docs/adapters.md,
    // "Round 17: values".)
    const first = address.value.split(', ')[0] ?? '';
    const titled = first.endsWith(` ${who.value}`) && TITLE_BEFORE.test(first.slice(0, -who.value.length));
    const head = `${titled ? first : who.value}, `;
    if (address.value.startsWith(head) && address.value.length > head.length + 4) {
      found[at] = { ...address, value: address.value.slice(head.length), raw: address.raw.replace(head, '') };
      return;
    }
  }
}

/** The record's one e-mail link when no label names it (an icon row of a side column): one address, shown. */
function loneMailto(root: Element, regions: RegionCache, env: ReadEnv, fields: Candidate[]): Found | null {
  const seen = new Set<string>();
  // The record's links from the walk's index of tags (one query less of the page), those to an address kept.
  const links = elementsByTag(root, env.walks, ['a'])?.filter((a) => a.getAttribute('href')?.startsWith('mailto:'));
  for (const a of links ?? listOf(root.querySelectorAll('a[href^="mailto:"]'))) {
    if (isExcludedRegion(a, regions) || isHidden(a, env.cache) || isNeverShown(a, env.never)) continue;
    // An owner's or another field's link ("Owner: <a href=mailto:rep@…>") is that person's.
    if (fields.some((c) => c.key !== 'email' && c.el.contains(a))) continue;
    seen.add((a.getAttribute('href') ?? '').slice(7).split('?')[0]?.trim().toLowerCase() ?? '');
  }
  const only = seen.size === 1 ? [...seen][0] : undefined;
  const norm = only ? normalizeField('email', [only], env.order) : null;
  return norm ? { key: 'email', ...norm, source: { via: 'generic', label: 'mailto' } } : null;
}

/** The record's last shown field in page order (in the record's own tree: a shadow root's fields are not ordered). */
function lastField(fields: Candidate[], root: Element): Element | null {
  const tree = root.getRootNode();
  let last: Element | null = null;
  for (const c of fields) {
    // A field in a shadow root stands where its host does in the root's tree (a web component's card of fields).
    const at = c.hidden ? undefined : standIns(c.el).find((e) => e.getRootNode() === tree);
    if (at && (!last || last.compareDocumentPosition(at) & 4)) last = at;
  }
  return last;
}

/** The URL's path and hash (its query and host say nothing of the page's kind here). */
function urlPath(url: string): string {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.hash}`;
  } catch {
    return '';
  }
}

// A firm's person named by role before a number's word (经营者手机, 法人代表电话, 店主微信手机): their number.
const PERSON_ROLE_NUMBER = /^(?:经营者|法人|法人代表|法定代表人|负责人|店主|老板|老板娘|股东|财务|会计|出纳|采购)/;

// How sure a value read by its shape alone is (docs/adapters.md, "Confidence"): a phone is to be confirmed.
const SHAPE_CONFIDENCE: Record<string, number> = { email: 0.7, idNumber: 0.75, phone: 0.6, mobile: 0.6 };

/**
 * The values of `shaped` (in one region) to take: per field, exactly one value shown (two e-mails, two unlabelled
 * numbers: one may be the owner's or a relative's), beside a label, for a field nothing labelled gave.
 */
function shapeValues(shaped: Candidate[], have: Set<string>, found: Found[], env: ReadEnv): Found[] {
  const families = new Map<string, Map<string, { c: Candidate; raw: string }>>();
  for (const c of shaped) {
    const family = c.key === 'mobile' ? 'phone' : c.key;
    const norm = normalizeField(c.key, c.lines, env.order);
    if (!norm) continue;
    const values = families.get(family) ?? new Map<string, { c: Candidate; raw: string }>();
    if (!values.has(norm.value) || (!values.get(norm.value)?.c.label && c.label))
      values.set(norm.value, { c, raw: norm.raw });
    families.set(family, values);
  }
  const out: Found[] = [];
  for (const values of families.values()) {
    if (values.size !== 1) continue;
    const [[value, { c, raw }]] = [...values] as [[string, { c: Candidate; raw: string }]];
    // A value standing alone (no label beside it) is counted, never taken; one the page shows labelled is that field.
    if (!c.label || found.some((f) => f.value === value)) continue;
    if (have.has(c.key) || (c.key === 'phone' && have.has('mobile'))) continue;
    // A number under a role of the firm's people (经营者手机, 法人电话) is that person's, not the record's line.
    if (PERSON_ROLE_NUMBER.test(c.label)) continue;
    const label = `${c.label} (by its shape)`;
    out.push({ key: c.key, value, raw, source: { via: 'generic', label, confidence: SHAPE_CONFIDENCE[c.key] } });
  }
  return out;
}

// Pairs a detail layout is made of (one record's label → value rows) before a header is read as its name.
const MIN_PAIRS = 3;

/**
 * The label → value pairs of a region, by their structure (dt + dd, a row of label and value cells, a <label>, a
 * label-classed or "Label:" caption before its value, boxes of caption + value); `repeated` when a label text comes
 * back (the rows of a list, each with the same labels).
 */
const CONTROLS = 'input:not([type=hidden]), select, textarea';

function pairsIn(region: Element): { pairs: number; repeated: boolean } {
  const labels: string[] = [];
  const add = (written: string | null | undefined) => {
    const text = written ? normalizeLabel(written) : '';
    if (text && text.length <= 40 && /\p{L}/u.test(text)) labels.push(text);
  };
  const els = listOf(region.querySelectorAll('dt, tr, label, div, span, p, li, th, td, b, strong')).slice(0, 600);
  for (const el of els) {
    const tag = el.tagName;
    if (tag === 'DT') {
      if (el.nextElementSibling?.tagName === 'DD') add(el.textContent);
    } else if (tag === 'TR') {
      const cells = listOf((el as HTMLTableRowElement).cells);
      if (cells.length === 2 || cells.length === 4)
        for (let i = 0; i < cells.length; i += 2)
          if ((cells[i + 1]?.textContent ?? '').trim()) add(cells[i]?.textContent);
    } else if (tag === 'LABEL') {
      add(el.textContent);
    } else if (el.childElementCount === 0 && !/^(?:TH|TD)$/.test(tag)) {
      const text = (el.textContent ?? '').trim();
      const next = el.nextElementSibling;
      // "Label: value" in one line of its own.
      const inline = /^([^:：]{1,30})[:：]\s*\S/.exec(text);
      if (inline) add(inline[1]);
      if (inline || !next) continue;
      const filled = (next.textContent ?? '').trim() !== '' || next.matches(CONTROLS) || !!next.querySelector(CONTROLS);
      // A caption: written with a colon, classed as one, or the first of a box of two (caption + value).
      const caption =
        /[:：]$/.test(text) ||
        /label|caption|key|title|name/i.test(el.getAttribute('class') ?? '') ||
        (el.parentElement?.childElementCount === 2 && el.parentElement.firstElementChild === el);
      if (filled && caption && !/[@\d]{4}/.test(text)) add(text);
    }
  }
  return { pairs: labels.length, repeated: new Set(labels).size < labels.length };
}

/**
 * The name is shown in the page's bars (the signed-in agent's menu): the page is the agent's own. A bar's link to this
 * very page (a breadcrumb's last item, "Contacts / Ann Lee") names the record, not the agent.
 */
function namesTheAgent(doc: Document, name: string, region: Element, url = ''): boolean {
  if (name.length < 2) return false;
  const bars = listOf(
    doc.querySelectorAll('header, nav, [role="banner"], [role="navigation"], [class*="user" i], [class*="avatar" i]'),
  ).slice(0, 200);
  const here = pathOf(url);
  const selfLink = (a: Element) => !!here && pathOf(a.getAttribute('href') ?? '', url) === here;
  return bars.some((b) => {
    if (b.contains(region) || region.contains(b) || !(b.textContent ?? '').includes(name)) return false;
    const links = listOf(b.querySelectorAll('a[href]')).filter(selfLink);
    if (links.length === 0) return true;
    let text = b.textContent ?? '';
    for (const a of links) text = text.replace(a.textContent ?? '', ' ');
    return text.includes(name);
  });
}

/**
 * The page's own bands beside the record (the app bar along its top, the side menu): the children of the body's
 * branch that holds `root`, and of its lone wrapper, that do not hold the record.
 */
function pageBands(doc: Document, root: Element): Element[] {
  const body = doc.body;
  if (!body) return [];
  // The siblings of the record's region and of each element around it, up to the body: the app's bars wherever its
  // wrappers put them (Stisla's navbar inside #app > .main-wrapper).
  const bands: Element[] = [];
  for (let cur: Element = root; cur.parentElement && cur !== body; cur = cur.parentElement)
    for (const sib of listOf(cur.parentElement.children)) if (sib !== cur) bands.push(sib);
  if (root !== body) return bands;
  // A record read from the whole body: the body's children and its lone wrapper's, and the bars its markup names as
  // the app's (a <nav>, a banner, a navbar) wherever they are.
  const wrapper = body.childElementCount === 1 ? body.firstElementChild : null;
  return [
    ...listOf(body.children),
    ...(wrapper ? listOf(wrapper.children) : []),
    ...listOf(body.querySelectorAll(APP_BAR)).slice(0, 20),
  ];
}

const APP_BAR =
  'nav, [role="banner"], [role="navigation"], [class*="navbar" i], [class*="topbar" i], [class*="user-menu" i], [class*="usermenu" i]';

/**
 * The record's name is the signed-in user's, as the page's app bar or side menu shows it ("Obrt Zlatna Nit, vl. Ivana
 * Horvat" along the top beside "Moj profil"): a heading there names a page, not the user.
 */
function bandsNameUser(doc: Document, name: string, root: Element): boolean {
  if (name.replace(/\s+/g, '').length < 2) return false;
  // The bar may greet the user by the first two of three names ("Hai, Dewi Anggraini" for Dewi Anggraini Putri).
  const words = name.split(' ');
  const short = words.length >= 3 ? words.slice(0, 2).join(' ') : name;
  return pageBands(doc, root).some((band) => {
    const text = (band.textContent ?? '').replace(/\s+/g, ' ');
    if (text.length > 300 || !text.includes(short)) return false;
    // A breadcrumb's last part ("用户管理 / 张三") or a heading names the page, not who is signed in.
    const at = text.trim().lastIndexOf(short);
    if (at >= 0 && /[›>»/]\s*$/.test(text.trim().slice(0, at)) && text.trim().endsWith(short)) return false;
    const headings = [band, ...listOf(band.querySelectorAll('h1, h2, h3, h4, h5, h6'))].filter((h) =>
      /^H[1-6]$/.test(h.tagName),
    );
    return !headings.some((h) => (h.textContent ?? '').includes(short));
  });
}

/** `showsMemberRank`, answered once per root and extraction: the page does not change while it is read. */
function memberRankShown(root: Element, env: ReadEnv): boolean {
  const known = env.memberRank?.get(root);
  if (known !== undefined) return known;
  const shown = showsMemberRank(root, env.texts);
  (env.memberRank ??= new Map()).set(root, shown);
  return shown;
}

/**
 * The signed-in user's own page (a user's URL, or the page names itself so: docs/adapters.md, "Round 15: whose page it
 * is" and "Round 16"): no customer unless the record shows two facts of a customer's own, and never when the page names
 * itself so and its name is the one the app bar shows as the signed-in user's.
 */
function readsAsOwnPage(
  doc: Document,
  env: ReadEnv,
  userUrl: boolean,
  found: Found[],
  root: Element,
  agentUrl = false,
  mineUrl = false,
): boolean {
  // An agent's own record (/agents/AG-2291, /ejen/…/profil): his clients' plans and dates in its tables are theirs.
  if (agentUrl) return true;
  const sign = userUrl ? undefined : ownPageSign(doc, env.texts);
  if (!userUrl && !sign) return false;
  // A shop's member under a user's URL: her rank says whose account it is.
  if (!sign && memberRankShown(root, env)) return false;
  if (found.filter((f) => CUSTOMER_ONLY.has(f.key)).length < 2) return true;
  // The app's own tab (#/mine) or a page naming itself in the first person that shows a fact of the user's employment
  // (入职日期, 工号): her own profile, whatever the appointments listed under it say of customers. (A shop's or a
  // helpdesk's user under a user's URL is a customer: osTicket's, 小鹅通's.)
  const mine = mineUrl || (sign ?? ownPageSign(doc, env.texts)) === 'mine';
  if (mine && countEmploymentLabels(root, 1, env.texts) >= 1) return true;
  // (Only where the page names itself in the first person: under a user's URL a shop's customer is a user, a CRM's
  // contact tab may be called 个人资料, and a tab strip of open records along the top names the record too.)
  return (
    (sign ?? ownPageSign(doc, env.texts)) === 'mine' &&
    bandsNameUser(doc, found.find((f) => f.key === 'name')?.value ?? '', root)
  );
}

function pathOf(href: string, base?: string): string {
  try {
    return new URL(href, base).pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

/**
 * A record page in a language this reader has no words for: one detail layout (three or more label → value pairs, no
 * label twice) holding a self-evident identity value (an e-mail of a person, a phone, an id by its check) — each the
 * page's only one of its kind — under a header naming it, on a page whose URL names a record (or in an open dialog),
 * with no rows of people around it. The header is the record's name; the shapes give the rest.
 */
function recordByShape(
  shaped: Candidate[],
  doc: Document,
  url: string,
  scopes: Scope[],
  regions: RegionCache,
  env: ReadEnv,
  contains: (outer: Element, inner: Element) => boolean,
  overlay: Element | null,
): { found: Found[]; root: Element } | null {
  if (shaped.length === 0) return null;
  if (!overlay && (!recordFromUrl(url) || pageSaysList(url, doc.title ?? '', false))) return null;
  const values = shapeValues(shaped, new Set(), [], env);
  if (values.length === 0) return null;
  const els = values.flatMap((f) => {
    const c = shaped.find((s) => normalizeField(s.key, s.lines, env.order)?.value === f.value && s.label);
    return c ? [c.el] : [];
  });
  // Any role mailbox (support@, info@): the company's own contact details (a settings page, a footer), not a record's.
  if (values.some((f) => f.key === 'email' && isRoleMailbox(f.value))) return null;
  let region = commonAncestor(els, contains);
  for (let i = 0; region && i < 4; i++) {
    const { pairs } = pairsIn(region);
    if (pairs >= MIN_PAIRS || region === overlay || region.tagName === 'BODY') break;
    // A card of pairs among cards of its shape (a dashboard's contact widget): never widened into its neighbours.
    const card = region;
    const parent: Element | null = composedParent(card);
    if (pairs >= 2 && parent && listOf(parent.children).some((s) => s !== card && isOneOfPeers(card, s))) return null;
    region = parent;
  }
  if (!region || region.tagName === 'BODY' || region.tagName === 'HTML') return null;
  const layout = pairsIn(region);
  if (layout.pairs < MIN_PAIRS || layout.repeated) return null;
  if (!overlay && countPeopleRows(scopes, region, env.cache) >= 2) return null;
  const last = els.reduce<Element | null>((a, b) => (!a || a.compareDocumentPosition(b) & 4 ? b : a), null);
  const title = findNameHeading(region, regions, env, overlay, last);
  // No name in the title, but a title naming the record's kind ("Patient details"): the record, without a name.
  if (!title && titlesRecordKind(region, env)) return { found: values, root: region };
  if (!title || !looksLikeName(title.name.value) || namesTheAgent(doc, title.name.value, region)) return null;
  const found = [title.name, ...values];
  if (title.company) found.push(title.company);
  return { found, root: region };
}

export interface GenericOptions {
  scopes: Scope[];
  url: string;
  /** Read only inside this element (an adapter's record root, an open dialog). */
  region?: Element | null;
}

export type NoCustomerReason = 'list' | 'user';

export interface GenericResult {
  found: Found[];
  /** The record region the values came from (null when none). */
  root: Element | null;
  /** Why the page names no customer, when it does not. */
  none?: NoCustomerReason;
}

function valuedOf(all: Candidate[], env: ReadEnv): Valued[] {
  const valued: Valued[] = [];
  for (const c of all) {
    const norm =
      c.key === 'address-part' || c.key.startsWith('name-')
        ? { value: c.lines.join(' ') }
        : normalizeField(c.key, c.lines, env.order);
    if (norm) valued.push({ c, value: norm.value });
  }
  return valued;
}

const shownEls = (cs: Candidate[]) => cs.filter((c) => !c.hidden).map((c) => c.el);

/** The open dialog, drawer or quick-view that shows one record (the list behind it is not the record). */
function overlayRegion(
  scopes: Scope[],
  valued: Valued[],
  env: ReadEnv,
  contains: (outer: Element, inner: Element) => boolean,
): Element | null {
  // Only an overlay holding two of the values can be the record: look around the values, not at every element.
  const shown = valued.filter((v) => !v.c.hidden).map((v) => v.c.el);
  const overlays = findOpenOverlaysAround(scopes, shown, env.cache, (env.never ??= new Map()));
  for (const overlay of overlays.reverse()) {
    const inside = valued.filter((v) => !v.c.hidden && contains(overlay, v.c.el));
    if (inside.length >= 2 && inside.some((v) => IDENTIFYING.has(v.c.key))) return overlay;
  }
  return null;
}

// Class/id words of a detail panel beside a list (a split view): it holds one record.
const DETAIL_PANEL = /detail|drawer|record|profile|preview|form-?view|o_form|slide|side-?panel|card-body|info/i;

// An accessible name of a detail panel (<section role=complementary aria-label="会员详情">).
const DETAIL_NAME = /详情|详细|资料|detail|profile|record|preview/i;

function isDetailPanel(root: Element): boolean {
  for (let e: Element | null = root, i = 0; e && i < 4; e = composedParent(e), i++) {
    if (DETAIL_PANEL.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`)) return true;
    if (e.hasAttribute('role') && DETAIL_NAME.test(e.getAttribute('aria-label') ?? '')) return true;
  }
  return false;
}

/** The first line of a box's title element, when it reads as one record's details. */
function titlesRecord(title: Element | null | undefined, env: ReadEnv): boolean {
  if (!title || isHidden(title, env.cache)) return false;
  // A badge after the title's words ("买家信息 <span class=tag>88VIP</span>") is no part of them: the title's own text.
  const text = (readOwnText(title) || (title.textContent ?? '')).replace(/\s+/g, ' ').trim();
  if (!text || text.length > 60) return false;
  const first = (text.split(/\s+[·•|｜–—-]\s+|\s*[(（]/)[0] ?? '').trim();
  return namesRecordDetails(first);
}

/**
 * A box around the record's fields whose own title names one record's details (its first child, or the title element
 * right before it): a buyer's or a passenger's panel on an agent's workbench.
 */
function isTitledRecordBox(inner: Element | null, env: ReadEnv): boolean {
  for (let e: Element | null = inner, i = 0; e && e.tagName !== 'BODY' && i < 4; e = composedParent(e), i++) {
    const first = e.firstElementChild;
    if (first && !first.contains(inner) && first.childElementCount <= 2 && titlesRecord(first, env)) return true;
    if (titlesRecord(e.previousElementSibling, env)) return true;
  }
  return false;
}

/** The deepest element holding every one of `els` (across shadow roots). */
function commonAncestor(els: Element[], contains: (outer: Element, inner: Element) => boolean): Element | null {
  let lca: Element | null = els[0] ?? null;
  for (const el of els.slice(1)) while (lca && !contains(lca, el)) lca = composedParent(lca);
  return lca;
}

/** The generic reader, in steps (see `Steps`): the whole page is read only when no region is given. */
export function* extractGenericSteps(doc: Document, env: ReadEnv, options: GenericOptions): Steps<GenericResult> {
  const { scopes, url } = options;
  // A user's URL (the agent's profile, a sales rep) names no customer unless the page shows a customer's own fields:
  // shops call their customers 用户, help desks keep customers as users.
  const userUrl = urlIsUserPage(url);
  // The app's own tab as the route's end (#/mine, /me): the page of the user herself.
  const mineUrl = urlIsOwnTab(url);
  const agentUrl = urlIsAgentRecord(url);
  // A settings page naming no record (the signed-in user's or the company's own: /settings/account, /einstellungen):
  // its name, phone and address are the account's, never a customer's, whatever its language.
  // (A URL with an id anywhere — "/settings/customer-manage.jsp?id=1280341", a portal's record editor — is not one.)
  if (SETTINGS_URL.test(urlPath(url)) && !/\d{2,}/.test(url) && !recordFromUrl(url))
    return { found: [], root: null, none: 'user' };
  const body = doc.body ?? doc.documentElement;
  const regions: RegionCache = new Map();
  env.never ??= new Map();
  const contains = containsWith((env.ancestors ??= new Map()));
  // Hidden content is never read, the record's other tabs included: on a CRM it does not know, the reader cannot tell
  // the record's Addresses tab from its History tab naming a relative (docs/adapters.md, "One record, one region").
  // Only the record id kept in a hidden input counts. An adapter, which knows its CRM's tabs, may read them.
  // What the page's stylesheet hides is hidden too (a collapsed contact block under a class of its own), asked of the
  // browser for the candidates only.
  let collected = (yield* collectSteps(scopes, env, regions)).filter(
    (c) => c.via === 'record-id' || (!c.hidden && !hiddenByStylesheet(c.el)),
  );
  if (options.region) {
    const region = options.region;
    collected = collected.filter((c) => contains(region, c.el));
  }
  // Values read by their shape under labels this reader has no word for: taken after the labelled fields, inside the
  // record region only (shape.ts); they never choose the region.
  const shaped = collected.filter((c) => c.via === 'shape');
  collected = collected.filter((c) => c.via !== 'shape');
  // Name fields naming a relative mark that person's section; they are no values.
  const others = collected.filter((c) => c.key === OTHER_PERSON_KEY);
  if (others.length > 0) collected = collected.filter((c) => c.key !== OTHER_PERSON_KEY);
  // An attribute-named element wrapping a labelled pair is a section, not a value.
  const labelled = collected.filter((c) => c.via === 'label');
  let all = collected.filter(
    (c) => c.via !== 'attribute' || !labelled.some((l) => c.el !== l.el && contains(c.el, l.el)),
  );
  let valued = valuedOf(all, env);
  yield;
  const overlay = options.region ? null : overlayRegion(scopes, valued, env, contains);
  if (overlay) {
    all = all.filter((c) => contains(overlay, c.el));
    valued = valued.filter((v) => contains(overlay, v.c.el));
  }
  const top = options.region ?? overlay ?? body;
  const choice = chooseRecordRoot(valued, top, contains);
  if (choice.peers) return { found: [], root: null, none: 'list' };
  const root = choice.root;
  // An emergency contact's or a guarantor's section of the record holds that person's fields, not the customer's.
  const othersBoxes = choice.others ?? [];
  const inRoot = all.filter(
    (c) =>
      contains(root, c.el) &&
      !isOtherPersonSection(c.el, root) &&
      !(c.key === 'birthDate' && isPetSection(c.el, root)) &&
      !othersBoxes.some((o) => contains(o, c.el)),
  );
  const relatives = others.filter((c) => contains(root, c.el)).map((c) => c.el);
  yield;
  // An account whose role is Customer is a customer's (a shop's customers are its users).
  if (countUserLabels(root, 2, env.texts) >= 2 && !roleIsCustomer(root, env.texts) && !memberRankShown(root, env))
    return { found: [], root: null, none: 'user' };
  // A page named as a staff member's (従業員詳細, Employee profile) showing a fact of employment (a hire date, a staff
  // number, a department): an employee's file, however much personal data it holds.
  // So is one in a personnel system's module (its menu: payroll, leave, attendance …).
  if (countEmploymentLabels(body, 1, env.texts) >= 1 && (pageNamesStaff(doc, env.texts) || inHrModule(scopes)))
    return { found: [], root: null, none: 'user' };
  yield;
  // A list, a dashboard or a search page: a card among rows of people is not "the" customer.
  if (!overlay && !options.region) {
    const keys = new Set(
      inRoot.filter((c) => !c.hidden && c.key !== 'customerId' && c.key !== CARD_NUMBER_KEY).map((c) => c.key),
    );
    // A page calling itself a dashboard whose heading names the record's person ("Medical Record Dashboard - Ann
    // Lee") is that person's page.
    const saysList =
      pageSaysList(url, doc.title ?? '', recordFromUrl(url) !== null) && !headingNamesRecord(doc, inRoot, env);
    // Rows of people elsewhere are counted only when the record is small enough for them to matter.
    const need = saysList ? 5 : keys.size < 4 && countPeopleRows(scopes, root, env.cache) >= 2 ? 4 : 0;
    // A detail panel beside the list (its row selected there): the panel holding the values, however wide the root.
    // (Or a box titled as one record's details: 买家信息 over the buyer's fields.)
    const panel = () =>
      isDetailPanel(root) ||
      isDetailPanel(commonAncestor(shownEls(inRoot), contains) ?? root) ||
      // (Not when a list beside it has a selected item: selected() asks whether that item names this record.)
      ((isTitledRecordBox(commonAncestor(shownEls(inRoot), contains), env) ||
        // (Or the box of the person's own fields, the purchase in a box of its own beside it: 买家信息 + 当前订单.)
        isTitledRecordBox(commonAncestor(shownEls(inRoot.filter((c) => PERSON_FIELDS.has(c.key))), contains), env)) &&
        !hasSelectedItem(scopes, shownEls(inRoot)));
    // The selected item of a list naming this record (a conversation list's active buyer): the item's detail.
    const selected = () =>
      selectedItemNames(
        scopes,
        shownEls(inRoot),
        inRoot.filter((c) => c.key === 'name' && !c.hidden).map((c) => c.lines.join(' ')),
        commonAncestor(shownEls(inRoot), contains) ?? undefined,
      );
    if (need > 0 && keys.size < need && !(keys.size >= 3 && (panel() || selected())))
      return { found: [], root: null, none: 'list' };
  }
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  inOwnLanguage(inRoot, lang);
  // "Name" beside a separate "Last name" field is the first name (the whole name is both).
  const last = inRoot.find((c) => c.key === 'name-last' && !c.hidden);
  if (last && !inRoot.some((c) => c.key === 'name-first')) {
    const surname = last.lines.join(' ');
    inRoot.forEach((c, i) => {
      if (c.key === 'name' && c.via === 'label' && !c.lines.join(' ').includes(surname))
        inRoot[i] = { ...c, key: 'name-first' };
    });
  }
  givenNameBesideSurname(inRoot);
  surnameBesideFirst(inRoot);
  retypeMobile(inRoot, lang);
  splitUntypedNumbers(inRoot, lang);
  const ordered = inRoot.slice(); // display order, before ranking
  // Visible first, labels first, the most specific label first (签约日期 before 开户日期-like custom wording, 客户编号
  // before a bare 编号); else display order.
  const rank = new Map(inRoot.map((c) => [c, c.via === 'label' ? labelRank(normalizeLabel(c.label)) : 0]));
  inRoot.sort(
    (a, b) =>
      Number(a.hidden) - Number(b.hidden) ||
      VIA_RANK[a.via] - VIA_RANK[b.via] ||
      (rank.get(a) ?? 0) - (rank.get(b) ?? 0),
  );
  const found: Found[] = [];
  const have = new Set<string>();
  const chosen = new Map<string, Candidate>();
  const nameOf = (c: Candidate) => normalizeField('name', c.lines, env.order)?.value ?? null;
  const isOrganisation = (c: Candidate) => ORGANISATION.test(c.lines.join(' '));
  const own = dropContactPersonRows(dropOtherNamedSections(inRoot, root, nameOf, relatives), isOrganisation);
  for (const c of own) {
    if (c.key === 'address-part' || c.key.startsWith('name-') || c.key === CARD_NUMBER_KEY || have.has(c.key)) continue;
    if (c.key === 'signDate' && startsRunningService(c)) continue;
    const norm = normalizeField(c.key, c.lines, env.order);
    if (!norm) continue;
    // A mainland number cut short under a Chinese label ("联系电话：0510-8127") on a page naming no language.
    const phone = c.key === 'phone' || c.key === 'mobile';
    if (phone && c.via === 'label' && cutShortLandline(norm.value, pageDates(env.order).lang, c.label)) continue;
    found.push({ key: c.key, ...norm, source: source(c) });
    have.add(c.key);
    chosen.set(c.key, c);
  }
  // A holdings row's purchase date dates the product beside it (理财 | 稳盈 182 天 | 购买日 | date: bought.ts).
  addProductBesideDate(found, have, chosen.get('signDate'), env);
  const address = addressFromRun(ordered, chosen.get('address'), env);
  if (address) {
    const at = found.findIndex((f) => f.key === 'address');
    if (at >= 0) found[at] = address;
    else found.push(address);
    have.add('address');
  }
  if (!have.has('address')) {
    const region = regionOnlyAddress(ordered, env);
    if (region) {
      found.push(region);
      have.add('address');
    }
  }
  yield;
  // The record's tables, in its shadow roots too (a micro-frontend's policy table inside the sub-app's shadow root):
  // found once, when a purchase or an address is still to be read from them.
  let tables: Element[] | undefined;
  const recordTables = () =>
    (tables ??= scopes.flatMap((scope) =>
      (elementsByTag(scope, env.walks, ['table']) ?? listOf(scope.querySelectorAll('table'))).filter((t) =>
        contains(root, t),
      ),
    ));
  // What was bought, and when: fields, tables, order history and deals weighed in one place (bought.ts).
  const identified = IDENTIFYING_KEYS.some((k) => have.has(k));
  const nearTables = () => {
    const parent = composedParent(root);
    if (!parent || parent.tagName === 'BODY' || parent.tagName === 'HTML') return [];
    return listOf(parent.querySelectorAll('table')).filter((t) => !root.contains(t));
  };
  const purchase = readWhatWasBought(found, have, {
    root,
    tables: recordTables,
    nearTables,
    regions,
    env,
    identified,
    signed: chosen.get('signDate'),
  });
  if (!have.has('address')) {
    // (Else an address written as classed lines without labels: Shopware's sw-address, hCard's adr.)
    const address =
      addressFromTable(recordTables(), env, regions, found.find((f) => f.key === 'name')?.value) ??
      addressFromClassedLines(root, regions, env);
    if (address) found.push(address);
  }
  // Only beside fields of the record: ids alone (a blank form keyed by a form id) name no customer.
  const recordId = have.has('customerId') || found.length === 0 ? null : findRecordIdInIds(root, env);
  if (recordId) found.push(recordId);
  // A member's card number that the URL keys the record by (?cardNo=880020314576): the code as the page shows it
  // ("8800 2031 4576"); so is it when the URL keys no record at all (a member's drawer over the list: the card is the
  // only key the page shows). Beside another record id in the URL a digits-only card is a card, not the customer's code.
  const card = ordered.find((c) => c.key === CARD_NUMBER_KEY && !c.hidden);
  const urlRecord = card && !have.has('customerId') && !recordId ? recordFromUrl(url) : undefined;
  const cardDigits = card ? card.lines.join('').replace(/\D/g, '') : '';
  // (A masked number, "6258 **** **** 0914", is a bank card shown to the agent, never a key.)
  const wholeCard = !!card && /^[\d\s-]{6,40}$/.test(card.lines.join(' ').trim());
  if (
    card &&
    urlRecord !== undefined &&
    (urlRecord === null ? wholeCard && !urlCarriesId(url) : cardDigits === urlRecord.id)
  ) {
    found.push({
      key: 'customerId',
      value: card.lines.join(' ').trim(),
      raw: card.lines.join(' '),
      source: source(card),
    });
    have.add('customerId');
  }
  // The URL's code written under a customer-id label in the record, beside another id read (record-id.ts).
  const readId = found.find((f) => f.key === 'customerId');
  const urlCode =
    readId && !recordId
      ? urlCodeOverId(
          body,
          recordFromUrl(url)?.id ?? '',
          readId.value,
          env,
          (el) => isExcludedRegion(el, regions) || isHidden(el, env.cache),
        )
      : null;
  if (readId && urlCode) found.splice(found.indexOf(readId), 1, urlCode);
  // The URL's record id shown with a letter prefix in a field or the record's title ("[ CON2291 ]"): that code.
  const shownId = have.has('customerId') || recordId || found.length === 0 ? undefined : recordFromUrl(url)?.id;
  const titleCode = shownId
    ? findUrlIdCode(
        body,
        shownId,
        ordered.filter((c) => c.via === 'label' && !c.hidden),
        env,
        (el) => isExcludedRegion(el, regions) || isHidden(el, env.cache),
      )
    : null;
  if (titleCode) {
    found.push(titleCode);
    have.add('customerId');
  }
  // The URL's id shown nowhere: a lettered code under a code label at the record's head ("Kodas K-0192").
  const firstField = have.has('customerId') || !shownId ? null : firstInPage(ordered.filter((c) => c.via === 'label'));
  const headCode = firstField
    ? findHeadCode(
        body,
        shownId ?? '',
        firstField,
        env,
        (el) => isExcludedRegion(el, regions) || isHidden(el, env.cache),
      )
    : null;
  if (headCode) {
    found.push(headCode);
    have.add('customerId');
  }
  // No record id in the URL: the code a details title shows after its words ("客源详情 — KY2025110387"). A lettered
  // member card's number (会员卡号 VIP…) yields to the file's own number, shown in its title: the URL's id
  // ("客史档案 — GH0102214" for guestNo=GH0102214) or, with none in the URL, the code after the details title's words
  // (docs/adapters.md, "Round 16: values").
  const byCard = found.findIndex((f) => f.key === 'customerId' && isCardLabel(f.source.label ?? ''));
  const skipped = (el: Element) => isExcludedRegion(el, regions) || isHidden(el, env.cache);
  const urlId = byCard >= 0 && !recordId ? recordFromUrl(url)?.id : undefined;
  const detailsCode =
    (have.has('customerId') && byCard < 0) || recordId || found.length === 0
      ? null
      : urlId
        ? findTitleUrlId(body, urlId, env, skipped)
        : recordFromUrl(url)
          ? null
          : findDetailsTitleCode(body, env, skipped);
  if (detailsCode) {
    if (byCard >= 0) found.splice(byCard, 1);
    found.push(detailsCode);
    have.add('customerId');
  }
  // A shop member's account (it shows her rank) keyed by no code of its own: her login name is the shop's key for her.
  const login =
    have.has('customerId') || recordId || found.length === 0 || !memberRankShown(root, env)
      ? null
      : memberLoginName(root, env.texts);
  if (login) {
    found.push({
      key: 'customerId',
      value: login.value,
      raw: login.value,
      source: { via: 'generic', label: 'login name' },
    });
    have.add('customerId');
  }
  if (!have.has('name')) {
    const name = nameFromParts(inRoot, env);
    if (name) {
      found.push(name);
      have.add('name');
    }
  }
  // Values by their shape under labels this reader has no word for (docs/adapters.md, "Values by their shape"): in the
  // region the labelled fields chose, when they name a person; else only on a record page proven without words.
  if (found.some((f) => PERSON_FIELDS.has(f.key))) {
    const mine = shaped.filter(
      (s) =>
        contains(root, s.el) &&
        !isOtherPersonSection(s.el, root) &&
        !inRoot.some((c) => c.el === s.el || (c.via === 'label' && contains(c.el, s.el))),
    );
    for (const f of shapeValues(mine, have, found, env)) {
      found.push(f);
      have.add(f.key);
    }
  } else if (!options.region) {
    yield;
    // An open dialog, drawer or quick-view holding the shaped values (their labels unknown, it was not found by them).
    const dialog =
      overlay ??
      findOpenOverlaysAround(
        scopes,
        shaped.filter((s) => s.label).map((s) => s.el),
        env.cache,
        (env.never ??= new Map()),
      ).find((o) => shaped.filter((s) => s.label && contains(o, s.el)).length >= 2) ??
      null;
    const shown = dialog ? shaped.filter((s) => contains(dialog, s.el)) : shaped;
    const record = recordByShape(shown, doc, url, scopes, regions, env, contains, dialog);
    if (record) {
      // The labelled facts of that region stay (a birth date under a known word); others are another box's. The code
      // the page shows for the URL's record id (PC-2526-0847 for /students/847) is that record's, wherever it stands.
      const kept = found.filter((f) => {
        const c = chosen.get(f.key);
        return (!!c && contains(record.root, c.el)) || f === titleCode || f === headCode;
      });
      const result = [...kept, ...record.found.filter((f) => !kept.some((k) => k.key === f.key))];
      // The URL's record id shown whole in the record with letters before it (AM-MLE-2281 for /customers/2281), under a
      // label this reader does not know: the code the page shows, the fuller form of the URL's id.
      const urlId = result.some((f) => f.key === 'customerId') ? undefined : recordFromUrl(url)?.id;
      const shownCode = urlId
        ? findUrlIdCode(record.root, urlId, [], env, (el) => isExcludedRegion(el, regions) || isHidden(el, env.cache))
        : null;
      if (shownCode) result.push(shownCode);
      if (readsAsOwnPage(doc, env, userUrl, result, record.root, agentUrl, mineUrl))
        return { found: [], root: null, none: 'user' };
      return { found: result, root: record.root };
    }
    // A person's card without labels (a name line over a lone e-mail and a lone number) on a record's page or in an
    // open dialog: that person, with the labelled facts of its region.
    const recordPage = !!dialog || (!!recordFromUrl(url) && !pageSaysList(url, doc.title ?? '', true));
    const card = recordPage ? recordByCard(shown, regions, env, dialog) : null;
    if (card && !namesTheAgent(doc, card.found[0]?.value ?? '', card.root, url)) {
      const kept = found.filter((f) => !card.found.some((k) => k.key === f.key));
      const result = [...card.found, ...kept];
      dropAddressee(result);
      if (readsAsOwnPage(doc, env, userUrl, result, card.root, agentUrl, mineUrl))
        return { found: [], root: null, none: 'user' };
      return { found: result, root: card.root };
    }
  }
  // The record's lone e-mail link is evidence of a record page too (a card's code, birthday and mailto: the title
  // names that customer).
  if (!have.has('name') && !have.has('email') && found.some((f) => IDENTIFYING.has(f.key))) {
    const email = loneMailto(root, regions, env, inRoot);
    if (email) {
      found.push(email);
      have.add('email');
    }
  }
  // A title is the customer's name only on a record page: ask for two other fields as evidence of one.
  if (!have.has('name') && found.filter((f) => f.key !== 'customerId').length >= 2) {
    yield;
    // A ticket's or a conversation's page: its heading is the subject; the customer is the panel holding the fields.
    const labelled = () => shownEls(ordered.filter((c) => c.via === 'label'));
    const personLabelled = () => shownEls(ordered.filter((c) => c.via === 'label' && PERSON_FIELDS.has(c.key)));
    const panel = urlNamesOtherObject(url) ? findBoxHeadName(labelled(), regions, env, 'panel') : null;
    const title =
      panel ??
      findNameHeading(root, regions, env, overlay ?? options.region ?? null, lastField(ordered, root)) ??
      findCrumbName(root, regions, env, overlay ?? options.region ?? null) ??
      // An open dialog that is the record and has no title element: its body's first line before the fields; else a
      // name-classed line at the head of the fields' box (<div class="hf-name">).
      findBoxHeadName(labelled(), regions, env, overlay ? 'overlay' : 'head') ??
      // The header band of the fields' panel or card ("Ann Lee · Active" over its table of fields).
      findBoxHeaderName(labelled(), regions, env) ??
      // (Or the header band of the person's own card, the contract's card beside it.)
      findBoxHeaderName(personLabelled(), regions, env) ??
      // The field labelled with the record's kind, as the page's heading names it (<h1>委托人</h1> · 委托人 | 邓某).
      findKindFieldName(root, regions, env) ??
      // The head line of the person's own box, when a deal's or an order's fields sit in a box beside it.
      findBoxHeadName(personLabelled(), regions, env, 'head', labelled()) ??
      // A record view whose name is only the tab's title and the breadcrumb's last item (its fields in side panels).
      (!overlay && recordFromUrl(url) && !pageSaysList(url, doc.title ?? '', true) ? findTabTitleName(doc, env) : null);
    if (title) found.push(title.name);
    if (title?.company && !have.has('company')) found.push(title.company);
    if (title?.gender && !have.has('gender')) found.push(title.gender);
  }
  // A deal's or lead's card whose customer is its linked contact: the link to a person's record in a name-classed
  // element ("<div class=linked-form__cf-name><a href=/contacts/detail/9>…</a>"), and its company link.
  if (!have.has('name') && found.filter((f) => f.key !== 'customerId').length >= 2) {
    for (const f of linkedPerson(root, url, regions, env)) {
      if (have.has(f.key)) continue;
      found.push(f);
      have.add(f.key);
    }
  }
  // "Customer: Elbkühlhaus GmbH" (the record's bare word over an organisation) and no name anywhere: the customer is
  // that organisation (a company record's name is its company, tests/fixtures/crm-pages/README.md).
  const customerOrg = chosen.get('company');
  if (!have.has('name') && customerOrg && BARE_RECORD_WORDS.has(toSimplified(normalizeLabel(customerOrg.label)))) {
    const norm = normalizeField('name', customerOrg.lines, env.order);
    if (norm) {
      found.push({ key: 'name', ...norm, source: source(customerOrg) });
      have.add('name');
    }
  }
  // A company record's name field naming an organisation by its legal form ("Назив: Подунавка д.о.о. Панчево"): the
  // customer is that organisation, its company too (tests/fixtures/crm-pages/README.md: a company record's name is its
  // company; docs/adapters.md, "Session 18: missed values").
  const orgName = have.has('company') ? undefined : found.find((f) => f.key === 'name');
  if (orgName && namesOrganisation(orgName.value)) {
    found.push({ ...orgName, key: 'company' });
    have.add('company');
  }
  // No name, and the page's title line naming an organisation by its legal form (<h2>某某商业管理有限公司</h2> with its
  // tags after it), the company field's value if there is one, nothing of a person's own read: a company's record,
  // its name its company.
  if (!have.has('name') && !found.some((f) => PERSON_FACTS.has(f.key))) {
    const org = organisationTitle(root, found.find((f) => f.key === 'company')?.value, env);
    if (org) {
      found.push(org, ...(have.has('company') ? [] : [{ ...org, key: 'company' }]));
      have.add('name').add('company');
    }
  }
  // A name read from a field-named title element (Zoho's data-field=Full_Name): the company line under it.
  const named = chosen.get('name');
  if (!have.has('company') && named?.via === 'attribute') {
    const company = findCompanyBeside(named.el, env);
    if (company) {
      found.push(company);
      have.add('company');
    }
  }
  // A name read from its fields (Prénom + Nom) that a heading of the record also shows ("Mme Céline Marchetti"): the
  // company line under that heading.
  const name = found.find((f) => f.key === 'name');
  if (!have.has('company') && name && name.source.label !== 'h1' && name.source.label !== 'h2') {
    const shows = (h: Element) => {
      const text = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
      return text === name.value || text.endsWith(` ${name.value}`);
    };
    // Else a head line drawn as the name without a heading tag (<div class=PersonName>, a card head's first line).
    const heading =
      listOf(root.querySelectorAll('h1, h2')).find(shows) ??
      listOf(root.querySelectorAll('div, span, b, strong, h3, h4, p')).find(
        (h) => h.childElementCount === 0 && isHeadLine(h) && shows(h),
      );
    const company = heading && !isHidden(heading, env.cache) ? findCompanyBeside(heading, env) : null;
    if (company) {
      found.push(company);
      have.add('company');
    }
  }
  // No labelled address: the record's <address> element (a shop admin's default address, its company line).
  if (!have.has('address') && found.some((f) => f.key === 'name')) {
    const block = addressOfElement(root, regions, env, found.find((f) => f.key === 'name')?.value);
    if (block) {
      found.push(block.address);
      have.add('address');
      if (block.company && !have.has('company')) {
        found.push(block.company);
        have.add('company');
      }
    }
  }
  // The record's person listed again among its people (a booking's guests): her own line's id and numbers.
  const person = found.find((f) => f.key === 'name');
  if (person) found.push(...ownLineValues(root, person.value, new Set(found.map((f) => f.key)), env));
  // Read from a table of several purchases: the latest of those the record's person holds (bought.ts).
  if (person) keepHolderPurchase(found, purchase, person.value, env);
  dropAddressee(found);
  dropPersonFactsOfCompany(found);
  dropNameAsCompany(found);
  dropBesideOtherCode(found, chosen);
  const addressed = addressedGender(found, env, root);
  if (addressed) found.push(addressed);
  dropJoiningWithoutPurchase(found);
  if (!have.has('email') && found.some((f) => IDENTIFYING.has(f.key))) {
    const email = loneMailto(root, regions, env, inRoot);
    if (email) found.push(email);
  }
  if (readsAsOwnPage(doc, env, userUrl, found, root, agentUrl, mineUrl)) return { found: [], root: null, none: 'user' };
  // Without anything that identifies a person (a new-record form with a default owner, a dashboard), no customer.
  return found.some((f) => IDENTIFYING.has(f.key)) ? { found, root } : { found: [], root: null };
}

/**
 * No gender field: the gender the form of address written with the record's name says (address-form.ts), in the name
 * field or in the record's heading naming the same person ("<h2>محترمہ ثمینہ اکرام</h2>" over "نام: ثمینہ اکرام").
 */
function addressedGender(found: Found[], env: ReadEnv, root: Element): Found | null {
  const name = found.find((f) => f.key === 'name');
  if (!name || found.some((f) => f.key === 'gender')) return null;
  const lang = pageDates(env.order).lang;
  const of = (raw: string): Found | null => {
    const gender = genderOfAddress(raw, name.value, lang);
    return gender ? { key: 'gender', value: gender, raw, source: { ...name.source, confidence: 0.6 } } : null;
  };
  const own = of(name.raw);
  if (own) return own;
  const first = name.value.split(' ')[0] ?? name.value;
  // A web component's title is the light-DOM element slotted into it (<span slot="title">邵某 女士 · 签约家长</span>).
  // So is the title of a card in an open shadow root under the record (a micro-frontend's <micro-app>).
  const shadows = shadowScopes(env.walks).filter((s) => 'host' in s && composedContains(root, s.host));
  const headings = [root, ...shadows].flatMap((scope) =>
    listOf(
      scope.querySelectorAll('h1, h2, h3, h4, [class*="header"], [class*="title"], [slot*="title"], [slot*="header"]'),
    ).slice(0, 12),
  );
  for (const heading of headings) {
    const text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
    const addressed = text.length <= 80 && text.includes(first) ? of(text) : null;
    if (addressed) return addressed;
  }
  // A line styled as the card's title, no heading by its markup ("客户：冯某 女士" in a bold div): a short text of the
  // record naming the person with a form of address after the name.
  let tried = 0;
  for (const node of env.texts?.texts ?? []) {
    const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    // (The record may sit in an open shadow root under the body: a micro-frontend's card.)
    const parent = node.parentElement;
    if (text.length > 40 || !text.includes(name.value) || !parent || !composedContains(root, parent)) continue;
    if (++tried > 20) break;
    const after = text.slice(text.indexOf(name.value));
    const addressed = of(after);
    if (addressed && !isHidden(parent, env.cache)) return addressed;
  }
  return null;
}

/** The element of the first shown candidate in page order (null when none, or none in the document's own tree). */
function firstInPage(cands: Candidate[]): Element | null {
  let first: Element | null = null;
  for (const c of cands) {
    if (c.hidden || !c.el.isConnected || c.el.getRootNode() !== c.el.ownerDocument) continue;
    if (!first || c.el.compareDocumentPosition(first) & 4) first = c.el;
  }
  return first;
}
