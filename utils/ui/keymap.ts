import type { Outcome } from '@/utils/core/schemas/callback-record';

/** What a key press asks the panel to do. */
export type KeyAction =
  | { type: 'answer-index'; index: number }
  | { type: 'answer-yes' }
  | { type: 'answer-no' }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'outcome'; outcome: Outcome }
  | { type: 'reveal' }
  | { type: 'teach' }
  | { type: 'escalate' }
  | { type: 'timer' }
  | { type: 'focus-notes' }
  | { type: 'focus-kind' }
  | { type: 'focus-answer' }
  | { type: 'focus-checklist' }
  | { type: 'tick-next' }
  | { type: 'leave-field' }
  | { type: 'help' }
  | { type: 'confirm-identity' }
  | { type: 'next-contact' };

export type KeyInput = {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  /** The event comes from a text field, a select or a button that uses the key itself. */
  inEditable?: boolean;
};

// Outcomes take Shift so that N (no) and a bare letter typed by mistake never end a call.
const OUTCOME_KEYS: Record<string, Outcome> = {
  C: 'reached',
  N: 'no-answer',
  B: 'busy',
  X: 'refused',
  W: 'wrong-number',
  // K for 空 (kōng): 空号.
  K: 'no-such-number',
  L: 'call-back-later',
};

const PLAIN_KEYS: Record<string, KeyAction> = {
  y: { type: 'answer-yes' },
  n: { type: 'answer-no' },
  Enter: { type: 'next' },
  Backspace: { type: 'back' },
  r: { type: 'reveal' },
  t: { type: 'teach' },
  e: { type: 'escalate' },
  s: { type: 'timer' },
  m: { type: 'focus-notes' },
  k: { type: 'focus-kind' },
  a: { type: 'focus-answer' },
  c: { type: 'focus-checklist' },
  x: { type: 'tick-next' },
  Escape: { type: 'leave-field' },
  o: { type: 'confirm-identity' },
  p: { type: 'next-contact' },
  '?': { type: 'help' },
};

/** The key list shown in the help and next to each button (label → key). */
export const keyLegend = {
  answer: '1–9',
  yes: 'Y',
  no: 'N',
  next: 'Enter',
  back: 'Backspace',
  reveal: 'R',
  teach: 'T',
  escalate: 'E',
  timer: 'S',
  notes: 'M',
  kind: 'K',
  typedAnswer: 'A',
  checklist: 'C',
  tickNext: 'X',
  nextCustomer: 'J',
  confirmIdentity: 'O',
  nextContact: 'P',
  outcome: {
    reached: 'Shift+C',
    'no-answer': 'Shift+N',
    busy: 'Shift+B',
    refused: 'Shift+X',
    'wrong-number': 'Shift+W',
    'no-such-number': 'Shift+K',
    'call-back-later': 'Shift+L',
  },
} as const;

export function outcomeKey(outcome: Outcome): string | undefined {
  return (keyLegend.outcome as Partial<Record<Outcome, string>>)[outcome];
}

/** Maps a key press to an action; null lets the browser handle it (typing, tabbing, button activation). */
export function mapKey(input: KeyInput): KeyAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  if (input.inEditable) return input.key === 'Escape' ? { type: 'leave-field' } : null;
  if (input.shiftKey && input.key.length === 1) {
    const outcome = OUTCOME_KEYS[input.key.toUpperCase()];
    if (outcome) return { type: 'outcome', outcome };
    if (input.key === '?') return { type: 'help' };
    return null;
  }
  if (/^[1-9]$/.test(input.key)) return { type: 'answer-index', index: Number(input.key) - 1 };
  return PLAIN_KEYS[input.key] ?? PLAIN_KEYS[input.key.toLowerCase()] ?? null;
}
