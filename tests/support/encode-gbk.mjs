// GBK/GB18030 encoder for tests (TextEncoder only writes UTF-8): the reverse of TextDecoder('gb18030') over every
// two-byte code, which is how Chinese Excel saves "CSV (逗号分隔)".
let table = null;

function buildTable() {
  const pairs = [];
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead, trail);
  const text = new TextDecoder('gb18030').decode(new Uint8Array(pairs));
  const map = new Map();
  for (let i = 0; i < text.length; i++) if (!map.has(text[i])) map.set(text[i], [pairs[2 * i], pairs[2 * i + 1]]);
  return map;
}

/** @param {string} text @returns {Uint8Array} */
export function encodeGbk(text) {
  table ??= buildTable();
  const out = [];
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
