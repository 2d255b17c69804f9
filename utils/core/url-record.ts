// The CRM's record id in the page's URL: the most stable key of a record (its tabs share it, a phone
// change does not move it). Path segment, query parameter or hash route. Pure. See docs/adapters.md.

import { memoByString } from './memo';

export interface UrlRecord {
  id: string;
  /** The entity word before the id (contacts, customer, Account…), lower case; '' when none. */
  entity: string;
  /** Where in the URL: 'query' | 'path' | 'hash'. */
  where: 'query' | 'path' | 'hash';
}

// Query parameters that carry a record id (SuiteCRM record=, Dolibarr socid=/id=, Odoo id= in the hash…).
const ID_PARAMS = [
  'record',
  'recordid',
  'record_id',
  'customerid',
  'customer_id',
  'custid',
  'contactid',
  'contact_id',
  'accountid',
  'account_id',
  'socid',
  'clientid',
  'objectid',
  'dataid',
  'data_id',
  // Low-code platforms' form instance and business object (简道云/氚云-style), Siebel's row id of the applet's record.
  // Not uid/rowid/instanceid: those name the user, a list row or a workflow run as often as the record.
  'forminstid',
  'bizobjectid',
  'swerowid0',
  // A member file keyed by its card or member number (a shop's or restaurant's 会员档案: ?cardNo=8800…, ?memberId=M…),
  // and the row a list shows in its side panel (?selected=…).
  'cardno',
  'card_no',
  'memberid',
  'member_id',
  'selected',
  // A list's detail drawer keyed in the query (?detail=cst_8e31b07d), like ?selected=.
  'detail',
  'id',
];
// A user's id, the record's only on a route of a customer's kind (fromParams).
const USER_ID_PARAMS = new Set(['uid', 'userid', 'user_id']);
// Parameters named after a customer: they name one in any folder.
const CUSTOMER_PARAMS = new Set(['customerid', 'customer_id', 'custid', 'clientid']);
// An external contact's id (企业微信's external_userid: a customer's WeChat), in any folder: the record's key when the
// path names none (a sidebar's /customer/30418?external_userid=… is keyed by its own record).
const EXTERNAL_ID_PARAMS = ['external_userid', 'externaluserid'];
// A parameter holding a whole route to the record ("?peek=record/people/<id>", a side peek over a list).
const ROUTE_PARAMS = ['peek'];
// A naming-series code in a path is the record's only under a customer's entity word: orders, invoices and tickets
// carry codes too, and a wrong customer is worse than none.
export const CUSTOMER_ENTITY =
  /^(?:customers?|contacts?|clients?|accounts?|partners?|members?|leads?|persons?|people|parties|party|patients?|students?|subscribers?|investors?|kunden?|klanten|klant|clientes?|clienti|klienci|klient|klienti|pelanggan|pemilik|nasabah|konsumen|khach-hang|khachhang|musteri|musteriler|kunder|asiakkaat|asiakas|zakaznici|zakaznik|ugyfelek|pacientes?|pazienti|patienten|socios|mitglieder|membres|leden|anggota)$/i;
// A kind of customer between the entity word and the code ("/klanten/particulier/ZD-2025-04417", "/customers/business/…").
const CUSTOMER_SUBKIND =
  /^(?:particulier|particulieren|zakelijk|private|privat|privé|business|individual|individuals|corporate|personal|retail|persoonlijk|empresa|empresas|pessoa-fisica|pessoa-juridica|persona-fisica|persona-moral|individu|korporat)$/i;
const CODE = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-[A-Z]*\d{2,}$/;
// Parameters that name their entity whatever page shows them: Dolibarr opens one third party's tabs from several
// folders (/societe/card.php, /comm/card.php, /societe/agenda.php… all ?socid=N), and they are one record.
const PARAM_ENTITY: Record<string, string> = { socid: 'societe' };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GUID_HEAD = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})[~.;][\w.-]{1,30}$/i;
// Ids that are clearly generated: a GUID, 2+ digits, a Mongo/Espo hex id, a Salesforce-like id, or a code a naming
// series gives (Frappe/ERPNext "CUST-2025-00318", "CRM-CONT-2026-00088": upper-case groups ending in 2+ digits).
const ID_SHAPE =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{2,20}|[0-9a-f]{16,32}|[0-9A-Za-z]{15}|[0-9A-Za-z]{18})$/;
const HAS_DIGIT = /\d/;
// Path words that are views, not entities ("/record/view/12" keeps "record" as its entity).
const VIEW_WORDS =
  /^(?:view|detail|details|show|edit|card|info|page|r|record|tab|data|form|index\.php|main\.aspx|web|ui|app|dashboard|object|crm|xv|neoweb|lightning)$/i;
