// The origin a message came from. A srcdoc or about:blank frame has its creator's origin (the content script runs
// there through matchOriginAsFallback): its URL says "about:srcdoc", so the origin comes from the sender's origin,
// else the tab's page — so teach mode and taught adapters work inside such frames (docs/adapters.md, "Frames").
export function senderOrigin(sender: { url?: string; origin?: string; tab?: { url?: string } }): string | null {
  const parse = (url: string | undefined) => {
    try {
      const origin = url ? new URL(url).origin : 'null';
      return origin === 'null' ? null : origin;
    } catch {
      return null;
    }
  };
  if (sender.url && !sender.url.startsWith('about:')) return parse(sender.url);
  return (sender.origin && sender.origin !== 'null' ? sender.origin : null) ?? parse(sender.tab?.url);
}
