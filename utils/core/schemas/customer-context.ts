import { z } from 'zod';
import { standardFieldKeys } from '../fields';

export { standardFieldKeys };

export const standardFieldKeySchema = z.enum(standardFieldKeys);
export type StandardFieldKey = z.infer<typeof standardFieldKeySchema>;

/** Where a value was read from, so the panel can show it and teach mode can correct it. */
export const valueSourceSchema = z.object({
  /** adapter / generic (a label on the page) / taught / manual / url (older versions only: the URL's record id now
   * travels as `record`, never as a field; kept so contexts they saved still parse). */
  via: z.enum(['adapter', 'generic', 'taught', 'manual', 'url']),
  adapterId: z.string().optional(),
  label: z.string().optional(),
  selector: z.string().optional(),
  hidden: z.boolean().optional(),
  /** How sure the reader is, 0–1 (docs/adapters.md, "Confidence"); below 0.7 a name or phone is "please confirm". */
  confidence: z.number().min(0).max(1).optional(),
});
export type ValueSource = z.infer<typeof valueSourceSchema>;

export const fieldValueSchema = z.object({
  /** Normalised: phones as digits (leading + kept), dates ISO, gender male/female. */
  value: z.string().max(4000),
  /** The text as the page showed it. */
  raw: z.string().max(4000),
  source: valueSourceSchema,
});
export type FieldValue = z.infer<typeof fieldValueSchema>;

export const contextFlagSchema = z.object({
  code: z.string(),
  field: z.string().optional(),
  message: z.string(),
});
export type ContextFlag = z.infer<typeof contextFlagSchema>;

/** A person the page lists on a company record (its contacts), to ask which one is on the line. */
export const contactPersonSchema = z.object({
  name: z.string().max(200),
  title: z.string().max(200).optional(),
  phone: z.string().max(100).optional(),
  mobile: z.string().max(100).optional(),
  email: z.string().max(300).optional(),
});
export type ContactPerson = z.infer<typeof contactPersonSchema>;

/** The CRM's record id, when the page's URL or the page names one: the record's stable key. */
export const recordRefSchema = z.object({
  id: z.string().max(200),
  /** The entity word the URL gives (contacts, customer, Accounts…), lower case; '' when none. */
  entity: z.string().max(100),
  from: z.enum(['url', 'page']),
});
export type RecordRef = z.infer<typeof recordRefSchema>;

export const customerContextSchema = z.object({
  url: z.string().max(4000),
  origin: z.string().max(500),
  adapterId: z.string().nullable(),
  fields: z.partialRecord(standardFieldKeySchema, fieldValueSchema),
  extra: z.record(z.string().max(200), fieldValueSchema),
  missing: z.array(standardFieldKeySchema),
  flags: z.array(contextFlagSchema),
  extractedAt: z.string(),
  /** person or company: a company record addresses one of its contacts, never "the company itself". */
  entity: z.enum(['person', 'company']).optional(),
  /** The contact people a company record lists (at most 50). */
  contacts: z.array(contactPersonSchema).max(50).optional(),
  record: recordRefSchema.optional(),
  /** Why no customer was read: the page is a list/dashboard/search, or a user's own page. */
  noCustomer: z.enum(['list', 'user']).optional(),
  /** What the page hides from us: closed shadow roots (their count). */
  closedShadowRoots: z.number().int().min(0).optional(),
  /**
   * Origins of the page's frames from other sites. The background keeps only those no content script read (their
   * origin is not enabled), for the panel to say so (docs/adapters.md, "Frames").
   */
  foreignFrames: z.array(z.string().max(500)).max(20).optional(),
  /** Set by the background: the frame of the tab the record was read from (not the top page). */
  frame: z.object({ url: z.string().max(4000) }).optional(),
});
export type CustomerContext = z.infer<typeof customerContextSchema>;
