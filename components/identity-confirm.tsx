import type { PanelTranslate } from '@/utils/ui/i18n';
import type { ConfirmView } from '@/utils/ui/identity-view';
import { SafeText } from './safe-text';

/** "Please confirm": the page's unsure name or phone; no call binds to them until the agent confirms (key K). */
export function IdentityConfirm({
  t,
  view,
  onConfirm,
}: {
  t: PanelTranslate;
  view: ConfirmView;
  onConfirm: () => void;
}) {
  return (
    <div class="notice notice-warn" role="alertdialog" aria-label={t('confirmTitle')} data-testid="confirm-identity">
      <p>
        <strong>{t('confirmTitle')}</strong>
      </p>
      <ul>
        {view.lines.map((line) => (
          <li key={line}>
            <SafeText value={line} />
          </li>
        ))}
      </ul>
      <p class="hint">{t('confirmHint')}</p>
      <div class="notice-actions">
        <button type="button" data-testid="confirm-identity-button" onClick={onConfirm}>
          {t('confirmButton')} <kbd>O</kbd>
        </button>
      </div>
    </div>
  );
}
