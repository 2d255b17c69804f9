import type { FlowNode } from '@/utils/core/script/flow';

// The drawn flow of a script (options page, issue #15): one column per distance from the start, the call's ends in a
// last column, one arrow per answer. Positions only — the component draws them as SVG elements (never markup text).

export const box = { width: 168, height: 46, columnGap: 72, rowGap: 18, margin: 16 } as const;

export type GraphNode = {
  id: string;
  kind: 'say' | 'question' | 'end';
  title: string;
  text: string;
  x: number;
  y: number;
  warn: 'unreachable' | 'dead-end' | null;
};
export type GraphEdge = { from: string; to: string; label: string; path: string; labelX: number; labelY: number };
export type FlowGraph = { width: number; height: number; nodes: GraphNode[]; edges: GraphEdge[] };

const short = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** Lays out the flow: columns by depth (unreachable steps after the deepest), ends last, rows in file order. */
export function layoutFlowGraph(flow: readonly FlowNode[]): FlowGraph {
  const deepest = Math.max(0, ...flow.map((node) => node.depth ?? 0));
  const columnOf = (node: FlowNode) => (node.depth === null ? deepest + 1 : node.depth);
  const rows = new Map<number, number>();
  const place = (column: number): { x: number; y: number } => {
    const row = rows.get(column) ?? 0;
    rows.set(column, row + 1);
    return {
      x: box.margin + column * (box.width + box.columnGap),
      y: box.margin + row * (box.height + box.rowGap),
    };
  };
  const nodes: GraphNode[] = flow.map((node) => ({
    id: node.id,
    kind: node.type,
    title: node.id,
    text: short(node.text, 14),
    ...place(columnOf(node)),
    warn: node.unreachable ? 'unreachable' : node.deadEnd ? 'dead-end' : null,
  }));
  const endColumn = Math.max(...[...rows.keys()], 0) + 1;
  const ends = [...new Set(flow.flatMap((node) => node.edges.flatMap((e) => (e.outcome === null ? [] : [e.outcome]))))];
  for (const outcome of ends)
    nodes.push({ id: `end:${outcome}`, kind: 'end', title: outcome, text: '', ...place(endColumn), warn: null });
  const at = new Map(nodes.map((node) => [node.id, node]));
  const edges: GraphEdge[] = flow.flatMap((node) => {
    const from = at.get(node.id);
    if (!from) return [];
    return node.edges.flatMap((edge, index): GraphEdge[] => {
      const target = at.get(edge.to ?? `end:${edge.outcome ?? ''}`);
      if (!target) return [];
      const x1 = from.x + box.width;
      const y1 = from.y + box.height / 2 + (index - (node.edges.length - 1) / 2) * 6;
      const forward = target.x > from.x;
      const x2 = forward ? target.x : target.x + box.width / 2;
      const y2 = forward ? target.y + box.height / 2 : target.y + box.height;
      // Back and same-column edges (a loop, a return) bend below the boxes so they do not cross them.
      const bend = forward ? (x2 - x1) / 2 : box.columnGap;
      const path = forward
        ? `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`
        : `M${x1},${y1} C${x1 + bend},${y1 + 40} ${x2},${y2 + 50} ${x2},${y2}`;
      return [
        {
          from: node.id,
          to: target.id,
          label: short(edge.when, 8),
          path,
          labelX: x1 + 4,
          labelY: y1 - 3,
        },
      ];
    });
  });
  const width = Math.max(...nodes.map((n) => n.x + box.width)) + box.margin;
  const height = Math.max(...nodes.map((n) => n.y + box.height)) + box.margin + 40;
  return { width, height, nodes, edges };
}
