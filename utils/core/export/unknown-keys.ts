import { z } from 'zod';

/**
 * Keys a file holds that its format does not define. The policy is the same for exports and scripts
 * (docs/export-format.md and docs/script-format.md, "Unknown keys"): refused with their path, never dropped —
 * zod's plain objects would strip them silently, so the file boundary looks for them first.
 */
export function findUnknownKeys(value: unknown, schema: z.ZodType, path = ''): string[] {
  const out: string[] = [];
  walk(value, schema, path, out);
  return out;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) {
    s = s.unwrap() as z.ZodType;
  }
  return s;
}

function walk(value: unknown, schema: z.ZodType, path: string, out: string[]): void {
  if (out.length >= 20 || value === null || typeof value !== 'object') return;
  const s = unwrap(schema);
  if (s instanceof z.ZodArray) {
    if (!Array.isArray(value)) return;
    value.forEach((item, i) => walk(item, s.element as z.ZodType, `${path}[${i}]`, out));
    return;
  }
  if (!(s instanceof z.ZodObject) || Array.isArray(value)) return;
  const shape = s.shape as Record<string, z.ZodType>;
  for (const key of Object.keys(value)) {
    const at = path ? `${path}.${key}` : key;
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (field === undefined) out.push(at);
    else walk((value as Record<string, unknown>)[key], field, at, out);
  }
}
