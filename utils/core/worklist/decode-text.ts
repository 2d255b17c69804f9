// Wired by #12 (the agent's day: onboarding, work list, next customer); until then reached only by its tests.
// Work lists exported by a CRM or saved by Chinese Excel arrive as UTF-8 (with or without BOM), UTF-16 (Excel's
// "Unicode text") or GB18030/GBK ("CSV (逗号分隔)" on a Chinese Windows). The file says nothing about which.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodedText = { text: string; encoding: TextEncodingName };

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Decodes a text file whose encoding is not declared: a byte-order mark decides; else strict UTF-8 when every byte
 * sequence is valid UTF-8 (GBK text almost never is), else GB18030, the superset of GBK and GB2312.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (startsWith(bytes, [0xff, 0xfe]))
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
