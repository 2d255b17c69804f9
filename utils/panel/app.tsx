import { browser } from 'wxt/browser';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Signal } from '@preact/signals';
import type { Settings } from '@/utils/core/schemas/settings';
import type { QueueRow } from '@/utils/core/worklist/work-queue';
import type { Later } from './later';
import { SetupScreen } from './day-view';
import type { LaterViews } from './later-views';
import { TabBar } from '@/components/tab-bar';
import { LanguageSwitch } from '@/components/language-switch';
import { DataButtons } from '@/components/data-buttons';
import { HistoryList } from '@/components/history-list';
import type { CallMirror, PanelTab } from '@/utils/call/call-mirror';
import type { PanelView } from '@/utils/ui/panel-view';
import type { DataState } from '@/utils/ui/data-state';
import { buildManualContext } from '@/utils/ui/manual-context';
import { CurrentView } from './current-view';
import { SiteGate, NoCustomer } from './site-view';
import { useTab } from './use-tab';
import type { TabInfo } from './tab-binding';
import { bindPanelKeys } from './panel-keys';

export type AppProps = {
  c: CallMirror;
  v: PanelView;
  data: DataState;
  /** `?tabId=N` binds to a tab; empty follows the active tab. */
  search: string;
  compact?: boolean;
  onTab: (tabId: number | null) => void;
  onLocale: (l: 'zh-CN' | 'en') => void;
  onOverlay: (tabId: number) => void;
  /** The tab and the check of its site, as boot started them (absent: looked up after the first render). */
  initialTab?: { tab: TabInfo | null; enabled: Promise<boolean> };
  /** The agent's day (issue #12): the settings; setup, the queue and the work-list import are in `later`. */
  day: { settings: Signal<Settings>; timeZone: string };
  /** What the first frame of a call does not show, loaded after it (utils/panel/later.ts). */
  later: Later<LaterViews>;
};

