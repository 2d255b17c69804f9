// The call port's name, apart from its schemas (call-protocol.ts): the panel connects before its first frame, which
// loads no zod (docs/architecture.md, "What the panel loads first").

/**
 * `call:<tabId>`, and the view's browser language after it when known (`call:7:zh-CN`): the background takes the
 * language from the views, not from itself (utils/background/view-language.ts), and a call's script starts in it as
 * the port arrives, before any message.
 */
export function callPortName(tabId: number, language?: string): string {
  return language ? `call:${tabId}:${language}` : `call:${tabId}`;
}
export function readCallPortName(name: string): { tabId: number; language: string | null } | null {
  const m = /^call:(\d{1,10})(?::([A-Za-z0-9-]{1,35}))?$/.exec(name);
  return m ? { tabId: Number(m[1]), language: m[2] ?? null } : null;
}
