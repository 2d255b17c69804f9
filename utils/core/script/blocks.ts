import type { ChecklistItem, Satisfier, Script, ScriptSource, Step, UseStep } from './schema';

// Reusable blocks (format 2, docs/script-format.md "Blocks"): a `use` step is replaced by a copy of the block's steps,
// ids prefixed with the use step's id, so one opening or identity check serves several starts of a script. The engine,
// linter and panel only ever see the expanded script: a block is a writing aid, not a runtime construct.

export type BlockError = { path: (string | number)[]; code: 'unknown-block' | 'duplicate-id'; message: string };
export type ExpandResult = { ok: true; script: Script } | { ok: false; errors: BlockError[] };

function isUse(step: ScriptSource['steps'][number]): step is UseStep {
  return step.type === 'use';
}

/** The block's step with its own references renamed to the copy's ids and its way on filled in. */
function copyStep(step: Step, rename: (id: string) => string, fallthrough: string | undefined): Step {
  const effect = <T extends { goto?: string }>(e: T): T => (e.goto === undefined ? e : { ...e, goto: rename(e.goto) });
  const copy: Step = { ...step, id: rename(step.id) };
  if (step.next !== undefined) copy.next = rename(step.next);
  else if (step.end === undefined && fallthrough !== undefined) copy.next = fallthrough;
  if (copy.type === 'question') {
    if (copy.options) copy.options = copy.options.map(effect);
    if (copy.ranges) copy.ranges = copy.ranges.map(effect);
    if (copy.repeat) copy.repeat = { ...copy.repeat, then: rename(copy.repeat.then) };
  }
  return copy;
}

/** Expands every `use` step; a script without blocks comes back as it was (minus the empty `blocks`). */
export function expandBlocks(source: ScriptSource): ExpandResult {
  const { blocks = [], ...rest } = source;
  const errors: BlockError[] = [];
  const byId = new Map(blocks.map((block) => [block.id, block]));
  blocks.forEach((block, index) => {
    if (byId.get(block.id) !== block)
      errors.push({
        path: ['blocks', index, 'id'],
        code: 'duplicate-id',
        message: `Block id "${block.id}" is used twice.`,
      });
  });
  // Where a reference to a use step lands: the first step of its copy.
  const entry = new Map<string, string>();
  // Which copies each block step id became, for checklist references.
  const copiesOf = new Map<string, string[]>();
  source.steps.forEach((step, index) => {
    if (!isUse(step)) return;
    const block = byId.get(step.block);
    if (!block) {
      errors.push({
        path: ['steps', index, 'block'],
        code: 'unknown-block',
        message: `Step "${step.id}" uses block "${step.block}", which is not defined; blocks: ${[...byId.keys()].join(', ') || '(none)'}.`,
      });
      return;
    }
    entry.set(step.id, `${step.id}.${block.steps[0]?.id ?? ''}`);
    for (const inner of block.steps)
      copiesOf.set(inner.id, [...(copiesOf.get(inner.id) ?? []), `${step.id}.${inner.id}`]);
  });
  if (errors.length > 0) return { ok: false, errors };
  const outer = (id: string): string => entry.get(id) ?? id;
  const steps: Step[] = [];
  source.steps.forEach((step) => {
    if (!isUse(step)) {
      steps.push(copyStep(step, outer, undefined));
      return;
    }
    const block = byId.get(step.block);
    if (!block) return;
    const local = new Set(block.steps.map((inner) => inner.id));
    const rename = (id: string): string => (local.has(id) ? `${step.id}.${id}` : outer(id));
    block.steps.forEach((inner, i) => {
      const following = block.steps[i + 1];
      steps.push(copyStep(inner, rename, following ? rename(following.id) : step.next && outer(step.next)));
    });
  });
  const seen = new Map<string, number>();
  steps.forEach((step, index) => {
    if (seen.has(step.id) && source.blocks)
      errors.push({
        path: ['steps', index, 'id'],
        code: 'duplicate-id',
        message: `Expanding blocks gives the step id "${step.id}" twice; rename the step or the use step.`,
      });
    seen.set(step.id, index);
  });
  if (errors.length > 0) return { ok: false, errors };
  // A checklist item naming a block's step belongs to every copy; only the copy on the path counts (checklist-scope.ts).
  const own = new Set(source.steps.filter((step) => !isUse(step)).map((step) => step.id));
  const spread = (id: string): string[] => (own.has(id) ? [id] : (copiesOf.get(id) ?? [outer(id)]));
  const checklist = rest.checklist?.map((item): ChecklistItem => {
    const out: ChecklistItem = { ...item };
    if (item.steps) out.steps = [...new Set(item.steps.flatMap(spread))];
    if (item.satisfiedBy)
      out.satisfiedBy = item.satisfiedBy.flatMap((s): Satisfier[] => spread(s.step).map((id) => ({ ...s, step: id })));
    return out;
  });
  const startByKind = rest.startByKind
    ? Object.fromEntries(Object.entries(rest.startByKind).map(([kind, id]) => [kind, outer(id)]))
    : undefined;
  const script: Script = {
    ...rest,
    start: outer(rest.start),
    steps,
    ...(startByKind ? { startByKind } : {}),
    ...(checklist ? { checklist } : {}),
  };
  return { ok: true, script };
}
