import type { browser as Api } from 'wxt/browser';
import { bufferedPort, publishEarlyStart, startEarly, takeEarlyStart } from '@/utils/panel/early-start';

type Listener<T extends unknown[]> = (...args: T) => void;

/** A runtime.Port as Chrome gives it: a message that comes while nobody listens is lost. */
function fakePort(name: string) {
  const onMessage: Listener<[unknown]>[] = [];
  const onDisconnect: Listener<[]>[] = [];
  const port = {
    name,
    sent: [] as unknown[],
    disconnected: false,
    postMessage: (m: unknown) => void port.sent.push(m),
    onMessage: { addListener: (fn: Listener<[unknown]>) => void onMessage.push(fn) },
    onDisconnect: { addListener: (fn: Listener<[]>) => void onDisconnect.push(fn) },
    disconnect: () => void (port.disconnected = true),
    deliver: (m: unknown) => onMessage.forEach((fn) => fn(m)),
    drop: () => onDisconnect.forEach((fn) => fn()),
  };
  return port;
}

/** The parts of the browser API the early start uses. */
function fakeApi(activeTab: { id?: number; url?: string } | null = { id: 7, url: 'https://crm.example.com/c/1' }) {
  const ports: ReturnType<typeof fakePort>[] = [];
  const asked: string[] = [];
  const api = {
    storage: {
      local: {
        get: async (key: string) => {
          asked.push(`storage:${key}`);
          return { settings: { locale: 'en' } };
        },
      },
    },
    tabs: {
      get: async (id: number) => {
        asked.push(`tabs.get:${id}`);
        return { id, url: `https://crm.example.com/t/${id}` };
      },
      query: async () => {
        asked.push('tabs.query');
        return activeTab ? [activeTab] : [];
      },
    },
    runtime: {
      connect: ({ name }: { name: string }) => {
        const port = fakePort(name);
        ports.push(port);
        return port;
      },
    },
  };
  return { api: api as unknown as typeof Api, ports, asked };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the side panel asks for its settings, tab and call before its script has loaded', () => {
  it('opens the bound tab’s call port at once, with the view’s language, and reads the settings and the tab', async () => {
    const f = fakeApi();
    const early = startEarly(f.api, '?tabId=12', 'zh-CN');
    expect(f.ports.map((p) => p.name)).toEqual(['call:12:zh-CN']);
    expect(await early.tab).toEqual({ tabId: 12, url: 'https://crm.example.com/t/12' });
    expect(await early.settings).toEqual({ settings: { locale: 'en' } });
    expect(f.asked).toEqual(['storage:settings', 'tabs.get:12']);
  });

  it('without a bound tab looks up the active one, then opens its call port', async () => {
    const f = fakeApi();
    const early = startEarly(f.api, '', 'en-US');
    expect(f.ports).toHaveLength(0);
    expect(await early.tab).toEqual({ tabId: 7, url: 'https://crm.example.com/c/1' });
    await flush();
    expect(f.ports.map((p) => p.name)).toEqual(['call:7:en-US']);
    expect(early.takePort(7)).not.toBeNull();
  });

  it('opens no port when there is no active tab', async () => {
    const f = fakeApi(null);
    const early = startEarly(f.api, '', 'zh-CN');
    expect(await early.tab).toBeNull();
    await flush();
    expect(f.ports).toHaveLength(0);
  });

  it('hands the port over once; another tab closes it and gets none', () => {
    const f = fakeApi();
    const early = startEarly(f.api, '?tabId=12', 'zh-CN');
    expect(early.takePort(12)).not.toBeNull();
    expect(early.takePort(12)).toBeNull();
    const other = startEarly(f.api, '?tabId=5', 'zh-CN');
    expect(other.takePort(6)).toBeNull();
    expect(f.ports[1]?.disconnected).toBe(true);
  });

  it('a port opened after the panel took over is never opened', async () => {
    const f = fakeApi();
    const early = startEarly(f.api, '', 'zh-CN');
    expect(early.takePort(7)).toBeNull();
    await early.tab;
    await flush();
    expect(f.ports).toHaveLength(0);
  });

  it('is taken once, and only by a panel booted for the same query string', () => {
    const f = fakeApi();
    publishEarlyStart(f.api, '?tabId=3', 'zh-CN');
    expect(takeEarlyStart('?tabId=4')).toBeNull();
    expect(takeEarlyStart('?tabId=3')).toBeNull();
    publishEarlyStart(f.api, '?tabId=3', 'zh-CN');
    expect(takeEarlyStart('?tabId=3')?.search).toBe('?tabId=3');
    expect(takeEarlyStart('?tabId=3')).toBeNull();
  });
});

describe('a port that keeps what comes before anyone listens', () => {
  it('gives the first listener the messages it missed, in order, then the new ones', async () => {
    const raw = fakePort('call:1');
    const port = bufferedPort(raw as never);
    raw.deliver({ n: 1 });
    raw.deliver({ n: 2 });
    const got: unknown[] = [];
    port.onMessage.addListener((m) => got.push(m));
    expect(got).toEqual([]);
    await flush();
    raw.deliver({ n: 3 });
    expect(got).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('tells of a disconnect that came before anyone listened, after the messages', async () => {
    const raw = fakePort('call:1');
    const port = bufferedPort(raw as never);
    raw.deliver('snapshot');
    raw.drop();
    const got: string[] = [];
    port.onMessage.addListener((m) => got.push(String(m)));
    port.onDisconnect.addListener(() => got.push('gone'));
    await flush();
    expect(got).toEqual(['snapshot', 'gone']);
  });

  it('sends and disconnects through the browser’s port', () => {
    const raw = fakePort('call:1');
    const port = bufferedPort(raw as never);
    port.postMessage({ type: 'event' });
    port.disconnect();
    expect(raw.sent).toEqual([{ type: 'event' }]);
    expect(raw.disconnected).toBe(true);
  });
});
