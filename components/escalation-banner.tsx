import { useState } from 'preact/hooks';
import { flagInfo, scriptFlags, type ScriptFlag } from '@/utils/core/script/flags';
import { getEscalationSeverity, type EscalationSeverity } from '@/utils/core/rules/escalations';
import { pickText, type Locale } from '@/utils/core/script/localized';
import type { PanelTranslate } from '@/utils/ui/i18n';

const serious = scriptFlags.filter((f) => flagInfo[f].escalate);

/**
 * A serious answer (篇六 第十条) shows at once; once the call is recorded the banner proposes the escalation: anomaly,
 * severity and the agent's reason, sent to the supervisor with a second callback due in 5 working days.
 */
export function EscalationBanner(props: {
  t: PanelTranslate;
  locale: Locale;
  /** The serious flags raised; empty with `manual` when the agent marked the call by hand. */
  proposed: ScriptFlag[];
  manual: boolean;
  /** Null while the call is not recorded yet: the banner only warns. */
  recordId: string | null;
  /** No agent name is set: the escalation would say "opened by" nobody, so the banner asks for the name first. */
  agentMissing?: boolean;
  onEscalate: (type: ScriptFlag, severity: EscalationSeverity, reason: string) => Promise<string>;
  /** The running script's severities (its `flagSeverity`), over the defaults. */
  severities?: Partial<Record<ScriptFlag, EscalationSeverity>>;
}) {
  const { t, locale } = props;
  const first = props.proposed[0] ?? 'complaint';
  const [type, setType] = useState<ScriptFlag>(first);
  const [severity, setSeverity] = useState<EscalationSeverity>(getEscalationSeverity(first, props.severities));
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const names = props.proposed.map((f) => pickText(flagInfo[f].label, locale)).join('、') || t('escalateManual');
  return (
    <div class="notice warn escalation" role="alert" data-testid="escalation-banner">
      <p>{props.recordId ? t('escalationAfter', { types: names }) : t('escalationBefore', { types: names })}</p>
      {props.recordId && !done && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void props.onEscalate(type, severity, reason).then(setDone);
          }}
        >
          <label>
            {t('escalateType')}{' '}
            <select
              data-testid="escalate-type"
              value={type}
              onChange={(e) => {
                const next = serious.find((f) => f === e.currentTarget.value) ?? first;
                setType(next);
                setSeverity(getEscalationSeverity(next, props.severities));
              }}
            >
              {(props.proposed.length ? props.proposed : serious).map((f) => (
                <option key={f} value={f}>
                  {pickText(flagInfo[f].label, locale)}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            {t('escalateSeverity')}{' '}
            <select
              data-testid="escalate-severity"
              value={severity}
              onChange={(e) => setSeverity(e.currentTarget.value === 'high' ? 'high' : 'medium')}
            >
              <option value="high">{t('severityHigh')}</option>
              <option value="medium">{t('severityMedium')}</option>
            </select>
          </label>
          <label>
            {t('escalateReason')}{' '}
            <textarea
              required
              data-testid="escalate-reason"
              value={reason}
              onInput={(e) => setReason(e.currentTarget.value)}
            />
          </label>
          {props.agentMissing && (
            <p class="warning" data-testid="escalate-needs-name">
              {t('escalateNeedsName')}
            </p>
          )}
          <button type="submit" data-testid="escalate-submit" disabled={!reason.trim() || props.agentMissing}>
            {t('escalateSubmit')}
          </button>
        </form>
      )}
      {done && (
        <p role="status" data-testid="escalate-done">
          {done}
        </p>
      )}
    </div>
  );
}