// Routes of a user, not a customer: their id is no customer's key.
const NOT_CUSTOMER = /^(?:users?|employees?|staff|admin|profile|settings|roles?|depts?|departments?)$/i;

// Words before "/profile" that are the user's or the app's, not a record kind (/users/12/profile, /my/profile).
const NOT_A_KIND =
  /^(?:users?|employees?|staff|admin|my|me|self|accounts?|usercenter|user-center|personal|sales-?persons?|sales-?reps?|agents?|operators?|app|apps|home|settings?|system|sys|console|portal|center|web|m|h5|roles?|depts?|departments?|profile)$/i;

/** "client" in /client/profile/4417: a record kind whose profile the page is (not the signed-in user's own). */
export function isProfileOfKind(word: string): boolean {
  return /^[a-z][a-z_-]{1,30}$/i.test(word) && !NOT_A_KIND.test(word);
}

function clean(value: string): string {
  try {
    return decodeURIComponent(value).trim();
  } catch {
    return value.trim();
  }
}

// Page names that are views of a record (Dolibarr's card.php/note.php, hxtd's toViewPage.do…), not entities.
const VIEW_PAGES = /^(?:card|note|notes|detail|details|view|show|edit|info|index|main|toviewpage|viewpage|display)$/i;

/** The entity a path names before its page ("/societe/card.php", "/societe/contact.php" → "societe"). */
function entityOfPath(path: string): string {
  const parts = path.split('/').map(clean).filter(Boolean);
  // A script file is the view (card.php, toViewPage.do, contact.php as a tab); its folder names the entity.
  if (/\.(?:php|aspx?|do|html?|jsp|action|swe)$/i.test(parts[parts.length - 1] ?? '')) parts.pop();
  const words = parts.filter((w) => !/\d/.test(w));
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? '';
    // A kind's profile (/leader/profile): the kind.
    if (/^profile$/i.test(w) && isProfileOfKind(words[i - 1] ?? '')) continue;
    if (!VIEW_PAGES.test(w) && !VIEW_WORDS.test(w)) return w.toLowerCase();
  }
  return '';
}

function fromParams(params: URLSearchParams, where: 'query' | 'hash', path = ''): UrlRecord | null {
  const entries = Array.from(params.entries()).map(([k, v]) => [k.toLowerCase(), clean(v)] as const);
  const entityParam = entries.find(([k]) => k === 'module' || k === 'model' || k === 'etn' || k === 'entity');
  const entity = (entityParam?.[1] ?? entityOfPath(path)).toLowerCase();
  // A parameter named after a customer ("customer_id=561") names one whatever folder the page is in (a shop's
  // /admin/index.php?route=customer/customer.form&customer_id=561); other ids under a user's route are the user's.
  const userRoute = NOT_CUSTOMER.test(entity) || /^res\.users$/.test(entity);
  if (userRoute && (entityParam || !entries.some(([k]) => CUSTOMER_PARAMS.has(k)))) return null;
  for (const name of userRoute ? ID_PARAMS.filter((n) => CUSTOMER_PARAMS.has(n)) : ID_PARAMS) {
    const v = entries.find(([k]) => k === name)?.[1] ?? '';
    if (isIdValue(v))
      return { id: v, entity: userRoute ? '' : entityParam ? entity : (PARAM_ENTITY[name] ?? entity), where };
  }
  // A user id on a route of a customer's kind (a shop's after-sales /aftersale/member?uid=SY880…): the shop's users are
  // its customers, and the route says this one is the member shown.
  if (!userRoute && CUSTOMER_KIND.test(entity)) {
    const v = entries.find(([k]) => USER_ID_PARAMS.has(k))?.[1] ?? '';
    if (isIdValue(v)) return { id: v, entity, where };
  }
  // A parameter named after a kind of record and its id or number (docs/adapters.md, "Identity: codes, id numbers and
  // names"). Never a user's: their routes returned above.
  const kindId = userRoute ? null : kindIdParam(entries, path);
  if (kindId) return { id: kindId.id, entity: CUSTOMER_KIND.test(kindId.kind) ? entity : kindId.kind, where };
  for (const name of ROUTE_PARAMS) {
    const v = entries.find(([k]) => k === name)?.[1] ?? '';
    const r = v.includes('/') ? fromPath(v, where === 'hash' ? 'hash' : 'path') : null;
    if (r) return { ...r, where };
  }
  return null;
}

