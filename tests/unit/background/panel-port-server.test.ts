import { servePanelPortCall } from '@/utils/background/panel-port-server';
import type { PanelPorts } from '@/utils/ui/panel-ports';

function fakePorts(calls: string[]): PanelPorts {
  const record =
    (name: string) =>
    async (...args: unknown[]) => {
      calls.push(`${name}(${JSON.stringify(args)})`);
      return name === 'history' ? [] : undefined;
    };
  return {
    history: record('history'),
    loadDraft: record('loadDraft'),
    discardDraft: record('discardDraft'),
    agent: async () => 'agent-7',
  } as unknown as PanelPorts;
}

describe('servePanelPortCall', () => {
  it('runs a well-formed call and returns its value', async () => {
    const calls: string[] = [];
    expect(await servePanelPortCall(fakePorts(calls), 'history', ['origin|42'])).toEqual({ ok: true, value: [] });
    expect(calls).toEqual(['history(["origin|42"])']);
  });

  it.each([
    ['history', [42]],
    ['history', []],
    ['saveDraft', [{ customerKey: 'x' }]],
    ['finishCall', [{}, 'teleported', 'yesterday']],
  ] as const)('refuses %s with bad arguments %j and calls nothing', async (method, args) => {
    const calls: string[] = [];
    const reply = await servePanelPortCall(fakePorts(calls), method, [...args]);
    expect(reply.ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it('turns a failing call into a message instead of a rejected promise', async () => {
    const ports = {
      discardDraft: async () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as PanelPorts;
    expect(await servePanelPortCall(ports, 'discardDraft', ['k'])).toEqual({
      ok: false,
      message: 'QuotaExceededError',
    });
  });
});
