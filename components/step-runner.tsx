import type { Segment } from '@/utils/core/script/placeholders';
import type { PanelTranslate } from '@/utils/ui/i18n';
import { SafeText } from './safe-text';

export type AnswerView = { value: string; label: string; key: string; selected: boolean };
export type StepView = {
  id: string;
  number: number;
  total: number;
  parts: Segment[];
  note: string | null;
  answers: AnswerView[];
  /** Free input for number, date and text questions. */
  freeInput: 'number' | 'date' | 'datetime' | 'text' | null;
  freeValue: string;
};

export type StepRunnerProps = {
  t: PanelTranslate;
  title: string | null;
  /** The running script's id, on the element: a test (or a reader of the page) knows which script the step is of. */
  scriptId?: string | null;
  why: string | null;
  step: StepView | null;
  done: boolean;
  path: string[];
  onAnswer: (value: string) => void;
  onFree: (value: string) => void;
  onNext: () => void;
  onBack: () => void;
};

/** Filled values are page text (isolated); gaps are marked so the agent sees what is missing. */
function StepText({ parts }: { parts: Segment[] }) {
  return (
    <p class="step-text">
      {parts.map((p, i) =>
        p.kind === 'text' ? (
          p.text
        ) : p.kind === 'value' ? (
          <SafeText key={i} class="value" value={p.text} />
        ) : (
          <mark key={i} class="gap" data-testid="gap">
            {p.text}
          </mark>
        ),
      )}
    </p>
  );
}

/** Number, date and text answers: typed, then Enter takes them. Preact types each input kind separately. */
function FreeInput({
  kind,
  value,
  label,
  onInput,
}: {
  kind: 'number' | 'date' | 'datetime' | 'text';
  value: string;
  label: string;
  onInput: (v: string) => void;
}) {
  const common = { class: 'free-answer', value, 'aria-label': label, 'data-testid': 'free-answer' };
  const handle = (e: { currentTarget: HTMLInputElement }) => onInput(e.currentTarget.value);
  if (kind === 'number') return <input type="number" {...common} onInput={handle} />;
  if (kind === 'date') return <input type="date" {...common} onInput={handle} />;
  if (kind === 'datetime') return <input type="datetime-local" {...common} onInput={handle} />;
  return <input type="text" {...common} onInput={handle} />;
}

export function StepRunner(props: StepRunnerProps) {
  const { t, step } = props;
  if (!props.title)
    return (
      <section class="runner">
        <p class="empty">{t('noScript')}</p>
      </section>
    );
  return (
    <section class="runner" aria-label={t('script')} data-script-id={props.scriptId ?? undefined}>
      <div class="runner-head">
        <span>{t('scriptTitle', { title: props.title })}</span>
        {props.why && (
          <details class="why">
            <summary>{t('whyApplies')}</summary>
            {props.why}
          </details>
        )}
      </div>
      {props.done || !step ? (
        <p class="step-text done" data-testid="script-done">
          {t('scriptDone')}
        </p>
      ) : (
        <div class="step" data-testid="step" data-step-id={step.id}>
          <div class="step-count">{t('stepOf', { n: step.number, total: step.total })}</div>
          <StepText parts={step.parts} />
          {step.note && <p class="step-note">{step.note}</p>}
          <div class="answers" role="group">
            {step.answers.map((a) => (
              <button
                type="button"
                key={a.value}
                class="answer"
                aria-pressed={a.selected}
                onClick={() => props.onAnswer(a.value)}
              >
                <kbd>{a.key}</kbd> {a.label}
              </button>
            ))}
            {step.freeInput && (
              <>
                <FreeInput
                  kind={step.freeInput}
                  value={step.freeValue}
                  label={t('stepOf', { n: step.number, total: step.total })}
                  onInput={props.onFree}
                />
                <kbd title={t('keyTypedAnswer')}>A</kbd>
              </>
            )}
          </div>
        </div>
      )}
      <div class="nav">
        <button type="button" onClick={props.onBack} disabled={props.path.length === 0}>
          ← {t('backHint')}
        </button>
        <button type="button" onClick={props.onNext} disabled={props.done}>
          {t('nextHint')} →
        </button>
      </div>
      {props.path.length > 0 && (
        <ol class="path" aria-label={t('pathSoFar')}>
          {props.path.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
