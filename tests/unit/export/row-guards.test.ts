import fc from 'fast-check';
import { guardedCustomerKeys, guardedRecordKeys, isCleanCustomer, isCleanRecord } from '@/utils/core/export/row-guards';
import { callbackRecordSchema } from '@/utils/core/schemas/callback-record';
import { customerSchema } from '@/utils/core/schemas/customer';
import { deriveCustomers } from '@/utils/core/export/migrate';
import { callbackKinds } from '@/utils/core/callback-kinds';
import { standardFieldKeys } from '@/utils/core/fields';
import { makeRecord } from '../db/helpers';

// The export trusts these guards instead of zod for the rows they accept, so each must say yes exactly when the
// schema accepts the row and gives it back unchanged.
const zodAcceptsUnchanged = (schema: typeof callbackRecordSchema | typeof customerSchema, row: unknown) => {
  const parsed = schema.safeParse(row);
  if (!parsed.success) return false;
  try {
    expect(parsed.data).toStrictEqual(row);
    return true;
  } catch {
    return false;
  }
};

const lengths = [0, 1, 40, 41, 100, 101, 200, 201, 500, 501, 2000, 2001, 4000, 4001, 20_000, 20_001];
const tricky = fc.oneof(
  fc.constantFrom(...lengths).map((n) => 'x'.repeat(n)),
  fc.constantFrom(
    '2026-11-27T08:00:00.000Z',
    '2024-02-29T10:00:00+08:00',
    '2026-02-29T10:00:00Z',
    '2026-11-27T08:00:00',
    '2026-11-27T08:00Z',
    '2026-11-27T24:00:00Z',
    '2026-11-27 08:00:00Z',
    '2026-11-27T08:00:00.123456789-05:30',
    '2026-11-27T08:00:00+24:00',
    '2026-11-27',
    'reached',
    'busy',
    'phone',
    'satisfied',
    'name',
    ...callbackKinds.slice(0, 3),
  ),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(-1, 0, -0, 1, 1.5, 3600, 3601, NaN, Infinity, -Infinity, 2 ** 53, Number.MAX_SAFE_INTEGER),
  fc.double(),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
  fc.constantFrom(
    [],
    ['x'.repeat(501)],
    Array.from({ length: 101 }, () => 'a'),
    {},
    { name: 'x' },
    { nope: 'x' },
    { q: 1 },
    { q: [1] },
    new Date(0),
    Object.create(null) as object,
  ),
);

const recordPaths = [
  ...Object.keys(makeRecord(0)),
  'revisionReason',
  'openItemsReason',
  'shortRingConfirmed',
  'answers.q1',
  'answers.' + 'k'.repeat(201),
  'ticks.riskDisclosed',
  'ticks.other',
  'context.name',
  'context.phone',
  'context.notAField',
  'path.0',
  'flags.0',
  'unknownKey',
];
const customerPaths = [
  ...Object.keys(deriveCustomers([makeRecord(0)])[0] ?? {}),
  'stats.attempts',
  'stats.lastAttemptAt',
  'stats.lastOutcome',
  'stats.lastReachedAt',
  'stats.extra',
  'events.signDate',
  'events.' + 'e'.repeat(101),
  'context.' + standardFieldKeys[0],
  'context.notAField',
  'unknownKey',
];

/** A deep copy of `row` with the value at `path` replaced (or deleted when `remove`). */
function mutate(row: object, path: string, value: unknown, remove: boolean): unknown {
  const copy = structuredClone(row) as Record<string, unknown>;
  const parts = path.split('.');
  let at: Record<string, unknown> = copy;
  for (const part of parts.slice(0, -1)) {
    const next = at[part];
    if (typeof next !== 'object' || next === null) return copy;
    at = next as Record<string, unknown>;
  }
  const last = parts.at(-1) ?? '';
  if (remove) delete at[last];
  else at[last] = value;
  return copy;
}

describe('row guards agree with the schemas', () => {
  it('check every field the schemas have', () => {
    expect([...guardedRecordKeys].sort()).toEqual(Object.keys(callbackRecordSchema.shape).sort());
    expect([...guardedCustomerKeys].sort()).toEqual(Object.keys(customerSchema.shape).sort());
  });

  it('accept the valid rows the app writes', () => {
    for (let i = 0; i < 50; i++) {
      const record = makeRecord(
        i,
        i % 7 === 0
          ? {
              revision: 1,
              supersedes: 'rec-x',
              revisionReason: '更正',
              openItemsReason: '客户挂断',
              shortRingConfirmed: true,
            }
          : {},
      );
      expect(isCleanRecord(record)).toBe(true);
      expect(zodAcceptsUnchanged(callbackRecordSchema, record)).toBe(true);
    }
    for (const customer of deriveCustomers(Array.from({ length: 30 }, (_, i) => makeRecord(i)))) {
      expect(isCleanCustomer(customer)).toBe(true);
    }
  });

  it('say yes to a changed record exactly when zod accepts it unchanged', () => {
    fc.assert(
      fc.property(
        fc.nat(20),
        fc.array(fc.tuple(fc.constantFrom(...recordPaths), tricky, fc.boolean()), { minLength: 1, maxLength: 3 }),
        (i, changes) => {
          let row: unknown = makeRecord(i);
          for (const [path, value, remove] of changes) row = mutate(row as object, path, value, remove && i % 3 === 0);
          expect(isCleanRecord(row)).toBe(zodAcceptsUnchanged(callbackRecordSchema, row));
        },
      ),
      { numRuns: 3000, seed: 20261128 },
    );
  });

  it('say yes to a changed customer exactly when zod accepts it unchanged', () => {
    const customers = deriveCustomers(Array.from({ length: 20 }, (_, i) => makeRecord(i)));
    fc.assert(
      fc.property(
        fc.nat(customers.length - 1),
        fc.array(fc.tuple(fc.constantFrom(...customerPaths), tricky, fc.boolean()), { minLength: 1, maxLength: 3 }),
        (i, changes) => {
          let row: unknown = customers[i];
          for (const [path, value, remove] of changes) row = mutate(row as object, path, value, remove && i % 3 === 0);
          expect(isCleanCustomer(row)).toBe(zodAcceptsUnchanged(customerSchema, row));
        },
      ),
      { numRuns: 3000, seed: 20261128 },
    );
  });

  it('refuse what is not a plain object', () => {
    for (const v of [null, undefined, 'x', 1, [], [makeRecord(0)], new Date(0)]) {
      expect(isCleanRecord(v)).toBe(false);
      expect(isCleanCustomer(v)).toBe(false);
    }
  });
});
