import { syncContentScriptRegistration } from '@/utils/background/content-script-registration';

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
