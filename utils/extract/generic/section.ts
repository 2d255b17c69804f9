import { normalizeLabel } from '../../core/normalize/text';
import { readLines } from '../dom';
import { keyForLabel } from './dictionary';
import { listOf } from '../list';

// Sections of a record that hold another person: an elder's emergency contact, a patient's guardian, a borrower's
// guarantor. Their name, mobile and id number are that person's, never the customer's.
// (The deceased a funeral home's or a cemetery's customer buys for — 逝者信息, Deceased details — is another person too;
// so is a kindergarten parent's child, 幼儿信息.)
const OTHER_PERSON =
  /幼儿信息|幼儿资料|孩子信息|紧急联系人|紧急联络人|紧急联系|家属信息|亲属信息|监护人|担保人|保证人|推荐人|介绍人|受益人|逝者|往生者|故人|死者|emergency contact|next of kin|contact[oa] de emerg[eê]ncia|contacto en caso de emergencia|notfallkontakt|contact d'urgence|personne à prévenir|contatto di emergenza|noodcontact|kontakt awaryjny|acil durum|nödkontakt|nouzový kontakt|επαφή έκτακτης ανάγκης|緊急連絡先|비상\s*연락처|liên hệ khẩn cấp|kontak darurat|guardian|guarantor|co-?signer|beneficiar|referred by|referrer|deceased|decedent|verstorbene|défunt|difunt|fallecid|falecid|defunt|zmarł|контактное лицо для экстренн|поручител|умерш|покойн/i;
// A section listing people with their count (联系人（2）, Contacts (3), Ansprechpartner (2)): rows of a company's
// people, each with their own mobile and e-mail — never the record's own.
const PEOPLE_LIST =
  /^(?:联系人|相关联系人|联系人列表|成员|员工|家庭成员|contacts?|contact persons?|people|persons|members|employees|staff|ansprechpartner|kontakte|kontaktpersonen|contactpersonen|kontaktpersoner|contactos|contatos|contacts liés)\s*[(（]\s*\d+\s*[)）]$/i;
// A card about the customer's pet (宠物, Haustier, Mascota: its name, breed, birthday), not about its owner (宠物主人, Pet
// owner): its birthday is the pet's (its plan may still be the customer's purchase: "Mascota e plan") (docs/adapters.md, "Session 20: round 21's wrong values").
const PET = /宠物|寵物|\bpets?\b|haustier|mascota|huisdier|animal de compagnie|питом/i;
const PET_OWNER = /主人|家长|owner|besitzer|halter|dueñ|propietari|tutor|eigenaar|baasje|propriétaire|владел/i;
const TITLE_CLASS = /title|header|heading|caption|legend/i;
const TITLE_TAG = /^(?:H[1-6]|LEGEND|CAPTION)$/;

// A tab that is the one shown (aria-selected, or classed active / selected / current).
const SELECTED_TAB_CLASS = /(?:^|[\s_-])(?:is-active|active|selected|current|this)(?:$|[\s_-])/i;

/**
 * A tab strip's title: the selected tab's text only (基本信息 of 基本信息 | 宝宝信息 | 家属信息 names the pane under the
 * strip; the other tabs name panes not shown); '' when no tab is marked selected; null when `el` holds no strip.
 */
function selectedTabTitle(el: Element): string | null {
  const tabs = listOf(el.querySelectorAll('[role="tab"]'));
  if (tabs.length < 2) return null;
  const on =
    tabs.find((t) => t.getAttribute('aria-selected') === 'true') ??
    tabs.find((t) => SELECTED_TAB_CLASS.test(t.getAttribute('class') ?? ''));
  return on ? (on.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
}

/**
 * An element's text as shown: a web component's header holds only a <slot name="title">, whose text is the light-DOM
 * element slotted into it (<span slot="title">学员 · 林子墨</span>).
 */
function flatText(el: Element): string {
  const own = el.textContent ?? '';
  return own.trim() ? own : readLines(el, true).join(' ');
}

/** Where `el` is shown: its slot, its parent, or its shadow root's host. */
const flatParent = (el: Element): Element | null =>
  (el as Partial<HTMLElement>).assignedSlot ?? el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host || null);

