import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storage } from 'wxt/utils/storage';
import { effect, signal } from '@preact/signals-core';
import { contextReplySchema, overlayOpenKey, parseMessage, tabContextKey } from '@/utils/messages';
import { createFrameTable } from '@/utils/background/frame-table';
import { senderOrigin } from '@/utils/background/sender-origin';
import { db } from '@/utils/db/db';
import { getSiteAdapter, readLegacySettingRows, watchVersionChange } from '@/utils/db';
import { siteAdapterSchema } from '@/utils/core/schemas/site-adapter';
import { customerContextSchema } from '@/utils/core/schemas/customer-context';
import { settingDefaults } from '@/utils/core/schemas/settings';
import { createSettingsStore, migrateLegacySettings } from '@/utils/settings/settings-store';
import { serveDataCall } from '@/utils/service/serve-calls';
import { serveOverPort, streamPortName } from '@/utils/service/stream-port';
import { createServiceEnv } from '@/utils/background/service-env';
import { createBackgroundCallPorts } from '@/utils/background/background-call-ports';
import { createCallHub } from '@/utils/call/call-hub';
import { readCallPortName } from '@/utils/call/call-protocol';
import { extensionWatchPortName } from '@/utils/overlay/extension-watch';
import { saveTaughtField } from '@/utils/background/save-taught-field';
import {
  injectIntoOpenTabs,
  restoreIntoOpenTabs,
  syncContentScriptRegistration,
} from '@/utils/background/content-script-registration';
import { createLiveCallMarkers } from '@/utils/background/live-call-markers';
import { createViewLanguage } from '@/utils/background/view-language';
import { scheduleBackupCheck, showBackupDue } from '@/utils/background/backup-alarm';
import { createTranslate } from '@/utils/ui/i18n';
import { createTeamSync, syncAlarmName } from '@/utils/background/team-sync';
import { syncConfigKey } from '@/utils/core/sync/sync-config';
import { WORLD_WORDS } from '@/utils/extract/generic/words/tables';

