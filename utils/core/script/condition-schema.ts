import { z } from '../zod';
import { callbackKindSchema } from '../callback-kinds';

/** A context field name: a standard field, a built-in (today…) or a custom field the script declares. */
export const fieldRefSchema = z
  .string()
  .check(z.regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'a field name: letters, digits and _'));

export const dateUnitSchema = z.enum(['working-days', 'days', 'months']);
export type DateUnit = z.infer<typeof dateUnitSchema>;

/** Numeric comparisons: the field's value read as a number (commas, ¥, 元 and 万 understood; condition-eval.ts). */
export const numberOps = ['gt', 'gte', 'lt', 'lte'] as const;
export type NumberOp = (typeof numberOps)[number];

const amountSchema = z.int().check(z.gte(0), z.lte(3650));

/**
 * Applicability as data: a tree of operators over context fields and the callback kinds due. Never code.
 * Dates are ISO `YYYY-MM-DD` (a datetime's date part is used); `today` is injected by the caller.
 */
export type Condition =
  | { op: 'all'; of: Condition[] }
  | { op: 'any'; of: Condition[] }
  | { op: 'not'; of: Condition }
  | { op: 'kind'; in: z.infer<typeof callbackKindSchema>[] }
  | { op: 'equals'; field: string; value: string }
  | { op: 'in'; field: string; values: string[] }
  | { op: 'exists'; field: string }
  | { op: 'contains'; field: string; value: string }
  | { op: 'starts-with'; field: string; value: string }
  | { op: NumberOp; field: string; value: number }
  | { op: 'between'; field: string; min: number; max: number }
  | { op: 'date-within'; field: string; amount: number; unit: DateUnit }
  | { op: 'date-older-than'; field: string; amount: number; unit: DateUnit }
  | { op: 'date-before'; field: string; date: string }
  | { op: 'date-after'; field: string; date: string };

const finite = z.number();
const isoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date YYYY-MM-DD'));

export const conditionSchema: z.ZodMiniType<Condition> = z
  .lazy(() =>
    z.discriminatedUnion('op', [
      z.strictObject({
        op: z.literal('all'),
        of: z.array(conditionSchema).check(z.minLength(1), z.maxLength(50)),
      }),
      z.strictObject({
        op: z.literal('any'),
        of: z.array(conditionSchema).check(z.minLength(1), z.maxLength(50)),
      }),
      z.strictObject({ op: z.literal('not'), of: conditionSchema }),
      z.strictObject({
        op: z.literal('kind'),
        in: z.array(callbackKindSchema).check(z.minLength(1), z.maxLength(50)),
      }),
      z.strictObject({ op: z.literal('equals'), field: fieldRefSchema, value: z.string().check(z.maxLength(500)) }),
      z.strictObject({
        op: z.literal('in'),
        field: fieldRefSchema,
        values: z.array(z.string().check(z.maxLength(500))).check(z.minLength(1), z.maxLength(200)),
      }),
      z.strictObject({ op: z.literal('exists'), field: fieldRefSchema }),
      z.strictObject({
        op: z.literal('contains'),
        field: fieldRefSchema,
        value: z.string().check(z.minLength(1), z.maxLength(500)),
      }),
      z.strictObject({
        op: z.literal('starts-with'),
        field: fieldRefSchema,
        value: z.string().check(z.minLength(1), z.maxLength(500)),
      }),
      z.strictObject({ op: z.literal('gt'), field: fieldRefSchema, value: finite }),
      z.strictObject({ op: z.literal('gte'), field: fieldRefSchema, value: finite }),
      z.strictObject({ op: z.literal('lt'), field: fieldRefSchema, value: finite }),
      z.strictObject({ op: z.literal('lte'), field: fieldRefSchema, value: finite }),
      z.strictObject({
        op: z.literal('between'),
        field: fieldRefSchema,
        min: finite,
        max: finite,
      }),
      z.strictObject({
        op: z.literal('date-within'),
        field: fieldRefSchema,
        amount: amountSchema,
        unit: dateUnitSchema,
      }),
      z.strictObject({
        op: z.literal('date-older-than'),
        field: fieldRefSchema,
        amount: amountSchema,
        unit: dateUnitSchema,
      }),
      z.strictObject({ op: z.literal('date-before'), field: fieldRefSchema, date: isoDateSchema }),
      z.strictObject({ op: z.literal('date-after'), field: fieldRefSchema, date: isoDateSchema }),
    ]),
  )
  .check(
    z.meta({ id: 'Condition', description: 'An applicability condition: all/any/not over field and kind tests.' }),
  );
