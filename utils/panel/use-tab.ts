import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { followActiveTab, getTabInfo, isSiteEnabled, readBoundTabId, type TabInfo } from './tab-binding';

export type TabBinding = {
  tab: TabInfo | null;
  enabled: boolean | null;
  recheck: () => void;
};

/** The tab the panel works with (`?tabId=N` or the active one) and whether Huifang runs there. Its customer and call
 * come from the background (utils/call/call-mirror.ts). */
export function useTab(search: string): TabBinding {
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [enabled, setEnabled] = useState<boolean | null>(null);
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
    let live = true;
    if (!tab?.url) setEnabled(false);
    else void isSiteEnabled(tab.url).then((ok) => live && setEnabled(ok));
    return () => {
      live = false;
    };
  }, [tab?.tabId, tab?.url, generation]);

  return { tab, enabled, recheck: () => setGeneration((g) => g + 1) };
}
