import { batch, computed, signal } from '@preact/signals-core';
import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import { keyOfContext, sameCustomer } from '@/utils/core/schemas/customer';
import { maxNoteLength } from '@/utils/core/schemas/draft';
import { needsConfirmation } from '@/utils/extract/confidence';
import { isContactOfCompany, withContactsOfPage } from '@/utils/core/identity/company-call';

/** Who a context is about, for "is this still the same customer?" (the customer key, utils/core/schemas/customer.ts). */
export const identifyCustomer = keyOfContext;

/** Two reads of one CRM record (its card, then its own edit form): same origin, entity and id in the URL. */
export function isSameRecord(a: CustomerContext | null, b: CustomerContext | null): boolean {
  return (
    !!a?.record &&
    !!b?.record &&
    a.origin === b.origin &&
    a.record.entity === b.record.entity &&
    a.record.id === b.record.id
  );
}

/**
 * The CRM's edit form of the record on show often reads less than its card (on Dolibarr a contact's form splits the
 * name into two inputs): the fields it lacks are kept from the card, so the customer stays the same and the call
 * stays on screen (issue #12). Only when the form lacks the name, i.e. it could not say who this is on its own.
 */
export function keepRecordFields(before: CustomerContext | null, next: CustomerContext | null): CustomerContext | null {
  if (!before || !next || next.fields.name || !before.fields.name || !isSameRecord(before, next)) return next;
  const fields = { ...before.fields, ...next.fields };
  return { ...next, fields, missing: next.missing.filter((key) => !fields[key]) };
}

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
  /** The page customer whose unsure name or phone the agent confirmed (its key). */
  const confirmedId = signal<string | null>(null);

  const inCall = computed(() => startedAt.value !== null);
  const customer = computed(() => bound.value ?? pageContext.value);
  const switchPending = computed(() => {
    if (!inCall.value || !bound.value) return null;
    const pageId = identifyCustomer(pageContext.value);
    if (!pageId || pageId === dismissedId.value) return null;
    // The tabs of one record (a company's card, its contacts and events tabs) are one customer (sameCustomer), and
    // the card of one of the company's contacts is the same call (utils/core/identity/company-call.ts).
    if (sameCustomer(pageContext.value, bound.value) || isContactOfCompany(pageContext.value, bound.value)) return null;
    return pageContext.value;
  });
  /**
   * The page's identity values read with low confidence (a name from a title, an avatar…) that the agent has not
   * confirmed: until confirmed, no call binds to them (docs/adapters.md, "Confidence").
   */
  const unconfirmed = computed((): string[] => {
    const page = pageContext.value;
    if (inCall.value || !page) return [];
    const unsure = needsConfirmation(page.fields);
    return unsure.length > 0 && confirmedId.value !== identifyCustomer(page) ? unsure : [];
  });
  const ringSeconds = computed(() =>
    timerStartedAt.value === null ? 0 : Math.floor((tick.value - timerStartedAt.value) / 1000),
  );

  function setPageContext(context: CustomerContext | null) {
    pageContext.value = keepRecordFields(pageContext.value ?? bound.value, context);
    if (!inCall.value) bound.value = null;
    // The company's contacts tab opened after the call began: its contacts reach the call's picker.
    else bound.value = withContactsOfPage(bound.value, pageContext.value);
  }

  /** Binds the call to the customer shown now; called on the first action of a call. */
  function beginCall(): boolean {
    if (inCall.value) return true;
    if (!pageContext.value || unconfirmed.value.length > 0) return false;
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

  /** Starts (at `at`, default now) or stops the ring timer; asking for the state it is in changes nothing. */
  function setTimer(on: boolean, at = now()) {
    if (!on) timerStartedAt.value = null;
    else if (timerStartedAt.value === null) {
      if (!beginCall() && unconfirmed.value.length > 0) return;
      timerStartedAt.value = at;
      tick.value = now();
    }
  }

  return {
    pageContext,
    bound,
    customer,
    startedAt,
    inCall,
    switchPending,
    unconfirmed,
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
    setTimer,
    /** The agent confirmed the page's unsure name or phone (one key): a call may now bind to it. */
    confirmIdentity() {
      confirmedId.value = identifyCustomer(pageContext.value);
    },
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
