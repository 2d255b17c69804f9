import { z } from '@/utils/core/zod';
import { customerKeySchema } from '@/utils/core/schemas/customer';
import { draftSchema } from '@/utils/core/schemas/draft';

/** Which call a tab is in: its customer and the record it will be (the draft's recordId). */
export const liveCallMarkerSchema = z.object({
  customerKey: customerKeySchema,
  recordId: draftSchema.shape.recordId,
});
export type LiveCallMarker = z.infer<typeof liveCallMarkerSchema>;

/** The key-value area the markers live in (browser.storage.local). */
type Area = {
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
};

const prefix = 'live-call-';

/**
 * Which call each tab is in, for the call hub (utils/call/call-hub.ts): a background stopped mid-call, or the whole
 * extension updated or reloaded, carries on with that call. In `storage.local`, because `storage.session` is emptied
 * by an update or a reload; emptied at each browser start (`clear`), where a draft is offered, never resumed unasked.
 * Storage is a boundary: a marker that does not parse is no marker (the draft is offered instead).
 */
export function createLiveCallMarkers(area: Area) {
  return {
    get: async (tabId: number): Promise<LiveCallMarker | null> =>
      liveCallMarkerSchema.safeParse((await area.get(prefix + tabId))[prefix + tabId]).data ?? null,
    set: (tabId: number, marker: LiveCallMarker | null) =>
      marker ? area.set({ [prefix + tabId]: marker }) : area.remove(prefix + tabId),
    /** The browser started: no tab is in a call (tab ids start again, and so may the same customer's page). */
    clear: async () => {
      const keys = Object.keys(await area.get(null)).filter((k) => k.startsWith(prefix));
      if (keys.length) await area.remove(keys);
    },
  };
}