// The background owns the database, the settings and one call per tab; pages reach them by data calls and the
// call port (docs/architecture.md). Wiring only.
export default defineBackground(() => {
  const sync = () => syncContentScriptRegistration().catch((err) => console.error('Huifang: registration failed', err));
  browser.runtime.onInstalled.addListener(() => void sync());
  browser.runtime.onStartup.addListener(() => void sync());
  // After an update or a reload (or off and on) the open CRM tabs get this run's content script.
  void sync().then(() => restoreIntoOpenTabs().catch(() => undefined));
  browser.permissions.onAdded.addListener(async (permissions) => {
    await sync();
    await injectIntoOpenTabs(permissions.origins ?? []);
  });
  browser.permissions.onRemoved.addListener(() => void sync());
  openPanelFromToolbar();

  const settingsStore = createSettingsStore(browser.storage.local, browser.storage.onChanged);
  const settings = signal(settingDefaults);
  // The language: the settings' choice, else the views' browser language (utils/background/view-language.ts).
  const language = createViewLanguage(
    browser.storage.local,
    () => browser.i18n.getUILanguage(),
    () => settings.value.locale,
  );
  const settingsReady = Promise.all([
    migrateLegacySettings(browser.storage.local, () => readLegacySettingRows(db))
      .catch((err) => console.error('Huifang: settings migration failed', err))
      .then(() => settingsStore.read())
      .then((value) => void (settings.value = value)),
    language.ready,
  ]);
  settingsStore.watch((value) => (settings.value = value));
  const locale = () => language.locale.value;

  // Team sync only in a build that names its server (docs/team-sync.md). The condition is a literal at build time
  // (wxt.config.ts): the store build drops this branch and with it the whole sync engine.
  const teamSync = import.meta.env.WXT_SYNC_ORIGIN ? createTeamSync(db, browser) : null;
  const env = { ...createServiceEnv(db, settingsStore), teamSync: teamSync ?? undefined };
  const frames = createFrameTable();
  const markers = createLiveCallMarkers(browser.storage.local);
  browser.runtime.onStartup.addListener(() => void markers.clear().catch(() => undefined));
  const hub = createCallHub({
    ports: createBackgroundCallPorts(env, () => settings.value, teamSync ?? undefined),
    teamSync: teamSync?.forCalls,
    locale,
    storedContext: async (tabId) =>
      customerContextSchema.safeParse(await storage.getItem(tabContextKey(tabId))).data ?? null,
    // The chosen frame's latest report; else ask the top frame.
    requestContext: async (tabId) =>
      frames.current(tabId).context ??
      contextReplySchema.safeParse(
        await browser.tabs.sendMessage(tabId, { type: 'context-request' }, { frameId: 0 }).catch(() => null),
      ).data ??
      null,
    markers,
  });
  let firstSettings = true;
  effect(() => {
    void settings.value;
    void language.locale.value;
    if (firstSettings) firstSettings = false;
    else hub.settingsChanged(locale());
  });
  // A due scheduled backup marks the toolbar button; the options page asks for the passphrase and writes it.
  const checkBackup = () => {
    const t = createTranslate(locale());
    return showBackupDue(browser, settings.value.backup, new Date(), {
      due: t('backupBadgeDue'),
      normal: t('backupBadgeNormal'),
    }).catch((err) => console.error('Huifang: backup check failed', err));
  };
  scheduleBackupCheck(browser, checkBackup);
  effect(() => {
    void settings.value.backup;
    void language.locale.value;
    void settingsReady.then(checkBackup);
  });
  if (teamSync) {
    const refresh = () => teamSync.refresh().catch((err) => console.error('Huifang: team sync', err));
    void refresh().then(() => teamSync.flush());
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'managed' || (area === 'local' && syncConfigKey in changes)) void refresh();
    });
    browser.permissions.onAdded.addListener(() => void refresh());
    browser.permissions.onRemoved.addListener(() => void refresh());
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === syncAlarmName) void teamSync.onAlarm();
    });
    // Back online: send what was recorded offline at once, not at the next alarm.
    globalThis.addEventListener('online', () => void teamSync.flush(true));
  }
  watchVersionChange(db, { pendingDrafts: hub.pendingDrafts, onReloadNeeded: () => undefined });

  const fromOurPage = (url: string | undefined) => !!url?.startsWith(browser.runtime.getURL('/'));

  browser.runtime.onConnect.addListener((port) => {
    // A data call too big for one message (an export, an import): same call, same checks, over a port.
    if (port.name === streamPortName) {
      if (!fromOurPage(port.sender?.url)) return port.disconnect();
      return serveOverPort(port, async (raw, progress) => {
        const message = parseMessage(raw);
        if (message?.type !== 'data-call') return { ok: false, message: 'not a data call' };
        await settingsReady;
        return serveDataCall({ ...env, progress }, message.name, message.input);
      });
    }
    // A content script's open overlay holds this port only to learn when the extension goes away: nothing to serve.
    if (port.name === extensionWatchPortName && port.sender?.tab) return;
    const call = readCallPortName(port.name);
    if (call === null || !fromOurPage(port.sender?.url)) return port.disconnect();
    // Before the call opens: its script starts in the view's language.
    language.report(call.language);
    hub.connect(call.tabId, port, settingsReady);
  });

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseMessage(raw);
    const tabId = sender.tab?.id;
    if (!message) return undefined;
    switch (message.type) {
      case 'context-extracted': {
        if (tabId === undefined) return undefined;
        // Every frame reports; the record is the chosen frame's (utils/background/frame-table.ts).
        const before = frames.current(tabId);
        const now = frames.report(tabId, sender.frameId ?? 0, sender.url ?? '', message.context, message.frame);
        if (before.frameId === now.frameId && before.context === now.context && sender.frameId !== now.frameId)
          return undefined;
        void storage.setItem(tabContextKey(tabId), now.context);
        void hub.pageContext(tabId, now.context);
        return undefined;
      }
      case 'teach-picked':
        // Only a page of the origin it teaches; the panel hears the same message and shows the pick.
        if (tabId === undefined || senderOrigin(sender) !== message.origin) return undefined;
        saveTaughtField(db, message, new Date())
          .then((adapter) => browser.tabs.sendMessage(tabId, { type: 'site-adapter-updated', adapter }))
          .catch((err) => console.error('Huifang: could not save the taught field', err));
        return undefined;
      case 'data-call':
        if (!fromOurPage(sender.url)) return undefined;
        void settingsReady.then(() => serveDataCall(env, message.name, message.input)).then(sendResponse);
        return true;
      case 'overlay-hello':
        sendResponse({ tabId: tabId ?? null });
        return undefined;
      case 'overlay-state': {
        if (tabId === undefined || (sender.frameId ?? 0) !== 0) return undefined;
        language.report(message.language);
        const key = overlayOpenKey(tabId);
        const remembered =
          message.open === undefined
            ? storage.getItem<boolean>(key).then((open) => open === true)
            : (message.open ? storage.setItem(key, true) : storage.removeItem(key)).then(() => message.open === true);
        void Promise.all([remembered, settingsReady]).then(([open]) => {
          const t = createTranslate(locale());
          const labels = {
            title: t('overlayTitle'),
            collapse: t('overlayCollapse'),
            expand: t('overlayExpand'),
            close: t('overlayClose'),
            updated: t('overlayUpdated'),
            reload: t('overlayReload'),
          };
          sendResponse({ open, labels });
        });
        return true;
      }
      case 'world-words-request':
        // The world's field words, which the content script's build leaves out (docs/adapters.md).
        sendResponse(WORLD_WORDS);
        return undefined;
      case 'site-adapter-request':
        // Only the asking page's own origin: a content script never learns another site's adapter.
        if (senderOrigin(sender) !== message.origin) {
          sendResponse(null);
          return undefined;
        }
        getSiteAdapter(db, message.origin)
          .then((row) => sendResponse(row ? (siteAdapterSchema.safeParse(row.adapter).data ?? null) : null))
          .catch(() => sendResponse(null));
        return true;
      default:
        return undefined;
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void storage.removeItem(tabContextKey(tabId));
    void storage.removeItem(overlayOpenKey(tabId));
    frames.drop(tabId);
    void hub.closeTab(tabId);
  });

  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-overlay') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined)
      await browser.tabs.sendMessage(tab.id, { type: 'toggle-overlay' }).catch(() => undefined);
  });

  // Test builds start past the first-run setup (once per profile), so every e2e test but the one of the setup itself
  // (tests/e2e/chromium/morning.test.mjs, which clears it) sees the panel as an agent does after day one.
  if (import.meta.env.MODE === 'e2e')
    void settingsReady.then(async () => {
      const seeded = 'e2e-setup-seeded';
      if ((await browser.storage.local.get(seeded))[seeded]) return;
      const current = await settingsStore.read();
      if (current.profile.setupDoneAt === null)
        await settingsStore.update({ profile: { ...current.profile, setupDoneAt: new Date().toISOString() } });
      // Marked only once the settings are written: morning.test.mjs waits for the mark before clearing them.
      await browser.storage.local.set({ [seeded]: true });
    });

  // Firefox can't drive its sidebar from tests (it is browser chrome): the e2e build opens the panel as a tab instead.
  if (import.meta.env.MODE === 'e2e' && import.meta.env.FIREFOX) {
    browser.runtime.onInstalled.addListener(
      () => void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') }),
    );
  }
});

/** Chrome opens the side panel on a toolbar click by itself; Firefox needs the click to toggle its sidebar. */
function openPanelFromToolbar() {
  if (browser.sidePanel?.setPanelBehavior) {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  // Firefox's sidebarAction is not in Chrome's types: looked up, not cast.
  const sidebar: unknown = Reflect.get(browser, 'sidebarAction');
  const toggle: unknown = sidebar && typeof sidebar === 'object' ? Reflect.get(sidebar, 'toggle') : undefined;
  browser.action?.onClicked.addListener(() => {
    if (typeof toggle === 'function') void Reflect.apply(toggle, sidebar, []);
  });
}
