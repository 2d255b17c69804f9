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

describe('content script registration as the background starts again and again', () => {
  /**
   * The browser's registrations, as Chrome and Firefox keep them: registering an id twice fails, and every call takes
   * a turn of the event loop. `gaps` counts the moments an enabled origin had no registered script.
   */
  function browserWithRegistry(origins: string[]) {
    const granted = { origins };
    let current: Registered | null = null;
    const calls: string[] = [];
    let gaps = 0;
    const turn = () => new Promise((r) => setTimeout(r, 0));
    const b = {
      permissions: { getAll: async () => (await turn(), { origins: [...granted.origins] }) },
      scripting: {
        getRegisteredContentScripts: async () => (await turn(), current ? [{ ...current }] : []),
        unregisterContentScripts: async () => {
          calls.push('unregister');
          await turn();
          if (!current) throw new Error('Nonexistent script ID');
          current = null;
          if (granted.origins.length) gaps += 1;
        },
        registerContentScripts: async ([script]: Registered[]) => {
          calls.push('register');
          await turn();
          if (current) throw new Error(`Duplicate script ID '${script?.id}'`);
          current = script ? { ...script } : null;
        },
        updateContentScripts: async ([script]: Registered[]) => {
          calls.push('update');
          await turn();
          if (!current) throw new Error('Nonexistent script ID');
          current = { ...current, ...script };
        },
      },
    };
    return {
      b: b as unknown as Parameters<typeof syncContentScriptRegistration>[0],
      granted,
      calls,
      gaps: () => gaps,
      current: () => current,
    };
  }

  it('a start with the registration already right changes nothing: no moment without the script', async () => {
    const r = browserWithRegistry(['https://crm.example/*']);
    await syncContentScriptRegistration(r.b);
    expect(r.calls).toEqual(['register']);
    // The worker stops and starts (each start syncs), and install and startup ask at the same moment.
    await Promise.all([
      syncContentScriptRegistration(r.b),
      syncContentScriptRegistration(r.b),
      syncContentScriptRegistration(r.b),
    ]);
    expect(r.calls).toEqual(['register']);
    expect(r.gaps()).toBe(0);
  });

  it('two syncs at once on a fresh install register once, without an error', async () => {
    const r = browserWithRegistry(['https://crm.example/*']);
    const results = await Promise.allSettled([syncContentScriptRegistration(r.b), syncContentScriptRegistration(r.b)]);
    expect(results.map((x) => x.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(r.calls).toEqual(['register']);
  });

  it('another origin enabled: the registration changes in place, the first origin never goes without', async () => {
    const r = browserWithRegistry(['https://crm.example/*']);
    await syncContentScriptRegistration(r.b);
    r.granted.origins.push('https://crm2.example/*');
    await syncContentScriptRegistration(r.b);
    expect(r.calls).toEqual(['register', 'update']);
    expect(r.gaps()).toBe(0);
    expect(r.current()?.matches.sort()).toEqual(['https://crm.example/*', 'https://crm2.example/*']);
    // Every origin turned off: no script left.
    r.granted.origins.splice(0);
    await syncContentScriptRegistration(r.b);
    expect(r.current()).toBeNull();
  });
});

describe('a registration left by an older build is replaced, every field compared', () => {
  type Script = Registered & {
    js?: string[];
    css?: string[];
    excludeMatches?: string[];
    runAt?: string;
    world?: string;
    persistAcrossSessions?: boolean;
    cssOrigin?: string;
  };
  const wanted: Script = {
    id: 'huifang-crm',
    js: ['/content-scripts/crm.js'],
    matches: ['https://crm.example/*'],
    runAt: 'document_idle',
    allFrames: true,
    persistAcrossSessions: true,
    matchOriginAsFallback: true,
  };

  /**
   * The browser's registry, reporting as the browser does (seen in Chromium 156 and Firefox ESR 153): every field,
   * the script's path without its leading slash, Firefox also its `cssOrigin`. A browser that does not know
   * matchOriginAsFallback refuses it and reports none.
   */
  function registry(kind: 'chrome' | 'firefox' | 'no-fallback-key', initial: Script | null) {
    let current: Script | null = initial && { ...initial };
    const calls: string[] = [];
    let gaps = 0;
    const report = (s: Script): Script =>
      kind === 'no-fallback-key'
        ? { ...s }
        : {
            runAt: 'document_idle',
            world: 'ISOLATED',
            persistAcrossSessions: true,
            matchOriginAsFallback: false,
            ...(kind === 'firefox' ? { cssOrigin: 'author' } : {}),
            ...s,
            js: s.js?.map((p) => p.replace(/^\//, '')),
          };
    const accept = (s: Script) => {
      if (kind === 'no-fallback-key' && 'matchOriginAsFallback' in s) throw new Error('Unexpected property');
      return s;
    };
    const b = {
      permissions: { getAll: async () => ({ origins: ['https://crm.example/*'] }) },
      scripting: {
        getRegisteredContentScripts: async () => (current ? [report(current)] : []),
        unregisterContentScripts: async () => {
          calls.push('unregister');
          current = null;
          gaps += 1;
        },
        registerContentScripts: async ([s]: Script[]) => {
          calls.push('register');
          if (current) throw new Error('Duplicate script ID');
          current = s ? { ...accept(s) } : null;
        },
        updateContentScripts: async ([s]: Script[]) => {
          calls.push('update');
          if (!current || !s) throw new Error('Nonexistent script ID');
          current = { ...current, ...accept(s) };
        },
      },
    };
    return {
      b: b as unknown as Parameters<typeof syncContentScriptRegistration>[0],
      calls,
      gaps: () => gaps,
      current: () => current,
    };
  }

  it.each(['chrome', 'firefox', 'no-fallback-key'] as const)(
    '%s: this build’s own registration, as reported, is left alone',
    async (kind) => {
      const r = registry(kind, null);
      await syncContentScriptRegistration(r.b);
      await syncContentScriptRegistration(r.b);
      await syncContentScriptRegistration(r.b);
      // A browser that does not know matchOriginAsFallback refuses the first registration, then takes it without.
      expect(r.calls).toEqual(kind === 'no-fallback-key' ? ['register', 'register'] : ['register']);
    },
  );

  it.each<[string, Partial<Script>]>([
    ['another runAt', { runAt: 'document_end' }],
    ['no about:blank / srcdoc frames', { matchOriginAsFallback: undefined }],
    ['the top frame only', { allFrames: false }],
    ['another script file', { js: ['/content-scripts/content.js'] }],
    ['gone after a browser restart', { persistAcrossSessions: false }],
  ])('%s: changed in place, the CRM never without its script', async (_, older) => {
    const stale: Script = { ...wanted, ...older };
    if (older.matchOriginAsFallback === undefined && 'matchOriginAsFallback' in older)
      delete stale.matchOriginAsFallback;
    const r = registry('chrome', stale);
    await syncContentScriptRegistration(r.b);
    expect(r.calls).toEqual(['update']);
    expect(r.gaps()).toBe(0);
    expect(r.current()).toEqual(wanted);
    await syncContentScriptRegistration(r.b);
    expect(r.calls).toEqual(['update']);
  });

  it.each<[string, Partial<Script>]>([
    ['a style sheet', { css: ['/content-scripts/crm.css'] }],
    ['excluded pages', { excludeMatches: ['https://crm.example/admin/*'] }],
    ['the page’s own world', { world: 'MAIN' }],
  ])('%s, which an update cannot take away: registered anew', async (_, older) => {
    const r = registry('chrome', { ...wanted, ...older });
    await syncContentScriptRegistration(r.b);
    expect(r.calls).toEqual(['unregister', 'register']);
    expect(r.current()).toEqual(wanted);
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
