// The record's person listed again among the record's people (a booking's guests, a policy's insured, a trip's
// passengers): the line that starts with her own name ("马静怡 身份证 6101…") holds her facts, the other lines are
// companions' (docs/adapters.md, "Round 15: whose page it is").
import { normalizeField } from '../fields';
import { isHidden } from '../dom';
import { textNodes } from '../labels';
import { filledTextsIn } from '../walk';
import type { Found, ReadEnv } from '../types';
import { keyForLabel } from './dictionary';

// "<label> <value>" pairs after the name: a word of letters, then a value with digits (an id, a number).
const PAIR = /([\p{L}]{1,8})\s*[:：]?\s*(\+?[\dA-Za-z][\d\sA-Za-z-]{4,24}[\dA-Za-z])(?=\s|$)/gu;
// The facts such a line may give: what identifies the person; never a name (the line's first word is hers already).
const LINE_KEYS = new Set(['idNumber', 'mobile', 'phone', 'email']);

/**
 * Facts of the record's own person from a short line of the record that starts with her name and then gives
 * "<label> <value>" pairs, for the keys the record does not show already. Read only when exactly one line starts so.
 */
export function ownLineValues(root: Element, name: string, have: Set<string>, env: ReadEnv): Found[] {
  if (name.length < 2) return [];
  let line: Text | null = null;
  for (const node of filledTextsIn(root, env.texts) ?? textNodes(root)) {
    const text = node.nodeValue ?? '';
    if (text.length > 120 || !text.includes(name)) continue;
    const trimmed = text.replace(/^[\s\u3000]+/, '');
    if (!trimmed.startsWith(name) || !/^[\s\u3000]/.test(trimmed.slice(name.length))) continue;
    if (node.parentElement && isHidden(node.parentElement, env.cache)) continue;
    if (line) return []; // two such lines: which one is hers is not said
    line = node;
  }
  if (!line) return [];
  const rest = (line.nodeValue ?? '')
    .replace(/[\s\u3000]+/g, ' ')
    .trim()
    .slice(name.length);
  const out: Found[] = [];
  for (const m of rest.matchAll(PAIR)) {
    const label = m[1] ?? '';
    const key = keyForLabel(label.toLowerCase());
    if (!key || !LINE_KEYS.has(key) || have.has(key) || out.some((f) => f.key === key)) continue;
    const norm = normalizeField(key, [(m[2] ?? '').trim()], env.order);
    if (norm) out.push({ key, ...norm, source: { via: 'generic', label: `${label} (the name's own line)` } });
  }
  return out;
}
