// The parsers the panel's first frame runs instead of zod (utils/core/compiled/first-frame.ts) accept exactly what their
// zod schemas accept and return the same value, on real call snapshots, on those snapshots broken in one place, and on
// values generated from the schemas; and the file is what cli/gen-parsers.ts writes from today's schemas.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { z } from '@/utils/core/zod';
import { FAIL, type Parser } from '@/utils/core/compiled/runtime';
import * as compiled from '@/utils/core/compiled/first-frame';
import { firstFrameRoots, firstFrameSource } from '@/cli/first-frame-roots';
import { compileParsers } from '@/utils/core/compiled/compile';
import { callPortMessageSchema, type CallSnapshot } from '@/utils/call/call-protocol';
import { settingDefaults, settingsSchema } from '@/utils/core/schemas/settings';
import { engineStateSchema } from '@/utils/core/script/engine-state-schema';
import { createCallSession } from '@/utils/call/call-session';
import { takeSnapshot } from '@/utils/call/call-events';
import { builtinPlaybooks } from '@/utils/core/playbooks';
import { createFakePorts, makeContext, tick } from '../../call/fake-ports';
import { arbitraryOf } from './zod-arbitrary';

type Schema = z.core.$ZodType;

/** Same verdict, and on success the same value (toStrictEqual: an undefined key is not a missing one). */
function agree(schema: Schema, parse: Parser, input: unknown) {
  const expected = z.safeParse(schema, input);
  const got = parse(input);
  if (!expected.success) {
    if (got !== FAIL) expect.fail(`zod refuses (${JSON.stringify(expected.error.issues[0])}), the parser accepts`);
  } else expect(got).toStrictEqual(expected.data);
  return expected.success;
}

/** Snapshots of real calls: a fresh call, mid-script, recorded (history, wrap-up), with every built-in script. */
async function realSnapshots(): Promise<CallSnapshot[]> {
  const fake = createFakePorts();
  const c = createCallSession(fake.ports, 'zh-CN');
  await c.init();
  const out = [takeSnapshot(c, 7)];
  c.setContext(makeContext('王建国', '13901186247', { signDate: '2025-10-30', customerId: 'C-1' }));
  await tick();
  out.push(takeSnapshot(c, 7));
  c.touch();
  c.runner.yes();
  c.call.setNotes('客户确认 <b>ok</b> 😀');
  await fake.runTimers();
  out.push(takeSnapshot(c, 7));
  // a draft offered again (as after a closed browser)
  out.push({ ...takeSnapshot(c, 7), draftOffer: [...fake.drafts.values()][0] ?? null });
  await c.outcome('reached', null, { openItemsReason: '客户赶时间' });
  await tick();
  out.push(takeSnapshot(c, 7));
  const base = out[1] as CallSnapshot;
  for (const script of builtinPlaybooks) out.push({ ...base, script });
  return out;
}

const message = (snapshot: unknown) => ({ type: 'snapshot', snapshot });

/** Every path into a JSON value. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...at, k]))];
}
/** The value with the node at `at` replaced, removed (`drop`), or given one more key (`drop` on an object). */
function change(value: unknown, at: (string | number)[], next: unknown, drop: boolean): unknown {
  if (!at.length)
    return drop && typeof value === 'object' && value !== null && !Array.isArray(value)
      ? { ...value, extra: next }
      : next;
  const [k, ...rest] = at as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  if (drop && !rest.length && !Array.isArray(value)) delete copy[k];
  else copy[k] = change(copy[k], rest, next, drop);
  return copy;
}

