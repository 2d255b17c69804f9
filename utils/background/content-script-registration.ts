import { browser } from 'wxt/browser';
import { enabledOriginPatterns } from '../core/origins';

export const CONTENT_SCRIPT_ID = 'huifang-crm';
export const CONTENT_SCRIPT_FILE = '/content-scripts/crm.js';

type Browser = typeof browser;

/** Registers the content script for exactly the origins the user has granted, replacing any earlier registration. */
export async function syncContentScriptRegistration(b: Browser = browser): Promise<string[]> {
  const granted = await b.permissions.getAll();
  const matches = enabledOriginPatterns(granted.origins);
  const existing = await b.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (existing.length) await b.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (matches.length) {
    // Every frame of an enabled origin (framesets, workbench tabs in iframes), also about:blank/srcdoc frames
    // they create (matchOriginAsFallback; a browser that does not know the key gets the registration without it).
    const script = {
      id: CONTENT_SCRIPT_ID,
      js: [CONTENT_SCRIPT_FILE],
      matches,
      runAt: 'document_idle' as const,
      allFrames: true,
    };
    try {
      await b.scripting.registerContentScripts([{ ...script, matchOriginAsFallback: true }]);
    } catch {
      await b.scripting.registerContentScripts([script]);
    }
  }
  return matches;
}

/** Newly enabled origins take effect at once in tabs already open on them (the script guards against a second run). */
export async function injectIntoOpenTabs(origins: readonly string[], b: Browser = browser): Promise<void> {
  const matches = enabledOriginPatterns(origins);
  if (!matches.length) return;
  const tabs = await b.tabs.query({ url: matches });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : b.scripting
            .executeScript({ target: { tabId: tab.id, allFrames: true }, files: [CONTENT_SCRIPT_FILE] })
            .catch(() => undefined),
    ),
  );
}

/**
 * The content scripts in open tabs stop when the extension is updated, reloaded, or turned off and on again, and the
 * browser injects the registered script only into pages loaded after that: the CRM tab the agent is calling from
 * would read as "no customer" until reloaded. So once per run of the extension (`storage.session` is emptied with
 * each run), every tab of an enabled origin whose page has no live content script of this run gets one; the page's
 * overlay comes back with the call (docs/architecture.md, "An update or a reload of the extension").
 */
export async function restoreIntoOpenTabs(b: Browser = browser): Promise<void> {
  const flag = 'content-scripts-restored';
  if ((await b.storage.session.get(flag))[flag]) return;
  await b.storage.session.set({ [flag]: true });
  const matches = enabledOriginPatterns((await b.permissions.getAll()).origins);
  if (!matches.length) return;
  const tabs = await b.tabs.query({ url: matches });
  await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return;
      // A page loaded in this run has its script already (it answers); a second copy would only replace it.
      const live = await b.tabs.sendMessage(id, { type: 'context-request' }, { frameId: 0 }).then(
        () => true,
        () => false,
      );
      if (!live)
        await b.scripting
          .executeScript({ target: { tabId: id, allFrames: true }, files: [CONTENT_SCRIPT_FILE] })
          .catch(() => undefined);
    }),
  );
}
