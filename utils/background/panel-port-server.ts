import { z } from 'zod';
import { callbackKindSchema } from '../core/callback-kinds';
import { outcomeSchema } from '../core/schemas/callback-record';
import { customerContextSchema } from '../core/schemas/customer-context';
import { draftSchema } from '../core/schemas/draft';
import type { RemotePortMethod } from '../messages';
import type { PanelPorts } from '../ui/panel-ports';

const key = z.string().min(1).max(500);
const none = z.tuple([]);
const argSchemas = {
  agent: none,
  scripts: none,
  otherCustomers: none,
  queue: none,
  seeCustomer: z.tuple([
    key,
    customerContextSchema,
    z.object({ at: z.string().max(40), kind: callbackKindSchema }).nullable(),
  ]),
  history: z.tuple([key]),
  loadDraft: z.tuple([key]),
  discardDraft: z.tuple([key]),
  saveDraft: z.tuple([draftSchema]),
  finishCall: z.tuple([draftSchema, outcomeSchema, z.iso.datetime({ offset: true })]),
} satisfies Record<RemotePortMethod, z.ZodType>;

export type PortReply = { ok: true; value: unknown } | { ok: false; message: string };

/** Runs one data call of the overlay page against the background's own ports, after checking its arguments. */
export async function servePanelPortCall(
  ports: PanelPorts,
  method: RemotePortMethod,
  args: unknown[],
): Promise<PortReply> {
  const parsed = argSchemas[method].safeParse(args);
  if (!parsed.success)
    return { ok: false, message: `bad arguments for ${method}: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  try {
    return { ok: true, value: await call(ports, method, parsed.data) };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

function call(ports: PanelPorts, method: RemotePortMethod, args: unknown): Promise<unknown> {
  switch (method) {
    case 'agent':
      return ports.agent();
    case 'scripts':
      return ports.scripts();
    case 'otherCustomers':
      return ports.otherCustomers();
    case 'queue':
      return ports.queue();
    case 'seeCustomer': {
      const [k, context, due] = argSchemas.seeCustomer.parse(args);
      return ports.seeCustomer(k, context, due);
    }
    case 'history':
      return ports.history(argSchemas.history.parse(args)[0]);
    case 'loadDraft':
      return ports.loadDraft(argSchemas.loadDraft.parse(args)[0]);
    case 'discardDraft':
      return ports.discardDraft(argSchemas.discardDraft.parse(args)[0]);
    case 'saveDraft':
      return ports.saveDraft(argSchemas.saveDraft.parse(args)[0]);
    case 'finishCall': {
      const [draft, outcome, endedAt] = argSchemas.finishCall.parse(args);
      return ports.finishCall(draft, outcome, new Date(endedAt));
    }
  }
}
