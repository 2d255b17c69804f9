import type { CallbackKind } from '@/utils/core/callback-kinds';
import type { Industry } from '@/utils/core/kind-groups';
import type { Locale } from '@/utils/core/script/localized';
import type { PanelTranslate } from '@/utils/ui/i18n';
import { KindSelect } from './kind-select';

/** `rule`: the rule in words; `clause`: where it comes from (篇六 第八条), shown as the rule's tooltip. */
export type DeadlineView = { text: string; overdue: boolean; rule: string | null; clause: string | null };

export type DeadlineLineProps = {
  t: PanelTranslate;
  locale: Locale;
  kind: CallbackKind;
  /** The agent's industry: its kinds first, the others grouped below (utils/core/kind-groups.ts). */
  industry: Industry | null;
  /** Why this kind was proposed for the record (the work list, a due deadline, the product or page words). */
  reason: string | null;
  deadline: DeadlineView | null;
  onKind: (kind: CallbackKind) => void;
};

export function DeadlineLine({ t, locale, kind, industry, reason, deadline, onKind }: DeadlineLineProps) {
  return (
    <div class="deadline-line">
      <label>
        <span class="sr-only">{t('kind')}</span>
        <KindSelect
          value={kind}
          locale={locale}
          industry={industry}
          onChange={onKind}
          label={t('kind')}
          testId="kind"
        />
      </label>
      <span
        class={deadline?.overdue ? 'due overdue' : 'due'}
        data-testid="deadline"
        title={deadline?.clause ?? undefined}
      >
        {deadline ? deadline.text : t('dueUnknown')}
      </span>
      {deadline?.rule && (
        <span class="rule" data-testid="deadline-rule" title={deadline.clause ?? undefined}>
          {deadline.rule}
        </span>
      )}
      {reason && (
        <span class="kind-reason" data-testid="kind-reason">
          {reason}
        </span>
      )}
    </div>
  );
}
