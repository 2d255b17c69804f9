// Pure helpers for the per-origin enabling of the content script.

/** `https://crm.example.com/*` → `https://crm.example.com/*`; anything that is not an http(s) origin pattern → null. */
export function toOriginPattern(urlOrOrigin: string): string | null {
  let url: URL;
  try {
    url = new URL(urlOrOrigin.replace(/\/\*$/, '/'));
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return `${url.protocol}//${url.hostname}/*`;
}

/** The http(s) origin patterns among granted host permissions, deduplicated and sorted. */
export function enabledOriginPatterns(granted: readonly string[] | undefined): string[] {
  const patterns = new Set<string>();
  for (const origin of granted ?? []) {
    if (origin === '<all_urls>' || origin.includes('://*.') || origin.startsWith('*://')) continue;
    const pattern = toOriginPattern(origin);
    if (pattern && !pattern.includes('//*/')) patterns.add(pattern);
  }
  return [...patterns].sort();
}
