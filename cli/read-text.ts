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
