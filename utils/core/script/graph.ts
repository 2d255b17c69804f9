import type { Script, Step } from './schema';

/** Where a step can lead: to a step (`to`) or to the end of the call (`end`), with the JSON path of the reference. */
export type Exit = { path: (string | number)[]; to?: string; end?: string };

export const fixedOptionValues: Partial<Record<string, readonly string[]>> = {
  'yes-no': ['yes', 'no'],
  'satisfaction-4': ['satisfied', 'fairly-satisfied', 'basically-satisfied', 'dissatisfied'],
  'scale-5': ['1', '2', '3', '4', '5'],
};

/** Every reference from a step to another step or an outcome. */
export function listExits(step: Step, index: number): Exit[] {
  const base: (string | number)[] = ['steps', index];
  const exits: Exit[] = [];
  if (step.next !== undefined) exits.push({ path: [...base, 'next'], to: step.next });
  if (step.end !== undefined) exits.push({ path: [...base, 'end'], end: step.end });
  if (step.type === 'question') {
    step.options?.forEach((option, i) => {
      if (option.goto !== undefined) exits.push({ path: [...base, 'options', i, 'goto'], to: option.goto });
      if (option.end !== undefined) exits.push({ path: [...base, 'options', i, 'end'], end: option.end });
    });
    step.ranges?.forEach((range, i) => {
      if (range.goto !== undefined) exits.push({ path: [...base, 'ranges', i, 'goto'], to: range.goto });
      if (range.end !== undefined) exits.push({ path: [...base, 'ranges', i, 'end'], end: range.end });
    });
    if (step.repeat) exits.push({ path: [...base, 'repeat', 'then'], to: step.repeat.then });
  }
  return exits;
}

/** Step ids a step leads to, known ones only. */
export function listSuccessors(step: Step, index: number, known: ReadonlyMap<string, number>): string[] {
  const targets = new Set<string>();
  for (const exit of listExits(step, index)) if (exit.to !== undefined && known.has(exit.to)) targets.add(exit.to);
  return [...targets];
}

export function indexSteps(script: Script): Map<string, number> {
  const byId = new Map<string, number>();
  script.steps.forEach((step, i) => {
    if (!byId.has(step.id)) byId.set(step.id, i);
  });
  return byId;
}

/** Breadth-first distances from the start; unreachable steps are absent. */
export function measureDistances(script: Script, byId: ReadonlyMap<string, number>): Map<string, number> {
  const distance = new Map<string, number>();
  if (!byId.has(script.start)) return distance;
  // Every start is a root: the common one and each kind's own (startByKind).
  const starts = [script.start, ...Object.values(script.startByKind ?? {})].filter((id) => byId.has(id));
  for (const id of starts) distance.set(id, 0);
  const queue = [...new Set(starts)];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] ?? '';
    const index = byId.get(id) ?? 0;
    const step = script.steps[index];
    if (!step) continue;
    for (const next of listSuccessors(step, index, byId)) {
      if (distance.has(next)) continue;
      distance.set(next, (distance.get(id) ?? 0) + 1);
      queue.push(next);
    }
  }
  return distance;
}

/** Steps from which some walk ends the call (by an `end` somewhere downstream). */
export function findExitingSteps(script: Script, byId: ReadonlyMap<string, number>): Set<string> {
  const predecessors = new Map<string, string[]>();
  const exiting = new Set<string>();
  script.steps.forEach((step, index) => {
    if (listExits(step, index).some((exit) => exit.end !== undefined)) exiting.add(step.id);
    for (const next of listSuccessors(step, index, byId))
      predecessors.set(next, [...(predecessors.get(next) ?? []), step.id]);
  });
  const queue = [...exiting];
  for (let head = 0; head < queue.length; head++) {
    for (const previous of predecessors.get(queue[head] ?? '') ?? []) {
      if (exiting.has(previous)) continue;
      exiting.add(previous);
      queue.push(previous);
    }
  }
  return exiting;
}

/**
 * Cycles among the given steps (strongly connected components with a loop), each as a closed path a → b → a.
 * Iterative Tarjan, so a 2000-step chain does not overflow the stack.
 */
export function findCycles(script: Script, byId: ReadonlyMap<string, number>, among: ReadonlySet<string>): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const successorsOf = (id: string): string[] => {
    const index = byId.get(id);
    const step = index === undefined ? undefined : script.steps[index];
    return step && index !== undefined ? listSuccessors(step, index, byId).filter((next) => among.has(next)) : [];
  };
  for (const root of among) {
    if (order.has(root)) continue;
    const work: { id: string; successors: string[]; at: number }[] = [
      { id: root, successors: successorsOf(root), at: 0 },
    ];
    order.set(root, order.size);
    low.set(root, order.get(root) ?? 0);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (!frame) break;
      const next = frame.successors[frame.at++];
      if (next !== undefined) {
        if (!order.has(next)) {
          order.set(next, order.size);
          low.set(next, order.get(next) ?? 0);
          stack.push(next);
          onStack.add(next);
          work.push({ id: next, successors: successorsOf(next), at: 0 });
        } else if (onStack.has(next)) {
          low.set(frame.id, Math.min(low.get(frame.id) ?? 0, order.get(next) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) ?? 0, low.get(frame.id) ?? 0));
      if (low.get(frame.id) !== order.get(frame.id)) continue;
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.id);
      const loops = component.length > 1 || successorsOf(frame.id).includes(frame.id);
      if (loops) cycles.push(traceCycle(new Set(component), frame.id, successorsOf));
    }
  }
  return cycles;
}

/** A closed walk inside one component, from its root back to the root. */
function traceCycle(component: ReadonlySet<string>, root: string, successorsOf: (id: string) => string[]): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [root];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] ?? root;
    for (const next of successorsOf(id)) {
      if (!component.has(next)) continue;
      if (next === root) {
        const path = [id];
        for (let at = id; at !== root;) {
          at = cameFrom.get(at) ?? root;
          path.unshift(at);
        }
        return [...path, root];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, id);
        queue.push(next);
      }
    }
  }
  return [root, root];
}
