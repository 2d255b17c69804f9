import { fixedOptionValues, findCycles, findExitingSteps, indexSteps, listExits, measureDistances } from './graph';
import { formatJsonPath, type LintCaps, type LintError } from './lint-types';
import type { Script, Step } from './schema';

type Report = (path: (string | number)[], code: LintError['code'], message: string) => void;

function checkDuplicates(script: Script, report: Report): void {
  const groups: [string, { id: string }[], string][] = [
    ['steps', script.steps, 'step'],
    ['checklist', script.checklist ?? [], 'checklist item'],
    ['outcomes', script.outcomes, 'outcome'],
  ];
  for (const [key, items, noun] of groups) {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, i);
      else
        report(
          [key, i, 'id'],
          'duplicate-id',
          `The ${noun} id "${item.id}" is used twice (first at ${formatJsonPath([key, first])}).`,
        );
    });
  }
  const fieldKeys = new Set<string>();
  script.customFields?.forEach((field, i) => {
    if (fieldKeys.has(field.key))
      report(['customFields', i, 'key'], 'duplicate-id', `The custom field "${field.key}" is declared twice.`);
    fieldKeys.add(field.key);
  });
}

function checkOptions(step: Step, index: number, caps: LintCaps, report: Report): void {
  if (step.type !== 'question') return;
  const base = ['steps', index];
  const options = step.options ?? [];
  if (options.length > caps.maxOptions)
    report(
      [...base, 'options'],
      'too-many-options',
      `Step "${step.id}" has ${options.length} options; at most ${caps.maxOptions} are allowed.`,
    );
  const fixed = fixedOptionValues[step.input];
  if ((step.input === 'single' || step.input === 'multiple') && options.length === 0) {
    report(
      [...base, 'options'],
      'missing-options',
      `Step "${step.id}" is a ${step.input} choice question without options.`,
    );
  }
  if (
    (step.input === 'text' || step.input === 'date' || step.input === 'datetime' || step.input === 'number') &&
    options.length > 0
  ) {
    report(
      [...base, 'options'],
      'invalid-option',
      `Step "${step.id}" takes ${step.input} answers, which have no options${step.input === 'number' ? '; use ranges' : ''}.`,
    );
  }
  if (step.ranges && step.ranges.length > 0 && step.input !== 'number' && step.input !== 'scale-5') {
    report(
      [...base, 'ranges'],
      'invalid-option',
      `Step "${step.id}" has ranges, which only number and scale-5 questions use.`,
    );
  }
  if (step.recordAs === 'satisfaction' && step.input !== 'satisfaction-4') {
    report(
      [...base, 'recordAs'],
      'invalid-option',
      `Step "${step.id}" is not a satisfaction-4 question, so it cannot be the record's satisfaction.`,
    );
  }
  const values = new Set<string>();
  options.forEach((option, i) => {
    if (values.has(option.value))
      report(
        [...base, 'options', i, 'value'],
        'duplicate-id',
        `Step "${step.id}" offers the value "${option.value}" twice.`,
      );
    values.add(option.value);
    if (fixed && !fixed.includes(option.value)) {
      report(
        [...base, 'options', i, 'value'],
        'invalid-option',
        `"${option.value}" is not an answer to a ${step.input} question; use one of: ${fixed.join(', ')}.`,
      );
    }
    if (!fixed && option.label === undefined)
      report([...base, 'options', i], 'missing-label', `Option "${option.value}" of step "${step.id}" has no label.`);
    if (option.goto !== undefined && option.end !== undefined) {
      report(
        [...base, 'options', i],
        'conflicting-exit',
        `Option "${option.value}" of step "${step.id}" has both goto and end; keep one.`,
      );
    }
  });
}

/** Answers of a question that no option or range sends anywhere, so they need the step's next or end. */
function listUncoveredAnswers(step: Step): string[] {
  if (step.type === 'say') return ['(done)'];
  const leads = (value: string): boolean =>
    step.options?.some((o) => o.value === value && (o.goto !== undefined || o.end !== undefined)) ?? false;
  const fixed = fixedOptionValues[step.input];
  if (fixed) return fixed.filter((value) => !leads(value));
  if (step.input === 'single' || step.input === 'multiple')
    return (step.options ?? []).filter((o) => !leads(o.value)).map((o) => o.value);
  const catchAll = step.ranges?.some(
    (r) => r.min === undefined && r.max === undefined && (r.goto !== undefined || r.end !== undefined),
  );
  return catchAll ? [] : ['(any answer)'];
}

