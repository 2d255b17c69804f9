import { render, act, cleanup, waitFor } from '@testing-library/preact';
import { vi } from 'vitest';

/** A promise the test settles when it chooses (the browser's answer arriving late). */
function later<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const tabsGet = vi.fn();
const contains = vi.fn();
vi.mock('wxt/browser', () => ({
  browser: {
    tabs: {
      get: (id: number) => tabsGet(id),
      query: async () => [],
      onUpdated: { addListener: () => undefined, removeListener: () => undefined },
      onActivated: { addListener: () => undefined, removeListener: () => undefined },
    },
    permissions: { contains: (p: unknown) => contains(p) },
  },
}));

const { useTab } = await import('@/utils/panel/use-tab');

describe('useTab', () => {
  afterEach(() => cleanup());

  it('says nothing about the site until the tab is looked up and its permission answered', async () => {
    const tab = later<{ id: number; url: string }>();
    const granted = later<boolean>();
    tabsGet.mockReturnValue(tab.promise);
    contains.mockReturnValue(granted.promise);
    const seen: { tab: unknown; enabled: boolean | null }[] = [];
    function Probe() {
      const b = useTab('?tabId=7');
      seen.push({ tab: b.tab, enabled: b.enabled });
      return null;
    }
    render(<Probe />);
    // The effects of the first frames run (the panel page may be hidden: they come late, but they come).
    await act(async () => undefined);
    expect(seen.at(-1)).toEqual({ tab: undefined, enabled: null });

    tab.resolve({ id: 7, url: 'https://crm.example/card?id=1' });
    await waitFor(() => expect(seen.at(-1)?.tab).toEqual({ tabId: 7, url: 'https://crm.example/card?id=1' }));
    expect(seen.at(-1)?.enabled).toBe(null);
    // The permission check is an effect of the render that showed the tab: it runs after that render, not with it.
    await waitFor(() => expect(contains).toHaveBeenCalledWith({ origins: ['https://crm.example/*'] }));
    expect(seen.at(-1)?.enabled).toBe(null);

    granted.resolve(true);
    await waitFor(() => expect(seen.at(-1)?.enabled).toBe(true));
    // Never "not enabled" on the way: that showed the site gate over the call being typed in.
    expect(seen.some((s) => s.enabled === false)).toBe(false);
    // Never "no tab" either: the panel would unbind the call the boot had bound.
    expect(seen.some((s) => s.tab === null)).toBe(false);
  });

  it("uses the boot's check of the first tab's site, and shows nothing about the site until it answers", async () => {
    contains.mockClear();
    tabsGet.mockResolvedValue({ id: 9, url: 'https://crm.example/card?id=2' });
    const granted = later<boolean>();
    const seen: (boolean | null)[] = [];
    function Probe() {
      const b = useTab('?tabId=9', {
        tab: { tabId: 9, url: 'https://crm.example/card?id=2' },
        enabled: granted.promise,
      });
      seen.push(b.enabled);
      return null;
    }
    render(<Probe />);
    await act(async () => undefined);
    expect(seen.at(-1)).toBe(null);
    granted.resolve(true);
    await waitFor(() => expect(seen.at(-1)).toBe(true));
    expect(seen).not.toContain(false);
    // Asked once, by the boot: not again for the same tab.
    expect(contains).not.toHaveBeenCalled();
  });

  it('a tab without an address is a site Huifang does not run on', async () => {
    tabsGet.mockResolvedValue({ id: 8 });
    const seen: (boolean | null)[] = [];
    function Probe() {
      seen.push(useTab('?tabId=8').enabled);
      return null;
    }
    render(<Probe />);
    await waitFor(() => expect(seen.at(-1)).toBe(false));
  });
});