// The kinds whose records are a customer in some system: a shop's buyer, a school's student, a clinic's patient.
const CUSTOMER_KIND =
  /^(?:customer|cust|client|contact|account|member|patient|student|buyer|party|person|guest|visitor|subscriber|lead)$/;
// People a record may be about where the customer is no "customer" (a tutoring school's parent, a travel agency's
// tourist, a care home's resident).
const PERSON_KIND = /^(?:parent|guardian|tourist|traveller|traveler|passenger|resident|tenant|householder|family)$/;
// A kind's word and an id, number or code after it (buyerId, patient_no, custCode, partyId, leaderId).
// A qualifier before the kind (ext_customer_id: an SCRM's external customer) keeps the kind's; one naming another
// person or record (parent_, ref_, from_, old_…) does not.
const KIND_ID_PARAM =
  /^(?:(?!parent|ref|from|to|source|target|old|prev|next|invit|recommend|agent|owner|staff|user)[a-z]{2,12}[_-])?([a-z]{3,20}?)[_-]?(id|no|code|number)$/;

/**
 * The id parameter named after a kind of record: a customer's kind in any folder (studentId=40931), else the kind the
 * path names ("/h5/leader/profile?leaderId=TZ-SZ-07731": that leader's key). A customer's kind first.
 */
function kindIdParam(entries: (readonly [string, string])[], path: string): { id: string; kind: string } | null {
  const inPath = new Set(
    path
      .split('/')
      .map((w) => clean(w).toLowerCase())
      .filter((w) => /^[a-z]{3,20}$/.test(w) && !VIEW_WORDS.test(w) && !VIEW_PAGES.test(w)),
  );
  // (Another kind's number or code is no key: an order's orderNo, a ticket's ticketCode; its id is, and says so.)
  const kindOf = (k: string): string => {
    const m = KIND_ID_PARAM.exec(k);
    const kind = m?.[1] ?? '';
    // (A person's kind that the path names too keys the record by its number: /edu/parent/view.jsp?parentNo=YQ-P-….)
    return CUSTOMER_KIND.test(kind) || (inPath.has(kind) && (m?.[2] === 'id' || PERSON_KIND.test(kind))) ? kind : '';
  };
  const hits = entries.filter(([k, v]) => kindOf(k) !== '' && isIdValue(v));
  const hit = hits.find(([k]) => CUSTOMER_KIND.test(kindOf(k))) ?? hits[0];
  return hit ? { id: hit[1], kind: kindOf(hit[0]) } : null;
}

/** An id as URLs carry one: one token of word characters, dots and dashes, with a digit, at most 64 characters. */
function isIdValue(v: string): boolean {
  return v.length <= 64 && /^[\w.-]+$/.test(v) && HAS_DIGIT.test(v);
}

