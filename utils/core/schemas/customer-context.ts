import { z } from '../zod';
import { standardFieldKeys } from '../fields';

export { standardFieldKeys };

export const standardFieldKeySchema = z.enum(standardFieldKeys);
export type StandardFieldKey = z.infer<typeof standardFieldKeySchema>;

/** Where a value was read from, so the panel can show it and teach mode can correct it. */
export const valueSourceSchema = z.object({
  /** adapter / generic (a label on the page) / taught / manual / url (older versions only: the URL's record id now
   * travels as `record`, never as a field; kept so contexts they saved still parse). */
  via: z.enum(['adapter', 'generic', 'taught', 'manual', 'url']),
  adapterId: z.optional(z.string()),
  label: z.optional(z.string()),
  selector: z.optional(z.string()),
  hidden: z.optional(z.boolean()),
  /** How sure the reader is, 0–1 (docs/adapters.md, "Confidence"); below 0.7 a name or phone is "please confirm". */
  confidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
});
export type ValueSource = z.infer<typeof valueSourceSchema>;

export const fieldValueSchema = z.object({
  /** Normalised: phones as digits (leading + kept), dates ISO, gender male/female. */
  value: z.string().check(z.maxLength(4000)),
  /** The text as the page showed it. */
  raw: z.string().check(z.maxLength(4000)),
  source: valueSourceSchema,
});
export type FieldValue = z.infer<typeof fieldValueSchema>;

export const contextFlagSchema = z.object({
  code: z.string(),
  field: z.optional(z.string()),
  message: z.string(),
});
export type ContextFlag = z.infer<typeof contextFlagSchema>;

/** A person the page lists on a company record (its contacts), to ask which one is on the line. */
export const contactPersonSchema = z.object({
  name: z.string().check(z.maxLength(200)),
  title: z.optional(z.string().check(z.maxLength(200))),
  phone: z.optional(z.string().check(z.maxLength(100))),
  mobile: z.optional(z.string().check(z.maxLength(100))),
  email: z.optional(z.string().check(z.maxLength(300))),
});
export type ContactPerson = z.infer<typeof contactPersonSchema>;

/** The CRM's record id, when the page's URL or the page names one: the record's stable key. */
export const recordRefSchema = z.object({
  id: z.string().check(z.maxLength(200)),
  /** The entity word the URL gives (contacts, customer, Accounts…), lower case; '' when none. */
  entity: z.string().check(z.maxLength(100)),
  /** url: the page's URL; link: the page's link to the customer (the URL names a ticket, a conversation…); page: a code shown. */
  from: z.enum(['url', 'page', 'link']),
});
export type RecordRef = z.infer<typeof recordRefSchema>;

export const customerContextSchema = z.object({
  url: z.string().check(z.maxLength(4000)),
  origin: z.string().check(z.maxLength(500)),
  adapterId: z.nullable(z.string()),
  fields: z.partialRecord(standardFieldKeySchema, fieldValueSchema),
  extra: z.record(z.string().check(z.maxLength(200)), fieldValueSchema),
  missing: z.array(standardFieldKeySchema),
  flags: z.array(contextFlagSchema),
  extractedAt: z.string(),
  /** person or company: a company record addresses one of its contacts, never "the company itself". */
  entity: z.optional(z.enum(['person', 'company'])),
  /** The contact people a company record lists (at most 50). */
  contacts: z.optional(z.array(contactPersonSchema).check(z.maxLength(50))),
  /** A company record that lists no contacts: the label of the page's tab or link that lists them ("联系人/地址"). */
  contactsTab: z.optional(z.string().check(z.maxLength(100))),
  record: z.optional(recordRefSchema),
  /**
   * A person's page that links to the record of the company named on it (a Dolibarr contact card's third party):
   * a call on that company stays one call when the agent opens this page (utils/core/identity/company-call.ts).
   */
  companyRecord: z.optional(recordRefSchema),
  /** Why no customer was read: the page is a list/dashboard/search, or a user's own page. */
  noCustomer: z.optional(z.enum(['list', 'user'])),
  /** What the page hides from us: closed shadow roots (their count). */
  closedShadowRoots: z.optional(z.int().check(z.gte(0))),
  /**
   * Origins of the page's frames from other sites. The background keeps only those no content script read (their
   * origin is not enabled), for the panel to say so (docs/adapters.md, "Frames").
   */
  foreignFrames: z.optional(z.array(z.string().check(z.maxLength(500))).check(z.maxLength(20))),
  /** Set by the background: the frame of the tab the record was read from (not the top page), and what it is called. */
  frame: z.optional(
    z.object({ url: z.string().check(z.maxLength(4000)), title: z.optional(z.string().check(z.maxLength(200))) }),
  ),
});
export type CustomerContext = z.infer<typeof customerContextSchema>;
