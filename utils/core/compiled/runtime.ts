// The parsers the panel's first frame runs without zod (docs/architecture.md, "What the panel loads first"): the call's
// snapshot and the settings are checked by parsers compiled from their zod schemas (utils/core/compiled/compile.ts,
// output in first-frame.ts), built from these few combinators. Each one does what zod's own parse of the same schema
// node does (zod/v4/core/schemas.js): it accepts exactly what zod accepts and returns the same value — unknown keys
// dropped, defaults and fallbacks filled in. tests/unit/core/compiled/first-frame.test.ts checks that on many inputs.
// A parser returns the parsed value or FAIL; the first frame needs no message (a bad snapshot is dropped, a bad setting
// reads as its default), so none is built.

export const FAIL: unique symbol = Symbol('invalid');
export type Parser<T = unknown> = (input: unknown) => T | typeof FAIL;

/** zod counts a string's length in code points (a surrogate pair is one). */
const codePoints = (s: string) => [...s].length;

export const unknown: Parser = (v) => v;
export const never: Parser<never> = () => FAIL;
export const bool: Parser<boolean> = (v) => (typeof v === 'boolean' ? v : FAIL);

/** z.literal / z.enum / z.null: one of these values (SameValueZero, as zod's Set). */
export function oneOf<T>(...values: T[]): Parser<T> {
  const set = new Set<unknown>(values);
  return (v) => (set.has(v) ? (v as T) : FAIL);
}

/** z.string with length checks (code points) and formats or regex checks. */
export function str(min = 0, max = Infinity, ...patterns: RegExp[]): Parser<string> {
  return (v) => {
    if (typeof v !== 'string') return FAIL;
    if (v.length > max && codePoints(v) > max) return FAIL;
    if (v.length < min || (v.length < min * 2 && codePoints(v) < min)) return FAIL;
    for (const p of patterns) {
      p.lastIndex = 0;
      if (!p.test(v)) return FAIL;
    }
    return v;
  };
}

/** z.number / z.int (a safe integer): finite, within the bounds; `open` bit 1 = low bound excluded, bit 2 = high. */
export function num(int: 0 | 1, lo = -Infinity, hi = Infinity, open = 0): Parser<number> {
  return (v) =>
    typeof v === 'number' &&
    Number.isFinite(v) &&
    (!int || Number.isSafeInteger(v)) &&
    (open & 1 ? v > lo : v >= lo) &&
    (open & 2 ? v < hi : v <= hi)
      ? v
      : FAIL;
}

export function arr<T>(element: Parser<T>, min = 0, max = Infinity): Parser<T[]> {
  return (v) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return FAIL;
    const out: T[] = Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const r = element(v[i]);
      if (r === FAIL) return FAIL;
      out[i] = r;
    }
    return out;
  };
}

/**
 * An object field that may be absent: `[parser, flags]`, with zod's own flags for it (`_zod.optin`: 1 "optional",
 * 2 "defaulted"; `_zod.optout` "optional": +4). A plain parser is a field that must be present.
 */
export type Field = Parser | [Parser, number];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** z.object (unknown keys dropped), or z.strictObject (`strict`: an unknown key fails). */
export function obj<T>(shape: Record<string, Field>, strict = false): Parser<T> {
  const keys = Object.keys(shape).filter((k) => k !== '__proto__');
  const known = new Set(Object.keys(shape));
  return (v) => {
    if (!isObject(v)) return FAIL;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const field = shape[key] as Field;
      const [parse, flags] = typeof field === 'function' ? [field, 0] : field;
      const optin = flags & 3;
      const optout = flags & 4;
      const present = key in v;
      // zod's handlePropertyResult (zod/v4/core/schemas.js), case by case.
      if (!present && optout && optin === 1) continue;
      const r = parse(v[key]);
      if (r === FAIL) {
        if (optin && optout && !present) continue;
        return FAIL;
      }
      if (!present && !optin) return FAIL;
      if (r !== undefined) out[key] = r;
      else if (present || (optin === 2 && !optout)) out[key] = undefined;
    }
    if (strict) for (const key in v) if (!known.has(key)) return FAIL;
    return out as T;
  };
}

