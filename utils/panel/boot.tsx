import { browser } from 'wxt/browser';
import { render } from 'preact';
import { computed, effect, signal } from '@preact/signals';
import '@/components/styles.css';
import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { defaultTimeZone } from '@/utils/core/calendar/zoned-time';
import { pickLocale } from '@/utils/ui/i18n/format';
import { bundledCatalogs, loadPanelCatalog } from '@/utils/ui/i18n/panel';
import type { Locale } from '@/utils/core/script/localized';
import { createCallMirror } from '@/utils/call/call-mirror';
import { callPortName } from '@/utils/call/call-port-name';
import { createPanelView } from '@/utils/ui/panel-view';
import { createDataState } from '@/utils/ui/data-state';
import { saveFile } from '@/utils/ui/save-file';
import { createSettingsStore, parseSettings, settingsKey } from '@/utils/settings/settings-store';
import { createDataClient } from '@/utils/service/call-client';
import type { PanelCalls } from '@/utils/service/panel-calls';
import { streamPortName } from '@/utils/service/stream-port-name';
import { App } from './app';
import { getActiveTab, getTabInfo, isSiteEnabled, readBoundTabId } from './tab-binding';
import { takeEarlyStart } from './early-start';
import { afterFirstPaint, createLater } from './later';
import { stageMark } from '@/utils/stage-mark';

/**
 * Starts a view of the tab's call (side panel, sidebar, pop-out window or the in-page overlay). The call, the
 * database and the settings live in the background (docs/architecture.md). Returns the cleanup.
 */
