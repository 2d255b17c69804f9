import { browser, type Browser as WebExtension } from 'wxt/browser';
import { enabledOriginPatterns } from '../core/origins';

export const CONTENT_SCRIPT_ID = 'huifang-crm';
export const CONTENT_SCRIPT_FILE = '/content-scripts/crm.js';

type Browser = typeof browser;
type Registered = WebExtension.scripting.RegisteredContentScript;

const sameList = (a: readonly string[] = [], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
/** Chrome reports `content-scripts/crm.js` for the `/content-scripts/crm.js` registered; a full URL reads the same. */
const scriptPath = (file: string) => file.replace(/^[a-z-]+:\/\/[^/]+/, '').replace(/^\/+/, '');

/**
 * The registration: every frame of an enabled origin (framesets, workbench tabs in iframes), also the about:blank
 * and srcdoc frames they create (matchOriginAsFallback), once the page is idle, in the isolated world, kept across
 * browser restarts. A browser that does not know matchOriginAsFallback gets it without.
 */
function wanted(matches: string[], fallbackKey: boolean): Registered {
  return {
    id: CONTENT_SCRIPT_ID,
    js: [CONTENT_SCRIPT_FILE],
    matches,
    runAt: 'document_idle',
    allFrames: true,
    persistAcrossSessions: true,
    ...(fallbackKey ? { matchOriginAsFallback: true } : {}),
  };
}

/**
 * Whether a registration is the one this build makes, field by field (an older build's may differ in any of them).
 * A key the browser leaves out is one it does not know, which the registration was made without (a browser that
 * refuses matchOriginAsFallback), and a missing world is the isolated one.
 */
function isCurrentRegistration(existing: Registered, matches: readonly string[]): boolean {
  return (
    existing.allFrames === true &&
    sameList(existing.matches, matches) &&
    sameList((existing.js ?? []).map(scriptPath), [scriptPath(CONTENT_SCRIPT_FILE)]) &&
    (existing.runAt ?? 'document_idle') === 'document_idle' &&
    (existing.world ?? 'ISOLATED') === 'ISOLATED' &&
    existing.persistAcrossSessions !== false &&
    existing.matchOriginAsFallback !== false &&
    !existing.css?.length &&
    !existing.excludeMatches?.length
  );
}

let syncing: Promise<unknown> = Promise.resolve();

/**
 * Registers the content script for exactly the origins the user has granted. The background calls this each time it
 * starts (Chrome stops an idle service worker after 30 s, Firefox its background page), and on install, browser start
 * and permission changes, often several at once: one at a time, and a registration that is already right in every
 * field is left as it is. Removing it and registering it again left a moment with no script, and a page or a frame
 * of the CRM that loaded in that moment never got one (it read "no customer" until reloaded).
 */
export function syncContentScriptRegistration(b: Browser = browser): Promise<string[]> {
  const run = syncing.then(() => syncOnce(b));
  syncing = run.catch(() => undefined);
  return run;
}

/** With matchOriginAsFallback, else without it (a browser that does not know the key refuses the registration). */
const withFallbackKey = (call: (script: Registered) => Promise<unknown>, matches: string[]) =>
  call(wanted(matches, true)).catch(() => call(wanted(matches, false)));

async function syncOnce(b: Browser): Promise<string[]> {
  const granted = await b.permissions.getAll();
  const matches = enabledOriginPatterns(granted.origins);
  const [existing] = await b.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (!matches.length) {
    if (existing) await b.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    return matches;
  }
  if (existing && isCurrentRegistration(existing, matches)) return matches;
  // Other origins, or an older build's registration: changed in place, so the origins that stay never go without
  // the script. What an update cannot take away (a style sheet, excluded pages, another world) is registered anew.
  if (
    existing &&
    !existing.css?.length &&
    !existing.excludeMatches?.length &&
    (existing.world ?? 'ISOLATED') === 'ISOLATED'
  ) {
    const updated = await withFallbackKey((script) => b.scripting.updateContentScripts([script]), matches).then(
      () => true,
      () => false,
    );
    if (updated) return matches;
  }
  if (existing) await b.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  await withFallbackKey((script) => b.scripting.registerContentScripts([script]), matches);
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
