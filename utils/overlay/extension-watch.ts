/** The part of a runtime.Port the watch uses (a fake in tests). */
export type WatchPort = {
  onDisconnect: { addListener(fn: () => void): void };
  disconnect(): void;
};

/** The port's name: the background keeps such a port open and sends nothing on it (entrypoints/background.ts). */
export const extensionWatchPortName = 'extension-watch';

/** After a drop with the extension still there (the browser stopped an idle background), connect again this late. */
const reconnectMs = 1_000;

/**
 * Tells the content script when the extension goes away (updated, reloaded, turned off) while its overlay is open,
 * so the overlay can say so at once (OverlayHost.orphan) instead of staying frozen. WXT's context notices only when
 * something asks `ctx.isValid`, and a still page asks nothing; a port to the background drops when the extension
 * goes, an event rather than a timer on every CRM page. It also drops when the browser stops an idle background
 * (Chrome after 30 s, Firefox's event page): then, the extension still being there, it connects again a moment later
 * (the overlay's own call port does the same, so the background is woken no more often). Held only while the overlay
 * is open: nothing runs on a page whose overlay is closed.
 */
export function createExtensionWatch(env: {
  connect(): WatchPort;
  /** False once the extension is gone (the content script's `ctx.isValid`, which also fires its onInvalidated). */
  stillThere(): boolean;
  setTimer(fn: () => void, ms: number): unknown;
}) {
  let port: WatchPort | null = null;
  let wanted = false;

  function open() {
    if (!wanted || port || !env.stillThere()) return;
    let p: WatchPort;
    try {
      p = env.connect();
    } catch {
      // The extension is gone (connect throws "Extension context invalidated"): asking tells the context.
      env.stillThere();
      return;
    }
    port = p;
    p.onDisconnect.addListener(() => {
      if (port !== p) return;
      port = null;
      if (env.stillThere()) env.setTimer(open, reconnectMs);
    });
  }

  return {
    /** The overlay opened (true) or closed (false). */
    watch(on: boolean) {
      wanted = on;
      if (on) return open();
      const p = port;
      port = null;
      p?.disconnect();
    },
    watching: () => port !== null,
  };
}
