// What a frame is called, for the panel's "customer read from a frame" note (docs/adapters.md, "Frames"): an agent
// recognises the frame by the words it shows, not by its address ("about:blank" says nothing). Runs in the frame.

const HEADINGS = 'h1, h2, h3, [role="heading"], legend, caption';
const MAX = 60;

const tidy = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const short = (s: string) => (s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s);

/**
 * The frame's name as its page gives it: the embedding page's title attribute on the frame (same site only), the
 * frame document's title, or the first heading of its content; undefined when it has none.
 */
export function frameTitleOf(doc: Document, frameElement: Element | null): string | undefined {
  const candidates = [frameElement?.getAttribute('title'), doc.title];
  for (const heading of Array.from(doc.querySelectorAll(HEADINGS)).slice(0, 5)) candidates.push(heading.textContent);
  const title = candidates.map(tidy).find((s) => s.length > 0);
  return title ? short(title) : undefined;
}

/** window.frameElement, or null when the embedding page is another site's (reading it throws in some browsers). */
export function ownFrameElement(win: Window): Element | null {
  try {
    return win.frameElement;
  } catch {
    return null;
  }
}
