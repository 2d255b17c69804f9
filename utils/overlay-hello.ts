import { z } from '@/utils/core/zod';

/**
 * The background's answer to the overlay's `overlay-hello` (utils/messages.ts lists it with every message): on its own
 * so that the overlay page, which needs only this, does not load the whole message protocol and its call table.
 */
export const overlayHelloReplySchema = z.object({ tabId: z.nullable(z.int().check(z.nonnegative())) });