export async function bootPanel(
  root: HTMLElement,
  options: { search: string; compact?: boolean },
): Promise<() => void> {
  stageMark('hf:boot');
  const store = createSettingsStore(browser.storage.local, browser.storage.onChanged);
  // The side panel's early script asked for the settings, the tab and its call while this script loaded
  // (utils/panel/early-start.ts); the pop-out window and the overlay ask now.
  const early = takeEarlyStart(options.search);
  const storedSettings = early ? early.settings.then((raw) => parseSettings(raw[settingsKey])) : store.read();
  const uiLanguage = browser.i18n?.getUILanguage?.() ?? navigator.language;
  // Only the panel's texts in one language load (utils/ui/i18n/panel.ts): the browser's, beside the settings read;
  // a stored choice of the other language loads that one instead.
  const guess = pickLocale(null, uiLanguage);
  const guessedCatalog = bundledCatalogs[guess] ?? loadPanelCatalog(guess);
  const c = createCallMirror(
    {
      // The view's language goes with it: the background speaks the views' (utils/background/view-language.ts).
      connect: (tabId) => early?.takePort(tabId) ?? browser.runtime.connect({ name: callPortName(tabId, uiLanguage) }),
      now: () => Date.now(),
      timeZone: defaultTimeZone,
      setTimer: (fn, ms) => window.setTimeout(fn, ms),
    },
    guess,
    null,
  );
  // The call's snapshot is what the agent waits for: ask for it now, beside the settings read, not after the first
  // render has found the tab (docs/benchmarks.md, "Panel weight and time to the first answer"). The app binds the
  // same tab again when it has looked it up (a no-op), or another one if the agent moved meanwhile.
  let appBound = false;
  const boundTab = readBoundTabId(options.search);
  if (boundTab !== null) c.bind(boundTab);
  // The tab, looked up now beside the settings read, so that the first render shows the call rather than waiting for
  // the app's own lookups (docs/benchmarks.md, "Panel weight and time to the first answer"); the app keeps following
  // the tab from there. Whether Huifang runs on its site is not waited for: a customer read from the page says it
  // does, and the site gate shows only once the check has said no (utils/panel/use-tab.ts).
  const firstTab = (early?.tab ?? (boundTab !== null ? getTabInfo(boundTab) : getActiveTab())).catch(() => null);
  if (boundTab === null) void firstTab.then((t) => !appBound && t && c.bind(t.tabId));
  const firstEnabled = firstTab.then((t) => (t?.url ? isSiteEnabled(t.url) : false));
  void storedSettings.then(() => stageMark('hf:settings'));
  void firstTab.then(() => stageMark('hf:tab'));
  void firstEnabled.then(() => stageMark('hf:enabled'));
  const [firstSettings, initialTab] = await Promise.all([storedSettings, firstTab]);
  const settings = signal(firstSettings);
  const stopSettings = store.watch((value) => (settings.value = value));
  const locale = computed(() => pickLocale(settings.value.locale, uiLanguage));
  // The calls' result schemas load with the first call, after the first answer shows (utils/panel/later.ts).
  const client = createDataClient<PanelCalls>(
    () => import('@/utils/service/panel-calls').then((m) => m.panelCalls),
    (message) => browser.runtime.sendMessage(message),
    () => browser.runtime.connect({ name: streamPortName }),
  );
  const first = locale.value;
  c.setLocale(first, bundledCatalogs[first] ?? (await (first === guess ? guessedCatalog : loadPanelCatalog(first))));
  document.documentElement.lang = first;
  stageMark('hf:catalog');
  // A switch (here, in the overlay or on the options page) shows once the other language's texts have loaded.
  let wanted = first;
  const stopLocale = effect(() => {
    const next = locale.value;
    wanted = next;
    void loadPanelCatalog(next).then(
      (catalog) => {
        if (wanted !== next) return;
        c.setLocale(next, catalog);
        document.documentElement.lang = next;
      },
      () => undefined,
    );
  });
  let tabId: number | null = null;
  const send = (
    message: { type: 'teach-start'; field: string } | { type: 'teach-cancel' } | { type: 'toggle-overlay' },
  ) => {
    if (tabId !== null) void browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  };
  const v = createPanelView(
    c,
    {
      now: () => new Date(),
      timeZone: defaultTimeZone,
      calendar: computed(() => createWorkingCalendar(settings.value.calendarOverrides)),
      windows: computed(() => settings.value.callWindows),
      industry: computed(() => settings.value.profile.industry),
    },
    {
      teach: (field) => send({ type: 'teach-start', field }),
      cancelTeach: () => send({ type: 'teach-cancel' }),
      reveal: (customerKey) => void client.call('recordReveal', { customerKey }).catch(() => undefined),
      escalate: async (input) => (await client.call('escalate', input)).secondCallbackDue,
      correct: async (input) => void (await client.call('correctRecord', input)),
    },
  );
  const data = createDataState(client, (file) => saveFile(file));
  const calendar = () => createWorkingCalendar(settings.value.calendarOverrides);
  const later = createLater(() =>
    import('./later-views').then((m) =>
      m.createLaterViews({ c, client, store, settings, calendar, timeZone: defaultTimeZone }),
    ),
  );
  const setLocale = (next: Locale) => void store.update({ locale: next });
  const timer = window.setInterval(() => c.call.updateTick(), 1000);
  // Once the call is on screen (or nothing came): the rest of the panel, and the checks that need no hurry.
  const stopLater = afterFirstPaint(
    computed(() => c.snapshot.value !== null),
    () => {
      void later.load().catch(() => undefined);
      void import('@/utils/db/storage-guard').then((m) => m.requestPersistentStorage(navigator.storage));
      // A database that comes back empty after holding records raises the alarm instead of starting fresh.
      void client.call('checkDataMarker', {}).then(
        (check) => {
          if (check.status === 'data-missing')
            data.message.value = c.t.value('dataMissing', {
              n: check.expectedRecords,
              time: check.markedAt.slice(0, 16),
            });
        },
        () => undefined,
      );
    },
  );
  stageMark('hf:render');
  render(
    <App
      c={c}
      v={v}
      data={data}
      search={options.search}
      compact={options.compact}
      onLocale={setLocale}
      onTab={(id) => {
        appBound = true;
        tabId = id;
      }}
      onOverlay={() => send({ type: 'toggle-overlay' })}
      initialTab={{ tab: initialTab, enabled: firstEnabled }}
      day={{ settings, timeZone: defaultTimeZone }}
      later={later}
    />,
    root,
  );
  stageMark('hf:rendered');
  return () => {
    window.clearInterval(timer);
    stopLater();
    stopSettings();
    stopLocale();
    render(null, root);
    c.dispose();
  };
}