export function lintStructure(script: Script, caps: LintCaps): LintError[] {
  const errors: LintError[] = [];
  const report: Report = (path, code, message) => errors.push({ path: formatJsonPath(path), code, message });
  checkDuplicates(script, report);
  if (script.steps.length > caps.maxSteps)
    report(
      ['steps'],
      'too-many-steps',
      `The script has ${script.steps.length} steps; at most ${caps.maxSteps} are allowed.`,
    );
  const byId = indexSteps(script);
  const outcomeIds = new Set(script.outcomes.map((outcome) => outcome.id));
  if (!byId.has(script.start))
    report(['start'], 'unknown-start', `The start step "${script.start}" is not one of the steps.`);
  for (const [kind, id] of Object.entries(script.startByKind ?? {})) {
    if (id !== undefined && !byId.has(id))
      report(['startByKind', kind], 'unknown-start', `The start step "${id}" for ${kind} is not one of the steps.`);
    if (!script.kinds.some((k) => k === kind))
      report(
        ['startByKind', kind],
        'unknown-start',
        `"${kind}" has its own start but is not one of the script's kinds (${script.kinds.join(', ')}).`,
      );
  }
  script.steps.forEach((step, index) => {
    checkOptions(step, index, caps, report);
    for (const exit of listExits(step, index)) {
      if (exit.to !== undefined && !byId.has(exit.to))
        report(exit.path, 'dangling-target', `Step "${step.id}" leads to "${exit.to}", which is not a step.`);
      if (exit.end !== undefined && !outcomeIds.has(exit.end))
        report(
          exit.path,
          'unknown-outcome',
          `Step "${step.id}" ends with "${exit.end}", which is not one of the outcomes.`,
        );
    }
    if (step.next !== undefined && step.end !== undefined)
      report(['steps', index], 'conflicting-exit', `Step "${step.id}" has both next and end; keep one.`);
    if (step.next === undefined && step.end === undefined) {
      const stuck = listUncoveredAnswers(step);
      if (stuck.length > 0) {
        const which =
          step.type === 'say'
            ? 'Nothing follows it'
            : `The answer${stuck.length > 1 ? 's' : ''} ${stuck.join(', ')} lead${stuck.length > 1 ? '' : 's'} nowhere`;
        report(['steps', index], 'no-way-on', `Step "${step.id}" has no way on: ${which}; add next, end or a goto.`);
      }
    }
  });
  script.checklist?.forEach((item, i) => {
    item.steps?.forEach((id, j) => {
      if (!byId.has(id))
        report(
          ['checklist', i, 'steps', j],
          'unknown-step-ref',
          `Checklist item "${item.id}" names step "${id}", which does not exist.`,
        );
    });
  });
  if (!byId.has(script.start)) return errors;
  const distance = measureDistances(script, byId);
  script.steps.forEach((step, index) => {
    if (byId.get(step.id) !== index) return;
    const depth = distance.get(step.id);
    if (depth === undefined)
      report(
        ['steps', index],
        'unreachable-step',
        `Step "${step.id}" cannot be reached from the start step "${script.start}".`,
      );
    else if (depth > caps.maxPathDepth)
      report(
        ['steps', index],
        'too-deep',
        `Step "${step.id}" is ${depth} steps from the start; at most ${caps.maxPathDepth} are allowed.`,
      );
  });
  const exiting = findExitingSteps(script, byId);
  const trapped = new Set([...distance.keys()].filter((id) => !exiting.has(id)));
  for (const cycle of findCycles(script, byId, trapped)) {
    const first = cycle[0] ?? '';
    report(
      ['steps', byId.get(first) ?? 0],
      'cycle-no-exit',
      `Steps ${cycle.map((id) => `"${id}"`).join(' → ')} form a loop that never reaches an end.`,
    );
  }
  return errors;
}
