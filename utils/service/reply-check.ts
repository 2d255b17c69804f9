import { z } from '@/utils/core/zod';
import type { CallTable } from './call-client';
import { dataReplySchema } from './define-call';

/** A data call's reply, checked against the call's result schema: the value, or an error naming what went wrong. */
export function checkReply<T extends CallTable, K extends keyof T & string>(
  name: K,
  raw: unknown,
  known: T,
): z.output<T[K]['output']> {
  const reply = dataReplySchema.safeParse(raw);
  if (!reply.success) throw new Error(`no answer from the background for ${name}`);
  if (!reply.data.ok) throw new Error(`${name}: ${reply.data.message}`);
  const spec: T[K] | undefined = known[name];
  if (!spec) throw new Error(`${name} is not a call this page makes`);
  const value = z.safeParse<T[K]['output']>(spec.output, reply.data.value);
  if (value.success) return value.data;
  throw new Error(`unexpected result of ${name}: ${value.error.issues[0]?.message}`);
}
