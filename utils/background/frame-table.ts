// The latest report of every frame of every tab, and the frame that holds the record (utils/extract/frame-choice.ts).
// The content script runs in every frame of an enabled origin (docs/adapters.md, "Frames").
import type { CustomerContext } from '../core/schemas/customer-context';
import { chooseFrame, type FrameChoice, type FrameReport } from '../extract/frame-choice';

export interface FrameInfo {
  area: number;
  focusedAt: number;
  /** What the frame is called (utils/frame-title.ts), for the panel's note. */
  title?: string;
}

type Report = FrameReport & { title?: string };

export interface TabRecord extends FrameChoice {
  context: CustomerContext | null;
}

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
};

/**
 * The context as the call sees it: which frame it was read from (when not the top page), and the frames of other
 * sites that no content script read (their origin is not enabled) — the panel says both (docs/adapters.md, "Frames").
 */
function describeFrames(context: CustomerContext, chosen: Report | undefined, frames: Report[]) {
  const read = new Set(frames.map((f) => originOf(f.url)));
  const unread = [...new Set(frames.flatMap((f) => f.context?.foreignFrames ?? []))].filter((o) => !read.has(o));
  const inFrame =
    chosen && chosen.frameId !== 0 ? { url: chosen.url, ...(chosen.title ? { title: chosen.title } : {}) } : undefined;
  const { foreignFrames: _seen, frame: _frame, ...rest } = context;
  const out: CustomerContext = { ...rest };
  if (unread.length > 0) out.foreignFrames = unread.slice(0, 20);
  if (inFrame) out.frame = inFrame;
  return out;
}

export function createFrameTable(now: () => number = Date.now) {
  const tabs = new Map<number, Map<number, Report>>();
  // The same record described the same way is the same object: the background forwards only changes.
  const described = new Map<number, { base: CustomerContext; sig: string; out: CustomerContext }>();
  const describe = (tabId: number, base: CustomerContext, chosen: Report | undefined, frames: Report[]) => {
    const out = describeFrames(base, chosen, frames);
    const sig = JSON.stringify([out.frame, out.foreignFrames]);
    const last = described.get(tabId);
    if (last && last.base === base && last.sig === sig) return last.out;
    described.set(tabId, { base, sig, out });
    return out;
  };
  const choose = (tabId: number): TabRecord => {
    const frames = Array.from(tabs.get(tabId)?.values() ?? []);
    const choice = chooseFrame(frames);
    const chosen = frames.find((f) => f.frameId === choice.frameId);
    // No frame shows a customer: the top frame's own report says why (a list, a user page) when it has one.
    const base = chosen?.context ?? frames.find((f) => f.frameId === 0)?.context ?? null;
    return { ...choice, context: base && describe(tabId, base, chosen, frames) };
  };
  return {
    /** Records one frame's report and returns the tab's record now. */
    report(tabId: number, frameId: number, url: string, context: CustomerContext | null, info?: FrameInfo): TabRecord {
      let frames = tabs.get(tabId);
      if (!frames) tabs.set(tabId, (frames = new Map()));
      // The top frame loaded another page: the old page's frames are gone.
      const top = frames.get(0);
      if (frameId === 0 && top && top.url !== url) frames = new Map();
      tabs.set(tabId, frames);
      frames.set(frameId, {
        frameId,
        url,
        context,
        // A frame that cannot say (an older content script) counts as visible.
        area: info?.area ?? 1,
        focusedAt: info?.focusedAt ?? 0,
        ...(info?.title ? { title: info.title } : {}),
        at: now(),
      });
      return choose(tabId);
    },
    current: (tabId: number): TabRecord => choose(tabId),
    drop(tabId: number): void {
      tabs.delete(tabId);
      described.delete(tabId);
    },
  };
}
