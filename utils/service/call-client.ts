import { z } from 'zod';
import { dataCalls, type CallInput, type CallName, type CallOutput } from './calls';
import { dataReplySchema } from './define-call';

export type DataClient = {
  /** Runs a data call in the background; resolves with its result (checked against the call's schema) or throws. */
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>;
};

// Checked per call here, so the generic lookup below keeps each call's own result type.
const outputs: { [K in CallName]: { output: z.ZodType<CallOutput<K>> } } = dataCalls;

/** `send` is browser.runtime.sendMessage in a page; tests pass the background's handler directly. */
export function createDataClient(send: (message: unknown) => Promise<unknown>): DataClient {
  async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
    const reply = dataReplySchema.safeParse(await send({ type: 'data-call', name, input }));
    if (!reply.success) throw new Error(`no answer from the background for ${name}`);
    if (!reply.data.ok) throw new Error(`${name}: ${reply.data.message}`);
    const value = outputs[name].output.safeParse(reply.data.value);
    if (value.success) return value.data;
    throw new Error(`unexpected result of ${name}: ${value.error.issues[0]?.message}`);
  }
  return { call };
}
