// Launches Firefox ESR with the built e2e extension (.output/firefox-mv3-e2e) over WebDriver BiDi (puppeteer-core; no
// geckodriver) and finds its sidebar page. BiDi can't open moz-extension:// URLs, so the e2e build's background opens
// sidepanel.html in a tab at install (docs/testing.md).
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { FIREFOX } from './browsers.mjs';

export const FIREFOX_EXTENSION_DIR = path.resolve('.output/firefox-mv3-e2e');

/** Firefox in zh-CN with the e2e extension installed; `prefs` are added to the profile's. */
export async function launchFirefox(prefs = {}) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: { 'intl.locale.requested': 'zh-CN', ...prefs },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    // A Firefox left running keeps node --test waiting for ever (CI once hit its time limit this way).
    const version = await browser.version().catch(() => 'unknown version');
    await browser.close().catch(() => {});
    throw new Error(`Firefox (${version}) refused the e2e extension: ${error.message}`, { cause: error });
  }
  return browser;
}

/** The tab showing the extension's sidebar page (opened by the e2e build at install); fails after 10 s. */
export async function findPanelPage(browser) {
  for (let i = 0; i < 100; i++) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.includes('/sidepanel.html')) return page;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the e2e build did not open sidepanel.html');
}

/**
 * `{ tabId, context }`: the context the background stored for the tab showing `url`, once `accept(context)` holds
 * (polled in the sidebar page, which shares the background's storage); null after 20 s.
 */
export async function storedContextOf(panel, url, accept = (c) => c !== null) {
  const end = Date.now() + 20_000;
  while (Date.now() < end) {
    const stored = await panel.evaluate(async (u) => {
      const tab = (await browser.tabs.query({})).find((t) => t.url === u);
      const key = tab ? `context-${tab.id}` : null;
      return key ? { tabId: tab.id, context: (await browser.storage.session.get(key))[key] ?? null } : null;
    }, url);
    if (stored?.context && accept(stored.context)) return stored;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}
