import type { PanelTranslate } from '@/utils/ui/i18n';

export type ManualFieldView = { key: string; label: string; value: string };

export type ManualEntryProps = {
  t: PanelTranslate;
  fields: ManualFieldView[];
  onChange: (key: string, value: string) => void;
  onSave: () => void;
};

export function ManualEntry({ t, fields, onChange, onSave }: ManualEntryProps) {
  return (
    <form
      class="manual"
      aria-label={t('manualEntry')}
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      {fields.map((f) => (
        <label key={f.key}>
          {f.label}
          <input
            data-testid={`manual-${f.key}`}
            value={f.value}
            onInput={(e) => onChange(f.key, e.currentTarget.value)}
          />
        </label>
      ))}
      <button type="submit" data-testid="manual-save">
        {t('manualSave')}
      </button>
    </form>
  );
}
