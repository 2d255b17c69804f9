import type { TeamView } from '@/utils/core/sync/team-view';
import type { PanelTranslate } from '@/utils/ui/i18n';

/**
 * Team sync's line for the open call (docs/team-sync.md): "已同步到 <server>", and who holds this customer — this
 * agent, another one (named, with until when), nobody because we are offline (the call is still recorded), or a lost
 * lease. Shown only while sync is on.
 */
export function TeamLine({
  t,
  team,
  formatTime,
}: {
  t: PanelTranslate;
  team: TeamView;
  formatTime: (iso: string) => string;
}) {
  const lease = team.lease;
  const until = (iso: string | null) => (iso ? formatTime(iso) : '—');
  const [tone, text] =
    lease.kind === 'held'
      ? ['ok', t('leaseHeld', { until: until(lease.until) })]
      : lease.kind === 'held-by-other'
        ? ['warn', t('leaseHeldByOther', { owner: lease.owner, until: until(lease.until) })]
        : lease.kind === 'offline'
          ? ['warn', t('leaseOffline')]
          : lease.kind === 'lost'
            ? ['warn', t('leaseLost')]
            : ['info', t('leaseIdle')];
  return (
    <div class={`team-line team-${tone}`} data-testid="team-line">
      <span class="team-badge" data-testid="team-synced">
        {t('teamSyncedTo', { server: team.server })}
      </span>{' '}
      <span data-testid="team-lease" data-lease={lease.kind} role={tone === 'warn' ? 'alert' : undefined}>
        {text}
      </span>
    </div>
  );
}
