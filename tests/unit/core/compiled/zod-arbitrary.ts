// fast-check values shaped by a zod schema. Each node is what the schema accepts, or, with probability `edge`, a value
// at or past one of its limits (a length at the bound and one past, in code points and UTF-16 units; a number just
// outside; a key left out, set to undefined or added), or, with probability `garbage`, anything. Small probabilities
// give values broken in one or two places, where a parser that is too lenient or too strict shows.
import fc from 'fast-check';
import type { z } from '@/utils/core/zod';

type Node = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string; checks?: { _zod: { def: Record<string, unknown> } }[] };
const defOf = (n: Node) => n._zod.def as unknown as Def;
export type Options = { garbage: number; edge: number };

const weightOf = (p: number) => Math.max(1, Math.round(1 / p));

export function arbitraryOf(schema: Node, o: Options, depth = 0): fc.Arbitrary<unknown> {
  const { fit, edge } = shaped(schema, o, depth);
  const options: fc.WeightedArbitrary<unknown>[] = [{ arbitrary: fit, weight: 1000 }];
  if (edge && o.edge) options.push({ arbitrary: edge, weight: Math.max(1, Math.round(1000 / weightOf(o.edge))) });
  if (o.garbage)
    options.push({
      arbitrary: fc.anything({ maxDepth: 1 }),
      weight: Math.max(1, Math.round(1000 / weightOf(o.garbage))),
    });
  return options.length === 1 ? fit : fc.oneof(...options);
}

function bounds(def: Def) {
  let min = 0;
  let max = Infinity;
  const patterns: RegExp[] = [];
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'max_length') max = Math.min(max, d.maximum as number);
    if (d.check === 'min_length') min = Math.max(min, d.minimum as number);
    if (d.check === 'string_format' && d.pattern instanceof RegExp) patterns.push(d.pattern);
  }
  return { min, max, patterns };
}

type Shaped = { fit: fc.Arbitrary<unknown>; edge?: fc.Arbitrary<unknown> };

