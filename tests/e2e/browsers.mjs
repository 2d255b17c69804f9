import fs from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Which of the two Debian browsers the e2e suites need are absent, with their apt package names. */
export function findBrowsers() {
  const wanted = [
    { binary: CHROMIUM, apt: 'chromium' },
    { binary: FIREFOX, apt: 'firefox-esr' },
  ];
  return { missing: wanted.filter((w) => !fs.existsSync(w.binary)) };
}
