import { findExitingSteps, indexSteps, listExits, measureDistances } from './graph';
import { pickText, type Locale } from './localized';
import type { Script } from './schema';

/** One way out of a step: the answer (or "next"/"end") and where it leads, a step or an outcome. */
export type FlowEdge = { when: string; to: string | null; outcome: string | null };
/** A step as the flow view draws it: its branches and what is wrong with it. */
export type FlowNode = {
  id: string;
  type: 'say' | 'question';
  text: string;
  /** Moves from the start along the branches; null when no walk reaches it. */
  depth: number | null;
  edges: FlowEdge[];
  unreachable: boolean;
  /** No walk from here ever ends the call. */
  deadEnd: boolean;
};

const words = {
  next: { 'zh-CN': '下一步', en: 'next' },
  end: { 'zh-CN': '完成后', en: 'when done' },
  yes: { 'zh-CN': '是', en: 'yes' },
  no: { 'zh-CN': '否', en: 'no' },
} as const;

/**
 * The steps and branches of a script for the options page's flow view (the same graph the linter walks, graph.ts):
 * each step with its answers → targets, its depth from the start, unreachable and dead-end steps marked.
 */
export function describeFlow(script: Script, locale: Locale): FlowNode[] {
  const byId = indexSteps(script);
  const distance = measureDistances(script, byId);
  const exiting = findExitingSteps(script, byId);
  const outcomeLabel = (id: string) => {
    const outcome = script.outcomes.find((o) => o.id === id);
    return outcome ? pickText(outcome.label, locale) : id;
  };
  return script.steps.map((step, index) => {
    const edges: FlowEdge[] = listExits(step, index).map((exit) => {
      const [, , list, at, key] = exit.path;
      let when = pickText(key === undefined && list === 'end' ? words.end : words.next, locale);
      if (step.type === 'question' && list === 'options' && typeof at === 'number') {
        const option = step.options?.[at];
        const fixed = option?.value === 'yes' || option?.value === 'no' ? words[option.value] : null;
        when = option?.label ? pickText(option.label, locale) : fixed ? pickText(fixed, locale) : (option?.value ?? '');
      } else if (step.type === 'question' && list === 'ranges' && typeof at === 'number') {
        const range = step.ranges?.[at];
        when = `${range?.min ?? '…'}–${range?.max ?? '…'}`;
      }
      return exit.to !== undefined
        ? { when, to: exit.to, outcome: null }
        : { when, to: null, outcome: outcomeLabel(exit.end ?? '') };
    });
    const text = pickText(step.text, locale);
    return {
      id: step.id,
      type: step.type,
      text: text.length > 80 ? `${text.slice(0, 80)}…` : text,
      depth: distance.get(step.id) ?? null,
      edges,
      unreachable: !distance.has(step.id),
      deadEnd: !exiting.has(step.id),
    };
  });
}
