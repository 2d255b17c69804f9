import type { PanelTranslate } from '@/utils/ui/i18n';

export type NotesBoxProps = {
  t: PanelTranslate;
  value: string;
  status: string;
  warning: string | null;
  onInput: (value: string) => void;
  inputRef?: (el: HTMLTextAreaElement | null) => void;
};

export function NotesBox({ t, value, status, warning, onInput, inputRef }: NotesBoxProps) {
  return (
    <div class="notes">
      <label for="notes">
        {t('notes')} <kbd>M</kbd>
      </label>
      <textarea
        id="notes"
        data-testid="notes"
        rows={3}
        value={value}
        ref={inputRef}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <div class="notes-status" aria-live="polite">
        {status}
      </div>
      {warning && (
        <div class="warning" role="alert" data-testid="notes-warning">
          {warning}
        </div>
      )}
    </div>
  );
}
