import type { CallEvent, CallSnapshot } from './call-protocol';
import type { CallSession } from './call-session';
import { typedContact } from '../core/identity/addressee';

/** Applies what a view asked to the call (every view's event goes through here, one at a time). */
export async function applyCallEvent(session: CallSession, event: CallEvent): Promise<void> {
  const { call, runner } = session;
  switch (event.type) {
    case 'engine': {
      // Pressed for a step the call has already left (another view answered first): dropped, never misapplied.
      if (event.step !== (runner.engine.value?.current ?? null)) return;
      // "Yes, that is me" with no name known confirms nobody: the panel asks for the person on the line first.
      if (session.refusesAnswer(event.event)) return;
      // Not bound (an unsure name or phone not yet confirmed): the answer is not taken.
      if (!session.touch()) return;
      runner.dispatch(event.event);
      return;
    }
    case 'notes':
      session.touch();
      call.setNotes(event.value);
      return;
    case 'timer':
      session.touch();
      call.setTimer(event.on);
      return;
    case 'escalate':
      session.touch();
      call.escalated.value = event.on;
      return;
    case 'kind':
      session.setKind(event.kind, event.restart);
      return;
    case 'new-attempt':
      session.newAttempt();
      return;
    case 'outcome':
      if (event.seen !== session.recorded.value || session.isEcho()) return;
      return session.outcome(event.outcome, event.callBackAt, {
        openItemsReason: event.openItemsReason,
        shortRingConfirmed: event.shortRingConfirmed,
      });
    case 'cancel-outcome':
      session.cancelOutcome();
      return;
    case 'confirm-identity':
      call.confirmIdentity();
      return;
    case 'choose-contact': {
      // A name the page does not list is one the agent typed (the page lists no one, or not this person).
      const listed = (session.call.customer.value?.contacts ?? []).find((p) => p.name === event.name);
      const person = listed ?? typedContact(event.name);
      session.chooseContact(person);
      return;
    }
    case 'keep-bound':
      call.keepBound();
      return;
    case 'switch-to-page':
      return session.switchToPage();
    case 'resume': {
      const draft = session.draftOffer.value;
      if (draft) session.resume(draft);
      return;
    }
    case 'discard': {
      const draft = session.draftOffer.value;
      if (draft) return session.discard(draft);
      return;
    }
    case 'manual-context':
      return session.setContext(event.context);
    case 'refresh':
      return session.refreshHistory();
  }
}

/** What every view of the call shows, as data. */
export function takeSnapshot(session: CallSession, tabId: number): CallSnapshot {
  const { call, runner } = session;
  const ranked = session.scripts.value.find((r) => r.script.id === runner.script.value?.id);
  return {
    tabId,
    page: call.pageContext.value,
    customer: call.customer.value,
    customerKey: session.customerKey.value,
    switchPending: call.switchPending.value,
    unconfirmed: call.unconfirmed.value,
    contact: session.contact.value,
    contactNeeded: session.contactNeeded.value,
    recorded: session.recorded.value,
    startedAt: call.startedAt.value,
    timerStartedAt: call.timerStartedAt.value,
    notes: call.notes.value,
    notesCapped: call.notesCapped.value,
    escalated: call.escalated.value,
    kind: session.kind.value,
    kindReason: session.kindReason.value,
    script: runner.script.value,
    engine: runner.engine.value,
    reasons: ranked?.reasons ?? [],
    customerRow: session.customerRow.value ?? null,
    history: session.history.value,
    draftOffer: session.draftOffer.value,
    status: session.status.value,
    saving: session.saving.value,
    agent: session.agent.value,
    profile: session.profile.value,
    findings: session.findings.value,
    confirm: session.confirmView(),
    wrapUp: session.wrapUp.value,
    team: session.team.value,
  };
}
