// Compiles zod schemas into parsers built from utils/core/compiled/runtime.ts, as the source text of a module, so
// that the panel's first frame parses what it receives without loading zod (docs/architecture.md, "What the panel
// loads first"). Run by cli/gen-parsers.ts; tests/unit/core/compiled/first-frame.test.ts checks that the output is
// current and parses as zod does. Only the schema features our first frame uses are compiled; anything else (a
// transform, a pipe, a coercion, an unregistered refine…) stops the compiler with its path named, rather than being
// compiled into something that accepts more or less than zod.
import type { z } from '../zod';

type Node = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string; checks?: Check[] };
type Check = { _zod: { def: Record<string, unknown> & { check: string } } };

/** A function a schema's `z.refine` calls, which the compiled parser imports from a module without zod. */
export type RefineFn = { fn: (value: never) => unknown; name: string; from: string };
/** A schema to compile: the export's name, and its type (named by the `import type` lines given with the roots). */
export type Root = { name: string; schema: Node; type: string };

const defOf = (node: Node) => node._zod.def as unknown as Def;
const stringFormats = new Set(['datetime', 'date', 'time', 'regex']);

/** A value as a JS literal, refused unless JSON keeps it as it is. */
function literal(value: unknown, at: string): string {
  const text = JSON.stringify(value);
  if (text === undefined || JSON.stringify(JSON.parse(text)) !== text || !sameJson(JSON.parse(text), value))
    throw new Error(`${at}: a value JSON cannot hold`);
  return text;
}
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

