import type { CallbackKind } from '@/utils/core/callback-kinds';
import type { Translate } from '@/utils/ui/i18n';

export type DeadlineView = { text: string; overdue: boolean; clause: string | null };

export type DeadlineLineProps = {
  t: Translate;
  kind: CallbackKind;
  kinds: { id: CallbackKind; label: string }[];
  deadline: DeadlineView | null;
  onKind: (kind: CallbackKind) => void;
};

export function DeadlineLine({ t, kind, kinds, deadline, onKind }: DeadlineLineProps) {
  return (
    <div class="deadline-line">
      <label>
        <span class="sr-only">{t('kind')}</span>
        <select
          value={kind}
          aria-label={t('kind')}
          onChange={(e) => {
            const next = kinds.find((k) => k.id === e.currentTarget.value);
            if (next) onKind(next.id);
          }}
        >
          {kinds.map((k) => (
            <option key={k.id} value={k.id}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      <span
        class={deadline?.overdue ? 'due overdue' : 'due'}
        data-testid="deadline"
        title={deadline?.clause ?? undefined}
      >
        {deadline ? deadline.text : t('dueUnknown')}
      </span>
      {deadline?.clause && <span class="clause">{t('clause', { clause: deadline.clause })}</span>}
    </div>
  );
}
