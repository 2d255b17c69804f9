import { flagInfo, scriptFlags } from './flags';
import { formatJsonPath, type LintError } from './lint-types';
import type { Script } from './schema';

/** A severity sets how urgent an escalation is; only the serious anomalies of 篇六 第十条 open escalations. */
export function lintFlagSeverity(script: Script): LintError[] {
  const serious = scriptFlags.filter((flag) => flagInfo[flag].escalate);
  return Object.keys(script.flagSeverity ?? {}).flatMap((flag): LintError[] =>
    serious.some((s) => s === flag)
      ? []
      : [
          {
            path: formatJsonPath(['flagSeverity', flag]),
            code: 'flag-severity',
            message: `"${flag}" is not a serious anomaly, so it opens no escalation and takes no severity; flags that do: ${serious.join(', ')}.`,
          },
        ],
  );
}

/** A repeated question keeps a list of answers: one answer per round, so not a multiple choice; `then` leaves the loop. */
export function lintRepeats(script: Script): LintError[] {
  const errors: LintError[] = [];
  script.steps.forEach((step, index) => {
    if (step.type !== 'question' || !step.repeat) return;
    const path = formatJsonPath(['steps', index, 'repeat']);
    if (step.input === 'multiple')
      errors.push({
        path,
        code: 'invalid-repeat',
        message: `Step "${step.id}" is a multiple choice and cannot repeat; use single, text, number, date or yes-no.`,
      });
    if (step.repeat.then === step.id)
      errors.push({
        path: `${path}.then`,
        code: 'invalid-repeat',
        message: `Step "${step.id}" repeats into itself after ${step.repeat.max} rounds; "then" must name the step after the loop.`,
      });
  });
  return errors;
}
