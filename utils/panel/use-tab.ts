import { browser } from 'wxt/browser';
import { useEffect, useRef, useState } from 'preact/hooks';
import { followActiveTab, getTabInfo, isSiteEnabled, readBoundTabId, type TabInfo } from './tab-binding';

export type TabBinding = {
  /** undefined until looked up (the panel's first frames), null: no tab. */
  tab: TabInfo | null | undefined;
  /** null until known: neither the site gate nor "no customer" shows before the check answers. */
  enabled: boolean | null;
  recheck: () => void;
};

/** The tab the panel works with (`?tabId=N` or the active one) and whether Huifang runs there. Its customer and call
 * come from the background (utils/call/call-mirror.ts). */
export function useTab(search: string, initial?: { tab: TabInfo | null; enabled: Promise<boolean> }): TabBinding {
  // Not looked up yet is not "no tab": a panel that took it for one showed the site gate and unbound the call for a
  // moment after its first frame, and the notes field being typed in was replaced (the keys that followed became
  // shortcuts; docs/testing.md, "Deterministic e2e").
  // Boot looks the tab up beside its other reads (utils/panel/boot.tsx), so the first render can show the call
  // rather than wait two effects (each after a frame, then a round trip) for the lookups below.
  const [tab, setTab] = useState<TabInfo | null | undefined>(initial ? initial.tab : undefined);
  const [enabled, setEnabled] = useState<boolean | null>(null);
  // Boot's check of the first tab's site (started beside its other reads, not waited for): used for that tab rather
  // than asking the browser again.
  const firstCheck = useRef(initial ?? null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const bound = readBoundTabId(search);
    if (bound !== null) {
      let live = true;
      const refresh = () => void getTabInfo(bound).then((info) => live && setTab(info));
      const onUpdated = (id: number) => id === bound && refresh();
      browser.tabs.onUpdated.addListener(onUpdated);
      refresh();
      return () => {
        live = false;
        browser.tabs.onUpdated.removeListener(onUpdated);
      };
    }
    return followActiveTab(setTab);
  }, [search]);

  useEffect(() => {
    if (tab === undefined) return;
    let live = true;
    const first = firstCheck.current;
    firstCheck.current = null;
    if (!tab?.url) setEnabled(false);
    else {
      const same = first?.tab?.tabId === tab.tabId && first.tab.url === tab.url;
      void (same ? first.enabled : isSiteEnabled(tab.url)).then(
        (ok) => live && setEnabled(ok),
        () => live && setEnabled(false),
      );
    }
    return () => {
      live = false;
    };
  }, [tab === undefined, tab?.tabId, tab?.url, generation]);

  return { tab, enabled, recheck: () => setGeneration((g) => g + 1) };
}
