// The call port's name, apart from its schemas (call-protocol.ts): the panel connects before its first frame, which
// loads no zod (docs/architecture.md, "What the panel loads first").

export function callPortName(tabId: number): string {
  return `call:${tabId}`;
}
export function readCallPortName(name: string): number | null {
  const m = /^call:(\d{1,10})$/.exec(name);
  return m ? Number(m[1]) : null;
}
