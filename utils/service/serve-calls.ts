import { dataCalls, type CallName } from './calls';
import type { DataReply, ServiceEnv } from './define-call';

/** Runs one data call in the background (the call checks its own argument). */
export function serveDataCall(env: ServiceEnv, name: CallName, raw: unknown): Promise<DataReply> {
  return dataCalls[name].serve(env, raw);
}
