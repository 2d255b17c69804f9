import { z } from 'zod';

// One format for every adapter: the built-in ones (utils/extract/adapters/*.ts) and the ones an
// agent teaches for a site (saved per origin, exported and imported as JSON). Plain data, no code.

const selector = z.string().min(1).max(1000);

/** One way to find a field; a field lists several, newest page layout first. */
export const fieldRuleSchema = z
  .object({
    /** CSS selector, matched inside the record root. */
    selector: selector.optional(),
    /** Label texts (any of them, compared without colon and case); the value is the element paired with the label. */
    label: z.array(z.string().min(1).max(200)).min(1).max(30).optional(),
    /** Column headers of a list table (e.g. the contracts list): reads that column of the first data row. */
    column: z.array(z.string().min(1).max(200)).min(1).max(30).optional(),
    /** Climb this many parents from the matched element before reading. */
    up: z.number().int().min(0).max(6).optional(),
    /** text (visible text, or a control's value), own (the element's own text nodes), after (text right after it), attr, href. */
    read: z.enum(['text', 'own', 'after', 'attr']).optional(),
    /** Attribute to read when read is "attr". */
    attr: z.string().min(1).max(100).optional(),
    /** Regular expression applied to the text read; group 1 if present, else the whole match. */
    pattern: z.string().min(1).max(500).optional(),
    /** Join every matching element's value (address lines, split fields) with `join`. */
    all: z.boolean().optional(),
    join: z.string().max(10).optional(),
    /** May read an element that is hidden (a collapsed tab, the record's own hidden input). */
    hidden: z.boolean().optional(),
  })
  .refine((r) => r.selector !== undefined || r.label !== undefined || r.column !== undefined, {
    message: 'a rule needs a selector, a label or a column',
  });
export type FieldRule = z.infer<typeof fieldRuleSchema>;

export const siteAdapterSchema = z.object({
  /** Built-in adapters: the CRM's id ("suitecrm7"). Taught adapters: "site:" + origin. */
  id: z.string().min(1).max(200),
  name: z.string().max(200).optional(),
  /** URL patterns, `*` matches any run of characters; e.g. "https://crm.example/index.php?module=Contacts&action=DetailView&record=*". */
  urlPatterns: z.array(z.string().min(1).max(500)).min(1).max(50),
  /** Selectors that identify this CRM's record page when the URL does not (a saved page, a proxy). */
  detect: z.array(selector).max(10).optional(),
  /** The record's root element, first that exists (and is not hidden) wins; none → the whole page. */
  root: z.array(selector).max(10).optional(),
  /** Parts of the root that are never the customer (related lists, streams). */
  exclude: z.array(selector).max(30).optional(),
  /** How this CRM writes ambiguous numeric dates. */
  dateOrder: z.enum(['ymd', 'dmy', 'mdy']).optional(),
  /** Standard field keys or extra labels → rules, newest layout first. */
  fields: z.record(z.string().min(1).max(200), z.array(fieldRuleSchema).min(1).max(10)),
  /** Set on taught adapters: when it was last changed (ISO). */
  updatedAt: z.string().max(40).optional(),
});
export type SiteAdapter = z.infer<typeof siteAdapterSchema>;

/** An export/import file of taught adapters. */
export const siteAdapterFileSchema = z.object({
  format: z.literal('huifang-site-adapters'),
  version: z.literal(1),
  adapters: z.array(siteAdapterSchema).max(500),
});
export type SiteAdapterFile = z.infer<typeof siteAdapterFileSchema>;
