import type { KeyAction } from '@/utils/ui/keymap';
import type { CallMirror } from '@/utils/call/call-mirror';
import type { PanelView } from '@/utils/ui/panel-view';
import type { DataState } from '@/utils/ui/data-state';
import { bindKeys } from './keyboard';
import { buildCompanyView, nextContact } from '@/utils/ui/identity-view';
import { nextOpenItem } from '@/utils/ui/runner-view';
import type { ChecklistItemView } from '@/components/checklist';

/** Focus lands on the item X would tick; the full list opens when that item is folded away. */
function focusChecklist(doc: Document, items: ChecklistItemView[]) {
  const item = nextOpenItem(items) ?? items[0];
  if (!item) return;
  const box = doc.querySelector<HTMLInputElement>(
    `[data-testid=checklist] input[data-check-id="${CSS.escape(item.id)}"]`,
  );
  const details = box?.closest('details');
  if (details) details.open = true;
  box?.focus();
}

function focusSoon(doc: Document, selector: string) {
  requestAnimationFrame(() => doc.querySelector<HTMLElement>(selector)?.focus());
}

/** The panel's keyboard: every action of the current tab has a key (see utils/ui/keymap.ts). */
export function bindPanelKeys(doc: Document, c: CallMirror, v: PanelView, _data: DataState): () => void {
  const run = (action: KeyAction) => {
    if (action.type === 'help') {
      v.showHelp.value = !v.showHelp.value;
      return;
    }
    if (action.type === 'leave-field' && v.showHelp.value) v.showHelp.value = false;
    if (c.tab.value !== 'current' || !c.call.customer.value) return;
    // The wrap-up of a recorded call: no key starts another call by accident (its buttons do, and J moves on).
    if (v.wrapUp.value?.mine && !['reveal', 'leave-field'].includes(action.type)) return;
    const r = c.runner;
    switch (action.type) {
      case 'answer-index':
        return v.act(() => r.answerIndex(action.index));
      case 'answer-yes':
        return v.act(r.yes);
      case 'answer-no':
        return v.act(r.no);
      case 'next':
        return v.act(r.next);
      case 'back':
        return v.act(r.back);
      case 'reveal':
        return v.toggleReveal();
      case 'escalate':
        return c.setEscalated(!c.call.escalated.value);
      case 'confirm-identity':
        return c.unconfirmed.value.length > 0 ? c.confirmIdentity() : undefined;
      case 'next-contact': {
        const name = nextContact(buildCompanyView(c.call.customer.value, c.contact.value, false));
        // A company whose page lists no one: P goes to the name box (the one way to say who is on the line).
        if (!name) return focusSoon(doc, '[data-testid=contact-typed]');
        return c.chooseContact(name);
      }
      case 'timer':
        return v.act(c.call.toggleTimer);
      // At once, not on the next frame: the keys typed right after must land in the notes.
      case 'focus-kind':
        return doc.querySelector<HTMLElement>('[data-testid=kind]')?.focus();
      case 'focus-notes':
        return doc.querySelector<HTMLElement>('#notes')?.focus();
      case 'focus-answer':
        return doc.querySelector<HTMLElement>('[data-testid=free-answer]')?.focus();
      case 'focus-checklist':
        return focusChecklist(doc, v.checklist.value);
      case 'tick-next': {
        const item = nextOpenItem(v.checklist.value);
        return item ? v.act(() => r.toggleTick(item.id)) : undefined;
      }
      case 'teach': {
        const first = v.missing.value[0];
        return first ? v.teach(first.key) : undefined;
      }
      case 'outcome':
        c.outcome(action.outcome);
        if (action.outcome === 'call-back-later') focusSoon(doc, '[data-testid=call-back-at]');
        return;
      case 'leave-field':
        if (v.picking.value) v.cancelTeach();
        if (doc.activeElement instanceof HTMLElement) doc.activeElement.blur();
        return;
    }
  };
  return bindKeys(doc, (action) => run(action));
}
