// URL patterns of adapters: `*` matches any run of characters, everything else is literal.

const cache = new Map<string, RegExp>();

export function matchesUrlPattern(pattern: string, url: string): boolean {
  let re = cache.get(pattern);
  if (!re) {
    const body = pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    re = new RegExp(`^${body}$`, 'i');
    cache.set(pattern, re);
  }
  return re.test(url);
}
