import { getKindRule } from '@/utils/core/rules/kind-rules';
import { WrapUpCard } from '@/components/wrap-up';
import { CustomerCard } from '@/components/customer-card';
import { DeadlineLine } from '@/components/deadline-line';
import { StepRunner } from '@/components/step-runner';
import { Checklist } from '@/components/checklist';
import { NotesBox } from '@/components/notes-box';
import { OutcomeBar } from '@/components/outcome-bar';
import type { OutcomeConfirm } from '@/components/outcome-confirm';
import { CallTimer } from '@/components/call-timer';
import { HistoryList } from '@/components/history-list';
import { Notice } from '@/components/notice';
import { MissingFields } from '@/components/missing-fields';
import { IdentityBlock } from './identity-block';
import { pickText } from '@/utils/core/script/locale-text';
import type { PanelView } from '@/utils/ui/panel-view';
import type { EscalationPart } from './escalation-part';
import { TeamLine } from '@/components/team-line';

/** The "current" tab: who, what is due, the script, and how the call ends. */
export function CurrentView({
  v,
  onNext,
  later,
}: {
  v: PanelView;
  onNext: (() => void) | null;
  /** Loaded after the first answer shows (utils/panel/later.ts): null until then. */
  later: { EscalationPart: typeof EscalationPart; OutcomeConfirm: typeof OutcomeConfirm } | null;
}) {
  const c = v.c;
  const t = c.t.value;
  const card = v.card.value;
  if (!card) return null;
  const reasons = c.reasons.value;
  const locale = c.locale.value;
  // After "record", the card shows what was recorded and what is next in place of the script (issue #12).
  const wrap = v.wrapUp.value;
  const wrapping = wrap?.mine === true;
  const pendingKind = v.kindPending.value;
  return (
    <div class="current">
      {c.call.switchPending.value && (
        <Notice
          tone="warn"
          text={t('customerSwitched', { name: c.call.switchPending.value.fields.name?.value ?? '—', bound: card.name })}
          actions={[
            { label: t('keepCall'), testId: 'keep-call', onClick: c.call.keepBound },
            { label: t('switchCustomer'), testId: 'switch-customer', onClick: c.switchToPage },
          ]}
        />
      )}
      {c.draftOffer.value && (
        <Notice
          text={t('resumeDraft', { name: card.name, time: v.formatTime(c.draftOffer.value.updatedAt) })}
          actions={[
            {
              label: t('resume'),
              testId: 'resume-draft',
              onClick: c.resume,
            },
            {
              label: t('discard'),
              testId: 'discard-draft',
              onClick: c.discard,
            },
          ]}
        />
      )}
      <IdentityBlock c={c} />
      {c.snapshot.value?.team && <TeamLine t={t} team={c.snapshot.value.team} formatTime={v.formatTime} />}
      <CustomerCard
        t={t}
        name={card.name}
        summary={card.summary}
        phone={card.phone}
        otherPhone={card.otherPhone}
        rows={card.rows}
        flags={card.flags}
        attempts={v.attempts.value}
        revealed={c.call.revealed.value}
        onToggleReveal={v.toggleReveal}
        onRepick={v.teach}
      />
      <MissingFields
        t={t}
        fields={v.missing.value}
        others={v.otherMissing.value}
        picking={v.picking.value}
        onTeach={v.teach}
        onCancel={v.cancelTeach}
      />
      <DeadlineLine
        t={t}
        locale={locale}
        kind={c.kind.value}
        industry={v.industry.value}
        reason={v.kindReason.value}
        deadline={v.deadline.value}
        onKind={v.chooseKind}
      />
      {pendingKind && (
        <Notice
          tone="warn"
          text={t('kindRestart', { kind: pickText(getKindRule(pendingKind).label, locale) })}
          actions={[
            { label: t('kindRestartYes'), testId: 'kind-restart', onClick: v.confirmKind },
            { label: t('cancel'), testId: 'kind-keep', onClick: v.cancelKind },
          ]}
        />
      )}
      {wrap && (
        <WrapUpCard
          t={t}
          view={wrap}
          onNext={wrapping ? onNext : null}
          onCallAgain={c.newAttempt}
          showActions={wrapping}
        />
      )}
      {!wrapping && (
        <>
          <StepRunner
            t={t}
            scriptId={c.runner.script.value?.id ?? null}
            title={
              c.runner.script.value
                ? pickText(c.runner.script.value.title, locale) + ` v${c.runner.script.value.version}`
                : null
            }
            why={
              reasons.length
                ? reasons.map((r) => `${r.matched ? '✓' : '✗'} ${pickText(r.text, locale)}`).join('\n')
                : null
            }
            step={v.step.value}
            done={c.runner.engine.value?.status === 'ended'}
            path={v.path.value}
            onAnswer={(value) => v.act(() => c.runner.answerValue(value))}
            onFree={(value) => (c.runner.freeValue.value = value)}
            onNext={() => v.act(c.runner.next)}
            onBack={() => v.act(c.runner.back)}
          />
          <div class="live sr-only" aria-live="polite" data-testid="step-announce">
            {v.announcement.value}
          </div>
          {c.runner.problem.value && (
            <p class="warning" role="status">
              {c.runner.problem.value}
            </p>
          )}
          <Checklist t={t} items={v.checklist.value} onToggle={(id) => v.act(() => c.runner.toggleTick(id))} />
          <NotesBox
            t={t}
            value={c.call.notes.value}
            status={v.saveStatus.value}
            warning={c.call.notesCapped.value ? t('notesCapped', { max: 20000 }) : null}
            onInput={(value) => v.act(() => c.call.setNotes(value))}
          />
          <CallTimer
            t={t}
            running={c.call.timerStartedAt.value !== null}
            seconds={v.elapsed.value}
            ringSeconds={c.call.ringSeconds.value}
            windowWarning={v.windowWarning.value}
            onToggle={() => v.act(c.call.toggleTimer)}
          />
        </>
      )}
      {later && <later.EscalationPart v={v} />}
      {c.confirm.value && later && (
        <later.OutcomeConfirm
          key={`${c.confirm.value.outcome}-${c.snapshot.value?.recorded ?? 0}`}
          t={t}
          locale={locale}
          confirm={c.confirm.value}
          onTick={(id) => v.act(() => c.runner.toggleTick(id))}
          onConfirm={c.confirmOutcome}
          onCancel={c.cancelOutcome}
        />
      )}
      {!wrapping && v.unreachable.value && (
        <p class="attempts-left" data-testid="unreachable-left">
          {v.unreachable.value}
        </p>
      )}
      {!wrapping && (
        <OutcomeBar
          t={t}
          busy={false}
          escalated={c.call.escalated.value}
          laterValue={c.call.laterValue.value}
          onOutcome={(o) => c.outcome(o)}
          onLaterValue={(value) => (c.call.laterValue.value = value)}
          onLaterConfirm={c.confirmLater}
          onLaterCancel={() => (c.call.laterValue.value = null)}
          onEscalate={() => c.setEscalated(!c.call.escalated.value)}
        />
      )}
      {c.status.value && (
        <p role="status" class="status" data-testid="status">
          {c.status.value}
        </p>
      )}
      <HistoryList t={t} items={v.historyItems.value} synced={c.snapshot.value?.team?.records} />
    </div>
  );
}
