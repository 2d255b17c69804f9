import { fixedOptionValues, indexSteps, listExits } from './graph';
import { formatJsonPath, type LintError } from './lint-types';
import type { Script } from './schema';

// Checks of the compliance additions (docs/script-format.md, "Checklist"): what satisfies an item, and which answer
// is the call's overall satisfaction. Kept apart from lint-structure.ts, which checks the graph.

function allowedValues(script: Script, stepId: string): readonly string[] | null {
  const step = script.steps.find((s) => s.id === stepId);
  if (!step || step.type !== 'question') return null;
  return fixedOptionValues[step.input] ?? (step.options ?? []).map((o) => o.value);
}

/** Two marked steps where the first can lead to the second: both could be answered in one call. */
function findMarkedOnOnePath<T extends { id: string; index: number }>(script: Script, marked: T[]): [T, T] | null {
  if (marked.length < 2) return null;
  const byId = indexSteps(script);
  for (const from of marked) {
    const seen = new Set<string>();
    const queue = [from.id];
    while (queue.length > 0) {
      const id = queue.shift() ?? '';
      const index = byId.get(id);
      const step = index === undefined ? undefined : script.steps[index];
      if (!step) continue;
      for (const exit of listExits(step, index ?? 0)) {
        if (exit.to === undefined || seen.has(exit.to)) continue;
        seen.add(exit.to);
        const hit = marked.find((m) => m.id === exit.to);
        if (hit) return [from, hit];
        queue.push(exit.to);
      }
    }
  }
  return null;
}

export function lintChecklist(script: Script): LintError[] {
  const errors: LintError[] = [];
  const report = (path: (string | number)[], code: LintError['code'], message: string) =>
    errors.push({ path: formatJsonPath(path), code, message });
  script.checklist?.forEach((item, i) => {
    item.satisfiedBy?.forEach((satisfier, j) => {
      const step = script.steps.find((s) => s.id === satisfier.step);
      const at = ['checklist', i, 'satisfiedBy', j];
      if (!step) {
        report(
          [...at, 'step'],
          'unknown-step-ref',
          `Checklist item "${item.id}" is satisfied by step "${satisfier.step}", which does not exist.`,
        );
        return;
      }
      if (step.type !== 'question') {
        if (satisfier.answers)
          report(
            [...at, 'answers'],
            'unanswerable-satisfier',
            `Checklist item "${item.id}" lists answers of step "${step.id}", a say step: it counts once said, leave answers out.`,
          );
        return;
      }
      const allowed = allowedValues(script, step.id);
      if (!satisfier.answers || !allowed || allowed.length === 0) return;
      satisfier.answers.forEach((value, k) => {
        if (!allowed.includes(value))
          report(
            [...at, 'answers', k],
            'unknown-answer',
            `Checklist item "${item.id}" counts answer "${value}" of step "${step.id}", which offers only ${allowed.map((v) => `"${v}"`).join(', ')}.`,
          );
      });
    });
  });
  const rated = script.steps.flatMap((s, index) =>
    s.type === 'question' && s.input === 'satisfaction-4' ? [{ id: s.id, index }] : [],
  );
  const marked = script.steps.flatMap((s, index) =>
    s.type === 'question' && s.recordAs === 'satisfaction' ? [{ id: s.id, index, input: s.input }] : [],
  );
  const names = (list: { id: string }[]) => list.map((s) => `"${s.id}"`).join(', ');
  const clash = findMarkedOnOnePath(script, marked);
  if (clash)
    report(
      ['steps', clash[1].index, 'recordAs'],
      'several-overall-ratings',
      `Steps "${clash[0].id}" and "${clash[1].id}" are both marked recordAs "satisfaction" and one leads to the other; mark one per branch.`,
    );
  else if (marked.length === 0 && rated.length > 1)
    report(
      ['steps', rated[0]?.index ?? 0],
      'no-overall-rating',
      `The script asks ${rated.length} satisfaction questions (${names(rated)}); mark the overall one with recordAs "satisfaction" so the record stores it.`,
    );
  for (const s of marked)
    if (s.input !== 'satisfaction-4')
      report(
        ['steps', s.index, 'recordAs'],
        'no-overall-rating',
        `Step "${s.id}" is marked recordAs "satisfaction" but is a ${s.input} question; the overall rating must be a satisfaction-4 question.`,
      );
  return errors;
}
