import {
  createOverlayHost,
  OVERLAY_Z_INDEX,
  type OverlayHostOptions,
  type OverlayPlacement,
} from '@/utils/overlay/host';
import { readOverlayState, replaceOrphans } from '@/utils/overlay';

function memoryStore(initial: Record<string, OverlayPlacement> = {}) {
  const saved: Record<string, OverlayPlacement> = { ...initial };
  return {
    saved,
    load: async (site: string) => saved[site] ?? null,
    save: async (site: string, p: OverlayPlacement) => void (saved[site] = p),
  };
}

const labels = {
  title: 'Huifang',
  collapse: 'Collapse',
  expand: 'Expand',
  close: 'Close',
  updated: 'Huifang was updated',
  reload: 'Reload page',
};
/** An overlay on this test's document, in an open shadow root (so the test can look inside), with a blank frame. */
const makeHost = (overrides: Partial<OverlayHostOptions> = {}) =>
  createOverlayHost({
    doc: document,
    src: 'about:blank',
    site: 's',
    store: memoryStore(),
    labels,
    shadowMode: 'open',
    ...overrides,
  });
const frame = () => new Promise((r) => setTimeout(r, 40));

function parts() {
  const host = document.querySelector('huifang-overlay') as HTMLElement | null;
  const root = host?.shadowRoot;
  return {
    host,
    iframe: root?.querySelector('iframe') ?? null,
    handle: root?.querySelector('[role=toolbar]') as HTMLElement | null,
    collapse: root?.querySelectorAll('button')[0] ?? null,
  };
}

describe('overlay host', () => {
  afterEach(() => document.body.replaceChildren());

  it('toggles an iframe of the overlay page below modal layers', async () => {
    const o = makeHost({ src: 'chrome-extension://x/overlay.html', site: 'http://crm.test' });
    await o.toggle();
    const { host, iframe } = parts();
    expect(iframe?.getAttribute('src')).toBe('chrome-extension://x/overlay.html');
    expect(Number(host?.style.zIndex)).toBe(OVERLAY_Z_INDEX);
    expect(OVERLAY_Z_INDEX).toBeLessThan(1000);
    await o.toggle();
    expect(parts().host).toBeNull();
  });

  it('restores the stored position of the site and remembers collapse and keyboard moves', async () => {
    const store = memoryStore({ 'http://crm.test': { x: 40, y: 50, collapsed: false } });
    const o = makeHost({ site: 'http://crm.test', store });
    await o.show();
    const { host, handle, collapse, iframe } = parts();
    expect(host?.style.left).toBe('40px');
    handle?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(store.saved['http://crm.test']?.x).toBe(56);
    collapse?.click();
    expect(iframe?.style.display).toBe('none');
    expect(store.saved['http://crm.test']?.collapsed).toBe(true);
    o.destroy();
  });

  const rectOf = (r: { left: number; top: number; width: number; height: number }) => () =>
    ({ ...r, x: r.left, y: r.top, right: r.left + r.width, bottom: r.top + r.height, toJSON: () => r }) as DOMRect;

  it('hides while a page dialog leaves it no room, and comes back when the dialog closes', async () => {
    const o = makeHost();
    await o.show();
    expect(parts().host?.style.visibility).toBe('visible');
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.textContent = 'Confirm delete?';
    dialog.getBoundingClientRect = rectOf({ left: 0, top: 0, width: window.innerWidth, height: window.innerHeight });
    document.body.append(dialog);
    await frame();
    expect(parts().host?.style.visibility).toBe('hidden');
    dialog.remove();
    await frame();
    expect(parts().host?.style.visibility).toBe('visible');
    o.destroy();
  });

  it('moves beside a dialog that leaves room, above its backdrop, and returns to its place after', async () => {
    const o = makeHost();
    await o.show();
    const home = { left: parts().host?.style.left, top: parts().host?.style.top };
    // A full-screen wrapper (as UI kits render modals) around the panel the user sees, centred on the left.
    const wrap = document.createElement('div');
    wrap.setAttribute('role', 'dialog');
    wrap.getBoundingClientRect = rectOf({ left: 0, top: 0, width: window.innerWidth, height: window.innerHeight });
    const panel = document.createElement('div');
    const panelRect = { left: 40, top: 40, width: window.innerWidth - 500, height: 300 };
    panel.getBoundingClientRect = rectOf(panelRect);
    wrap.append(panel);
    document.body.append(wrap);
    await frame();
    const style = parts().host?.style;
    expect(style?.visibility).toBe('visible');
    expect(Number.parseFloat(style?.left ?? '0')).toBeGreaterThanOrEqual(panelRect.left + panelRect.width);
    expect(Number(style?.zIndex)).toBeGreaterThan(1_000_000);
    wrap.remove();
    await frame();
    expect({ left: parts().host?.style.left, top: parts().host?.style.top }).toEqual(home);
    o.destroy();
  });
});

