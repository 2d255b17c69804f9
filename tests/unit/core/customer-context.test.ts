import { customerContextSchema } from '@/utils/core/schemas/customer-context';

describe('customerContextSchema', () => {
  it('rejects a context whose field value has no source', () => {
    const result = customerContextSchema.safeParse({
      url: 'http://x/',
      origin: 'http://x',
      adapterId: null,
      fields: { name: { value: 'A', raw: 'A' } },
      extra: {},
      missing: [],
      flags: [],
      extractedAt: '2026-01-01T00:00:00Z',
    });
    expect(result.success).toBe(false);
  });
});