export function compileParsers(roots: Root[], refines: RefineFn[], header: string, typeImports: string[]): string {
  /** Interned expressions: a child is written `@id@`, so equal subtrees get one id and are built once. */
  const exprs: string[] = [];
  const ids = new Map<string, number>();
  const memo = new Map<Node, number>();
  const lazyNames = new Map<Node, string>();
  const usedRefines = new Set<RefineFn>();
  const usedHelpers = new Set<string>(['Parser']);

  const intern = (expr: string) => {
    let id = ids.get(expr);
    if (id === undefined) {
      id = exprs.length;
      exprs.push(expr);
      ids.set(expr, id);
    }
    return id;
  };
  const call = (helper: string, args: string[]) => {
    usedHelpers.add(helper);
    while (args.length && args.at(-1) === undefined) args.pop();
    return `${helper}(${args.join(', ')})`;
  };

  function idOf(node: Node, at: string): number {
    const known = memo.get(node);
    if (known !== undefined) return known;
    const id = intern(withChecks(node, at));
    memo.set(node, id);
    return id;
  }
  const ref = (node: Node, at: string) => `@${idOf(node, at)}@`;

  /** The node's own parse, then its refine checks (zod runs checks on the parsed value). */
  function withChecks(node: Node, at: string): string {
    const def = defOf(node);
    let expr = base(node, def, at);
    for (const check of def.checks ?? []) {
      const c = check._zod.def;
      if (c.check !== 'custom') continue;
      const known = refines.find((r) => r.fn === c.fn);
      if (!known) throw new Error(`${at}: a refine the compiler does not know (register it in cli/gen-parsers.ts)`);
      usedRefines.add(known);
      expr = call('refine', [expr, known.name]);
    }
    return expr;
  }

  function lengths(def: Def, at: string, allowed: string[]): { min?: number; max?: number; patterns: RegExp[] } {
    let min: number | undefined;
    let max: number | undefined;
    const patterns: RegExp[] = [];
    for (const check of def.checks ?? []) {
      const c = check._zod.def;
      if (c.check === 'custom') continue;
      if (!allowed.includes(c.check)) throw new Error(`${at}: check ${c.check} not compiled`);
      if (c.check === 'max_length') max = Math.min(max ?? Infinity, c.maximum as number);
      else if (c.check === 'min_length') min = Math.max(min ?? 0, c.minimum as number);
      else if (c.check === 'string_format') {
        if (!stringFormats.has(c.format as string) || !(c.pattern instanceof RegExp))
          throw new Error(`${at}: string format ${String(c.format)} not compiled`);
        patterns.push(c.pattern);
      }
    }
    return { min, max, patterns };
  }

  function base(node: Node, def: Def, at: string): string {
    if (def.coerce) throw new Error(`${at}: coercion not compiled`);
    const isCheck = node._zod.traits.has('$ZodCheck');
    switch (def.type) {
      case 'string': {
        const { min, max, patterns } = lengths(def, at, ['max_length', 'min_length', 'string_format']);
        if (isCheck) {
          if (!stringFormats.has(def.format as string) || !(def.pattern instanceof RegExp))
            throw new Error(`${at}: string format ${String(def.format)} not compiled`);
          patterns.unshift(def.pattern);
        }
        const res = patterns.map((p) => `/${p.source}/${p.flags}`);
        const args = [min || res.length || max !== undefined ? String(min ?? 0) : undefined];
        args.push(max !== undefined ? String(max) : res.length ? 'Infinity' : undefined, ...res);
        return call('str', args as string[]);
      }
      case 'number': {
        let int = 0;
        if (isCheck) {
          if (def.format !== 'safeint') throw new Error(`${at}: number format ${String(def.format)} not compiled`);
          int = 1;
        }
        let lo = -Infinity;
        let hi = Infinity;
        let open = 0;
        for (const check of def.checks ?? []) {
          const c = check._zod.def;
          if (c.check === 'custom') continue;
          const value = c.value as number;
          if (c.check === 'greater_than') {
            if (value > lo || (value === lo && !c.inclusive)) [lo, open] = [value, (open & 2) | (c.inclusive ? 0 : 1)];
          } else if (c.check === 'less_than') {
            if (value < hi || (value === hi && !c.inclusive)) [hi, open] = [value, (open & 1) | (c.inclusive ? 0 : 2)];
          } else if (c.check === 'number_format' && c.format === 'safeint') int = 1;
          else throw new Error(`${at}: check ${c.check} not compiled`);
        }
        const args = [String(int), String(lo), String(hi), String(open)];
        if (open === 0) args.pop();
        if (args.length === 3 && hi === Infinity) args.pop();
        if (args.length === 2 && lo === -Infinity) args.pop();
        return call('num', args);
      }
      case 'boolean':
        return (usedHelpers.add('bool'), 'bool');
      case 'unknown':
      case 'any':
        return (usedHelpers.add('unknown'), 'unknown');
      case 'never':
        return (usedHelpers.add('never'), 'never');
      case 'null':
        return call('oneOf', ['null']);
      case 'literal':
      case 'enum':
        return call(
          'oneOf',
          [...(node._zod.values ?? [])].map((v) => literal(v, at)),
        );
      case 'array': {
        const { min, max } = lengths(def, at, ['max_length', 'min_length']);
        const args = [ref(def.element as Node, `${at}[]`)];
        if (min !== undefined || max !== undefined) args.push(String(min ?? 0));
        if (max !== undefined) args.push(String(max));
        return call('arr', args);
      }
      case 'object': {
        lengths(def, at, []);
        const shape = def.shape as Record<string, Node>;
        const catchall = def.catchall as Node | undefined;
        if (catchall && defOf(catchall).type !== 'never') throw new Error(`${at}: a catchall not compiled`);
        const fields = Object.entries(shape).map(([key, field]) => {
          const flags =
            (field._zod.optin === 'optional' ? 1 : field._zod.optin === 'defaulted' ? 2 : 0) |
            (field._zod.optout === 'optional' ? 4 : 0);
          const value = ref(field, `${at}.${key}`);
          return `${JSON.stringify(key)}: ${flags ? `[${value}, ${flags}]` : value}`;
        });
        return call('obj', [`{ ${fields.join(', ')} }`, catchall ? 'true' : undefined] as string[]);
      }
      case 'record': {
        lengths(def, at, []);
        const key = def.keyType as Node;
        const values = key._zod.values ? [...key._zod.values] : null;
        if (def.mode === 'loose' || (values ? values.some((v) => typeof v !== 'string') : defOf(key).type !== 'string'))
          throw new Error(`${at}: only records keyed by strings or string enums are compiled`);
        const value = ref(def.valueType as Node, `${at}{}`);
        // A full enum-keyed record needs every key (zod's "exhaustive" record); a partial one checks the keys it has.
        if (values && !def.partial) return call('recAll', [literal(values, at), value]);
        return call('rec', [ref(key, `${at}{key}`), value]);
      }
      case 'union': {
        lengths(def, at, []);
        const options = def.options as Node[];
        if (def.unionFallback) throw new Error(`${at}: unionFallback not compiled`);
        if (typeof def.discriminator === 'string') {
          const key = def.discriminator;
          const entries = options.flatMap((option) => {
            const values = [...(option._zod.propValues?.[key] ?? [])];
            if (!values.length || values.some((v) => typeof v !== 'string'))
              throw new Error(`${at}: discriminator ${key} must be string literals`);
            return values.map((v) => `${JSON.stringify(v)}: ${ref(option, `${at}|${String(v)}`)}`);
          });
          if (new Set(entries.map((e) => e.split(':')[0])).size !== entries.length)
            throw new Error(`${at}: a discriminator value twice`);
          return call('tagged', [JSON.stringify(key), `{ ${entries.join(', ')} }`]);
        }
        if (def.inclusive === false) throw new Error(`${at}: an exclusive union not compiled`);
        return call(
          'or',
          options.map((o, i) => ref(o, `${at}|${i}`)),
        );
      }
      case 'optional': {
        if (node._zod.traits.has('$ZodExactOptional')) throw new Error(`${at}: exactOptional not compiled`);
        const inner = def.innerType as Node;
        return call('optional', [ref(inner, at), inner._zod.optin === 'defaulted' ? 'true' : undefined] as string[]);
      }
      case 'nullable':
        return call('nullable', [ref(def.innerType as Node, at)]);
      case 'default': {
        const value = (node._zod.def as unknown as { defaultValue: unknown }).defaultValue;
        return call('withDefault', [ref(def.innerType as Node, at), `() => (${literal(value, at)})`]);
      }
      case 'catch': {
        const catchValue = def.catchValue as (ctx: unknown) => unknown;
        const a = catchValue({ value: undefined, issues: [], error: { issues: [] }, input: undefined });
        const b = catchValue({ value: 1, issues: [{}], error: { issues: [{}] }, input: 1 });
        if (!sameJson(a, b)) throw new Error(`${at}: a fallback that depends on the input is not compiled`);
        return call('withCatch', [ref(def.innerType as Node, at), `() => (${literal(a, at)})`]);
      }
      case 'lazy': {
        const inner = (def.getter as () => Node)();
        let name = lazyNames.get(inner);
        if (!name) {
          name = `recursive${lazyNames.size}`;
          lazyNames.set(inner, name);
        }
        return call('lazy', [`() => ${name}`]);
      }
      default:
        throw new Error(`${at}: ${def.type} not compiled`);
    }
  }

  const rootIds = roots.map((r) => idOf(r.schema, r.name));
  // Recursive schemas: compile each target once the lazy nodes that name it exist (they do not recurse into it).
  const lazyIds = new Map<string, number>();
  for (let done = 0; done < lazyNames.size;) {
    const pending = [...lazyNames].slice(done);
    for (const [node, name] of pending) lazyIds.set(name, idOf(node, name));
    done += pending.length;
  }

  const children = (id: number) => [...(exprs[id] ?? '').matchAll(/@(\d+)@/g)].map((m) => Number(m[1]));
  const uses = new Array<number>(exprs.length).fill(0);
  for (let id = 0; id < exprs.length; id++) for (const c of children(id)) uses[c] = (uses[c] ?? 0) + 1;
  const named = new Set<number>([...rootIds, ...lazyIds.values()]);
  for (let id = 0; id < exprs.length; id++) if ((uses[id] ?? 0) > 1 && (exprs[id] ?? '').length > 8) named.add(id);
  // Names in order of first definition; a named node is written after the named nodes it uses.
  const order: number[] = [];
  const visited = new Set<number>();
  const visit = (id: number) => {
    if (visited.has(id)) return;
    visited.add(id);
    for (const c of children(id)) visit(c);
    if (named.has(id)) order.push(id);
  };
  for (const id of [...rootIds, ...lazyIds.values()]) visit(id);
  const nameOf = new Map(order.map((id, i) => [id, `p${i}`]));
  const text = (id: number, top = false): string =>
    !top && named.has(id)
      ? (nameOf.get(id) as string)
      : (exprs[id] ?? '').replace(/@(\d+)@/g, (_, c: string) => text(Number(c)));

  const helpers = [...usedHelpers].sort();
  const refineImports = new Map<string, string[]>();
  for (const r of usedRefines) refineImports.set(r.from, [...(refineImports.get(r.from) ?? []), r.name]);
  const lines = [
    header,
    `import { ${helpers.map((h) => (h === 'Parser' ? 'type Parser' : h)).join(', ')} } from './runtime';`,
    ...[...refineImports].map(([from, names]) => `import { ${names.sort().join(', ')} } from '${from}';`),
    ...typeImports,
    '',
    ...order.map((id) => `const ${nameOf.get(id)}: Parser = ${text(id, true)};`),
    ...[...lazyIds].map(([name, id]) => `const ${name} = ${text(id)};`),
    '',
    ...roots.map((r, i) => `export const ${r.name} = ${text(rootIds[i] as number)} as Parser<${r.type}>;`),
  ];
  return `${lines.join('\n')}\n`;
}
