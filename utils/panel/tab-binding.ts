import { browser } from 'wxt/browser';
import { toOriginPattern } from '@/utils/core/origins';

/** `?tabId=N` binds the panel to tab N (tests, pop-out window); otherwise it follows the active tab. */
export function readBoundTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

export type TabInfo = { tabId: number; url: string | null };

/** The tab API to ask: the page's own, or the one the side panel's early script was given (utils/panel/early-start.ts). */
type Tabs = Pick<typeof browser, 'tabs'>;

export async function getTabInfo(tabId: number, api: Tabs = browser): Promise<TabInfo> {
  const tab = await api.tabs.get(tabId).catch(() => null);
  return { tabId, url: tab?.url ?? null };
}

export async function getActiveTab(api: Tabs = browser): Promise<TabInfo | null> {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { tabId: tab.id, url: tab.url ?? null };
}

/** Calls back with the active tab of this window whenever it changes or navigates. Returns the cleanup. */
export function followActiveTab(onTab: (tab: TabInfo | null) => void): () => void {
  const refresh = () => void getActiveTab().then(onTab);
  const onUpdated = (_id: number, change: { url?: string; status?: string }) => {
    if (change.url || change.status === 'complete') refresh();
  };
  browser.tabs.onActivated.addListener(refresh);
  browser.tabs.onUpdated.addListener(onUpdated);
  refresh();
  return () => {
    browser.tabs.onActivated.removeListener(refresh);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}

export async function isSiteEnabled(url: string): Promise<boolean> {
  const pattern = toOriginPattern(url);
  if (!pattern) return false;
  return browser.permissions.contains({ origins: [pattern] }).catch(() => false);
}

/** Must run inside the click handler: the browser asks the user only during a gesture. */
export function requestSite(url: string): Promise<boolean> {
  const pattern = toOriginPattern(url);
  if (!pattern) return Promise.resolve(false);
  return browser.permissions.request({ origins: [pattern] });
}
