// Does the built extension see what the scorer scores? Compares, page by page, the customer the product's background
// chose (its stored context: the chosen frame's fields, and that frame's URL) with the one the scorer's own frame
// choice took (tests/bench/generalise/run-chromium.ts). Pure: the browsers are driven by tests/bench/generalise-product.ts.
import type { LooseContext } from './score';

/** The part of a context both sides are compared on: each field's value, the URL record id, the frame it came from. */
export interface ParitySide {
  /** field → value (strings only; the record id the URL names as `record`). */
  values: Record<string, string>;
  /** The URL of the frame read (the top page's own URL when the record is in the top document), or null for none. */
  frame: string | null;
  /** An adapter the product applied (the scorer runs with adapters off). */
  adapterId?: string | null;
  noCustomer?: string;
}

export type ParityKind = 'frame' | 'missing-in-product' | 'extra-in-product' | 'value' | 'adapter';

export interface ParityDifference {
  kind: ParityKind;
  /** The field, for field differences. */
  field?: string;
  scorer?: string | null;
  product?: string | null;
}

export interface PageParity {
  page: string;
  same: boolean;
  scorer: ParitySide;
  product: ParitySide;
  differences: ParityDifference[];
}

const text = (v: { value?: unknown } | undefined) => (typeof v?.value === 'string' ? v.value : undefined);

/** The values of a context as compared: its fields, plus the URL's record id as `record`. */
export function sideOf(
  context: (LooseContext & { adapterId?: unknown; noCustomer?: unknown }) | null,
  frame: string | null,
): ParitySide {
  const values: Record<string, string> = {};
  for (const [key, v] of Object.entries(context?.fields ?? {})) {
    const value = text(v);
    if (value !== undefined) values[key] = value;
  }
  if (typeof context?.record?.id === 'string') values.record = context.record.id;
  const side: ParitySide = { values, frame: Object.keys(values).length ? frame : null };
  if (typeof context?.adapterId === 'string') side.adapterId = context.adapterId;
  if (typeof context?.noCustomer === 'string') side.noCustomer = context.noCustomer;
  return side;
}

/** Every difference between what the scorer scored and what the product chose on one page. */
export function compareSides(page: string, scorer: ParitySide, product: ParitySide): PageParity {
  const differences: ParityDifference[] = [];
  if (product.adapterId) differences.push({ kind: 'adapter', product: product.adapterId });
  // The frame counts only when both read a customer: "none" on one side is already every field missing.
  if (scorer.frame !== null && product.frame !== null && scorer.frame !== product.frame)
    differences.push({ kind: 'frame', scorer: scorer.frame, product: product.frame });
  const keys = [...new Set([...Object.keys(scorer.values), ...Object.keys(product.values)])].sort();
  for (const field of keys) {
    const s = scorer.values[field];
    const p = product.values[field];
    if (s === p) continue;
    if (p === undefined) differences.push({ kind: 'missing-in-product', field, scorer: s });
    else if (s === undefined) differences.push({ kind: 'extra-in-product', field, product: p });
    else differences.push({ kind: 'value', field, scorer: s, product: p });
  }
  return { page, same: differences.length === 0, scorer, product, differences };
}

const short = (v: string | null | undefined) => {
  const t = String(v ?? '∅').replace(/\s+/g, ' ');
  return t.length > 40 ? `${t.slice(0, 39)}…` : t;
};

/** One line per difference, for people. */
export function describeDifference(d: ParityDifference): string {
  switch (d.kind) {
    case 'adapter':
      return `adapter ${d.product} applied by the product`;
    case 'frame':
      return `frame: scorer ${short(d.scorer)}, product ${short(d.product)}`;
    case 'missing-in-product':
      return `${d.field}: only the scorer (${short(d.scorer)})`;
    case 'extra-in-product':
      return `${d.field}: only the product (${short(d.product)})`;
    case 'value':
      return `${d.field}: scorer ${short(d.scorer)}, product ${short(d.product)}`;
  }
}

/** A markdown table of the pages that differ, and the count of those that agree. */
export function formatParity(rows: PageParity[]): string {
  const differing = rows.filter((r) => !r.same);
  const lines = [
    `${rows.length - differing.length} / ${rows.length} pages: the product chose what the scorer scored.`,
    '',
  ];
  if (differing.length) {
    lines.push('| page | scorer | product | differences |', '|---|---|---|---|');
    const count = (s: ParitySide) =>
      Object.keys(s.values).length
        ? `${Object.keys(s.values).length} fields`
        : `none${s.noCustomer ? ` (${s.noCustomer})` : ''}`;
    for (const r of differing)
      lines.push(
        `| ${r.page} | ${count(r.scorer)} | ${count(r.product)} | ${r.differences.map(describeDifference).join('; ')} |`,
      );
  }
  return `${lines.join('\n')}\n`;
}
