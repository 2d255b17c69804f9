import type { Translate } from '@/utils/ui/i18n';

export type ChecklistItemView = { id: string; text: string; required: boolean; rule: string; checked: boolean; relevant: boolean };

export function Checklist({ t, items, onToggle }: { t: Translate; items: ChecklistItemView[]; onToggle: (id: string) => void }) {
  if (items.length === 0) return null;
  return (
    <fieldset class="checklist">
      <legend>{t('checklist')}</legend>
      {items.map((item) => (
        <label key={item.id} class={item.relevant ? 'check relevant' : 'check'} title={item.rule}>
          <input type="checkbox" checked={item.checked} onChange={() => onToggle(item.id)} />
          {item.text}
          {item.required && <abbr title={t('required')}>*</abbr>}
        </label>
      ))}
    </fieldset>
  );
}
