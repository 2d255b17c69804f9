import { z } from '../zod';

// One format for every adapter: the built-in ones (utils/extract/adapters/*.ts) and the ones an
// agent teaches for a site (saved per origin, exported and imported as JSON). Plain data, no code.

const selector = z.string().check(z.minLength(1), z.maxLength(1000));

/** One way to find a field; a field lists several, newest page layout first. */
export const fieldRuleSchema = z
  .object({
    /** CSS selector, matched inside the record root. */
    selector: z.optional(selector),
    /** Label texts (any of them, compared without colon and case); the value is the element paired with the label. */
    label: z.optional(
      z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.minLength(1), z.maxLength(30)),
    ),
    /** Column headers of a list table (e.g. the contracts list): reads that column of the first data row. */
    column: z.optional(
      z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.minLength(1), z.maxLength(30)),
    ),
    /** Climb this many parents from the matched element before reading. */
    up: z.optional(z.int().check(z.gte(0), z.lte(6))),
    /** text (visible text, or a control's value), own (the element's own text nodes), after (text right after it), attr, href. */
    read: z.optional(z.enum(['text', 'own', 'after', 'attr'])),
    /** Attribute to read when read is "attr". */
    attr: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    /** Regular expression applied to the text read; group 1 if present, else the whole match. */
    pattern: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
    /** Join every matching element's value (address lines, split fields) with `join`. */
    all: z.optional(z.boolean()),
    join: z.optional(z.string().check(z.maxLength(10))),
    /** May read an element that is hidden (a collapsed tab, the record's own hidden input). */
    hidden: z.optional(z.boolean()),
  })
  .check(
    z.refine((r) => r.selector !== undefined || r.label !== undefined || r.column !== undefined, {
      message: 'a rule needs a selector, a label or a column',
    }),
  );
export type FieldRule = z.infer<typeof fieldRuleSchema>;

export const siteAdapterSchema = z.object({
  /** Built-in adapters: the CRM's id ("suitecrm7"). Taught adapters: "site:" + origin. */
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  name: z.optional(z.string().check(z.maxLength(200))),
  /** URL patterns, `*` matches any run of characters; e.g. "https://crm.example/index.php?module=Contacts&action=DetailView&record=*". */
  urlPatterns: z.array(z.string().check(z.minLength(1), z.maxLength(500))).check(z.minLength(1), z.maxLength(50)),
  /** Selectors that identify this CRM's record page when the URL does not (a saved page, a proxy). */
  detect: z.optional(z.array(selector).check(z.maxLength(10))),
  /** The record's root element, first that exists (and is not hidden) wins; none → the whole page. */
  root: z.optional(z.array(selector).check(z.maxLength(10))),
  /** Parts of the root that are never the customer (related lists, streams). */
  exclude: z.optional(z.array(selector).check(z.maxLength(30))),
  /**
   * When an element `selector` finds in the record root reads wholly as `pattern` (any case), the record is a person
   * (Dolibarr's third party of type "Private individual"): the adapter's `company` rules, which read the record's own
   * name, are skipped, and the record is no company whatever its URL says.
   */
  person: z.optional(
    z.object({
      selector,
      pattern: z.string().check(z.minLength(1), z.maxLength(2000)),
    }),
  ),
  /** How this CRM writes ambiguous numeric dates. */
  dateOrder: z.optional(z.enum(['ymd', 'dmy', 'mdy'])),
  /** Standard field keys or extra labels → rules, newest layout first. */
  fields: z.record(
    z.string().check(z.minLength(1), z.maxLength(200)),
    z.array(fieldRuleSchema).check(z.minLength(1), z.maxLength(10)),
  ),
  /** Set on taught adapters: when it was last changed (ISO). */
  updatedAt: z.optional(z.string().check(z.maxLength(40))),
});
export type SiteAdapter = z.infer<typeof siteAdapterSchema>;

/** An export/import file of taught adapters. */
export const siteAdapterFileSchema = z.object({
  format: z.literal('huifang-site-adapters'),
  version: z.literal(1),
  adapters: z.array(siteAdapterSchema).check(z.maxLength(500)),
});
export type SiteAdapterFile = z.infer<typeof siteAdapterFileSchema>;
