// The latest report of every frame of every tab, and the frame that holds the record (utils/extract/frame-choice.ts).
// The content script runs in every frame of an enabled origin (docs/adapters.md, "Frames").
import type { CustomerContext } from '../core/schemas/customer-context';
import { chooseFrame, type FrameChoice, type FrameReport } from '../extract/frame-choice';

export interface FrameInfo {
  area: number;
  focusedAt: number;
}

export interface TabRecord extends FrameChoice {
  context: CustomerContext | null;
}

export function createFrameTable(now: () => number = Date.now) {
  const tabs = new Map<number, Map<number, FrameReport>>();
  const choose = (tabId: number): TabRecord => {
    const frames = Array.from(tabs.get(tabId)?.values() ?? []);
    const choice = chooseFrame(frames);
    const chosen = frames.find((f) => f.frameId === choice.frameId);
    // No frame shows a customer: the top frame's own report says why (a list, a user page) when it has one.
    const context = chosen?.context ?? frames.find((f) => f.frameId === 0)?.context ?? null;
    return { ...choice, context };
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
        at: now(),
      });
      return choose(tabId);
    },
    current: (tabId: number): TabRecord => choose(tabId),
    drop(tabId: number): void {
      tabs.delete(tabId);
    },
  };
}
