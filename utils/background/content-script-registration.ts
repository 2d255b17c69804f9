import { browser } from 'wxt/browser';
import { enabledOriginPatterns } from '../core/origins';

export const CONTENT_SCRIPT_ID = 'huifang-crm';
export const CONTENT_SCRIPT_FILE = '/content-scripts/crm.js';

type Browser = typeof browser;

const sameOrigins = (a: readonly string[] = [], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

let syncing: Promise<unknown> = Promise.resolve();

/**
 * Registers the content script for exactly the origins the user has granted. The background calls this each time it
 * starts (Chrome stops an idle service worker after 30 s, Firefox its background page), and on install, browser start
 * and permission changes, often several at once: one at a time, and a registration that is already right is left as
 * it is. Removing it and registering it again left a moment with no script, and a page or a frame of the CRM that
 * loaded in that moment never got one (it read "no customer" until reloaded).
 */
export function syncContentScriptRegistration(b: Browser = browser): Promise<string[]> {
  const run = syncing.then(() => syncOnce(b));
  syncing = run.catch(() => undefined);
  return run;
}

async function syncOnce(b: Browser): Promise<string[]> {
  const granted = await b.permissions.getAll();
  const matches = enabledOriginPatterns(granted.origins);
  const [existing] = await b.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (!matches.length) {
    if (existing) await b.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    return matches;
  }
  if (existing && existing.allFrames && sameOrigins(existing.matches, matches)) return matches;
  // Another set of origins: changed in place, so the origins that stay never go without the script.
  if (existing) {
    const updated = await b.scripting
      .updateContentScripts([{ id: CONTENT_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], matches, allFrames: true }])
      .then(
        () => true,
        () => false,
      );
    if (updated) return matches;
    await b.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  }
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
