// Teach mode, page side: hover highlights an element, a click picks it, Esc cancels. The highlight is
// drawn in a closed shadow root (the only thing Huifang ever adds to a page); password fields are
// never picked or read.
import { isPasswordField, readValueLines } from './dom';
import { buildSelector, findLabelFor } from './selector';

export interface PickResult {
  selector: string;
  label?: string;
  raw: string;
}

export interface PickerEvents {
  addEventListener(
    target: EventTarget,
    type: string,
    handler: (e: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
}

export interface PickerOptions {
  onPick(result: PickResult): void;
  onCancel(): void;
  /** Where listeners are registered (WXT's ctx in the content script, so they die with it). */
  events?: PickerEvents;
}

const HOST_TAG = 'huifang-picker';

function overlay(doc: Document): { host: HTMLElement; box: HTMLElement } {
  const host = doc.createElement(HOST_TAG);
  host.style.cssText = 'all:initial;position:fixed;inset:0;pointer-events:none;z-index:2147483647;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const box = doc.createElement('div');
  box.style.cssText =
    'position:fixed;display:none;box-sizing:border-box;border:2px solid #e8590c;background:rgba(232,89,12,.12);border-radius:3px;pointer-events:none;transition:all 40ms;';
  shadow.append(box);
  doc.documentElement.append(host);
  return { host, box };
}

/** Starts picking; returns a function that stops it (also called after a pick or Esc). */
export function startPicker(doc: Document, options: PickerOptions): () => void {
  const { host, box } = overlay(doc);
  const handlers: Array<[string, (e: Event) => void]> = [];
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const [type, h] of handlers) doc.removeEventListener(type, h, true);
    host.remove();
  };
  const on = (type: string, h: (e: Event) => void) => {
    handlers.push([type, h]);
    if (options.events) options.events.addEventListener(doc, type, h, { capture: true });
    else doc.addEventListener(type, h, true);
  };
  const targetOf = (e: Event): Element | null => {
    // Inside an open shadow root the event is retargeted to its host: the path's first node is the element.
    const first = typeof e.composedPath === 'function' ? e.composedPath()[0] : e.target;
    const t = first instanceof Element ? first : e.target;
    return t instanceof Element && t !== host ? t : null;
  };
  on('mouseover', (e) => {
    if (stopped) return;
    const el = targetOf(e);
    if (!el || isPasswordField(el)) {
      box.style.display = 'none';
      return;
    }
    const r = el.getBoundingClientRect();
    box.style.display = 'block';
    box.style.left = `${r.left}px`;
    box.style.top = `${r.top}px`;
    box.style.width = `${r.width}px`;
    box.style.height = `${r.height}px`;
  });
  on('click', (e) => {
    if (stopped) return;
    const el = targetOf(e);
    if (!el) return;
    // The page must not act on this click (a link, an inline-edit): it was meant for us.
    e.preventDefault();
    e.stopPropagation();
    if (isPasswordField(el)) return;
    const raw = readValueLines(el).join('\n').slice(0, 4000);
    const result: PickResult = { selector: buildSelector(el), raw };
    const label = findLabelFor(el);
    if (label) result.label = label;
    stop();
    options.onPick(result);
  });
  on('keydown', (e) => {
    if (stopped || (e as KeyboardEvent).key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    stop();
    options.onCancel();
  });
  return stop;
}
