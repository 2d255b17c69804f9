import { render } from 'preact';
import '@/components/styles.css';
import { db } from '@/utils/db/db';
import { setSetting, requestPersistentStorage } from '@/utils/db';
import { pickLocale, type Locale } from '@/utils/ui/i18n';
import { createPanelController } from '@/utils/ui/panel-controller';
import { createPanelView } from '@/utils/ui/panel-view';
import { createDataState } from '@/utils/ui/data-state';
import { readBoundTabId } from './tab-binding';
import { createPanelPorts, saveFile } from './ports';
import { App } from './app';

async function start() {
  const root = document.getElementById('app');
  if (!root) return;
  const stored = await db.settings.get('locale').catch(() => undefined);
  const locale = pickLocale(typeof stored?.value === 'string' ? stored.value : null, browser.i18n?.getUILanguage?.() ?? navigator.language);
  const ports = await createPanelPorts();
  const c = createPanelController(ports, locale);
  const tabIdFor = () => readBoundTabId(location.search);
  const v = createPanelView(c, ports, {
    teach: (field) => {
      const id = tabIdFor();
      if (id !== null) void browser.tabs.sendMessage(id, { type: 'teach-start', field }).catch(() => undefined);
    },
    cancelTeach: () => {
      const id = tabIdFor();
      if (id !== null) void browser.tabs.sendMessage(id, { type: 'teach-cancel' }).catch(() => undefined);
    },
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
  render(
    <App c={c} v={v} data={data} onLocale={setLocale}
      onOverlay={(tabId) => void browser.tabs.sendMessage(tabId, { type: 'toggle-overlay' }).catch(() => undefined)} />,
    root,
  );
  return () => {
    window.clearInterval(timer);
    c.dispose();
  };
}

void start();
