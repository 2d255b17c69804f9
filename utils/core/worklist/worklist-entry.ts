import { z } from '../zod';
import { callbackKindSchema } from '../callback-kinds';
import { localizedTextSchema } from '../script/localized';

const isoDateTime = z.iso.datetime({ offset: true });

/** One callback to make, from one or more rows of an imported work list (duplicates merged). */
export const worklistEntrySchema = z.object({
  /** `${customerKey}|${kind}`: one entry per customer and kind. */
  id: z.string().check(z.minLength(1), z.maxLength(600)),
  customerKey: z.string().check(z.minLength(1), z.maxLength(500)),
  origin: z.string().check(z.maxLength(500)),
  customerId: z.nullable(z.string().check(z.maxLength(200))),
  name: z.string().check(z.maxLength(200)),
  /** Digits as normalizePhone gives them, mobile first. */
  mobiles: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(10)),
  landlines: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(10)),
  product: z.string().check(z.maxLength(200)),
  owner: z.string().check(z.maxLength(200)),
  kind: callbackKindSchema,
  /** What started the clock, as event input (date, or wall-clock date-time in the zone); null when the list gave a due date only. */
  eventDate: z.nullable(z.string().check(z.maxLength(40))),
  /** The deadline as the rules give it (date or date-time with offset), null when the kind sets none. */
  due: z.nullable(z.string().check(z.maxLength(40))),
  /** The instant the deadline ends, for sorting and "overdue". */
  dueAt: z.nullable(isoDateTime),
  /** Where the due date came from: computed by the rules from the event, or given by the list. */
  dueFrom: z.enum(['rules', 'list', 'none']),
  recordUrl: z.nullable(z.string().check(z.maxLength(2000))),
  /** Spreadsheet row numbers (as the agent sees them, header = 1) this entry was read from. */
  rows: z.array(z.int().check(z.positive())).check(z.minLength(1)),
  listId: z.string().check(z.minLength(1), z.maxLength(100)),
});
export type WorklistEntry = z.infer<typeof worklistEntrySchema>;

/** An imported list: where it came from; its entries are stored apart, keyed by id. */
export const worklistSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  fileName: z.string().check(z.maxLength(300)),
  importedAt: isoDateTime,
  encoding: z.string().check(z.maxLength(20)),
  layoutKey: z.string().check(z.maxLength(100)),
  origin: z.string().check(z.maxLength(500)),
  entryCount: z.int().check(z.nonnegative()),
  mergedRows: z.int().check(z.nonnegative()),
});
export type Worklist = z.infer<typeof worklistSchema>;

/** A bad cell, named the way the agent finds it in the spreadsheet: row number and column header. */
export const worklistIssueSchema = z.object({
  row: z.int().check(z.nonnegative()),
  column: z.nullable(z.string().check(z.maxLength(200))),
  message: localizedTextSchema,
});
export type WorklistIssue = z.infer<typeof worklistIssueSchema>;
