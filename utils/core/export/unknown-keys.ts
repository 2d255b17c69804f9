import type { z } from 'zod';

/** Any zod schema, full zod or zod/mini (utils/core/zod.ts): both are `$ZodType`s and share their definitions. */
type AnySchema = z.core.$ZodType;

/**
 * Keys a file holds that its format does not define. The policy is the same for exports and scripts
 * (docs/export-format.md and docs/script-format.md, "Unknown keys"): refused with their path, never dropped —
 * zod's plain objects would strip them silently, so the file boundary looks for them first.
 */
export function findUnknownKeys(value: unknown, schema: AnySchema, path = ''): string[] {
  const out: string[] = [];
  walk(value, schema, path, out);
  return out;
}

// Read through the schemas' definitions (`_zod.def`), which full zod and zod/mini share, not their classes.
function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  for (let def = s._zod.def; def.type === 'optional' || def.type === 'nullable' || def.type === 'default';) {
    s = (def as z.core.$ZodOptionalDef).innerType;
    def = s._zod.def;
  }
  return s;
}

function walk(value: unknown, schema: AnySchema, path: string, out: string[]): void {
  if (out.length >= 20 || value === null || typeof value !== 'object') return;
  const def = unwrap(schema)._zod.def;
  if (def.type === 'array') {
    if (!Array.isArray(value)) return;
    const element = (def as z.core.$ZodArrayDef).element;
    value.forEach((item, i) => walk(item, element, `${path}[${i}]`, out));
    return;
  }
  if (def.type !== 'object' || Array.isArray(value)) return;
  const shape = (def as z.core.$ZodObjectDef).shape;
  for (const key of Object.keys(value)) {
    const at = path ? `${path}.${key}` : key;
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (field === undefined) out.push(at);
    else walk((value as Record<string, unknown>)[key], field, at, out);
  }
}
