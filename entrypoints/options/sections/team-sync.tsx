import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { originOf, syncConfigKey, syncConfigSchema, type SyncConfig } from '@/utils/core/sync/sync-config';
import type { SyncStatusView } from '@/utils/service/sync-calls';
import { defaultTimeZone } from '@/utils/core/calendar/zoned-time';
import { catalogs, type MessageKey, type Translate } from '@/utils/ui/i18n';
import { formatDateTime } from '@/utils/ui/format';
import { dataClient } from '../services';
import { TeamDaySection } from './team-day';

const problemKey = (problem: string) => `syncProblem-${problem}` as MessageKey;

const roleKey = (role: string) => `syncRole-${role}` as MessageKey;
const enrolErrorKey = (message: string) => `syncEnrolError-${message}` as MessageKey;
const hasMessage = (key: string) => key in catalogs['zh-CN'];

/**
 * Team sync (docs/team-sync.md, "The extension", "Logging in"): off by default. The agent names the company's server
 * and types the enrolment code their supervisor issued; "登录" asks for access to that one origin (never all sites),
 * then the background exchanges the code for a session and starts sending. A token from the company's own login can
 * be pasted instead. A managed policy can fix the server or switch sync on or off.
 */
export function TeamSyncSection({ t }: { t: Translate }) {
  const [status, setStatus] = useState<SyncStatusView | null>(null);
  const [form, setForm] = useState<SyncConfig>({ enabled: false, server: '', token: '' });
  const [note, setNote] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
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
  const enrol = async () => {
    const server = status.policyServer ? status.server : form.server;
    const origin = originOf(server);
    if (!origin) return setNote(t('syncBadServer'));
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
    if (!granted) return setNote(t('syncPermissionRefused'));
    setBusy(true);
    try {
      const next = await dataClient.call('teamSyncEnrol', { server: origin, code });
      setStatus(next);
      setForm({ ...form, server: origin, enabled: true, token: '' });
      setCode('');
      setNote(null);
    } catch (err) {
      // The data call's error reads "teamSyncEnrol: <key or the server's words>" (utils/service/call-client.ts).
      const message = (err instanceof Error ? err.message : String(err)).replace(/^teamSyncEnrol: /, '');
      const key = enrolErrorKey(message);
      setNote(hasMessage(key) ? t(key, { build: status.buildOrigin }) : message);
    } finally {
      setBusy(false);
    }
  };
  const logout = async () => {
    setForm({ ...form, enabled: false, token: '' });
    setStatus(await dataClient.call('teamSyncLogout', {}));
  };
  const syncNow = async () => setStatus(await dataClient.call('teamSyncNow', {}));
  const when = (s: SyncStatusView['lastFlush']) =>
    s ? `${formatDateTime(s.at, defaultTimeZone)}${s.error ? t('syncError', { error: s.error }) : ''}` : '—';

  return (
    <>
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
        <p>
          <label>
            {t('syncCode')}{' '}
            <input
              type="text"
              autoComplete="off"
              spellcheck={false}
              data-testid="sync-code"
              placeholder="K7QM-4XRT-9D2F"
              value={code}
              onInput={(e) => setCode(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && code.trim()) void enrol();
              }}
            />
          </label>{' '}
          <button
            type="button"
            data-testid="sync-enrol"
            disabled={status.policyEnabled === false || busy || !code.trim()}
            onClick={enrol}
          >
            {t('syncEnrol')}
          </button>
        </p>
        <details data-testid="sync-token-login">
          <summary>{t('syncOrToken')}</summary>
          <label>
            {t('syncToken')}{' '}
            <input
              type="password"
              autoComplete="off"
              data-testid="sync-token"
              value={form.token}
              onInput={(e) => setForm({ ...form, token: e.currentTarget.value, refreshToken: '' })}
            />
          </label>{' '}
          <button type="button" data-testid="sync-connect" disabled={status.policyEnabled === false} onClick={connect}>
            {t('syncSaveConnect')}
          </button>
        </details>
        <p>
          <button type="button" data-testid="sync-now" disabled={!status.active} onClick={syncNow}>
            {t('syncNow')}
          </button>{' '}
          <button
            type="button"
            data-testid="sync-logout"
            disabled={!status.enabled && !status.hasToken && !status.enrolled}
            onClick={logout}
          >
            {t('syncLogout')}
          </button>
        </p>
        <p data-testid="sync-state" role="status">
          {status.active
            ? t('syncActive', {
                server: status.origin ?? '',
                agent: status.agent ?? '',
                tenant: status.tenant ?? '',
                role: status.role ? t(roleKey(status.role)) : '',
              })
            : t(problemKey(status.problem ?? 'off'), { build: status.buildOrigin })}
        </p>
        {status.enrolled && status.active && <p data-testid="sync-enrolled">{t('syncEnrolled')}</p>}
        {note && (
          <p class="error" data-testid="sync-note" role="alert">
            {note}
          </p>
        )}
        <p data-testid="sync-counts">{t('syncCounts', status.counts)}</p>
        <p>
          {t('syncLastFlush', { at: when(status.lastFlush) })} · {t('syncLastPull', { at: when(status.lastPull) })}
          {status.lastLogin && <> · {t('syncLastLogin', { at: when(status.lastLogin) })}</>}
        </p>
      </section>
      <TeamDaySection t={t} role={status.active ? status.role : null} />
    </>
  );
}
