import fs from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The flags every headless Chromium of the e2e tests and the benchmarks starts with (one list, not copies). */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

/** Which of the two Debian browsers the e2e suites need are absent, with their apt package names. */
export function findBrowsers() {
  const wanted = [
    { binary: CHROMIUM, apt: 'chromium' },
    { binary: FIREFOX, apt: 'firefox-esr' },
  ];
  return { missing: wanted.filter((w) => !fs.existsSync(w.binary)) };
}

/**
 * Resolves once the extension's content script is registered. A fresh profile registers it a moment after start, and
 * pages opened before that are not read; on a busy machine this takes seconds. Throws after 30 s, so a launch fails
 * where it went wrong, not in a later test. `worker` is the extension's service worker (a Playwright Worker).
 */
export async function waitForContentScript(worker) {
  const registered = await worker.evaluate(async () => {
    const end = Date.now() + 30_000;
    while (Date.now() < end) {
      if ((await chrome.scripting.getRegisteredContentScripts()).length) return true;
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  });
  if (!registered) throw new Error('the content script was not registered within 30 s of the browser start');
}
