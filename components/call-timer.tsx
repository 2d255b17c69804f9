import type { PanelTranslate } from '@/utils/ui/i18n';
import { formatDuration } from '@/utils/ui/format';

export type CallTimerProps = {
  t: PanelTranslate;
  running: boolean;
  seconds: number;
  ringSeconds: number;
  windowWarning: string | null;
  onToggle: () => void;
};

export const ringTarget = 20;

export function CallTimer({ t, running, seconds, ringSeconds, windowWarning, onToggle }: CallTimerProps) {
  return (
    <div class="timer">
      <span class="clock" role="timer" aria-label={t('timer')}>
        {formatDuration(seconds)}
      </span>
      <button type="button" onClick={onToggle} data-testid="timer-toggle">
        {running ? t('timerStop') : t('timerStart')} <kbd>S</kbd>
      </button>
      {running && (
        <span class={ringSeconds >= ringTarget ? 'ring ok' : 'ring'}>
          {ringSeconds >= ringTarget ? t('ringDone') : t('ringHint', { n: ringSeconds })}
        </span>
      )}
      {windowWarning && <span class="warning">{windowWarning}</span>}
    </div>
  );
}
