import type { z } from '@/utils/core/zod';
import type { DataCalls } from './calls';
import type { StreamPort, StreamProgress } from './stream-port';

/** The calls a client knows: each with the schemas of its argument and its result. */
export type CallTable = Record<string, { input: z.core.$ZodType; output: z.core.$ZodType }>;
type In<T extends CallTable, K extends keyof T> = z.input<T[K]['input']>;
type Out<T extends CallTable, K extends keyof T> = z.output<T[K]['output']>;

/**
 * A page's client of the data calls in `T`: the whole table (utils/service/calls.ts) on the options page, the
 * panel's own calls (utils/service/panel-calls.ts) in the panel, so it bundles no other call's schemas.
 */
export type DataClient<T extends CallTable = DataCalls> = {
  /** Runs a data call in the background; resolves with its result (checked against the call's schema) or throws. */
  call<K extends keyof T & string>(name: K, input: In<T, K>): Promise<Out<T, K>>;
  /**
   * The same, for a call whose argument or result may be bigger than one runtime message (64 MB): over a port, in
   * chunks, with the background's progress (utils/service/stream-port.ts).
   */
  callLarge<K extends keyof T & string>(
    name: K,
    input: In<T, K>,
    onProgress?: (p: StreamProgress) => void,
  ): Promise<Out<T, K>>;
};

/**
 * The client and the replies' schemas are apart (utils/service/reply-check.ts, loaded with the first call), so the
 * panel's first frame loads no zod (docs/architecture.md, "What the panel loads first").
 * `calls` is the table, or a function that loads it (the panel's: its result schemas load after the first answer
 * shows, docs/architecture.md, "What the panel loads first"). `send` is browser.runtime.sendMessage in a page,
 * `connect` opens the port of big calls (`browser.runtime.connect({ name: streamPortName })`), whose code loads
 * with the first big call; tests pass the background's handlers directly.
 */
export function createDataClient<T extends CallTable>(
  calls: T | (() => Promise<T>),
  send: (message: unknown) => Promise<unknown>,
  connect: () => StreamPort = () => {
    throw new Error('this page cannot make big data calls');
  },
): DataClient<T> {
  async function call<K extends keyof T & string>(name: K, input: In<T, K>): Promise<Out<T, K>> {
    const [raw, known, { checkReply }] = await Promise.all([
      send({ type: 'data-call', name, input }),
      table(),
      import('./reply-check'),
    ]);
    return checkReply(name, raw, known);
  }
  async function callLarge<K extends keyof T & string>(
    name: K,
    input: In<T, K>,
    onProgress?: (p: StreamProgress) => void,
  ): Promise<Out<T, K>> {
    const [{ callOverPort }, known, { checkReply }] = await Promise.all([
      import('./stream-port'),
      table(),
      import('./reply-check'),
    ]);
    return checkReply(name, await callOverPort(connect(), { type: 'data-call', name, input }, { onProgress }), known);
  }
  let loaded: Promise<T> | null = null;
  /** The table, loaded once (a failed load is tried again at the next call). */
  const table = (): Promise<T> =>
    typeof calls !== 'function'
      ? Promise.resolve(calls)
      : (loaded ??= calls().catch((err: unknown) => {
          loaded = null;
          throw err;
        }));
  return { call, callLarge };
}
