import type { PanelTranslate } from '@/utils/ui/i18n';

export type ChecklistItemView = {
  id: string;
  text: string;
  required: boolean;
  rule: string;
  checked: boolean;
  relevant: boolean;
};

function Item({ t, item, onToggle }: { t: PanelTranslate; item: ChecklistItemView; onToggle: (id: string) => void }) {
  return (
    <label class={item.relevant ? 'check relevant' : 'check'} title={item.rule}>
      <input type="checkbox" data-check-id={item.id} checked={item.checked} onChange={() => onToggle(item.id)} />
      {item.text}
      {item.required && <abbr title={t('required')}>*</abbr>}
    </label>
  );
}

/** ↑ / ↓ move between the visible items (C puts the focus on the list; Space ticks). */
function moveFocus(e: KeyboardEvent) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const boxes = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLInputElement>('input[type=checkbox]')].filter(
    (b) => !b.closest('details:not([open])'),
  );
  const at = boxes.indexOf(e.target as HTMLInputElement);
  if (at < 0) return;
  e.preventDefault();
  boxes[Math.min(boxes.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
}

/** The items of the current step stay in view; the whole list folds so the outcome bar stays on screen. */
export function Checklist({
  t,
  items,
  onToggle,
}: {
  t: PanelTranslate;
  items: ChecklistItemView[];
  onToggle: (id: string) => void;
}) {
  if (items.length === 0) return null;
  const done = items.filter((i) => i.checked).length;
  const open = items.filter((i) => i.required && !i.checked).length;
  const relevant = items.filter((i) => i.relevant);
  return (
    <fieldset class="checklist" data-testid="checklist" onKeyDown={moveFocus}>
      <legend>
        {t('checklistCount', { done, total: items.length, open })} <kbd>C</kbd> <kbd>X</kbd>
      </legend>
      {relevant.map((item) => (
        <Item key={item.id} t={t} item={item} onToggle={onToggle} />
      ))}
      <details>
        <summary>{t('checklistAll')}</summary>
        {items
          .filter((i) => !i.relevant)
          .map((item) => (
            <Item key={item.id} t={t} item={item} onToggle={onToggle} />
          ))}
      </details>
    </fieldset>
  );
}
