import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishEarlyStart } from '@/utils/panel/early-start';

// A classic script in the side panel's head (entrypoints/sidepanel/index.html), run before the panel's module script
// has loaded: it asks for the settings, the tab and the tab's call at once (utils/panel/early-start.ts). Wiring only.
export default defineUnlistedScript(() =>
  publishEarlyStart(browser, location.search, browser.i18n?.getUILanguage?.() ?? navigator.language),
);
