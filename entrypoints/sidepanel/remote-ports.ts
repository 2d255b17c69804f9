import type { RemotePortMethod } from '@/utils/messages';
import type { PanelPorts } from '@/utils/ui/panel-ports';

type Awaited2<T> = T extends Promise<infer R> ? R : T;
type PortFn<M extends RemotePortMethod> = PanelPorts[M] extends (...args: infer A) => infer R
  ? { args: A; result: Awaited2<R> }
  : never;

/** One data call run by the background (see utils/background/panel-port-server.ts). */
async function callRemote<M extends RemotePortMethod>(method: M, args: unknown[]): Promise<PortFn<M>['result']> {
  const reply: unknown = await browser.runtime.sendMessage({ type: 'panel-port-call', method, args });
  if (typeof reply !== 'object' || reply === null || !('ok' in reply))
    throw new Error(`no answer from the background for ${method}`);
  if (reply.ok !== true)
    throw new Error('message' in reply && typeof reply.message === 'string' ? reply.message : `${method} failed`);
  // The background validated the arguments and ran our own ports: the value has the port's declared type.
  return ('value' in reply ? reply.value : undefined) as PortFn<M>['result'];
}

/**
 * Ports for the overlay page: framed on a CRM page its storage is partitioned by that site, so our database is out of
 * reach there; every data call goes to the background instead. Export and import stay in the panel.
 */
export function createRemotePorts(local: PanelPorts): PanelPorts {
  return {
    ...local,
    agent: () => callRemote('agent', []),
    scripts: () => callRemote('scripts', []),
    seeCustomer: (key, context, due) => callRemote('seeCustomer', [key, context, due]),
    history: (key) => callRemote('history', [key]),
    otherCustomers: () => callRemote('otherCustomers', []),
    queue: () => callRemote('queue', []),
    loadDraft: (key) => callRemote('loadDraft', [key]),
    saveDraft: (draft) => callRemote('saveDraft', [draft]),
    discardDraft: (key) => callRemote('discardDraft', [key]),
    finishCall: (draft, outcome, endedAt) => callRemote('finishCall', [draft, outcome, endedAt.toISOString()]),
  };
}