export function App({
  c,
  v,
  data,
  search,
  compact = false,
  onTab,
  onLocale,
  onOverlay,
  initialTab,
  day,
  later,
}: AppProps) {
  const binding = useTab(search, initialTab);
  const t = c.t.value;
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [setupError, setSetupError] = useState<string | null>(null);
  const [expected, setExpected] = useState<QueueRow | null>(null);
  const setupNeeded = day.settings.value.profile.setupDoneAt === null;
  const l = later.value.value;
  // The key the customer is stored under (the queue's), as the background resolved it; only the queue, in the later
  // part, asks for it, so the key's hash loads with that part (docs/architecture.md, "What the panel loads first").
  const currentKey = c.customerKey.value ?? l?.keyOfContext(c.call.customer.value) ?? null;
  const openRow = (row: QueueRow | null) => {
    const tabId = binding.tab?.tabId;
    if (!row) return;
    if (!row.recordUrl || tabId === undefined) {
      data.message.value = t('qNoLink');
      return;
    }
    setExpected(row);
    c.tab.value = 'current';
    void browser.tabs.update(tabId, { url: row.recordUrl });
  };
  const nextCustomer = () =>
    void later
      .load()
      .then((m) => m.q.next(c.customerKey.value ?? m.keyOfContext(c.call.customer.value)))
      .then(openRow);
  // The other tabs and the keys' help are in the later part: shown first, they load it at once. The setup screen is
  // not: on a first run it is the first frame, and loading the later part then would compete with the call's start.
  const needsLater = v.showHelp.value || c.tab.value !== 'current';
  useEffect(() => {
    if (needsLater) void later.load().catch(() => undefined);
  }, [needsLater]);
  // J: the next customer of the day, from any tab of the panel, never while typing or mid-call.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target instanceof HTMLElement ? e.target : null;
      if (e.key !== 'j' && e.key !== 'J') return;
      if (e.ctrlKey || e.altKey || e.metaKey || e.defaultPrevented) return;
      if (el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))) return;
      if (c.call.inCall.value) return;
      e.preventDefault();
      nextCustomer();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
  // The call of the tab, as the background holds it: the customer on the page, or the one typed in.
  const context = c.call.customer.value;
  const manual = Object.values(context?.fields ?? {}).some((f) => f.source.via === 'manual');

  useEffect(() => {
    // The boot bound the tab already; binding "none" before the lookup answers would drop its call for a moment.
    if (binding.tab === undefined) return;
    const tabId = binding.tab?.tabId ?? null;
    c.bind(tabId);
    onTab(tabId);
  }, [binding.tab === undefined, binding.tab?.tabId]);
  useEffect(() => bindPanelKeys(document, c, v, data), [c, v, data]);
  useEffect(() => {
    v.picking.value = null;
  }, [c.call.page.value]);
  useEffect(() => {
    if (c.tab.value === 'queue') void later.load().then((m) => m.q.refresh());
  }, [c.tab.value]);

  const tabs = useMemo(
    () => [
      { id: 'current' as PanelTab, label: t('tabCurrent') },
      { id: 'queue' as PanelTab, label: t('tabQueue'), testId: 'queue-tab' },
      { id: 'history' as PanelTab, label: t('tabHistory'), testId: 'history-tab' },
    ],
    [t],
  );
  const tab = binding.tab;
  const page = tab?.url ? { url: tab.url, origin: new URL(tab.url).origin } : { url: '', origin: 'manual:' };

  return (
    <div class={compact ? 'app compact' : 'app'} lang={c.locale.value}>
      <header class="top">
        <TabBar tabs={tabs} active={c.tab.value} onSelect={(id) => (c.tab.value = id)} label={t('appName')} />
        <LanguageSwitch locale={c.locale.value} label={t('langSwitch')} onChange={onLocale} />
        <button
          type="button"
          class="icon"
          aria-pressed={v.showHelp.value}
          onClick={() => (v.showHelp.value = !v.showHelp.value)}
          title={t('keyHelp')}
        >
          ?
        </button>
        {tab && !compact && !search && (
          <button
            type="button"
            class="icon"
            data-testid="pop-out"
            onClick={() =>
              void browser.windows.create({
                url: `${browser.runtime.getURL('/sidepanel.html')}?tabId=${tab.tabId}`,
                type: 'popup',
                width: 420,
                height: 860,
              })
            }
          >
            {t('popOut')}
          </button>
        )}
        <button
          type="button"
          class="icon"
          data-testid="open-settings"
          aria-pressed={settingsOpen}
          onClick={() => setSettingsOpen(!settingsOpen)}
        >
          {t('settingsLink')}
        </button>
        {/* A customer read from the page says Huifang runs there before the site check answers. */}
        {tab && (binding.enabled ?? (context !== null && !manual)) && (
          <button type="button" class="icon" data-testid="toggle-overlay" onClick={() => onOverlay(tab.tabId)}>
            {t('toggleOverlay')}
          </button>
        )}
      </header>
      {v.showHelp.value && l && <l.KeyHelp t={t} onClose={() => (v.showHelp.value = false)} />}
      {needsLater && !l && <p class="empty">{t('loading')}</p>}
      {(setupNeeded || settingsOpen) && (
        <SetupScreen
          c={c}
          settings={day.settings.value}
          error={setupError}
          onLocale={onLocale}
          onSave={(values) =>
            void later
              .load()
              .then((m) => m.saveSetup(values))
              .then((error) => {
                setSetupError(error);
                if (!error) setSettingsOpen(false);
              })
          }
        />
      )}
      <div role="tabpanel" class="main" aria-labelledby={`tab-${c.tab.value}`} hidden={setupNeeded || settingsOpen}>
        {c.tab.value === 'current' && l && (
          <l.ExpectedCustomerNotice c={c} expected={expected} onDismiss={() => setExpected(null)} />
        )}
        {c.tab.value === 'queue' && l && (
          <l.WorkQueueTab
            c={c}
            q={l.q}
            loadImport={l.loadImport}
            origins={[
              ...new Set([
                ...(tab?.url && /^https?:/.test(tab.url) ? [new URL(tab.url).origin] : []),
                ...Object.keys(day.settings.value.recordLinks),
              ]),
            ]}
            industry={day.settings.value.profile.industry}
            timeZone={day.timeZone}
            currentKey={currentKey}
            onOpen={openRow}
            onNext={nextCustomer}
          />
        )}
        {c.tab.value === 'history' && l && (
          <l.MyDayTab
            c={c}
            state={l.myDay}
            timeZone={day.timeZone}
            onOpen={(call) => {
              if (binding.tab?.tabId === undefined) return;
              c.tab.value = 'current';
              void browser.tabs.update(binding.tab.tabId, { url: call.sourceUrl });
            }}
          />
        )}
        {c.tab.value === 'history' && l && (
          <HistoryList t={t} items={v.historyItems.value} onCorrect={v.correct} Correction={l.RecordCorrection} />
        )}
        {c.tab.value === 'current' &&
          (binding.enabled === false && !manual ? (
            <SiteGate t={t} url={tab?.url ?? null} onEnabled={binding.recheck} />
          ) : context ? (
            <CurrentView v={v} onNext={nextCustomer} later={l} />
          ) : binding.enabled ? (
            <NoCustomer
              t={t}
              locale={c.locale.value}
              picking={v.picking.value}
              onTeach={v.teach}
              onCancelTeach={v.cancelTeach}
              onManual={(values) => {
                const typed = buildManualContext(values, page, new Date());
                if (typed) c.setManual(typed);
              }}
            />
          ) : (
            <p class="empty">{t('loading')}</p>
          ))}
      </div>
      <footer>
        <DataButtons
          t={t}
          status={data.message.value}
          onExportJson={() => void data.exportAs('json', c.locale.value, t)}
          onExportCsv={() => void data.exportAs('csv', c.locale.value, t)}
          onImport={(file) =>
            void data.importFrom(file, t).then(async (ok) => {
              if (ok) await c.refreshHistory();
            })
          }
        />
      </footer>
    </div>
  );
}