function fromPath(path: string, where: 'path' | 'hash'): UrlRecord | null {
  const parts = path
    .split(/[/=]/)
    .map(clean)
    .filter((p) => p !== '');
  // A route written as one page name, module-method-id (ZenTao and RanZhi's "/crm/customer-view-3127.html"): the
  // module is the entity, the number its record.
  const route = VIEW_ROUTE.exec(parts[parts.length - 1] ?? '');
  if (route)
    return NOT_CUSTOMER.test(route[1] ?? '')
      ? null
      : { id: route[2] ?? '', entity: (route[1] ?? '').toLowerCase(), where };
  // The last id-shaped segment wins (a record inside an app or an org: /crm/org123/tab/Contacts/5725…).
  for (let i = parts.length - 1; i >= 0; i--) {
    // A GUID with the view or the collection after it (Nextcloud's "<uid>~contacts", "<uid>.vcf"): the GUID.
    const seg = GUID_HEAD.exec(parts[i] ?? '')?.[1] ?? parts[i] ?? '';
    if (!ID_SHAPE.test(seg) || !HAS_DIGIT.test(seg)) continue;
    if (!GUID.test(seg) && /^\d{4}$/.test(seg) && /^(?:19|20)\d\d$/.test(seg)) continue; // a year
    let entity = '';
    let before = '';
    for (let j = i - 1; j >= 0; j--) {
      const word = parts[j] ?? '';
      if (ID_SHAPE.test(word) && HAS_DIGIT.test(word)) break;
      if (VIEW_WORDS.test(word)) continue;
      if (/^profile$/i.test(word) && isProfileOfKind(parts[j - 1] ?? '')) continue;
      entity = word.toLowerCase();
      before = (parts[j - 1] ?? '').toLowerCase();
      break;
    }
    // The organisation's or tenant's id ("/org/184223/customers/STR-0457") is never the record's: look further.
    if (TENANT.test(entity)) continue;
    // A number opening the path before an app's own words ("/12333/seat/workbench": a hotline's number, a tenant's)
    // names the site, not a record: a record's id follows its kind or ends the path.
    if (i === 0 && parts.slice(1).some((p) => !VIEW_WORDS.test(p))) continue;
    // A shop's users are its customers ("/admin/shop/users/48217"); elsewhere a user is staff.
    if (NOT_CUSTOMER.test(entity) && !(/^users?$/.test(entity) && SHOP.test(before))) return null;
    return { id: seg, entity, where };
  }
  // No generated id: a naming-series code after a customer's entity word, past view words ("/app/customer/CUST-2024-
  // 00917", "/patient/detail/CY-WH-2510-0387").
  for (let i = parts.length - 1; i >= 1; i--) {
    const seg = parts[i] ?? '';
    if (!CODE.test(seg)) continue;
    let j = i - 1;
    while (j > 0 && (VIEW_WORDS.test(parts[j] ?? '') || CUSTOMER_SUBKIND.test(parts[j] ?? ''))) j--;
    if (CUSTOMER_ENTITY.test(parts[j] ?? '')) return { id: seg, entity: (parts[j] ?? '').toLowerCase(), where };
  }
  // An id with its slug after a customer's entity word ("/person/48812-eleanor-whitaker"): the number is the id.
  for (let i = parts.length - 1; i >= 1; i--) {
    const m = ID_SLUG.exec(parts[i] ?? '');
    if (m && CUSTOMER_ENTITY.test(parts[i - 1] ?? ''))
      return { id: m[1] ?? '', entity: (parts[i - 1] ?? '').toLowerCase(), where };
  }
  // A random id of another length (HighLevel's 16 characters, Firestore's 20) under a customer's entity word, past
  // view words ("/contacts/detail/bW4nXk8Lq2ZpR7tY"): only there, since app and location ids look the same.
  for (let i = parts.length - 1; i >= 1; i--) {
    const seg = parts[i] ?? '';
    if (!RANDOM_ID.test(seg) && !PREFIXED_ID.test(seg)) continue;
    let j = i - 1;
    while (j > 0 && VIEW_WORDS.test(parts[j] ?? '')) j--;
    if (CUSTOMER_ENTITY.test(parts[j] ?? '')) return { id: seg, entity: (parts[j] ?? '').toLowerCase(), where };
  }
  return null;
}

// The account a record lives in (an organisation, a tenant, a workspace): its id keys no customer.
const TENANT = /^(?:orgs?|organi[sz]ations?|tenants?|workspaces?)$/;
// A shop's (an online store's) folder: its users are the shop's buyers.
const SHOP = /^(?:shops?|stores?|e-?shops?|webshops?|mall|e-?commerce)$/;

const VIEW_ROUTE = /^([a-z]{3,20})-(?:view|detail|details|show|edit|info)-(\d{1,12})(?:-[\w]+)*(?:\.html?)?$/i;
const ID_SLUG = /^(\d{2,20})-(?=[\w-]*[a-z])[a-z0-9-]{2,80}$/i;
// (Or of lower-case letters and digits only, a short hex or base-36 key: "/ledger/customers/c7a2e91d04".)
const RANDOM_ID = /^(?=[0-9A-Za-z]*\d)(?=[0-9A-Za-z]*[a-z])(?:(?=[0-9A-Za-z]*[A-Z])[0-9A-Za-z]{10,40}|[0-9a-z]{8,40})$/;
// An id with its object's short prefix (Stripe-style cus_…, cst_…): the prefix, an underscore, a random part.
const PREFIXED_ID = /^[a-z]{2,6}_(?=[0-9A-Za-z]*\d)[0-9A-Za-z]{6,40}$/;

