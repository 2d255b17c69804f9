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
