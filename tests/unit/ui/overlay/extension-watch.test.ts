import { createExtensionWatch, type WatchPort } from '@/utils/overlay/extension-watch';

/** The extension as the content script sees it: ports to the background, which may stop, and the extension itself. */
function fakeExtension() {
  const ports: { port: WatchPort; drop: () => void; closed: boolean }[] = [];
  const timers: (() => void)[] = [];
  const state = { there: true, asked: 0 };
  const watch = createExtensionWatch({
    connect: () => {
      if (!state.there) throw new Error('Extension context invalidated.');
      const listeners: (() => void)[] = [];
      const entry = {
        port: {
          onDisconnect: { addListener: (fn: () => void) => void listeners.push(fn) },
          disconnect: () => void (entry.closed = true),
        },
        drop: () => listeners.forEach((fn) => fn()),
        closed: false,
      };
      ports.push(entry);
      return entry.port;
    },
    stillThere: () => (state.asked++, state.there),
    setTimer: (fn) => void timers.push(fn),
  });
  return { watch, ports, timers, state, runTimers: () => timers.splice(0).forEach((fn) => fn()) };
}

describe('the open overlay learns when the extension goes away', () => {
  it('holds a port only while the overlay is open', () => {
    const x = fakeExtension();
    expect(x.ports).toHaveLength(0);
    x.watch.watch(true);
    x.watch.watch(true);
    expect(x.ports).toHaveLength(1);
    x.watch.watch(false);
    expect(x.ports[0]?.closed).toBe(true);
    expect(x.watch.watching()).toBe(false);
    // A drop after the overlay closed asks nothing and connects nothing.
    const asked = x.state.asked;
    x.ports[0]?.drop();
    x.runTimers();
    expect([x.ports.length, x.state.asked]).toEqual([1, asked]);
  });

  it('the extension goes: the drop asks the context (which shows the notice) and nothing connects again', () => {
    const x = fakeExtension();
    x.watch.watch(true);
    const asked = x.state.asked;
    x.state.there = false;
    x.ports[0]?.drop();
    expect(x.state.asked).toBe(asked + 1);
    expect(x.timers).toHaveLength(0);
    expect(x.watch.watching()).toBe(false);
  });

  it('the browser stops an idle background: connects again a moment later, and learns of a later going', () => {
    const x = fakeExtension();
    x.watch.watch(true);
    x.ports[0]?.drop();
    expect(x.ports).toHaveLength(1);
    x.runTimers();
    expect(x.ports).toHaveLength(2);
    expect(x.watch.watching()).toBe(true);
    x.state.there = false;
    const asked = x.state.asked;
    x.ports[1]?.drop();
    expect(x.state.asked).toBe(asked + 1);
    expect(x.watch.watching()).toBe(false);
  });

  it('connecting when the extension is already gone asks the context instead of throwing', () => {
    const x = fakeExtension();
    x.state.there = true;
    x.watch.watch(true);
    x.ports[0]?.drop();
    x.state.there = false;
    const asked = x.state.asked;
    expect(() => x.runTimers()).not.toThrow();
    expect(x.state.asked).toBeGreaterThan(asked);
    expect(x.ports).toHaveLength(1);
  });
});