/** z.record keyed by strings (or some of a z.enum's) checked by `key`: all of an object's own enumerable keys. */
export function rec(key: Parser, value: Parser): Parser<Record<string, unknown>> {
  return (v) => {
    if (!isPlainObject(v)) return FAIL;
    const out: Record<string, unknown> = {};
    for (const k of Reflect.ownKeys(v)) {
      if (k === '__proto__' || !Object.prototype.propertyIsEnumerable.call(v, k)) continue;
      // A symbol key fails a string (or enum) key schema; a string one is kept as it is.
      if (typeof k !== 'string' || key(k) === FAIL) return FAIL;
      const r = value((v as Record<string, unknown>)[k]);
      if (r === FAIL) return FAIL;
      out[k] = r;
    }
    return out;
  };
}

/** z.record keyed by a z.enum: every one of the keys (a missing one is parsed as undefined), no other. */
export function recAll(keys: string[], value: Parser): Parser<Record<string, unknown>> {
  const known = new Set(keys);
  return (v) => {
    if (!isPlainObject(v)) return FAIL;
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      if (k === '__proto__') continue;
      const r = value((v as Record<string, unknown>)[k]);
      if (r === FAIL) return FAIL;
      out[k] = r;
    }
    for (const k in v) if (!known.has(k)) return FAIL;
    return out;
  };
}

function isPlainObject(o: unknown): o is object {
  if (!isObject(o)) return false;
  const ctor = o.constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}

/** z.union: the first option that accepts the value. */
export function or<T>(...options: Parser<T>[]): Parser<T> {
  return (v) => {
    for (const option of options) {
      const r = option(v);
      if (r !== FAIL) return r;
    }
    return FAIL;
  };
}

/** z.discriminatedUnion: the option named by the value's `key`. */
export function tagged<T>(key: string, options: Record<string, Parser<T>>): Parser<T> {
  return (v) => {
    if (!isObject(v)) return FAIL;
    const tag = v[key];
    return typeof tag === 'string' && Object.hasOwn(options, tag) ? (options[tag] as Parser<T>)(v) : FAIL;
  };
}

export function nullable<T>(inner: Parser<T>): Parser<T | null> {
  return (v) => (v === null ? null : inner(v));
}

/** z.optional; `defaulted`: the inner schema has a default, which an undefined value gets (undefined if it fails). */
export function optional<T>(inner: Parser<T>, defaulted = false): Parser<T | undefined> {
  return (v) => {
    if (v !== undefined) return inner(v);
    if (!defaulted) return undefined;
    const r = inner(v);
    return r === FAIL ? undefined : r;
  };
}

/** z._default: `value` makes a fresh default each time. */
export function withDefault<T>(inner: Parser<T>, value: () => T): Parser<T> {
  return (v) => {
    if (v === undefined) return value();
    const r = inner(v);
    return r === undefined ? value() : r;
  };
}

/** z.catch: the fallback in place of anything the inner schema refuses. */
export function withCatch<T>(inner: Parser<T>, value: () => T): Parser<T> {
  return (v) => {
    const r = inner(v);
    return r === FAIL ? value() : r;
  };
}

/** A z.refine check, with the same function the zod schema uses. */
export function refine<T>(inner: Parser<T>, check: (value: T) => unknown): Parser<T> {
  return (v) => {
    const r = inner(v);
    return r === FAIL || !check(r) ? FAIL : r;
  };
}

/** z.lazy (a recursive schema). */
export function lazy<T>(get: () => Parser<T>): Parser<T> {
  let inner: Parser<T> | undefined;
  return (v) => (inner ??= get())(v);
}
