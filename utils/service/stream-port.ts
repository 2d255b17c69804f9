import { z } from '@/utils/core/zod';

/**
 * Data calls too big for one runtime message. Chrome refuses a message over 64 MB, and an export of a few years of
 * records (or the file imported back) is larger: such a call goes over a port instead, its request and its reply
 * cut into chunks and put together on the other side, with progress on the way (docs/architecture.md, "Big data
 * calls"). What travels is the same `data-call` message and reply as in utils/service/call-client.ts.
 */
export { streamPortName } from './stream-port-name';

/** Characters per chunk: even escaped at 6 bytes a character (JSON's \uXXXX), a chunk stays far below 64 MB. */
export const chunkChars = 4 * 1024 * 1024;

/** A port as both sides use it (runtime.Port; a pair of fakes in tests). */
export type StreamPort = {
  postMessage(message: unknown): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
  disconnect(): void;
};

export type StreamProgress = { phase: string; done: number; total: number };

const streamMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('chunk'), text: z.string().check(z.maxLength(chunkChars)) }),
  z.object({ type: z.literal('end') }),
  /** The page is still waiting: a message keeps Chrome from stopping the worker while a long import runs. */
  z.object({ type: z.literal('ping') }),
  z.object({
    type: z.literal('progress'),
    phase: z.string().check(z.maxLength(40)),
    done: z.number().check(z.gte(0)),
    total: z.number().check(z.gte(0)),
  }),
]);

/** Cuts a text into chunks of at most `size` characters, never between the two halves of a surrogate pair. */
export function splitText(text: string, size = chunkChars): string[] {
  if (size < 2) throw new Error('chunk size must be at least 2');
  const chunks: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(at + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(text.slice(at, end));
    at = end;
  }
  return chunks;
}

function send(port: StreamPort, value: unknown) {
  for (const text of splitText(JSON.stringify(value))) port.postMessage({ type: 'chunk', text });
  port.postMessage({ type: 'end' });
}

/** Collects chunks until `end`; `onOther` gets the progress and pings. */
function receive(port: StreamPort, onOther: (message: z.infer<typeof streamMessageSchema>) => void) {
  return new Promise<unknown>((resolve, reject) => {
    const parts: string[] = [];
    let done = false;
    port.onMessage.addListener((raw) => {
      const parsed = streamMessageSchema.safeParse(raw);
      if (done || !parsed.success) return;
      const message = parsed.data;
      if (message.type === 'chunk') parts.push(message.text);
      else if (message.type === 'end') {
        done = true;
        try {
          resolve(JSON.parse(parts.join('')));
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      } else onOther(message);
    });
    port.onDisconnect.addListener(() => {
      if (done) return;
      done = true;
      reject(new Error('the connection to the background closed before the end'));
    });
  });
}

/**
 * The page's side: sends `message`, resolves with the reply. Pings every `pingMs` while it waits; `onProgress` gets
 * what the background reports (reading, writing…).
 */
export async function callOverPort(
  port: StreamPort,
  message: unknown,
  options: {
    onProgress?: (p: StreamProgress) => void;
    pingMs?: number;
    setInterval?: (fn: () => void, ms: number) => unknown;
    clearInterval?: (handle: unknown) => void;
  } = {},
): Promise<unknown> {
  const every = options.setInterval ?? ((fn, ms) => setInterval(fn, ms));
  const stop = options.clearInterval ?? ((h) => clearInterval(h as ReturnType<typeof setInterval>));
  const reply = receive(port, (m) => {
    if (m.type === 'progress') options.onProgress?.({ phase: m.phase, done: m.done, total: m.total });
  });
  const timer = every(() => port.postMessage({ type: 'ping' }), options.pingMs ?? 10_000);
  try {
    send(port, message);
    return await reply;
  } finally {
    stop(timer);
    port.disconnect();
  }
}

/**
 * The background's side: takes one request, runs `handle`, sends the reply back. A request cut off before its end
 * (the page closed, the file was half read) is dropped whole: nothing runs, nothing is written.
 */
export function serveOverPort(
  port: StreamPort,
  handle: (message: unknown, progress: (p: StreamProgress) => void) => Promise<unknown>,
): void {
  let open = true;
  port.onDisconnect.addListener(() => (open = false));
  receive(port, () => undefined).then(
    async (message) => {
      const reply = await handle(message, (p) => {
        if (open) port.postMessage({ type: 'progress', ...p });
      });
      if (open) send(port, reply);
    },
    (err: unknown) => {
      // Cut off (nothing to answer), or a request that is not JSON: say so.
      if (open) send(port, { ok: false, message: `unreadable request: ${err instanceof Error ? err.message : err}` });
    },
  );
}
