// `npm start`: build the demo extension (localhost enabled), serve the demo CRM pages, open Chromium on one of them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFixtureServer } from '../tests/e2e/fixture-server.mjs';
import { CHROMIUM } from '../tests/e2e/browsers.mjs';

const EXTENSION_DIR = path.resolve('.output/chrome-mv3-demo');
const DEMO_PAGE = 'crm-pages/hxtd-customer.html';
const PORT = Number(process.env.PORT ?? 5178);

const build = spawnSync('npx', ['wxt', 'build', '--mode', 'demo'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let server;
try {
  server = await startFixtureServer({ port: PORT });
} catch {
  server = await startFixtureServer();
}
const demoUrl = server.url(DEMO_PAGE);
const otherPages = fs.readdirSync(path.resolve('tests/fixtures/crm-pages')).filter((f) => f.endsWith('.html'));

console.log(`\nDemo CRM pages served on ${server.origin}/ :`);
for (const f of otherPages) console.log(`  ${server.url(`crm-pages/${f}`)}`);

const loadByHand = `
To load Huifang by hand in Chromium or Chrome:
  1. open chrome://extensions and switch on "Developer mode";
  2. "Load unpacked" → choose ${EXTENSION_DIR}
     (this demo build has localhost and 127.0.0.1 enabled; the production build, \`npm run build\` → .output/chrome-mv3,
      runs on no site until you press "Enable on this site" in the panel);
  3. open ${demoUrl} and click the Huifang toolbar button to open the side panel.
Press Ctrl-C to stop the demo server.`;

if (!process.env.DISPLAY || !fs.existsSync(CHROMIUM)) {
  console.log(
    `\nNo display${fs.existsSync(CHROMIUM) ? '' : ` (and no ${CHROMIUM}: sudo apt-get install -y chromium)`}, so no browser is opened.${loadByHand}`,
  );
} else {
  const { chromium } = await import('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'huifang-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: null,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  // A fresh profile registers the content script a moment after start: a page opened before that shows "no customer"
  // until reloaded, so wait for the registration first (the e2e harness does the same).
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const registered = await worker.evaluate(async () => {
    for (let i = 0; i < 200; i++) {
      if ((await chrome.scripting.getRegisteredContentScripts()).length) return true;
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  });
  if (!registered)
    console.log('Huifang has not registered its page reader yet: reload the page if it shows no customer.');
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(demoUrl);
  console.log(
    `\nChromium is open on ${demoUrl} with Huifang loaded: click the Huifang toolbar button to open the side panel.`,
  );
  console.log('Close the browser or press Ctrl-C to stop.');
  context.on('close', async () => {
    await server.close();
    process.exit(0);
  });
}