describe('placement store', () => {
  it('keeps a position per site and ignores a malformed one', async () => {
    const { createPlacementStore } = await import('@/utils/overlay');
    const data = new Map<string, unknown>();
    const store = createPlacementStore({
      getItem: async (k) => data.get(k) ?? null,
      setItem: async (k, v) => void data.set(k, v),
    });
    await store.save('https://crm.a', { x: 10, y: 20, collapsed: true });
    expect(await store.load('https://crm.a')).toEqual({ x: 10, y: 20, collapsed: true });
    expect(await store.load('https://crm.b')).toBeNull();
    data.set('local:overlay-placement:https://crm.c', { x: 'left' });
    expect(await store.load('https://crm.c')).toBeNull();
  });
});

describe('overlay host: drag, words and the open state', () => {
  afterEach(() => document.body.replaceChildren());

  const pointer = (type: string, x: number, y: number) =>
    new PointerEvent(type, { clientX: x, clientY: y, pointerId: 7, button: 0, bubbles: true });

  it('drags by the handle, the framed page taking no pointer events meanwhile, and remembers where it was left', async () => {
    const store = memoryStore({ s: { x: 100, y: 100, collapsed: false } });
    const o = makeHost({ store });
    await o.show();
    const { host, handle, iframe } = parts();
    handle?.dispatchEvent(pointer('pointerdown', 10, 10));
    expect(iframe?.style.pointerEvents).toBe('none');
    handle?.dispatchEvent(pointer('pointermove', 30, 50));
    handle?.dispatchEvent(pointer('pointermove', 60, 70));
    handle?.dispatchEvent(pointer('pointerup', 60, 70));
    expect(host?.style.left).toBe('150px');
    expect(host?.style.top).toBe('160px');
    expect(iframe?.style.pointerEvents).toBe('');
    expect(store.saved.s).toEqual({ x: 150, y: 160, collapsed: false });
    o.destroy();
  });

  it('changes its words to the panel language and says when the agent closes it', async () => {
    const changes: boolean[] = [];
    const o = makeHost({ onOpenChange: (open) => changes.push(open) });
    await o.show();
    o.setLabels({ ...labels, title: '回访助手', collapse: '收起', expand: '展开', close: '关闭' });
    const root = parts().host?.shadowRoot;
    expect(root?.querySelector('[role=toolbar] span')?.textContent).toBe('回访助手');
    const close = root?.querySelectorAll('button')[1];
    expect(close?.title).toBe('关闭');
    close?.click();
    expect(parts().host).toBeNull();
    expect(changes).toEqual([false]);
  });
});

describe('readOverlayState', () => {
  const good = {
    open: true,
    labels: {
      title: '回访助手',
      collapse: '收起',
      expand: '展开',
      close: '关闭',
      updated: '回访助手已更新',
      reload: '刷新页面',
    },
  };
  it.each([
    [good, good],
    [{ ...good, open: 'yes' }, null],
    [{ open: false }, null],
    [{ ...good, labels: { ...good.labels, close: 1 } }, null],
    [{ ...good, labels: { ...good.labels, title: 'x'.repeat(301) } }, null],
    [{ ...good, labels: { ...good.labels, reload: undefined } }, null],
    [null, null],
  ])('%#', (raw, expected) => {
    expect(readOverlayState(raw)).toEqual(expected);
  });
});

describe('overlay host left by an earlier run of the extension', () => {
  afterEach(() => document.body.replaceChildren());

  it('an open overlay says the extension went away in place of its frame; the next run replaces it and reopens', async () => {
    const o = makeHost();
    await o.show();
    o.orphan();
    const root = parts().host?.shadowRoot;
    expect(root?.querySelector('iframe')).toBeNull();
    expect(root?.querySelector('[role=alert]')?.textContent).toContain('Huifang was updated');
    expect(root?.querySelector('[role=alert] button')?.textContent).toBe('Reload page');
    expect(parts().host?.hasAttribute('data-orphan')).toBe(true);
    // The extension's next run: its content script finds the orphan, removes it and says its overlay was open.
    expect(replaceOrphans(document)).toBe(true);
    expect(parts().host).toBeNull();
    expect(replaceOrphans(document)).toBe(false);
  });

  it('a closed overlay leaves nothing behind', async () => {
    const o = makeHost();
    o.orphan();
    expect(parts().host).toBeNull();
    expect(replaceOrphans(document)).toBe(false);
  });
});

describe('overlay host: concurrent opens', () => {
  afterEach(() => document.body.replaceChildren());
  it('shows one overlay when the page load restores it while a toggle asks too', async () => {
    const o = makeHost();
    await Promise.all([o.show(), o.show()]);
    expect(document.querySelectorAll('huifang-overlay')).toHaveLength(1);
    o.destroy();
  });
});
