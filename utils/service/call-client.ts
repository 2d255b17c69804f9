import { z } from '@/utils/core/zod';
import { dataCalls, type CallInput, type CallName, type CallOutput } from './calls';
import { dataReplySchema } from './define-call';
import { callOverPort, type StreamPort, type StreamProgress } from './stream-port';

export type DataClient = {
  /** Runs a data call in the background; resolves with its result (checked against the call's schema) or throws. */
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>;
  /**
   * The same, for a call whose argument or result may be bigger than one runtime message (64 MB): over a port, in
   * chunks, with the background's progress (utils/service/stream-port.ts).
   */
  callLarge<K extends CallName>(
    name: K,
    input: CallInput<K>,
    onProgress?: (p: StreamProgress) => void,
  ): Promise<CallOutput<K>>;
};

// Checked per call here, so the generic lookup below keeps each call's own result type.
const outputs: { [K in CallName]: { output: z.core.$ZodType<CallOutput<K>> } } = dataCalls;

/**
 * `send` is browser.runtime.sendMessage in a page, `connect` opens the port of big calls
 * (`browser.runtime.connect({ name: streamPortName })`); tests pass the background's handlers directly.
 */
export function createDataClient(
  send: (message: unknown) => Promise<unknown>,
  connect: () => StreamPort = () => {
    throw new Error('this page cannot make big data calls');
  },
): DataClient {
  async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
    return check(name, await send({ type: 'data-call', name, input }));
  }
  async function callLarge<K extends CallName>(
    name: K,
    input: CallInput<K>,
    onProgress?: (p: StreamProgress) => void,
  ): Promise<CallOutput<K>> {
    return check(name, await callOverPort(connect(), { type: 'data-call', name, input }, { onProgress }));
  }
  function check<K extends CallName>(name: K, raw: unknown): CallOutput<K> {
    const reply = dataReplySchema.safeParse(raw);
    if (!reply.success) throw new Error(`no answer from the background for ${name}`);
    if (!reply.data.ok) throw new Error(`${name}: ${reply.data.message}`);
    const value = z.safeParse(outputs[name].output, reply.data.value);
    if (value.success) return value.data;
    throw new Error(`unexpected result of ${name}: ${value.error.issues[0]?.message}`);
  }
  return { call, callLarge };
}
