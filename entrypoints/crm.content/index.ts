import { extractCustomer } from '@/utils/extract';
import type { Message } from '@/utils/messages';

// Registered at run time, only for the origins the user enabled (see background.ts).
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    const flagKey = '__huifangContentScript';
    const w = window as unknown as Record<string, unknown>;
    if (w[flagKey]) return; // injected twice (registration + enable-on-this-site): keep one
    w[flagKey] = true;

    const read = () => extractCustomer(document, location.href, new Date());
    const send = () => {
      const message: Message = { type: 'context-extracted', context: read() };
      browser.runtime.sendMessage(message).catch(() => undefined);
    };
    send();
    browser.runtime.onMessage.addListener((raw: unknown, _sender, sendResponse) => {
      if (!ctx.isValid) return;
      if (typeof raw === 'object' && raw && (raw as { type?: unknown }).type === 'context-request') {
        sendResponse(read());
      }
      return undefined;
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => send());
  },
});