describe('the first frame’s compiled parsers', () => {
  it('are what cli/gen-parsers.ts writes from the schemas today', async () => {
    const file = fs.readFileSync(path.resolve(__dirname, '../../../../utils/core/compiled/first-frame.ts'), 'utf8');
    expect(await firstFrameSource(), 'run `npx tsx cli/gen-parsers.ts`').toBe(file);
  });

  it('parse real snapshots and their engine states as zod does', async () => {
    for (const s of await realSnapshots()) {
      expect(agree(callPortMessageSchema, compiled.callPortMessage, message(s))).toBe(true);
      if (s.engine) expect(agree(engineStateSchema, compiled.engineState, s.engine)).toBe(true);
    }
  });

  it('agree with zod on a real snapshot broken in one place', async () => {
    const snapshots = await realSnapshots();
    const targets = snapshots.map((s) => ({ s: message(s), paths: paths(message(s)) }));
    fc.assert(
      fc.property(
        fc.nat(targets.length - 1),
        fc.nat(),
        fc.oneof(
          fc.anything({ maxDepth: 1 }),
          fc.constantFrom(
            undefined,
            null,
            '',
            0,
            -1,
            1.5,
            NaN,
            2 ** 53,
            1e300,
            [],
            {},
            'x'.repeat(201),
            '😀'.repeat(201),
          ),
        ),
        fc.boolean(),
        (t, p, next, drop) => {
          const target = targets[t] as (typeof targets)[number];
          const at = target.paths[p % target.paths.length] as (string | number)[];
          agree(callPortMessageSchema, compiled.callPortMessage, change(target.s, at, next, drop));
        },
      ),
      { numRuns: 1500 },
    );
  });

  // Every place of real values (one per place in the schema: array items stand for each other) replaced by each of
  // these, removed, or given one more key.
  const specials = [undefined, null, '', 'x', 0, -1, 1.5, NaN, Infinity, 2 ** 53, 1e300, true, [], {}, 'x'.repeat(201)];
  function everyPlace(schema: Schema, parse: Parser, value: unknown) {
    const seen = new Set<string>();
    let compared = 0;
    for (const at of paths(value)) {
      const place = at.map((k) => (typeof k === 'number' ? '#' : k)).join('.');
      if (seen.has(place)) continue;
      seen.add(place);
      for (const next of specials) {
        agree(schema, parse, change(value, at, next, false));
        compared++;
      }
      agree(schema, parse, change(value, at, undefined, true));
      agree(schema, parse, change(value, at, 'extra', true));
    }
    return compared;
  }

  it('agree with zod on real snapshots changed at every place', async () => {
    const [fresh, , midCall, offered, recorded] = await realSnapshots();
    // The script's places once, mid-call; the others without it (each full parse reads the whole script).
    expect(everyPlace(callPortMessageSchema, compiled.callPortMessage, message(midCall))).toBeGreaterThan(100);
    for (const s of [fresh, offered, recorded])
      expect(
        everyPlace(callPortMessageSchema, compiled.callPortMessage, message({ ...s, script: null })),
      ).toBeGreaterThan(100);
  }, 60_000);

  it('agree with zod on a saved engine state changed at every place', async () => {
    const engine = (await realSnapshots())[3]?.engine;
    expect(engine).toBeTruthy();
    expect(everyPlace(engineStateSchema, compiled.engineState, engine)).toBeGreaterThan(50);
    fc.assert(
      fc.property(arbitraryOf(engineStateSchema, { garbage: 0.01, edge: 0.01 }), (input) => {
        agree(engineStateSchema, compiled.engineState, input);
      }),
      { numRuns: 300 },
    );
  });

  it('agree with zod on settings changed at every place', () => {
    const filled = {
      ...settingDefaults,
      agent: '王芳',
      locale: 'en',
      backup: { enabled: true, intervalDays: 7, lastBackupAt: '2025-11-03T10:00:00+08:00' },
      calendarOverrides: { extraHolidays: ['2025-11-04'], extraWorkdays: ['2025-11-08'] },
      disabledScripts: ['wealth-termination'],
      profile: { agentId: 'A-1', companyName: '明德', servicePhone: '95555', industry: 'wealth', setupDoneAt: null },
      worklistMappings: {
        layout: {
          customerId: 0,
          name: 1,
          mobile: 2,
          phone: null,
          product: null,
          kind: null,
          eventDate: 3,
          dueDate: null,
          owner: null,
          recordUrl: null,
        },
      },
      recordLinks: { 'https://crm.example.com': 'https://crm.example.com/customer/{id}' },
    };
    expect(z.safeParse(settingsSchema, filled).data).toStrictEqual(filled);
    expect(everyPlace(settingsSchema, compiled.storedSettings, filled)).toBeGreaterThan(100);
  });

  const modes = [
    { garbage: 0, edge: 0 },
    { garbage: 0, edge: 0.005 },
    { garbage: 0, edge: 0.03 },
    { garbage: 0.005, edge: 0 },
    { garbage: 0.02, edge: 0.02 },
  ];
  for (const mode of modes)
    it(`agree with zod on snapshots generated from the schema (${JSON.stringify(mode)})`, () => {
      let passed = 0;
      fc.assert(
        fc.property(arbitraryOf(callPortMessageSchema, mode), (input) => {
          if (agree(callPortMessageSchema, compiled.callPortMessage, input)) passed++;
        }),
        { numRuns: 100 },
      );
      // Values within the limits must mostly be ones zod accepts, or the test would only compare refusals.
      if (!mode.garbage && !mode.edge) expect(passed).toBeGreaterThan(70);
    });

  it('agree with zod on settings generated from the schema, and on anything', () => {
    for (const mode of [...modes, { garbage: 0.1, edge: 0.1 }, { garbage: 0.3, edge: 0.3 }])
      fc.assert(
        fc.property(arbitraryOf(settingsSchema, mode), (input) => {
          agree(settingsSchema, compiled.storedSettings, input);
        }),
        { numRuns: 300 },
      );
    fc.assert(
      fc.property(fc.anything(), (input) => {
        agree(callPortMessageSchema, compiled.callPortMessage, input);
        agree(settingsSchema, compiled.storedSettings, input);
      }),
      { numRuns: 300 },
    );
  });

  it('compile every root in cli/first-frame-roots.ts', () => {
    expect(Object.keys(compiled).sort()).toEqual(firstFrameRoots.map((r) => r.name).sort());
  });

  it('refuse a schema feature they would not parse as zod does, naming where it is', () => {
    const compile = (schema: Schema) => compileParsers([{ name: 'x', schema, type: 'unknown' }], [], '', []);
    expect(() =>
      compile(
        z.object({
          a: z.pipe(
            z.string(),
            z.transform((s) => s.length),
          ),
        }),
      ),
    ).toThrow('x.a: pipe');
    expect(() => compile(z.object({ a: z.string().check(z.refine((s) => s !== '')) }))).toThrow('x.a: a refine');
    expect(() => compile(z.looseObject({ a: z.string() }))).toThrow('x: a catchall');
    expect(() => compile(z.string().check(z.trim()))).toThrow('x: check overwrite');
    expect(() => compile(z.email())).toThrow('x: string format email');
  });
});
