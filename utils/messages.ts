import { z } from '@/utils/core/zod';
import { customerContextSchema } from './core/schemas/customer-context';

import { siteAdapterSchema } from './core/schemas/site-adapter';
import { callNames } from './service/calls';

/**
 * Every runtime message is one of these; anything else is dropped at the boundary (docs/architecture.md).
 * content script → background: context-extracted, teach-picked, site-adapter-request, world-words-request.
 * panel/background → content script (tabs.sendMessage): context-request, teach-start, teach-cancel,
 * site-adapter-updated, toggle-overlay. The content script checks these with utils/content-messages.ts (no zod there).
 * extension pages → background: data-call (utils/service/calls.ts), overlay-hello.
 * The call itself goes over a port, not these messages: utils/call/call-protocol.ts.
 */
export const messageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('context-extracted'),
    context: z.nullable(customerContextSchema),
    /**
     * The reporting frame's viewport (px², 0 when hidden), when the agent last worked in it, and (a frame only) what it
     * is called: the note names the frame by it (docs/adapters.md, "Frames").
     */
    frame: z.optional(
      z.object({
        area: z.number().check(z.gte(0)),
        focusedAt: z.number().check(z.gte(0)),
        title: z.optional(z.string().check(z.maxLength(200))),
      }),
    ),
  }),
  z.object({ type: z.literal('context-request') }),
  /** Start picking the element that holds `field` (a standard field key or an extra label). */
  z.object({ type: z.literal('teach-start'), field: z.string().check(z.minLength(1), z.maxLength(200)) }),
  z.object({ type: z.literal('teach-cancel') }),
  z.object({
    type: z.literal('teach-picked'),
    field: z.string().check(z.minLength(1), z.maxLength(200)),
    selector: z.string().check(z.minLength(1), z.maxLength(2000)),
    raw: z.string().check(z.maxLength(4000)),
    origin: z.string().check(z.maxLength(500)),
    /** The label text beside the picked element, when there is one (teach merges it as a fallback rule). */
    label: z.optional(z.string().check(z.maxLength(200))),
  }),
  z.object({ type: z.literal('site-adapter-request'), origin: z.string().check(z.maxLength(500)) }),
  /** The content script asks for the world's field words (its build carries none); the background answers the tables. */
  z.object({ type: z.literal('world-words-request') }),
  /** The taught adapter for this origin changed (null: removed). */
  z.object({ type: z.literal('site-adapter-updated'), adapter: z.nullable(siteAdapterSchema) }),
  z.object({ type: z.literal('toggle-overlay') }),
  /** A data call of an extension page; the background owns the database. Accepted only from our own pages. */
  z.object({ type: z.literal('data-call'), name: z.enum(callNames), input: z.unknown() }),
  /** The overlay page, framed in a CRM tab, asks which tab it is in; the background answers `{ tabId }`. */
  z.object({ type: z.literal('overlay-hello') }),
  /**
   * The content script asks whether the overlay was open in its tab (and reports `open` when the agent opens or closes
   * it); the background answers `{ open, labels }`, the labels in the panel's language (utils/overlay/index.ts).
   * `language`: the page's browser language, which the background speaks when none is chosen
   * (utils/background/view-language.ts).
   */
  z.object({
    type: z.literal('overlay-state'),
    open: z.optional(z.boolean()),
    language: z.optional(z.string().check(z.maxLength(35))),
  }),
]);
export type Message = z.infer<typeof messageSchema>;

export function parseMessage(raw: unknown): Message | null {
  const parsed = messageSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Key under which the background remembers that the overlay is open in a tab (storage.session). */
export function overlayOpenKey(tabId: number): `session:${string}` {
  return `session:overlay-open-${tabId}`;
}

/** Key under which the background keeps the last context of a tab (storage.session). */
export function tabContextKey(tabId: number): `session:${string}` {
  return `session:context-${tabId}`;
}

/** Replies: to context-request (content script → page), site-adapter-request, overlay-hello. */
export const contextReplySchema = z.nullable(customerContextSchema);
export const siteAdapterReplySchema = z.nullable(siteAdapterSchema);
export { overlayHelloReplySchema } from './overlay-hello';
