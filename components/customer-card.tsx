import type { PanelTranslate } from '@/utils/ui/i18n';
import { SafeText } from './safe-text';

export type FieldRowView = {
  key: string;
  label: string;
  /** Already masked when the field is masked and not revealed. */
  display: string;
  source: string;
  masked: boolean;
  /** A phone's kind as the agent says it: 手机, 座机, or the page's own word (住宅…). */
  kind?: string;
  /** A phone's digits, for dialling and copying; `display` is the number as the page wrote it. */
  digits?: string;
};
export type FlagView = { code: string; text: string; severity: 'warn' | 'ok' };

export type CustomerCardProps = {
  t: PanelTranslate;
  name: string;
  /** Gender, age, product: each isolated, so a right-to-left product keeps its order. */
  summary: string[];
  phone: FieldRowView | null;
  /** The landline, when the mobile is the number shown first. */
  otherPhone?: FieldRowView | null;
  rows: FieldRowView[];
  flags: FlagView[];
  attempts: { k: number; max: number } | null;
  revealed: boolean;
  onToggleReveal: () => void;
  /** Teach mode for a value that came out wrong: the agent picks the right element on the page. */
  onRepick?: (key: string) => void;
};

/** A revealed number copies as its digits, whatever grouping the page wrote it with (only the number selected). */
function copyDigits(row: FieldRowView) {
  return (e: ClipboardEvent) => {
    if (row.masked || !row.digits || !e.clipboardData) return;
    const selected = document.getSelection()?.toString() ?? '';
    if (selected.replace(/[^\d+]/g, '') !== row.digits) return;
    e.clipboardData.setData('text/plain', row.digits);
    e.preventDefault();
  };
}

function PhoneNumber({ row, testId, class: className }: { row: FieldRowView; testId: string; class: string }) {
  return (
    <span class={className} title={row.source}>
      {row.kind && <span class="phone-kind">{row.kind} </span>}
      <span
        class="phone-number"
        data-testid={testId}
        data-digits={row.masked ? undefined : row.digits}
        onCopy={copyDigits(row)}
      >
        <SafeText value={row.display} />
      </span>
    </span>
  );
}

function FieldRow({ row, t, onRepick }: { row: FieldRowView; t: PanelTranslate; onRepick?: (key: string) => void }) {
  return (
    <div class="field-row" title={row.source}>
      <dt>{row.label}</dt>
      <dd data-field={row.key}>
        <SafeText value={row.display} />
        <span class="source">{row.source}</span>
        {onRepick && (
          <button type="button" class="repick" data-testid={`repick-${row.key}`} onClick={() => onRepick(row.key)}>
            {t('teachRepick')}
          </button>
        )}
      </dd>
    </div>
  );
}

export function CustomerCard(props: CustomerCardProps) {
  const { t, phone } = props;
  return (
    <section class="card" aria-label={props.name}>
      <div class="card-head">
        <h2 class="customer-name" data-testid="customer-name">
          <SafeText value={props.name} />
        </h2>
        <span class="summary" data-testid="customer-summary">
          {props.summary.map((part, i) => (
            <span key={i}>
              {i > 0 && ' · '}
              <SafeText value={part} />
            </span>
          ))}
        </span>
        {props.attempts && (
          <span class="attempts" data-testid="attempts">
            ☎ {t('attempts', props.attempts)}
          </span>
        )}
      </div>
      {props.flags.length > 0 && (
        <ul class="flags" aria-label="flags">
          {props.flags.map((f) => (
            <li key={f.text} class={`flag flag-${f.severity}`}>
              {f.severity === 'warn' ? '⚠ ' : '✓ '}
              {f.text}
            </li>
          ))}
        </ul>
      )}
      <div class="phone-line">
        {phone ? (
          <PhoneNumber row={phone} testId="customer-phone" class="phone" />
        ) : (
          <span class="phone" data-testid="customer-phone">
            —
          </span>
        )}
        {props.otherPhone && (
          <PhoneNumber row={props.otherPhone} testId="customer-landline" class="phone other-phone" />
        )}
        {phone && <span class="source">{phone.source}</span>}
        <button
          type="button"
          class="reveal"
          aria-pressed={props.revealed}
          onClick={props.onToggleReveal}
          title={t('revealHint')}
        >
          {props.revealed ? t('hide') : t('reveal')} <kbd>R</kbd>
        </button>
      </div>
      {props.rows.length > 0 && (
        <details class="more-fields">
          <summary>{t('fieldsAndSources', { n: props.rows.length })}</summary>
          <dl class="fields">
            {props.rows.map((row) => (
              <FieldRow key={row.key} row={row} t={t} onRepick={props.onRepick} />
            ))}
          </dl>
        </details>
      )}
    </section>
  );
}
