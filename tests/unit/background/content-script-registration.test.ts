import { restoreIntoOpenTabs, syncContentScriptRegistration } from '@/utils/background/content-script-registration';
import { createLiveCallMarkers } from '@/utils/background/live-call-markers';

type Registered = { id: string; allFrames?: boolean; matchOriginAsFallback?: boolean; matches: string[] };

function fakeBrowser(rejectFallbackKey: boolean) {
  const registered: Registered[] = [];
  const b = {
    permissions: { getAll: async () => ({ origins: ['https://crm.example/*'] }) },
    scripting: {
      getRegisteredContentScripts: async () => [],
      unregisterContentScripts: async () => undefined,
      registerContentScripts: async (scripts: Registered[]) => {
        if (rejectFallbackKey && scripts.some((s) => 'matchOriginAsFallback' in s)) throw new Error('unknown key');
        registered.push(...scripts);
      },
    },
  };
  return { b: b as unknown as Parameters<typeof syncContentScriptRegistration>[0], registered };
}

describe('content script registration', () => {
  it('runs in every frame of an enabled origin, about:blank and srcdoc frames included', async () => {
    const { b, registered } = fakeBrowser(false);
    await syncContentScriptRegistration(b);
    expect(registered).toEqual([expect.objectContaining({ allFrames: true, matchOriginAsFallback: true })]);
  });

  it('a browser that does not know matchOriginAsFallback still gets every frame', async () => {
    const { b, registered } = fakeBrowser(true);
    await syncContentScriptRegistration(b);
    expect(registered).toHaveLength(1);
    expect(registered[0]).toMatchObject({ allFrames: true });
    expect(registered[0]).not.toHaveProperty('matchOriginAsFallback');
  });
});

describe("the extension's next run (updated, reloaded, turned off and on)", () => {
  function fakeRun(session: Record<string, unknown>) {
    const injected: number[] = [];
    const b = {
      storage: {
        session: {
          get: async (key: string) => (key in session ? { [key]: session[key] } : {}),
          set: async (items: Record<string, unknown>) => void Object.assign(session, items),
        },
      },
      permissions: { getAll: async () => ({ origins: ['https://crm.example/*'] }) },
      tabs: {
        query: async ({ url }: { url: string[] }) => (url.length ? [{ id: 1 }, { id: 2 }, {}] : []),
        // Tab 1's page was loaded in this run: its script answers. Tab 2 still runs the last run's script (no answer).
        sendMessage: async (tabId: number) => {
          if (tabId !== 1) throw new Error('Could not establish connection. Receiving end does not exist.');
          return null;
        },
      },
      scripting: {
        executeScript: async ({ target }: { target: { tabId: number; allFrames: boolean } }) =>
          void injected.push(target.tabId),
      },
    };
    return { b: b as unknown as Parameters<typeof restoreIntoOpenTabs>[0], injected };
  }

  it("gives the open CRM tabs without a live content script this run's, once per run", async () => {
    const session: Record<string, unknown> = {};
    const run = fakeRun(session);
    await restoreIntoOpenTabs(run.b);
    expect(run.injected).toEqual([2]);
    // The worker stops and starts again within the same run: nothing more.
    const again = fakeRun(session);
    await restoreIntoOpenTabs(again.b);
    expect(again.injected).toEqual([]);
  });

  it('keeps which call each tab is in across runs, until the browser starts again', async () => {
    const local: Record<string, unknown> = { settings: {} };
    const area = {
      get: async (key: string | null) => (key === null ? { ...local } : key in local ? { [key]: local[key] } : {}),
      set: async (items: Record<string, unknown>) => void Object.assign(local, items),
      remove: async (keys: string | string[]) => [keys].flat().forEach((k) => delete local[k]),
    };
    const markers = createLiveCallMarkers(area);
    await markers.set(7, { customerKey: 'k', recordId: 'r' });
    await markers.set(8, { customerKey: 'k2', recordId: 'r2' });
    await markers.set(8, null);
    expect(await createLiveCallMarkers(area).get(7)).toEqual({ customerKey: 'k', recordId: 'r' });
    expect(await markers.get(8)).toBeNull();
    // Storage is read as a boundary: a marker of another shape is none; a field it does not know is dropped.
    local['live-call-9'] = { customerKey: 1 };
    expect(await markers.get(9)).toBeNull();
    local['live-call-10'] = { customerKey: '', recordId: 'r' };
    expect(await markers.get(10)).toBeNull();
    local['live-call-11'] = { customerKey: 'k', recordId: 'r'.repeat(101) };
    expect(await markers.get(11)).toBeNull();
    local['live-call-12'] = { customerKey: 'k', recordId: 'r', stray: true };
    expect(await markers.get(12)).toEqual({ customerKey: 'k', recordId: 'r' });
    await markers.clear();
    expect(Object.keys(local)).toEqual(['settings']);
  });
});
