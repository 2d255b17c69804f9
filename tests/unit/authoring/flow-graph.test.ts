import { travelCallbacks } from '@/utils/core/playbooks';
import { describeFlow } from '@/utils/core/script/flow';
import { box, layoutFlowGraph } from '@/utils/ui/flow-graph-view';

describe('the drawn flow graph', () => {
  const graph = layoutFlowGraph(describeFlow(travelCallbacks, 'zh-CN'));

  it('puts each step in the column of its distance from a start, and the ends in a last column', () => {
    const x = (id: string) => graph.nodes.find((n) => n.id === id)?.x;
    expect(x('pre.greet')).toBe(box.margin);
    expect(x('post.greet')).toBe(box.margin);
    expect(x('pre.convenient')).toBe(box.margin + box.width + box.columnGap);
    const ends = graph.nodes.filter((n) => n.kind === 'end');
    expect(ends.map((n) => n.title)).toContain('回访完成');
    expect(Math.min(...ends.map((n) => n.x))).toBeGreaterThan(
      Math.max(...graph.nodes.filter((n) => n.kind !== 'end').map((n) => n.x)),
    );
  });

  it('draws one arrow per way on, with the answer as its label, and no two boxes overlap', () => {
    const fromGreet = graph.edges.filter((e) => e.from === 'pre.greet');
    expect(fromGreet.map((e) => [e.label, e.to])).toEqual([
      ['下一步', 'pre.convenient'],
      ['否', 'not-reached'],
    ]);
    const spots = new Set(graph.nodes.map((n) => `${n.x},${n.y}`));
    expect(spots.size).toBe(graph.nodes.length);
    expect(graph.width).toBeGreaterThan(0);
  });

  it('marks unreachable and never-ending steps', () => {
    const flow = describeFlow(travelCallbacks, 'zh-CN').map((n) => (n.id === 'close' ? { ...n, deadEnd: true } : n));
    expect(layoutFlowGraph(flow).nodes.find((n) => n.id === 'close')?.warn).toBe('dead-end');
  });
});
