import { useEffect, useState } from 'preact/hooks';
import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import {
  followActiveTab,
  getTabInfo,
  isSiteEnabled,
  readBoundTabId,
  requestContext,
  watchTabContext,
  type TabInfo,
} from './tab-binding';

export type TabBinding = {
  tab: TabInfo | null;
  enabled: boolean | null;
  context: CustomerContext | null;
  recheck: () => void;
};

/** The tab the panel works with (`?tabId=N` or the active one), whether Huifang runs there, and its customer. */
export function useTab(search: string): TabBinding {
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [context, setContext] = useState<CustomerContext | null>(null);
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

  useEffect(() => {
    if (!tab) return undefined;
    setContext(null);
    const stop = watchTabContext(tab.tabId, setContext);
    // A fresh read in case the stored context is older than the page.
    void requestContext(tab.tabId).then((fresh) => fresh && setContext(fresh));
    return stop;
  }, [tab?.tabId, generation]);

  return { tab, enabled, context, recheck: () => setGeneration((g) => g + 1) };
}
