import { canonicalJson } from './canonical';

/**
 * A short fingerprint of a row's content whatever its key order: two 53-bit hashes (cyrb53, two seeds) of its
 * canonical JSON. Kept instead of the row's text when a million records are merged, so telling "the same record
 * exported twice" from "two versions of one id" needs no second copy of every record.
 */
export function fingerprintContent(value: unknown): string {
  return fingerprintText(canonicalJson(value));
}

/**
 * A fingerprint independent of key order for an object whose own keys come in a fixed order (a zod parse output
 * is built in the schema's key order), with the nested maps' keys sorted: native JSON.stringify instead of
 * canonicalJson, several times faster over a million records. Not comparable with fingerprintContent.
 */
export function fingerprintParsed(value: Record<string, unknown>, maps: readonly string[]): string {
  let copy: Record<string, unknown> | null = null;
  for (const key of maps) {
    const inner = value[key];
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) continue;
    const keys = Object.keys(inner);
    if (keys.length < 2 || keys.every((k, i) => i === 0 || (keys[i - 1] as string) < k)) continue;
    copy ??= { ...value };
    copy[key] = Object.fromEntries(keys.sort().map((k) => [k, (inner as Record<string, unknown>)[k]]));
  }
  return fingerprintText(JSON.stringify(copy ?? value));
}

function fingerprintText(text: string): string {
  return `${cyrb53(text, 0x9e3779b1).toString(36)}.${cyrb53(text, 0x85ebca6b).toString(36)}.${text.length}`;
}

function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
