import type { LiveCallMarker } from '@/utils/call/call-hub';

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
 */
export function createLiveCallMarkers(area: Area) {
  return {
    get: async (tabId: number): Promise<LiveCallMarker | null> => {
      const raw: unknown = (await area.get(prefix + tabId))[prefix + tabId];
      return typeof raw === 'object' &&
        raw !== null &&
        'customerKey' in raw &&
        'recordId' in raw &&
        typeof raw.customerKey === 'string' &&
        typeof raw.recordId === 'string'
        ? { customerKey: raw.customerKey, recordId: raw.recordId }
        : null;
    },
    set: (tabId: number, marker: LiveCallMarker | null) =>
      marker ? area.set({ [prefix + tabId]: marker }) : area.remove(prefix + tabId),
    /** The browser started: no tab is in a call (tab ids start again, and so may the same customer's page). */
    clear: async () => {
      const keys = Object.keys(await area.get(null)).filter((k) => k.startsWith(prefix));
      if (keys.length) await area.remove(keys);
    },
  };
}
