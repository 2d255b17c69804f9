import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { originOf, syncConfigKey, syncConfigSchema, type SyncConfig } from '@/utils/core/sync/sync-config';
import type { SyncStatusView } from '@/utils/service/sync-calls';
import { defaultTimeZone } from '@/utils/core/calendar/zoned-time';
import type { MessageKey, Translate } from '@/utils/ui/i18n';
import { formatDateTime } from '@/utils/ui/format';
import { dataClient } from '../services';

const problemKey = (problem: string) => `syncProblem-${problem}` as MessageKey;

/**
 * Team sync (docs/team-sync.md, "The extension"): off by default. The agent names the company's server and pastes
 * the login token; "save and connect" asks for access to that one origin (never all sites), then the background
 * starts sending. A managed policy can fix the server or switch sync on or off.
 */
export function TeamSyncSection({ t }: { t: Translate }) {
  const [status, setStatus] = useState<SyncStatusView | null>(null);
  const [form, setForm] = useState<SyncConfig>({ enabled: false, server: '', token: '' });
  const [note, setNote] = useState<string | null>(null);
  const reload = () => dataClient.call('teamSyncStatus', {}).then(setStatus, (err: unknown) => setNote(String(err)));
  useEffect(() => {
    void reload();
    void browser.storage.local.get(syncConfigKey).then((v) => {
      const parsed = syncConfigSchema.safeParse(v[syncConfigKey]);
      if (parsed.success) setForm(parsed.data);
    });
    const timer = setInterval(() => void reload(), 5_000);
    return () => clearInterval(timer);
  }, []);
  if (!status) return null;
  if (!status.buildOrigin)
    return (
      <section aria-labelledby="sec-team-sync" data-testid="team-sync">
        <h2 id="sec-team-sync">{t('secTeamSync')}</h2>
        <p data-testid="team-sync-unavailable">{t('syncBuildWithout')}</p>
      </section>
    );

  const connect = async () => {
    const server = status.policyServer ? status.server : form.server;
    const origin = originOf(server);
    if (!origin) return setNote(t('syncBadServer'));
    // Asked inside the click (a user gesture), for this server only.
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
    if (!granted) return setNote(t('syncPermissionRefused'));
    const next = { ...form, server: origin, enabled: true };
    await browser.storage.local.set({ [syncConfigKey]: next });
    setForm(next);
    setNote(null);
    setStatus(await dataClient.call('teamSyncNow', {}));
  };
  const logout = async () => {
    const next = { ...form, enabled: false, token: '' };
    await browser.storage.local.set({ [syncConfigKey]: next });
    setForm(next);
    setStatus(await dataClient.call('teamSyncNow', {}));
  };
  const syncNow = async () => setStatus(await dataClient.call('teamSyncNow', {}));
  const when = (s: SyncStatusView['lastFlush']) =>
    s ? `${formatDateTime(s.at, defaultTimeZone)}${s.error ? t('syncError', { error: s.error }) : ''}` : '—';

  return (
    <section aria-labelledby="sec-team-sync" data-testid="team-sync">
      <h2 id="sec-team-sync">{t('secTeamSync')}</h2>
      <p>{t('syncIntro')}</p>
      {status.policyEnabled === true && <p>{t('syncPolicyOn')}</p>}
      {status.policyEnabled === false && <p>{t('syncPolicyOff')}</p>}
      <label>
        {t('syncServer')}{' '}
        <input
          type="url"
          data-testid="sync-server"
          placeholder="https://huifang.example.com"
          value={status.policyServer ? status.server : form.server}
          readOnly={status.policyServer}
          onInput={(e) => setForm({ ...form, server: e.currentTarget.value })}
        />
      </label>
      {status.policyServer && <p>{t('syncPolicyServer')}</p>}
      <label>
        {t('syncToken')}{' '}
        <input
          type="password"
          autoComplete="off"
          data-testid="sync-token"
          value={form.token}
          onInput={(e) => setForm({ ...form, token: e.currentTarget.value })}
        />
      </label>
      <p>
        <button type="button" data-testid="sync-connect" disabled={status.policyEnabled === false} onClick={connect}>
          {t('syncSaveConnect')}
        </button>{' '}
        <button type="button" data-testid="sync-now" disabled={!status.active} onClick={syncNow}>
          {t('syncNow')}
        </button>{' '}
        <button type="button" data-testid="sync-logout" disabled={!form.enabled && !form.token} onClick={logout}>
          {t('syncLogout')}
        </button>
      </p>
      <p data-testid="sync-state" role="status">
        {status.active
          ? t('syncActive', {
              server: status.origin ?? '',
              agent: status.agent ?? '',
              tenant: status.tenant ?? '',
              role: status.role ?? '',
            })
          : t(problemKey(status.problem ?? 'off'), { build: status.buildOrigin })}
      </p>
      {note && <p class="error">{note}</p>}
      <p data-testid="sync-counts">{t('syncCounts', status.counts)}</p>
      <p>
        {t('syncLastFlush', { at: when(status.lastFlush) })} · {t('syncLastPull', { at: when(status.lastPull) })}
      </p>
    </section>
  );
}
