import { builtinPlaybooks } from '@/utils/core/playbooks';
import type { AnswerInput } from '@/utils/core/script/engine';
import { summariseResult } from '@/utils/core/script/result';
import type { Script, Step } from '@/utils/core/script/schema';
import { fullContext, walkPlaybook } from './walk-playbook';
import type { CallbackKind } from '@/utils/core/callback-kinds';

// The rating that counts (docs/report.md): each built-in playbook declares its overall satisfaction step, and a
// walk that rates the marked steps 基本满意 and every other 4-level question 满意 stores 基本满意.

/** An answer for every question: "yes", the first choice, a number, a date or text; 满意 for ratings. */
function answerAll(script: Script, overrides: Record<string, AnswerInput>): Record<string, AnswerInput> {
  const pick = (step: Step): AnswerInput | undefined => {
    if (step.type !== 'question') return undefined;
    switch (step.input) {
      case 'yes-no':
        return 'yes';
      case 'satisfaction-4':
        return step.recordAs === 'satisfaction' ? 'basically-satisfied' : 'satisfied';
      case 'single':
        return step.options?.[0]?.value;
      case 'multiple':
        return step.options?.[0] ? [step.options[0].value] : undefined;
      case 'scale-5':
        return 5;
      case 'number':
        return step.min ?? 1;
      case 'date':
        return '2026-11-27';
      case 'text':
        return '无';
    }
  };
  const out: Record<string, AnswerInput> = {};
  for (const step of script.steps) {
    const value = pick(step);
    if (value !== undefined) out[step.id] = value;
  }
  return { ...out, ...overrides };
}

const byId = (id: string): Script => {
  const script = builtinPlaybooks.find((s) => s.id === id);
  if (!script) throw new Error(`no playbook ${id}`);
  return script;
};

// [playbook, branch answers, the overall step expected on the path (null: the playbook asks no rating), the kind]
const cases: [string, Record<string, AnswerInput>, string | null, CallbackKind?][] = [
  ['software-checkin', {}, 'satisfaction'],
  ['wealth-new-contract', {}, 'satisfaction'],
  ['wealth-continuous', {}, 'satisfaction'],
  ['wealth-complaint-followup', {}, 'handling-satisfaction'],
  ['wealth-termination', {}, null],
  ['insurance-hesitation', {}, null],
  ['travel-callbacks', {}, 'post-overall', 'travel-post-use'],
  ['power-callback', {}, 'biz-service', 'power-business'],
  ['power-callback', {}, 'repair-service', 'power-repair'],
  ['power-callback', {}, 'survey-overall', 'satisfaction-sample'],
  ['dealer-visit-followup', {}, null],
];

describe('the overall rating of each built-in playbook', () => {
  it('covers all nine playbooks', () => {
    expect(new Set(cases.map(([id]) => id))).toEqual(new Set(builtinPlaybooks.map((s) => s.id)));
  });

  it.each(cases)('%s %j: the record stores the overall step’s rating (%s, %s)', (id, branch, overall, kind) => {
    const script = byId(id);
    const walk = walkPlaybook(script, answerAll(script, branch), fullContext, kind);
    const result = summariseResult(script, walk.state);
    const rated = script.steps.filter((s) => s.type === 'question' && s.input === 'satisfaction-4');
    if (overall === null) {
      expect(rated).toEqual([]);
      expect(result.record.satisfaction).toBeNull();
      return;
    }
    expect(walk.path).toContain(overall);
    const step = script.steps.find((s) => s.id === overall);
    expect(step?.type === 'question' && step.recordAs).toBe('satisfaction');
    expect(result.record.satisfaction).toBe('basically-satisfied');
  });
});