function shaped(schema: Node, o: Options, depth: number): Shaped {
  const def = defOf(schema);
  const next = (n: Node) => arbitraryOf(n, o, depth + 1);
  switch (def.type) {
    case 'string': {
      const { min, max, patterns } = bounds(def);
      if (def.pattern instanceof RegExp) patterns.unshift(def.pattern);
      const refined = def.checks?.some((c) => c._zod.def.check === 'custom');
      const free = fc.string({ minLength: min, maxLength: Math.min(max, min + 6) });
      const cap = (n: number) => Math.min(n, 5001);
      const edge = fc.oneof(
        free,
        fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, min + 3) }),
        fc.constantFrom(
          'x'.repeat(cap(max)),
          '😀'.repeat(cap(max)),
          'x'.repeat(cap(max + 1)),
          '😀'.repeat(cap(max + 1)),
          'x'.repeat(Math.max(min - 1, 0)),
          '😀'.repeat(min),
          '😀'.repeat(Math.max(min - 1, 0)),
          '\ud800'.repeat(Math.min(max, 50)),
        ),
        ...patterns.map((p) => fc.stringMatching(p).map((s) => `${s} `)),
        ...(refined ? [fc.constantFrom('2025-02-30', '2024-02-29', '2025-13-01')] : []),
      );
      const fits: fc.Arbitrary<unknown>[] = patterns.map((p) =>
        fc.stringMatching(p).filter((s) => s.length >= min && s.length <= max),
      );
      // A refined string in this project is a civil date (utils/core/calendar/calendar-data.ts).
      if (refined)
        fits.push(
          fc
            .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
        );
      return { fit: fits.length ? fc.oneof(...fits) : free, edge };
    }
    case 'number': {
      let lo = -1e6;
      let hi = 1e6;
      let int = schema._zod.traits.has('$ZodCheck');
      for (const c of def.checks ?? []) {
        const d = c._zod.def;
        if (d.check === 'greater_than') lo = (d.value as number) + (d.inclusive ? 0 : int ? 1 : 1e-9);
        if (d.check === 'less_than') hi = (d.value as number) - (d.inclusive ? 0 : int ? 1 : 1e-9);
        if (d.check === 'number_format') int = true;
      }
      const whole = fc.integer({ min: Math.max(Math.ceil(lo), -1e9), max: Math.min(Math.floor(hi), 1e9) });
      return {
        fit: int ? whole : fc.oneof(whole, fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true })),
        edge: fc.constantFrom(lo, hi, lo - 1, hi + 1, lo + 0.5, 0, -0, NaN, Infinity, -Infinity, 2 ** 53, 1e300, '1'),
      };
    }
    case 'boolean':
      return { fit: fc.boolean(), edge: fc.constantFrom(0, 1, 'true') };
    case 'null':
      return { fit: fc.constant(null), edge: fc.constantFrom(undefined, 'null', 0) };
    case 'literal':
    case 'enum': {
      const values = [...(schema._zod.values ?? [])];
      return {
        fit: fc.constantFrom(...values),
        edge: fc.constantFrom(...values.map((v) => `${String(v)} `), undefined),
      };
    }
    case 'unknown':
    case 'any':
      return { fit: fc.anything({ maxDepth: 2 }) };
    case 'never':
      return { fit: fc.anything({ maxDepth: 0 }) };
    case 'array': {
      const { min, max } = bounds(def);
      const el = next(def.element as Node);
      return {
        fit: fc.array(el, { minLength: min, maxLength: depth > 8 ? min : Math.min(max, min + 2) }),
        edge: fc.oneof(
          fc.array(el, { minLength: Math.max(min - 1, 0), maxLength: Math.max(min - 1, 0) }),
          ...(max < 100 ? [fc.array(el, { minLength: max + 1, maxLength: max + 1 })] : []),
          fc.constantFrom({ length: 1, 0: 'x' }, 'abc'),
        ),
      };
    }
    case 'object': {
      const shape = def.shape as Record<string, Node>;
      const keys = Object.keys(shape);
      const fields = Object.fromEntries(keys.map((k) => [k, next(shape[k] as Node)]));
      const full = fc.record(fields);
      return {
        fit: full,
        edge: fc.oneof(
          fc.record(fields, { requiredKeys: [] }),
          fc
            .tuple(full, fc.constantFrom(...keys, 'extra', '__proto__', 'toString'), fc.option(fc.string()))
            .map(([v, k, x]) => ({ ...v, [k]: x ?? undefined })),
          fc.tuple(full, fc.constantFrom(...keys)).map(([v, k]) => {
            const copy: Record<string, unknown> = { ...v };
            delete copy[k];
            return copy;
          }),
          full.map((v) => Object.assign(Object.create({ inherited: 1 }) as object, v)),
          full.map((v) => Object.values(v)),
        ),
      };
    }
    case 'record': {
      const key = def.keyType as Node;
      const values = key._zod.values as Set<string> | undefined;
      const value = next(def.valueType as Node);
      const keyArb = values ? fc.constantFrom(...values) : next(key).filter((k): k is string => typeof k === 'string');
      const some = fc.dictionary(keyArb, value, { maxKeys: depth > 8 ? 0 : 2 });
      const all = values ? fc.record(Object.fromEntries([...values].map((v) => [v, value]))) : null;
      return {
        fit: all && !def.partial ? all : some,
        edge: fc.oneof(
          fc.dictionary(fc.string(), value, { maxKeys: 2 }),
          some,
          ...(all ? [all, fc.tuple(all, fc.string()).map(([v, k]) => ({ ...v, [k]: 1 }))] : []),
          fc.constant(new Map()),
          some.map((v) => Object.assign(Object.create({ inherited: 1 }) as object, v)),
        ),
      };
    }
    case 'union':
      return { fit: fc.oneof(...(def.options as Node[]).map(next)) };
    case 'optional':
      return { fit: fc.option(next(def.innerType as Node), { nil: undefined }) };
    case 'nullable':
      return { fit: fc.option(next(def.innerType as Node), { nil: null }) };
    case 'default':
      return { fit: fc.option(next(def.innerType as Node), { nil: undefined }) };
    case 'catch':
      return { fit: next(def.innerType as Node), edge: fc.anything({ maxDepth: 1 }) };
    case 'lazy':
      return {
        fit: depth > 6 ? fc.constant({ op: 'exists', field: 'x' }) : next((def.getter as () => Node)()),
      };
    default:
      throw new Error(`no arbitrary for ${def.type}`);
  }
}
