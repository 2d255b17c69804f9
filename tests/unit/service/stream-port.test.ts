import { callOverPort, serveOverPort, splitText, type StreamPort } from '@/utils/service/stream-port';
import { createDataClient } from '@/utils/service/call-client';
import { dataCalls } from '@/utils/service/calls';
import { serveDataCall } from '@/utils/service/serve-calls';

/**
 * Two connected ends, like runtime.connect on a page and onConnect in the background. Each message is copied
 * through JSON (as Chrome does) and its size kept, to check that no single message is big.
 */
function portPair() {
  type End = StreamPort & { listeners: ((m: unknown) => void)[]; gone: (() => void)[] };
  const sizes: number[] = [];
  const make = (): End => ({
    listeners: [],
    gone: [],
    postMessage: () => undefined,
    onMessage: { addListener: () => undefined },
    onDisconnect: { addListener: () => undefined },
    disconnect: () => undefined,
  });
  const page = make();
  const background = make();
  for (const [from, to] of [
    [page, background],
    [background, page],
  ] as const) {
    from.onMessage = { addListener: (fn) => void from.listeners.push(fn) };
    from.onDisconnect = { addListener: (fn) => void from.gone.push(fn) };
    from.postMessage = (m) => {
      const wire = JSON.stringify(m);
      sizes.push(wire.length);
      const copy: unknown = JSON.parse(wire);
      queueMicrotask(() => to.listeners.forEach((fn) => fn(copy)));
    };
    // Disconnecting one end tells the other (never the end itself), as runtime.Port does.
    from.disconnect = () => queueMicrotask(() => to.gone.forEach((fn) => fn()));
  }
  return { page, background, sizes };
}

const noTimers = { setInterval: () => 0, clearInterval: () => undefined };

describe('splitText', () => {
  it('cuts into chunks of the size and puts them back exactly', () => {
    const text = '回访'.repeat(10) + 'abc';
    const chunks = splitText(text, 4);
    expect(chunks.every((c) => c.length <= 4)).toBe(true);
    expect(chunks.join('')).toBe(text);
  });

  it('never cuts a surrogate pair in two', () => {
    const text = 'a😀😀😀b'; // each emoji is two UTF-16 units
    for (const size of [2, 3, 4, 5]) {
      const chunks = splitText(text, size);
      expect(chunks.join('')).toBe(text);
      for (const c of chunks) expect(c).toBe(c.toWellFormed());
    }
  });

  it('gives no chunk for an empty text', () => {
    expect(splitText('')).toEqual([]);
  });
});

describe('a data call over the port of big calls', () => {
  it('carries a request and a reply many times the chunk size, in chunks, with progress', async () => {
    const { page, background, sizes } = portPair();
    const big = 'x'.repeat(9 * 1024 * 1024) + '尾';
    const seen: unknown[] = [];
    serveOverPort(background, async (message, progress) => {
      seen.push(message);
      progress({ phase: 'write', done: 1, total: 2 });
      return { ok: true, echo: (message as { text: string }).text.length, text: big };
    });
    const progress: unknown[] = [];
    const reply = await callOverPort(page, { text: big }, { ...noTimers, onProgress: (p) => progress.push(p) });
    expect(reply).toEqual({ ok: true, echo: big.length, text: big });
    expect(progress).toEqual([{ phase: 'write', done: 1, total: 2 }]);
    expect(seen).toHaveLength(1);
    // No message anywhere near Chrome's 64 MB limit: chunks of 4 M characters at most.
    expect(Math.max(...sizes)).toBeLessThan(4 * 1024 * 1024 + 100);
    expect(sizes.length).toBeGreaterThan(6);
  });

  it('runs nothing when the page goes away before the end of its request (an interrupted import)', async () => {
    const { page, background } = portPair();
    const handle = vi.fn(async () => ({ ok: true }));
    serveOverPort(background, handle);
    page.postMessage({ type: 'chunk', text: '{"type":"data-call","name":"importFile","input":{"text":"' });
    page.disconnect();
    await new Promise((r) => setTimeout(r, 0));
    expect(handle).not.toHaveBeenCalled();
  });

  it('fails the page’s call, not hangs it, when the background goes away before replying', async () => {
    const { page, background } = portPair();
    serveOverPort(background, async () => {
      background.disconnect();
      return { ok: true };
    });
    await expect(callOverPort(page, { a: 1 }, noTimers)).rejects.toThrow(/closed before the end/);
  });

  it('pings while it waits, so the background is not stopped during a long import', async () => {
    const { page, background } = portPair();
    const pings: unknown[] = [];
    background.onMessage.addListener((m) => {
      if ((m as { type: string }).type === 'ping') pings.push(m);
    });
    let release: () => void = () => undefined;
    serveOverPort(background, () => new Promise((resolve) => (release = () => resolve({ ok: true }))));
    let tick: () => void = () => undefined;
    const call = callOverPort(
      page,
      { a: 1 },
      {
        setInterval: (fn) => ((tick = fn), 1),
        clearInterval: () => undefined,
      },
    );
    await new Promise((r) => setTimeout(r, 0));
    tick();
    tick();
    await new Promise((r) => setTimeout(r, 0));
    expect(pings).toHaveLength(2);
    release();
    await expect(call).resolves.toEqual({ ok: true });
  });

  it('is what the data client uses for callLarge: the same call, its argument checked by its schema', async () => {
    const { page, background } = portPair();
    const asked: unknown[] = [];
    serveOverPort(background, async (message) => {
      asked.push(message);
      const m = message as { name: 'previewPurge'; input: unknown };
      // The argument is refused before the environment is touched.
      return serveDataCall({} as Parameters<typeof serveDataCall>[0], m.name, m.input);
    });
    const client = createDataClient(
      dataCalls,
      () => Promise.reject(new Error('not used')),
      () => page,
    );
    await expect(client.callLarge('previewPurge', { years: 1 })).rejects.toThrow(/previewPurge: bad arguments/);
    expect(asked).toEqual([{ type: 'data-call', name: 'previewPurge', input: { years: 1 } }]);
  });
});
