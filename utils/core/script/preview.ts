import type { CallbackKind } from '../callback-kinds';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { addComputedValues } from './computed';
import { pickText, type Locale } from './localized';
import { judgeApplicability, type Applicability } from './play';
import { labelField, renderSegments, type Segment } from './placeholders';
import type { Script } from './schema';

export type PreviewInput = {
  /** The customer's values: a page's fields and extras plus the built-ins (context-values.ts), or a sample. */
  context: Record<string, string>;
  kinds?: readonly CallbackKind[];
  today: string;
  calendar: WorkingCalendar | null;
  locale: Locale;
};
export type StepPreview = { id: string; segments: Segment[]; note: Segment[] | null };
export type ScriptPreview = {
  applies: Applicability;
  steps: StepPreview[];
  /** The fields some step needs that this customer lacks, by their label: what the agent would see as gaps. */
  gaps: string[];
};

/**
 * Every step of a script as it would read for one customer (filled values and visible gaps), and whether and why the
 * script applies to them: what the options page shows before a script is published.
 */
export function previewScript(script: Script, input: PreviewInput): ScriptPreview {
  const values = addComputedValues(script, input.context, input.calendar);
  const options = { locale: input.locale, customFields: script.customFields ?? [] };
  const steps = script.steps.map((step) => ({
    id: step.id,
    segments: renderSegments(pickText(step.text, input.locale), values, options),
    note: step.note ? renderSegments(pickText(step.note, input.locale), values, options) : null,
  }));
  const gapFields = new Set(
    steps.flatMap((s) => [...s.segments, ...(s.note ?? [])].flatMap((seg) => (seg.kind === 'gap' ? [seg.field] : []))),
  );
  return {
    applies: judgeApplicability(script, {
      context: input.context,
      locale: input.locale,
      now: `${input.today}T00:00:00Z`,
      today: input.today,
      ...(input.calendar ? { calendar: input.calendar } : {}),
      ...(input.kinds ? { kinds: input.kinds } : {}),
    }),
    steps,
    gaps: [...gapFields].map((field) => labelField(field, input.locale, script.customFields ?? [])),
  };
}
