import { z } from 'zod';
import { callbackKindSchema } from '../callback-kinds';
import { localizedTextSchema } from '../script/localized';

const isoDateTime = z.iso.datetime({ offset: true });

/** One callback to make, from one or more rows of an imported work list (duplicates merged). */
export const worklistEntrySchema = z.object({
  /** `${customerKey}|${kind}`: one entry per customer and kind. */
  id: z.string().min(1).max(600),
  customerKey: z.string().min(1).max(500),
  origin: z.string().max(500),
  customerId: z.string().max(200).nullable(),
  name: z.string().max(200),
  /** Digits as normalizePhone gives them, mobile first. */
  mobiles: z.array(z.string().max(40)).max(10),
  landlines: z.array(z.string().max(40)).max(10),
  product: z.string().max(200),
  owner: z.string().max(200),
  kind: callbackKindSchema,
  /** What started the clock, as event input (date, or wall-clock date-time in the zone); null when the list gave a due date only. */
  eventDate: z.string().max(40).nullable(),
  /** The deadline as the rules give it (date or date-time with offset), null when the kind sets none. */
  due: z.string().max(40).nullable(),
  /** The instant the deadline ends, for sorting and "overdue". */
  dueAt: isoDateTime.nullable(),
  /** Where the due date came from: computed by the rules from the event, or given by the list. */
  dueFrom: z.enum(['rules', 'list', 'none']),
  recordUrl: z.string().max(2000).nullable(),
  /** Spreadsheet row numbers (as the agent sees them, header = 1) this entry was read from. */
  rows: z.array(z.number().int().positive()).min(1),
  listId: z.string().min(1).max(100),
});
export type WorklistEntry = z.infer<typeof worklistEntrySchema>;

/** An imported list: where it came from; its entries are stored apart, keyed by id. */
export const worklistSchema = z.object({
  id: z.string().min(1).max(100),
  fileName: z.string().max(300),
  importedAt: isoDateTime,
  encoding: z.string().max(20),
  layoutKey: z.string().max(100),
  origin: z.string().max(500),
  entryCount: z.number().int().nonnegative(),
  mergedRows: z.number().int().nonnegative(),
});
export type Worklist = z.infer<typeof worklistSchema>;

/** A bad cell, named the way the agent finds it in the spreadsheet: row number and column header. */
export const worklistIssueSchema = z.object({
  row: z.number().int().nonnegative(),
  column: z.string().max(200).nullable(),
  message: localizedTextSchema,
});
export type WorklistIssue = z.infer<typeof worklistIssueSchema>;
