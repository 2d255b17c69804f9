import { type CustomerContext, customerContextSchema } from '@/utils/core/schemas/customer-context';

/** A context with the given values, as an adapter would have read them. */
export function makeContext(values: Record<string, string>, extra: Record<string, string> = {}): CustomerContext {
  const wrap = (v: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(v).map(([k, value]) => [k, { value, raw: value, source: { via: 'adapter' as const } }]),
    );
  return customerContextSchema.parse({
    url: 'https://crm.example/c/1',
    origin: 'https://crm.example',
    adapterId: 'test',
    fields: wrap(values),
    extra: wrap(extra),
    missing: [],
    flags: [],
    extractedAt: '2025-03-03T02:00:00Z',
  });
}
