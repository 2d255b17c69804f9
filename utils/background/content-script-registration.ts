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
