import { batch, computed, signal } from '@preact/signals-core';
import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import { keyOfContext, sameCustomer } from '@/utils/core/schemas/customer';
import { maxNoteLength } from '@/utils/core/schemas/draft';

/** Who a context is about, for "is this still the same customer?" (the customer key, utils/core/schemas/customer.ts). */
export const identifyCustomer = keyOfContext;

/**
 * The call in progress: bound to the customer it started with. When the page shows someone else mid-call,
 * `switchPending` is set and the agent decides (keep or switch); the call never moves silently.
 */
export function createCallState(now: () => number = () => Date.now()) {
  const pageContext = signal<CustomerContext | null>(null);
  const bound = signal<CustomerContext | null>(null);
  const startedAt = signal<number | null>(null);
  const timerStartedAt = signal<number | null>(null);
  const tick = signal(now());
  const notes = signal('');
  const notesCapped = signal(false);
  const escalated = signal(false);
  const revealed = signal(false);
  const laterValue = signal<string | null>(null);
  const dismissedId = signal<string | null>(null);

  const inCall = computed(() => startedAt.value !== null);
  const customer = computed(() => bound.value ?? pageContext.value);
  const switchPending = computed(() => {
    if (!inCall.value || !bound.value) return null;
    const pageId = identifyCustomer(pageContext.value);
    if (!pageId || pageId === dismissedId.value) return null;
    // The tabs of one record (a company's card, its contacts and events tabs) are one customer (sameCustomer).
    return sameCustomer(pageContext.value, bound.value) ? null : pageContext.value;
  });
  const ringSeconds = computed(() =>
    timerStartedAt.value === null ? 0 : Math.floor((tick.value - timerStartedAt.value) / 1000),
  );

  function setPageContext(context: CustomerContext | null) {
    pageContext.value = context;
    if (!inCall.value) bound.value = null;
  }

  /** Binds the call to the customer shown now; called on the first action of a call. */
  function beginCall(): boolean {
    if (inCall.value) return true;
    if (!pageContext.value) return false;
    bound.value = pageContext.value;
    startedAt.value = now();
    return true;
  }

  function resumeCall(context: CustomerContext, at: number) {
    bound.value = context;
    startedAt.value = at;
  }

  /**
   * One batch: an effect must never see the call still running while bound to the page's (next) customer, or the
   * autosave files this call's note and answers under that customer (issue #12).
   */
  function endCall() {
    batch(() => {
      startedAt.value = null;
      bound.value = null;
      timerStartedAt.value = null;
      notes.value = '';
      notesCapped.value = false;
      escalated.value = false;
      laterValue.value = null;
      dismissedId.value = null;
    });
  }

  /** Caps an oversized paste; the kept part stays in the draft and the agent is told. */
  function setNotes(value: string) {
    notesCapped.value = value.length > maxNoteLength;
    notes.value = notesCapped.value ? value.slice(0, maxNoteLength) : value;
  }

  function toggleTimer() {
    if (timerStartedAt.value === null) {
      beginCall();
      timerStartedAt.value = now();
      tick.value = now();
    } else timerStartedAt.value = null;
  }

  return {
    pageContext,
    bound,
    customer,
    startedAt,
    inCall,
    switchPending,
    timerStartedAt,
    tick,
    ringSeconds,
    notes,
    notesCapped,
    escalated,
    revealed,
    laterValue,
    setPageContext,
    beginCall,
    resumeCall,
    endCall,
    setNotes,
    toggleTimer,
    /** The agent keeps the call with its customer; the notice stays away until the page changes again. */
    keepBound() {
      dismissedId.value = identifyCustomer(pageContext.value);
    },
    updateTick() {
      tick.value = now();
    },
  };
}
export type CallState = ReturnType<typeof createCallState>;
