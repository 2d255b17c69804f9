import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractCustomer, extractSteps } from '@/utils/extract';
import { toSiteAdapter } from '@/utils/extract/adapter-guard';
import { frameArea } from '@/utils/extract/frame-area';
import { frameTitleOf, ownFrameElement } from '@/utils/frame-title';
import { registerWorldWords, toWorldWords } from '@/utils/extract/generic/words';
import { observeRecord } from '@/utils/extract/observe';
import { startPicker } from '@/utils/extract/teach-picker';
import { createOverlayToggle, createPlacementStore, readOverlayState, replaceOrphans } from '@/utils/overlay';
import { createExtensionWatch, extensionWatchPortName } from '@/utils/overlay/extension-watch';
import type { SiteAdapter } from '@/utils/core/schemas/site-adapter';
import type { Message } from '@/utils/messages';

// Registered at run time, only for the origins the user enabled (see background.ts).
// Wiring only: extraction, observation and the picker live in utils/extract.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    // Injected again into a page that has one (registration + enable-on-this-site, the extension's next run after an
    // update): WXT's context stops the earlier one as this one starts (ctx.onInvalidated below), so this one runs.
    let siteAdapter: SiteAdapter | undefined;
    let stopPicker: (() => void) | null = null;
    // After the extension went away sendMessage throws at once rather than rejecting.
    const post = (message: Message) => {
      try {
        return browser.runtime.sendMessage(message).catch(() => undefined);
      } catch {
        return Promise.resolve(undefined);
      }
    };

    // Runs in every frame of an enabled origin; the background picks the frame that holds the record.
    const isTop = window.top === window;
    let focusedAt = 0;
    const frame = () => {
      const info = { area: frameArea(window), focusedAt };
      return isTop ? info : { ...info, title: frameTitleOf(document, ownFrameElement(window)) };
    };
    // Closed shadow roots are only counted (Chrome: chrome.dom; Firefox: Element.openOrClosedShadowRoot).
    const chromeDom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?(e: Element): ShadowRoot | null } } })
      .chrome?.dom;
    const closedShadowProbe = (el: Element) =>
      chromeDom?.openOrClosedShadowRoot?.(el) ??
      (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ??
      null;
    // A srcdoc / about:blank frame reads as its creator's page (its base URL): the taught adapter's origin matches.
    const pageUrl = () => (location.protocol === 'about:' ? document.baseURI : location.href);
    const extract = () => extractCustomer(document, pageUrl(), new Date(), siteAdapter, { closedShadowProbe });
    // The world's field words are not in this script (each frame of each page would parse them): the background hands
    // them over before the first read (docs/adapters.md, "How the world's words reach the content script").
    const worldWords = browser.runtime
      .sendMessage({ type: 'world-words-request' } satisfies Message)
      .then((raw: unknown) => {
        const tables = toWorldWords(raw);
        if (tables) registerWorldWords(tables);
      })
      .catch(() => undefined);
    const observer = observeRecord({
      host: ctx,
      doc: document,
      ready: worldWords,
      extract,
      // Read in slices: a page of tens of thousands of elements keeps answering the agent while it is read.
      steps: () => extractSteps(document, pageUrl(), new Date(), siteAdapter, { closedShadowProbe }),
      send: (context) => void post({ type: 'context-extracted', context, frame: frame() }),
      // document.open (a record written into an about:blank frame) erased the page's listeners, ours with them.
      onDocumentReplaced: () => listenForTouch(),
    });
    // The frame the agent works in wins between frames showing different records: say so when it changes.
    const touched = () => {
      const before = focusedAt;
      focusedAt = Date.now();
      const current = observer.current();
      if (!isTop && current && Object.keys(current.fields).length > 0 && focusedAt - before > 1000)
        void post({ type: 'context-extracted', context: current, frame: frame() });
    };
    // The same listener added again is a no-op (the DOM keeps one), so this may run whenever the document is replaced.
    function listenForTouch() {
      ctx.addEventListener(window, 'pointerdown', touched, { capture: true });
      ctx.addEventListener(window, 'keydown', touched, { capture: true });
    }
    listenForTouch();

    // The adapter the agent taught for this origin, if any; the background reads it from the database.
    browser.runtime
      .sendMessage({ type: 'site-adapter-request', origin: location.origin } satisfies Message)
      .then((raw: unknown) => {
        const adapter = toSiteAdapter(raw);
        if (adapter && ctx.isValid) {
          siteAdapter = adapter;
          observer.refresh();
        }
      })
      .catch(() => undefined);

    // The in-page overlay (top frame only): our own page in a frame, so the CRM page can neither read nor restyle it.
    const overlay = !isTop
      ? null
      : createOverlayToggle({
          doc: document,
          src: browser.runtime.getURL('/overlay.html'),
          site: location.origin,
          // browser.storage.local directly: WXT's storage wrapper would cost the page several KB of script.
          store: createPlacementStore({
            getItem: async (key) =>
              (await browser.storage.local.get(key.slice('local:'.length)))[key.slice('local:'.length)],
            setItem: (key, value) => browser.storage.local.set({ [key.slice('local:'.length)]: value }),
          }),
          labels: {
            title: browser.i18n.getMessage('overlayTitle'),
            collapse: browser.i18n.getMessage('overlayCollapse'),
            expand: browser.i18n.getMessage('overlayExpand'),
            close: browser.i18n.getMessage('overlayClose'),
            updated: browser.i18n.getMessage('overlayUpdated'),
            reload: browser.i18n.getMessage('overlayReload'),
          },
          onOpenChange: (open) => {
            watchOpen();
            void post({ type: 'overlay-state', open, language: browser.i18n.getUILanguage() });
          },
        });
    // While the overlay is open, a port tells when the extension goes away (utils/overlay/extension-watch.ts).
    const extensionWatch = createExtensionWatch({
      connect: () => browser.runtime.connect({ name: extensionWatchPortName }),
      stillThere: () => ctx.isValid,
      setTimer: (fn, ms) => ctx.setTimeout(fn, ms),
    });
    function watchOpen() {
      extensionWatch.watch(overlay?.isOpen() ?? false);
    }
    // Open in this tab before this page load (the background remembers it per tab), in the panel's language.
    const overlayState = (open?: boolean) =>
      browser.runtime
        .sendMessage({ type: 'overlay-state', open, language: browser.i18n.getUILanguage() } satisfies Message)
        .then(readOverlayState)
        .catch(() => null);
    // An overlay open when the extension's last run ended (updated, reloaded) opens again in its place, with the call.
    const wasOpen = overlay ? replaceOrphans(document) : false;
    if (overlay)
      void overlayState(wasOpen || undefined).then((state) => {
        if (!state || !ctx.isValid) return;
        overlay.setLabels(state.labels);
        if (state.open) void overlay.show().then(watchOpen);
      });

    const onMessage = (raw: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
      if (!ctx.isValid || sender.id !== browser.runtime.id || typeof raw !== 'object' || raw === null) return undefined;
      // A hand-written guard, not zod: the content script stays small (docs/architecture.md).
      const message: { type?: unknown; field?: unknown; adapter?: unknown } = raw;
      switch (message.type) {
        case 'context-request': {
          // Before the first answer, the extraction in progress answers (the page is read once, in slices).
          const current = observer.current();
          if (current) {
            sendResponse(current);
            return undefined;
          }
          void observer.answer().then(sendResponse);
          return true; // sendResponse is called later
        }
        case 'teach-start': {
          if (typeof message.field !== 'string' || message.field.length === 0 || message.field.length > 200)
            return undefined;
          const field = message.field;
          stopPicker?.();
          stopPicker = startPicker(document, {
            events: ctx,
            onPick: (picked) => {
              stopPicker = null;
              void post({ type: 'teach-picked', field, origin: location.origin, ...picked });
            },
            onCancel: () => {
              stopPicker = null;
            },
          });
          return undefined;
        }
        case 'toggle-overlay':
          if (overlay)
            void overlayState()
              .then((state) => state && overlay.setLabels(state.labels))
              .then(() => overlay.toggle())
              .then(watchOpen)
              .then(() => overlayState(overlay.isOpen()));
          return undefined;
        case 'teach-cancel':
          stopPicker?.();
          stopPicker = null;
          return undefined;
        case 'site-adapter-updated': {
          // Teach mode started a picker in every frame; the pick in one frame ends the others.
          stopPicker?.();
          stopPicker = null;
          const adapter = message.adapter === null ? null : toSiteAdapter(message.adapter);
          if (message.adapter !== null && !adapter) return undefined;
          siteAdapter = adapter ?? undefined;
          observer.refresh();
          return undefined;
        }
        default:
          return undefined;
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      stopPicker?.();
      try {
        extensionWatch.watch(false);
      } catch {
        // The port went with the extension.
      }
      // The extension went away (its id is gone): the open overlay says so and stays until the next run replaces it.
      // Else a newer copy of this script took over the page and brings its own overlay.
      if (browser.runtime?.id) overlay?.destroy();
      else overlay?.orphan();
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // Gone with the extension.
      }
    });
  },
});
