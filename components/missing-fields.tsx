import type { PanelTranslate } from '@/utils/ui/i18n';

export type MissingFieldView = { key: string; label: string };

export type MissingFieldsProps = {
  t: PanelTranslate;
  fields: MissingFieldView[];
  /** Other standard fields the page did not give (not key fields): offered in a list. */
  others?: MissingFieldView[];
  picking: string | null;
  onTeach: (key: string) => void;
  onCancel: () => void;
};

/** One "pick" button per missing key field: teach mode, the agent clicks the value on the CRM page. */
export function MissingFields({ t, fields, others = [], picking, onTeach, onCancel }: MissingFieldsProps) {
  if (fields.length === 0 && others.length === 0 && !picking) return null;
  const pickingLabel = fields.find((f) => f.key === picking)?.label ?? picking ?? '';
  return (
    <div class="missing">
      {fields.length > 0 && <p>{t('missingFields', { fields: fields.map((f) => f.label).join('、') })}</p>}
      {picking ? (
        <p role="status">
          {t('teachPicking', { field: pickingLabel })}{' '}
          <button type="button" onClick={onCancel}>
            {t('teachCancel')}
          </button>
        </p>
      ) : (
        <div class="teach-buttons">
          {fields.map((f, i) => (
            <button type="button" key={f.key} data-testid={`teach-${f.key}`} onClick={() => onTeach(f.key)}>
              {t('teachField', { field: f.label })}
              {i === 0 && (
                <>
                  {' '}
                  <kbd>T</kbd>
                </>
              )}
            </button>
          ))}
          {others.length > 0 && (
            <select
              aria-label={t('teachOther')}
              data-testid="teach-other"
              value=""
              onChange={(e) => e.currentTarget.value && onTeach(e.currentTarget.value)}
            >
              <option value="">{t('teachOther')}</option>
              {others.map((f) => (
                <option key={f.key} value={f.key}>
                  {f.label}
                </option>
              ))}
            </select>
          )}
        </div>
      )}
    </div>
  );
}
