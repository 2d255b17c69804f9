import { z } from 'zod';
import { customerContextSchema } from './core/schemas/customer-context';

/** The PanelPorts methods the overlay page runs through the background. */
export const remotePortMethods = [
  'agent',
  'scripts',
  'seeCustomer',
  'history',
  'otherCustomers',
  'queue',
  'loadDraft',
  'saveDraft',
  'discardDraft',
  'finishCall',
] as const;
export type RemotePortMethod = (typeof remotePortMethods)[number];
import { siteAdapterSchema } from './core/schemas/site-adapter';

/**
 * Every runtime message is one of these; anything else is dropped at the boundary.
 * Flow: content script → background: context-extracted, teach-picked, site-adapter-request.
 * panel → content script (tabs.sendMessage): context-request, teach-start, teach-cancel, site-adapter-updated.
 */
export const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('context-extracted'), context: customerContextSchema.nullable() }),
  z.object({ type: z.literal('context-request') }),
  /** Start picking the element that holds `field` (a standard field key or an extra label). */
  z.object({ type: z.literal('teach-start'), field: z.string().min(1).max(200) }),
  z.object({ type: z.literal('teach-cancel') }),
  z.object({
    type: z.literal('teach-picked'),
    field: z.string().min(1).max(200),
    selector: z.string().min(1).max(2000),
    raw: z.string().max(4000),
    origin: z.string().max(500),
    /** The label text beside the picked element, when there is one (teach merges it as a fallback rule). */
    label: z.string().max(200).optional(),
  }),
  z.object({ type: z.literal('site-adapter-request'), origin: z.string().max(500) }),
  /** The taught adapter for this origin changed (null: removed). */
  z.object({ type: z.literal('site-adapter-updated'), adapter: siteAdapterSchema.nullable() }),
  z.object({ type: z.literal('toggle-overlay') }),
  /**
   * The overlay page, framed on a CRM page, can't open our database there (storage is partitioned by the top site):
   * its data calls run in the background. Accepted only from the extension's own pages.
   */
  z.object({
    type: z.literal('panel-port-call'),
    method: z.enum(remotePortMethods),
    args: z.array(z.unknown()).max(4),
  }),
  /** The overlay page, framed in a CRM tab, asks which tab it is in; the background answers `{ tabId }`. */
  z.object({ type: z.literal('overlay-hello') }),
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
