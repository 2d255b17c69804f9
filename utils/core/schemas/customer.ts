import { z } from '../zod';
import { callbackKindSchema } from '../callback-kinds';
import { outcomeSchema } from './callback-record';
import { standardFieldKeySchema, type CustomerContext } from './customer-context';
import { sha256Hex } from '../export/sha256';
import { recordFromUrl } from '../url-record';

const isoDateTime = z.iso.datetime({ offset: true });
/** A date (YYYY-MM-DD) or an ISO date-time, as the events that start callback clocks come. */
const eventDateSchema = z.string().check(z.maxLength(40));

/** Running totals kept with the customer so the queue never scans every record. */
export const customerStatsSchema = z.object({
  /** First attempts only (revision 0); corrections do not count as calls. */
  attempts: z.int().check(z.nonnegative()),
  lastAttemptAt: z.nullable(isoDateTime),
  lastOutcome: z.nullable(outcomeSchema),
  lastReachedAt: z.nullable(isoDateTime),
});
export type CustomerStats = z.infer<typeof customerStatsSchema>;

export const emptyCustomerStats: CustomerStats = {
  attempts: 0,
  lastAttemptAt: null,
  lastOutcome: null,
  lastReachedAt: null,
};

/** A customer key (keyOfContext below) as data calls and stored rows carry it. */
export const customerKeySchema = z.string().check(z.minLength(1), z.maxLength(500));

export const customerSchema = z.object({
  key: customerKeySchema,
  origin: z.string().check(z.maxLength(500)),
  /** The CRM's own id when the page shows one; null when the key is derived. */
  customerId: z.nullable(z.string().check(z.maxLength(200))),
  /** The last values the page showed for this customer. */
  context: z.partialRecord(standardFieldKeySchema, z.string().check(z.maxLength(4000))),
  sourceUrl: z.string().check(z.maxLength(4000)),
  firstSeenAt: isoDateTime,
  lastSeenAt: isoDateTime,
  /** Events that start callback clocks, by name (e.g. signDate, repairClosedAt). */
  events: z.record(z.string().check(z.maxLength(100)), eventDateSchema),
  stats: customerStatsSchema,
  /** Next deadline, set by the rules; the queue reads it through an index. */
  dueAt: z.nullable(z.string().check(z.maxLength(40))),
  dueKind: z.nullable(callbackKindSchema),
  /** When the last attempt asked to call back (call-back-later), until someone reaches the customer. */
  nextCallBackAt: z.nullable(isoDateTime),
});
export type Customer = z.infer<typeof customerSchema>;

/** Shape of a customer row in database version 1 and export format version 1 (no stats, no queue fields). */
export const customerV1Schema = z.omit(customerSchema, {
  stats: true,
  dueAt: true,
  dueKind: true,
  nextCallBackAt: true,
});
export type CustomerV1 = z.infer<typeof customerV1Schema>;

function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

function normalisePhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return digits.startsWith('+86') ? digits.slice(3) : digits;
}

/**
 * The stable key of a customer: the CRM's id when the page shows one, else a hash of origin, name and phone,
 * so the same person read twice lands on the same key and the key itself holds no personal data.
 */
export function makeCustomerKey(input: {
  origin: string;
  customerId?: string | null;
  name?: string;
  phone?: string;
}): string {
  const origin = input.origin.trim().toLowerCase();
  const id = input.customerId?.trim();
  if (id) return `crm:${origin}#${id}`;
  const basis = [origin, normaliseName(input.name ?? ''), normalisePhone(input.phone ?? '')].join('\u0000');
  return `derived:${origin}#${sha256Hex(basis).slice(0, 32)}`;
}

/** The key of a CRM record its URL names (entity + id): every tab of the record and every later phone share it. */
export function makeRecordKey(origin: string, record: { id: string; entity: string }): string {
  return `rec:${origin.trim().toLowerCase()}#${record.entity.toLowerCase()}/${record.id.trim()}`;
}

/** The ways a page names its customer, strongest first: the URL's record id, the code shown, name + phone. */
export type CustomerIdentity = { rec: string | null; code: string | null; derived: string | null };

export function identityOf(context: CustomerContext | null): CustomerIdentity | null {
  if (!context) return null;
  const f = context.fields;
  const phone = f.mobile?.value ?? f.phone?.value;
  const from = context.record?.from;
  const rec =
    context.record && (from === 'url' || from === 'link') ? makeRecordKey(context.origin, context.record) : null;
  const shown = f.customerId?.value ?? null;
  const code = shown ? makeCustomerKey({ origin: context.origin, customerId: shown }) : null;
  const derived =
    f.name?.value || phone ? makeCustomerKey({ origin: context.origin, name: f.name?.value, phone }) : null;
  if (!rec && !code && !derived) return null;
  return { rec, code, derived };
}

/** The identity's keys, strongest first (the order a stored customer is looked up in). */
export function keysOfIdentity(id: CustomerIdentity): string[] {
  return [id.rec, id.code, id.derived].filter((k): k is string => k !== null);
}

/**
 * The customer a page context shows, as its key (the one function that decides "who is this?": records, drafts,
 * the queue and the call's binding all use it): the CRM record id in the URL first, so the tabs of one record stay
 * one customer and a phone corrected in the CRM keeps the history; else the code the page shows; else a hash of
 * name and phone. Null when the page shows no record, id, name or phone. The background then looks the key up
 * among the keys a stored customer was seen under (utils/db/customer-aliases.ts), so customers stored under an
 * older key keep it.
 */
export function keyOfContext(context: CustomerContext | null): string | null {
  const id = identityOf(context);
  return id ? (keysOfIdentity(id)[0] ?? null) : null;
}

/**
 * Whether two contexts show the same customer: the same URL record, else the same shown code, else the same
 * name and phone. A stronger id that differs settles it (two records of one name and phone are two customers).
 */
export function sameCustomer(a: CustomerContext | null, b: CustomerContext | null): boolean {
  const x = identityOf(a);
  const y = identityOf(b);
  if (!x || !y) return false;
  if (x.rec && y.rec) return x.rec === y.rec;
  if (x.code && y.code) return x.code === y.code;
  return x.derived !== null && x.derived === y.derived;
}

/** Every key a stored customer can be found under: its own, the record its page URL names, its code, name + phone. */
export function aliasesOfCustomer(row: Pick<Customer, 'key' | 'origin' | 'customerId' | 'context' | 'sourceUrl'>) {
  const out = new Set<string>([row.key]);
  const rec = row.sourceUrl ? recordFromUrl(row.sourceUrl) : null;
  if (rec) out.add(makeRecordKey(row.origin, rec));
  if (row.customerId) out.add(makeCustomerKey({ origin: row.origin, customerId: row.customerId }));
  const phone = row.context.mobile ?? row.context.phone;
  if (row.context.name || phone) out.add(makeCustomerKey({ origin: row.origin, name: row.context.name, phone }));
  return [...out];
}
