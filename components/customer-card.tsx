import type { PanelTranslate } from '@/utils/ui/i18n';
import { SafeText } from './safe-text';

export type FieldRowView = {
  key: string;
  label: string;
  /** Already masked when the field is masked and not revealed. */
  display: string;
  source: string;
  masked: boolean;
};
export type FlagView = { code: string; text: string; severity: 'warn' | 'ok' };

export type CustomerCardProps = {
  t: PanelTranslate;
  name: string;
  summary: string;
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
        <span class="summary">{props.summary}</span>
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
        <span class="phone" data-testid="customer-phone" title={phone?.source}>
          {phone ? <SafeText value={phone.display} /> : '—'}
        </span>
        {props.otherPhone && (
          <span class="phone other-phone" data-testid="customer-landline" title={props.otherPhone.source}>
            {props.otherPhone.label} <SafeText value={props.otherPhone.display} />
          </span>
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
