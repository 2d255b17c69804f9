// Text files for the CLIs: UTF-8 with or without a BOM, read alike; anything else (GBK/GB18030, UTF-16) refused
// with a message saying so, never read garbled (docs/export-format.md and docs/script-format.md).
import { readFileSync, statSync } from 'node:fs';
import type { ImportProblem } from '../utils/core/export/issues';

/** Bytes → text, refusing what is not UTF-8 (a GBK file would otherwise be read garbled); a BOM is dropped. */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: ImportProblem } {
  const utf16 = describeUtf16(bytes);
  if (utf16) return { ok: false, problem: utf16 };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: notUtf8() };
  }
}

export const notUtf8 = (): ImportProblem => ({
  code: 'encoding',
  message: 'The file is not UTF-8 (GBK/GB18030?). Huifang reads UTF-8 files: save it as UTF-8 and try again.',
});

export function describeUtf16(bytes: Uint8Array): ImportProblem | null {
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff) || (bytes.length > 1 && (a === 0 || b === 0))) {
    return {
      code: 'encoding',
      message: 'The file is UTF-16; Huifang reads UTF-8 files. Save it as UTF-8 and try again.',
    };
  }
  return null;
}

/** A file's text, or why it cannot be read: missing, a folder, too big, or not UTF-8. */
export function readTextFile(
  path: string,
  maxBytes: number,
): { ok: true; text: string } | { ok: false; message: string } {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) return { ok: false, message: `${path} is a folder, not a file.` };
    size = st.size;
  } catch {
    return { ok: false, message: `${path} cannot be read (missing or not a file).` };
  }
  if (size > maxBytes) return { ok: false, message: `${path} is ${size} bytes; at most ${maxBytes} are read.` };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    return { ok: false, message: `${path} cannot be read (${err instanceof Error ? err.message : String(err)}).` };
  }
  const decoded = decodeUtf8(bytes);
  return decoded.ok ? decoded : { ok: false, message: decoded.problem.message };
}

/**
 * A saved web page's bytes → text, by the rules browsers use (WHATWG encoding sniffing, simplified): a byte-order
 * mark first, then the `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first
 * 1024 bytes, then UTF-8 when the bytes are valid UTF-8, else GB18030 (a Chinese CRM page saved on Windows).
 */
export function decodeHtml(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
  if (declared) {
    // GB2312 and GBK pages in the wild use GBK/GB18030 characters; GB18030 decodes all three.
    const label = /^(gb2312|gbk|gb18030|x-gbk|cp936)$/.test(declared) ? 'gb18030' : declared;
    try {
      return { text: new TextDecoder(label).decode(bytes), encoding: label };
    } catch {
      // An unknown label: fall through to sniffing, as browsers do.
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
