import { sha256Hex } from '@/utils/core/export/sha256';

async function subtleHex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

describe('sha256Hex (synchronous, for the audit chain inside a transaction)', () => {
  it.each(['', 'abc', '回访记录', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'q'.repeat(1000)])(
    'matches WebCrypto for %#',
    async (text) => {
      expect(sha256Hex(text)).toBe(await subtleHex(text));
    },
  );

  it('gives the FIPS 180-4 test vector for "abc"', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
