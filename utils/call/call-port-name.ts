// The call port's name, apart from its schemas (call-protocol.ts): the panel connects before its first frame, which
// loads no zod (docs/architecture.md, "What the panel loads first").
import { readLanguageTag } from '@/utils/core/language-tag';

/**
 * `call:<tabId>`, and the view's browser language after it when it is a language tag (`call:7:zh-CN`): the background
 * takes the language from the views, not from itself (utils/background/view-language.ts), and a call's script starts
 * in it as the port arrives, before any message. Whatever follows the tab id, the port is the tab's call port.
 */
export function callPortName(tabId: number, language?: string): string {
  const tag = readLanguageTag(language);
  return tag ? `call:${tabId}:${tag}` : `call:${tabId}`;
}
export function readCallPortName(name: string): { tabId: number; language: string | null } | null {
  const m = /^call:(\d{1,10})(?::([^]{0,100}))?$/.exec(name);
  return m ? { tabId: Number(m[1]), language: readLanguageTag(m[2]) } : null;
}