/** True when `inner` is shown inside `box`, through the slots it is assigned to (a card's shadow <section>). */
function showsInside(box: Element, inner: Element): boolean {
  if (box.contains(inner)) return true;
  if (box.getRootNode() === box.ownerDocument) return false;
  for (let cur: Element | null = inner, i = 0; cur && i < 40; i++) {
    if (cur === box) return true;
    cur = flatParent(cur);
  }
  return false;
}

/** A field's label (幼儿姓名, 手机号) that names no other person or list of people. */
const isOwnCaption = (text: string): boolean =>
  !OTHER_PERSON.test(text) && !PEOPLE_LIST.test(text) && keyForLabel(normalizeLabel(text)) !== undefined;

/** An element holding one short value, no lines of fields. */
const isOneValue = (el: Element): boolean => {
  const text = flatText(el).replace(/\s+/g, ' ').trim();
  return text.length <= 40 && !/[:：]/.test(text);
};

/** A short title element: a heading, a legend, or a title-classed element with a few words. */
function titleText(el: Element): string | null {
  // A web component's title slot (<slot name="title">) too, titled by what is slotted into it.
  const titleSlot = el.tagName === 'SLOT' && TITLE_CLASS.test(el.getAttribute('name') ?? '');
  if (!titleSlot && !TITLE_TAG.test(el.tagName) && !TITLE_CLASS.test(el.getAttribute('class') ?? '')) return null;
  // A tab strip's header (el-tabs__header) titles its pane by the selected tab (docs/adapters.md, "Session 24: round
  // 23's missed fields").
  const tab = selectedTabTitle(el);
  const text = tab ?? flatText(el).replace(/\s+/g, ' ').trim();
  return text && text.length <= 30 ? text : null;
}

/**
 * The title of the section `el` sits in: the nearest title before it among the siblings of it and its ancestors
 * (up to `root`), or a fieldset's legend / a table's caption above it.
 */
export function sectionTitleOf(el: Element, root: Element): string | null {
  return sectionOf(el, root)?.title ?? null;
}

/** The section `el` sits in: its title and the box under that title (the element the title precedes). */
export function sectionOf(
  el: Element,
  root: Element,
  maxDepth = 8,
  /** Whether a value's own caption classed as a title is passed over (asking whose section a value is in). */
  skipOwnCaptions = false,
): { title: string; box: Element } | null {
  for (
    let cur: Element | null = el, depth = 0;
    cur && cur !== root && depth < maxDepth;
    // A slotted element stands where its slot is, under the slot's title in the shadow tree (a web component's card);
    // a shadow tree's top stands where its host is (a field's label and value inside the field's own shadow root).
    cur = flatParent(cur), depth++
  ) {
    let sib = cur.previousElementSibling;
    for (let i = 0; sib && i < 4; sib = sib.previousElementSibling, i++) {
      const own = titleText(sib);
      // A value's own caption classed as a title (quark-cell-title "幼儿姓名" right before its value) is a field's label,
      // no section's title; a box of several lines under "Coverage" is that section's. (The box of a second name's
      // section, dropOtherNamedSections, stays the value under its caption: "Contact: Martin Aldous" in a company's
      // band of phones is no section of Martin's.)
      if (own && depth === 0 && skipOwnCaptions && isOwnCaption(own) && isOneValue(cur)) continue;
      if (own) return { title: own, box: cur };
      // A header wrapping its title (<div class=ant-descriptions-header><div class=…-title>紧急联系人</div></div>).
      const inner =
        sib.childElementCount <= 3 ? sib.querySelector('h1,h2,h3,h4,h5,h6,legend,[class*="title"],slot[name]') : null;
      const nested = inner ? titleText(inner) : null;
      if (nested) return { title: nested, box: cur };
    }
  }
  return null;
}

/**
 * True when `el` lies in a section titled as another person's (emergency contact, guardian, guarantor) or as a
 * counted list of people (a company’s contacts). A value's own caption is no section title here.
 */
export function isOtherPersonSection(el: Element, root: Element): boolean {
  const title = sectionOf(el, root, 8, true)?.title ?? null;
  return !!title && (OTHER_PERSON.test(title) || PEOPLE_LIST.test(title));
}

