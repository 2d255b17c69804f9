import { mapKey, type KeyAction } from '@/utils/ui/keymap';

/** Fields that take the keys themselves; buttons keep Enter and Space for activation. */
function isEditable(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  // A typed answer is taken with Enter, like a chosen one.
  if (target.classList.contains('free-answer') && key === 'Enter') return false;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'file'].includes(target.type);
  // An expander (<summary>) opens with Enter: it never also advances the script.
  if (
    (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' || target.getAttribute('role') === 'tab') &&
    (key === 'Enter' || key === ' ')
  )
    return true;
  return false;
}

/** Routes key presses to the panel's actions; returns the cleanup. */
export function bindKeys(doc: Document, onAction: (action: KeyAction, event: KeyboardEvent) => void): () => void {
  const listener = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    const action = mapKey({
      key: event.key,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      inEditable: isEditable(event.target, event.key),
    });
    if (!action) return;
    event.preventDefault();
    onAction(action, event);
  };
  doc.addEventListener('keydown', listener);
  return () => doc.removeEventListener('keydown', listener);
}
