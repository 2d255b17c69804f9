import { render } from 'preact';
import '@/components/styles.css';
import { db } from '@/utils/db/db';
import { checkDataMarker, recordAudit, requestPersistentStorage, setSetting, watchVersionChange } from '@/utils/db';
import { pickLocale, type Locale } from '@/utils/ui/i18n';
import { createPanelController } from '@/utils/ui/panel-controller';
import { createPanelView } from '@/utils/ui/panel-view';
import { createDataState } from '@/utils/ui/data-state';
import { createPanelPorts, saveFile } from './ports';
import { createRemotePorts } from './remote-ports';
import { App } from './app';

/** Starts the panel app (side panel, sidebar, pop-out window or the in-page overlay). Returns the cleanup. */
export async function bootPanel(
  root: HTMLElement,
  options: { search: string; compact?: boolean },
): Promise<() => void> {
  const stored = await db.settings.get('locale').catch(() => undefined);
  const locale = pickLocale(
    typeof stored?.value === 'string' ? stored.value : null,
    browser.i18n?.getUILanguage?.() ?? navigator.language,
  );
  const localPorts = await createPanelPorts();
  const ports = options.compact ? createRemotePorts(localPorts) : localPorts;
  const c = createPanelController(ports, locale);
  let tabId: number | null = null;
  const send = (
    message: { type: 'teach-start'; field: string } | { type: 'teach-cancel' } | { type: 'toggle-overlay' },
  ) => {
    if (tabId !== null) void browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  };
  const v = createPanelView(c, ports, {
    teach: (field) => send({ type: 'teach-start', field }),
    cancelTeach: () => send({ type: 'teach-cancel' }),
    reveal: (customerKey) =>
      void recordAudit(db, {
        action: 'reveal',
        at: new Date().toISOString(),
        agent: c.agent.value,
        counts: {},
        ids: [customerKey],
      }).catch(() => undefined),
  });
  const data = createDataState(ports, saveFile);
  await c.init();
  const setLocale = (next: Locale) => {
    c.locale.value = next;
    document.documentElement.lang = next;
    void setSetting(db, 'locale', next);
  };
  document.documentElement.lang = locale;
  const timer = window.setInterval(() => c.call.updateTick(), 1000);
  // Last chance to save the call when the panel closes or hides.
  const flush = () => void c.flush();
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', flush);
  void requestPersistentStorage(navigator.storage);
  const stopVersionWatch = watchVersionChange(db, {
    pendingDraft: c.pendingDraft,
    onReloadNeeded: () => (c.status.value = c.t.value('reloadNeeded')),
  });
  // A database that comes back empty after holding records raises the alarm instead of starting fresh.
  const markerStore = {
    get: (key: string) => storage.getItem(`local:${key}`),
    set: (key: string, value: unknown) => storage.setItem(`local:${key}`, value),
  };
  void checkDataMarker(db, markerStore, new Date()).then(
    (check) => {
      if (check.status === 'data-missing')
        c.status.value = c.t.value('dataMissing', { n: check.expectedRecords, time: check.markedAt.slice(0, 16) });
    },
    () => undefined,
  );
  render(
    <App
      c={c}
      v={v}
      data={data}
      search={options.search}
      compact={options.compact}
      onLocale={setLocale}
      onTab={(id) => (tabId = id)}
      onOverlay={() => send({ type: 'toggle-overlay' })}
    />,
    root,
  );
  return () => {
    window.clearInterval(timer);
    stopVersionWatch();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', flush);
    render(null, root);
    c.dispose();
  };
}