/** True when `el` lies in a section titled as the customer's pet's (a birthday there is the pet's). */
export function isPetSection(el: Element, root: Element): boolean {
  const title = sectionTitleOf(el, root);
  return !!title && PET.test(title) && !PET_OWNER.test(title);
}

/**
 * A second section of the record with a name of its own (a plan nominee, a co-applicant, a representative under the
 * same Name / Phone / Email labels as the customer's, or a name "Ann Lee (mother)" in `others`): that person's. Drops from `fields` (best first: the first name
 * is the customer's) every field of a titled section whose name differs from the customer's and which does not hold
 * the customer's name.
 */
export function dropOtherNamedSections<
  T extends { key: string; el: Element; hidden: boolean; via: string; lines?: string[] },
>(fields: T[], root: Element, nameOf: (c: T) => string | null, others: Element[] = []): T[] {
  const names = fields.filter((c) => c.key === 'name' && c.via === 'label' && !c.hidden);
  // First names too (a shop's billing block "First name: Ann", its shipping block "First name: Ben").
  const givens = fields.filter((c) => c.key === 'name-first' && c.via === 'label' && !c.hidden);
  const givenOf = (c: T) => (c.lines ?? []).join(' ').trim();
  const first = names.find((c) => nameOf(c) !== null);
  const firstGiven = givens.find((c) => givenOf(c) !== '');
  const anchor = first ?? firstGiven;
  if (!anchor) return fields;
  const customer = first ? nameOf(first) : null;
  const boxes: Element[] = [];
  // Sections sit deeper than the section titles read above (a form framework's value six divs under its <dd>).
  const add = (el: Element) => {
    const box = sectionOf(el, root, 14)?.box;
    if (box && !showsInside(box, anchor.el) && !boxes.includes(box)) boxes.push(box);
  };
  for (const c of names) if (c !== first && nameOf(c) !== null && nameOf(c) !== customer) add(c.el);
  if (firstGiven) for (const c of givens) if (givenOf(c) !== '' && givenOf(c) !== givenOf(firstGiven)) add(c.el);
  for (const el of others) add(el);
  return boxes.length === 0 ? fields : fields.filter((c) => !boxes.some((b) => showsInside(b, c.el)));
}

// A cell naming a company's contact person (主联系人, 财务联系人, Main contact, Billing contact, Ansprechpartner, 担当者):
// the row is that person's.
const CONTACT_PERSON =
  /^(?:[\u4e00-\u9fff]{0,4}联系人(?:姓名)?|(?:main|primary|key|billing|finance|financial|accounts?|technical|sales|purchasing|shipping|second|other)\s+contact(?:\s+person)?|contact\s+person|ansprechpartner|contactpersoon|personne de contact|contact principal|persona de contacto|pessoa de contato|主担当|担当者|담당자|контактное лицо)[:：]?$/i;

/**
 * On a company's record (its name an organisation's), a phone, mobile or e-mail in the row of a separate table that
 * names a contact person (a "联系人" table: "主联系人 | 贺某（采购主管）| 手机 | 181…") is that person's, never the
 * company's; in the table of the record's own fields it is the company's contact line.
 */
export function dropContactPersonRows<T extends { key: string; el: Element; hidden: boolean; via: string }>(
  fields: T[],
  isOrganisation: (c: T) => boolean,
): T[] {
  const first = fields.find((c) => c.key === 'name' && c.via === 'label' && !c.hidden);
  if (!first || !isOrganisation(first)) return fields;
  const personRow = new Map<Element, boolean>();
  const namesPerson = (row: Element) => {
    let has = personRow.get(row);
    if (has === undefined) {
      has = Array.from(row.children).some((cell) =>
        CONTACT_PERSON.test((cell.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase()),
      );
      personRow.set(row, has);
    }
    return has;
  };
  return fields.filter((c) => {
    if (c.key !== 'phone' && c.key !== 'mobile' && c.key !== 'email') return true;
    const row = c.el.closest('tr, [role="row"]');
    // The record's own table lists its contact among its fields (U8's 联系人 | 手机 row): the company's contact line.
    const table = row?.parentElement?.closest('table, [role="grid"], [role="table"]');
    return !row || !!table?.contains(first.el) || !namesPerson(row);
  });
}
