import { EscalationBanner } from '@/components/escalation-banner';
import { escalationBannerState } from '@/utils/ui/escalation-view';
import type { PanelView } from '@/utils/ui/panel-view';

/** The escalation banner of the call in progress or of the call just recorded, when it has serious answers. */
export function EscalationPart({ v }: { v: PanelView }) {
  const c = v.c;
  const t = c.t.value;
  const banner = escalationBannerState({
    recorded: c.snapshot.value?.recorded ?? 0,
    history: c.history.value,
    liveFlags: c.snapshot.value?.engine?.flags.map((f) => f.flag) ?? [],
    liveEscalated: c.call.escalated.value,
  });
  if (!banner) return null;
  const { record: latest, proposed, manual } = banner;
  const escalate = v.escalate;
  return (
    <EscalationBanner
      key={latest?.id ?? 'live'}
      t={t}
      locale={c.locale.value}
      proposed={proposed}
      manual={manual}
      severities={c.runner.script.value?.flagSeverity}
      recordId={latest && escalate ? latest.id : null}
      agentMissing={!c.agent.value.trim()}
      onEscalate={async (type, severity, reason) => {
        if (!latest || !escalate) return '';
        try {
          const due = await escalate({ recordId: latest.id, type, severity, reason });
          return t('escalatedDone', { due: due ?? '—' });
        } catch (err) {
          return t('error', { error: err instanceof Error ? err.message : String(err) });
        }
      }}
    />
  );
}