// Objects that name a customer without being one: a conversation, a ticket, a chat, an order, a contract, a contact
// centre's interaction or call… Their id in the URL is theirs, never the customer's key (the customer's own id is in
// the page's link to it). (Session 26: a callback's or a visit's task, a to-do, a work order too.)
const OTHER_OBJECT =
  /^(?:tasks?|todos?|workorders?|conversations?|tickets?|chats?|sessions?|contracts?|contrat|orders?|invoices?|facture|commande|propal|quotes?|quotations?|deals?|opportunit(?:y|ies)|projects?|projet|issues?|messages?|threads?|interactions?|calls?)$/i;

/** The record id the URL carries, or null (a list, a dashboard, a user's page, another object's page). */
export function recordFromUrl(url: string): UrlRecord | null {
  const r = anyRecordFromUrl(url);
  return r && OTHER_OBJECT.test(r.entity) ? null : r;
}

/** True when the URL's record is another object than a customer (a conversation, a ticket, a contract…). */
export function urlNamesOtherObject(url: string): boolean {
  const r = anyRecordFromUrl(url);
  return !!r && OTHER_OBJECT.test(r.entity);
}

// Memoised: one extraction asks it of the page's URL about ten times (and of the same links again on the next read).
// Callers copy what they keep; the record is never changed.
const anyRecordFromUrl = memoByString(anyRecordFromUrlOnce, 1024);

function anyRecordFromUrlOnce(url: string): UrlRecord | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const hash = u.hash.replace(/^#!?\/?/, '');
  const [hashPath = '', hashQuery = ''] = hash.split('?');
  // Odoo-style hash parameters ("#id=42&model=res.partner&view_type=form").
  if (/^[\w.]+=/.test(hashPath)) {
    const params = new URLSearchParams(hashPath);
    if (params.get('view_type') === 'list' || params.get('view_type') === 'kanban') return null;
    const r = fromParams(params, 'hash');
    if (r) return r;
  } else {
    const r =
      (hashQuery && fromParams(new URLSearchParams(hashQuery), 'hash', hashPath)) ||
      (hashPath && fromPath(hashPath, 'hash'));
    if (r) return r;
  }
  const q = fromParams(u.searchParams, 'query', u.pathname);
  if (q) return q;
  if (Array.from(u.searchParams.keys()).some((k) => /^(module|model)$/i.test(k))) return null;
  return fromPath(u.pathname, 'path') ?? externalContact(u.searchParams);
}

// A parameter naming the shop, tenant or organisation the page belongs to (shopId=200193): an id of no record.
const TENANT_PARAM =
  /^(?:shop|store|org|organi[sz]ation|tenant|corp|company|app|site|location|branch|dept|merchant|brand)[_-]?id$/i;

/**
 * Whether the URL carries an id-shaped value this reader does not place (yzUid=8812740563 in a hash route, an id
 * segment of an unknown kind): it may be the record's key. A tenant's or shop's id parameter is not one.
 */
export function urlCarriesId(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const hash = u.hash.replace(/^#!?\/?/, '');
  const [hashPath = '', hashQuery = ''] = hash.split('?');
  const params = [
    ...Array.from(u.searchParams.entries()),
    ...Array.from(new URLSearchParams(hashQuery).entries()),
    ...(/^[\w.]+=/.test(hashPath) ? Array.from(new URLSearchParams(hashPath).entries()) : []),
  ];
  if (params.some(([k, v]) => !TENANT_PARAM.test(k) && isIdValue(clean(v)) && /\d{4,}/.test(v))) return true;
  return `${u.pathname}/${hashPath}`
    .split('/')
    .map(clean)
    .some((seg) => ID_SHAPE.test(seg) && HAS_DIGIT.test(seg) && !/^(?:19|20)\d\d$/.test(seg));
}

function externalContact(params: URLSearchParams): UrlRecord | null {
  for (const name of EXTERNAL_ID_PARAMS) {
    // Parameter names in any case (externalUserId), as fromParams reads them.
    const v = clean(Array.from(params.entries()).find(([k]) => k.toLowerCase() === name)?.[1] ?? '');
    if (isIdValue(v)) return { id: v, entity: '', where: 'query' };
  }
  return null;
}
