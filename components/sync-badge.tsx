import type { TeamView } from '@/utils/core/sync/team-view';
import type { PanelTranslate } from '@/utils/ui/i18n';
import { SafeText } from './safe-text';

/** One record's team-sync state in History: 已同步 / 待同步 / refused, and the lease flag the server set. */
export function SyncBadge({ t, state }: { t: PanelTranslate; state: TeamView['records'][string] | undefined }) {
  if (!state) return null;
  const text =
    state.state === 'sent'
      ? t('syncBadgeSent')
      : state.state === 'pending'
        ? t('syncBadgePending')
        : t('syncBadgeRejected', { reason: state.reason ?? '' });
  const flag =
    state.flag === 'lease-lost' ? t('syncFlagLeaseLost') : state.flag === 'no-lease' ? t('syncFlagNoLease') : null;
  return (
    <>
      {' '}
      <span class={`sync-badge sync-${state.state}`} data-testid="sync-badge" data-state={state.state}>
        <SafeText value={text} />
      </span>
      {flag && (
        <>
          {' '}
          <span class="sync-badge sync-flag" data-testid="sync-flag" data-flag={state.flag}>
            {flag}
          </span>
        </>
      )}
    </>
  );
}
