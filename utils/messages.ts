import { z } from 'zod';
import { customerContextSchema } from './core/schemas/customer-context';

/** Every runtime message is one of these; anything else is dropped at the boundary. */
export const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('context-extracted'), context: customerContextSchema.nullable() }),
  z.object({ type: z.literal('context-request') }),
  z.object({ type: z.literal('toggle-overlay') }),
]);
export type Message = z.infer<typeof messageSchema>;

export function parseMessage(raw: unknown): Message | null {
  const parsed = messageSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Key under which the background keeps the last context of a tab (storage.session). */
export function tabContextKey(tabId: number): `session:${string}` {
  return `session:context-${tabId}`;
}
