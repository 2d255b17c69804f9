import type { browser as Api } from 'wxt/browser';
import { callPortName } from '@/utils/call/call-port-name';
import type { CallPort } from '@/utils/call/call-mirror';
import { stageMark } from '@/utils/stage-mark';
import { getActiveTab, getTabInfo, readBoundTabId, type TabInfo } from './tab-binding';

/**
 * The side panel's first requests, made by a small classic script in the page's head (entrypoints/panel-early.ts)
 * while the panel's own script still loads (docs/benchmarks.md, "Panel weight and time to the first answer"): the
 * settings, the tab (the active one: the real side panel must look it up before it can ask for its call) and the
 * tab's call port. The panel (utils/panel/boot.tsx) takes them over instead of asking again.
 */
export type EarlyStart = {
  /** The page's query string when they were made: a panel booted for another one asks again. */
  search: string;
  /** storage.local's `settings` key as stored (parsed by the settings store). */
  settings: Promise<Record<string, unknown>>;
  tab: Promise<TabInfo | null>;
  /**
   * The call port opened for the tab, once, for `tabId`: the messages it got meanwhile come with it. Another tab (the
   * agent switched meanwhile) closes it and gives null; the panel then connects itself.
   */
  takePort(tabId: number): CallPort | null;
};

const key = '__huifangEarlyStart';

type Browser = typeof Api;
type RawPort = ReturnType<Browser['runtime']['connect']>;

/** Starts the requests and leaves them for the panel (called by entrypoints/panel-early.ts only). */
export function publishEarlyStart(api: Browser, search: string, language: string): void {
  Reflect.set(globalThis, key, startEarly(api, search, language));
}

/** What the page's early script started, once; null when there is none or it was for another query string. */
export function takeEarlyStart(search: string): EarlyStart | null {
  const found: unknown = Reflect.get(globalThis, key);
  Reflect.deleteProperty(globalThis, key);
  return isEarlyStart(found) && found.search === search ? found : null;
}

function isEarlyStart(value: unknown): value is EarlyStart {
  return typeof value === 'object' && value !== null && 'takePort' in value && 'search' in value;
}

export function startEarly(api: Browser, search: string, language: string): EarlyStart {
  const settings = api.storage.local.get('settings');
  const bound = readBoundTabId(search);
  const tab: Promise<TabInfo | null> = (bound !== null ? getTabInfo(bound, api) : getActiveTab(api)).catch(() => null);
  let early: { tabId: number; port: CallPort } | null = null;
  let taken = false;
  const open = (tabId: number) => {
    if (taken) return;
    stageMark('hf:connect');
    early = { tabId, port: bufferedPort(api.runtime.connect({ name: callPortName(tabId, language) })) };
  };
  if (bound !== null) open(bound);
  else void tab.then((t) => t && open(t.tabId));
  return {
    search,
    settings,
    tab,
    takePort(tabId) {
      taken = true;
      const found: { tabId: number; port: CallPort } | null = early;
      early = null;
      if (found && found.tabId !== tabId) found.port.disconnect();
      return found?.tabId === tabId ? found.port : null;
    },
  };
}

/**
 * A port that keeps what arrives before anyone listens: Chrome drops a port's messages that come while it has no
 * listener, and the panel's listener is attached only once its script has run.
 */
export function bufferedPort(port: RawPort): CallPort {
  const messages: unknown[] = [];
  let listeners: ((message: unknown) => void)[] = [];
  let onGone: (() => void)[] = [];
  let gone = false;
  port.onMessage.addListener((message: unknown) => {
    if (listeners.length === 0) messages.push(message);
    for (const fn of listeners) fn(message);
  });
  port.onDisconnect.addListener(() => {
    gone = true;
    for (const fn of onGone) fn();
  });
  return {
    postMessage: (message) => port.postMessage(message),
    onMessage: {
      addListener(fn) {
        listeners = [...listeners, fn];
        const kept = messages.splice(0);
        // As events come: after the caller has finished attaching its listeners.
        if (kept.length > 0) queueMicrotask(() => kept.forEach((message) => fn(message)));
      },
    },
    onDisconnect: {
      addListener(fn) {
        onGone = [...onGone, fn];
        if (gone) queueMicrotask(fn);
      },
    },
    disconnect: () => port.disconnect(),
  };
}
