import { parseMessage, tabContextKey } from '@/utils/messages';
import { db } from '@/utils/db/db';
import { getSiteAdapter } from '@/utils/db';
import { siteAdapterSchema } from '@/utils/core/schemas/site-adapter';
import { servePanelPortCall } from '@/utils/background/panel-port-server';
import { createPanelPorts } from './sidepanel/ports';
import { saveTaughtField } from '@/utils/background/save-taught-field';
import { injectIntoOpenTabs, syncContentScriptRegistration } from '@/utils/background/content-script-registration';

export default defineBackground(() => {
  const sync = () => syncContentScriptRegistration().catch((err) => console.error('Huifang: registration failed', err));
  browser.runtime.onInstalled.addListener(() => void sync());
  browser.runtime.onStartup.addListener(() => void sync());
  void sync();

  browser.permissions.onAdded.addListener(async (permissions) => {
    await sync();
    await injectIntoOpenTabs(permissions.origins ?? []);
  });
  browser.permissions.onRemoved.addListener(() => void sync());

  openPanelFromToolbar();
  let portsReady: ReturnType<typeof createPanelPorts> | null = null;

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseMessage(raw);
    const tabId = sender.tab?.id;
    if (!message) return undefined;
    switch (message.type) {
      case 'context-extracted':
        if (tabId === undefined) return undefined;
        void storage.setItem(tabContextKey(tabId), message.context);
        return undefined;
      case 'teach-picked':
        // Only a page of the origin it teaches; the panel hears the same message and shows the pick.
        if (tabId === undefined || !sender.url || new URL(sender.url).origin !== message.origin) return undefined;
        saveTaughtField(db, message, new Date())
          .then((adapter) => browser.tabs.sendMessage(tabId, { type: 'site-adapter-updated', adapter }))
          .catch((err) => console.error('Huifang: could not save the taught field', err));
        return undefined;
      case 'panel-port-call':
        if (!sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
        void (portsReady ??= createPanelPorts())
          .then((ports) => servePanelPortCall(ports, message.method, message.args))
          .then(sendResponse);
        return true;
      case 'overlay-hello':
        sendResponse({ tabId: tabId ?? null });
        return undefined;
      case 'site-adapter-request':
        // Only the asking page's own origin: a content script never learns another site's adapter.
        if (!sender.url || new URL(sender.url).origin !== message.origin) {
          sendResponse(null);
          return undefined;
        }
        getSiteAdapter(db, message.origin)
          .then((row) => sendResponse(row ? (siteAdapterSchema.safeParse(row.adapter).data ?? null) : null))
          .catch(() => sendResponse(null));
        return true;
      default:
        return undefined;
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => void storage.removeItem(tabContextKey(tabId)));

  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-overlay') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined)
      await browser.tabs.sendMessage(tab.id, { type: 'toggle-overlay' }).catch(() => undefined);
  });

  // Firefox can't drive its sidebar from tests (it is browser chrome): the e2e build opens the panel as a tab instead.
  if (import.meta.env.MODE === 'e2e' && import.meta.env.FIREFOX) {
    browser.runtime.onInstalled.addListener(
      () => void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') }),
    );
  }
});

/** Chrome opens the side panel on a toolbar click by itself; Firefox needs the click to toggle its sidebar. */
function openPanelFromToolbar() {
  if (browser.sidePanel?.setPanelBehavior) {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  const firefox = browser as unknown as { sidebarAction?: { toggle(): Promise<void> } };
  browser.action?.onClicked.addListener(() => void firefox.sidebarAction?.toggle());
}
