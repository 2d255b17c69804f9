import type { Translate } from '@/utils/ui/i18n';
import { box, type FlowGraph } from '@/utils/ui/flow-graph-view';

/** The script's steps and branches drawn as a graph (SVG elements, text as text); warnings outlined. */
export function ScriptFlowGraph({ graph, t }: { graph: FlowGraph; t: Translate }) {
  return (
    <div class="flow-graph" data-testid="flow-graph">
      <svg
        width={graph.width}
        height={graph.height}
        viewBox={`0 0 ${graph.width} ${graph.height}`}
        role="img"
        aria-label={t('flowTitle')}
      >
        <defs>
          <marker id="flow-arrow" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="8" markerHeight="8" orient="auto">
            <path d="M0,0 L8,4 L0,8 z" fill="#5b6b7f" />
          </marker>
        </defs>
        {graph.edges.map((edge, i) => (
          <g key={`e${i}`} class="flow-edge">
            <path d={edge.path} fill="none" stroke="#5b6b7f" stroke-width="1.2" marker-end="url(#flow-arrow)" />
            <text x={edge.labelX} y={edge.labelY} font-size="10" fill="#334">
              {edge.label}
            </text>
          </g>
        ))}
        {graph.nodes.map((node) => (
          <g key={node.id} data-node={node.id} class={`flow-node flow-${node.kind}`}>
            <title>
              {node.title}
              {node.warn === 'unreachable' ? ` — ${t('flowUnreachable')}` : ''}
              {node.warn === 'dead-end' ? ` — ${t('flowDeadEnd')}` : ''}
            </title>
            <rect
              x={node.x}
              y={node.y}
              width={box.width}
              height={box.height}
              rx={node.kind === 'end' ? box.height / 2 : 6}
              fill={node.kind === 'end' ? '#e8f3ea' : node.kind === 'question' ? '#eef3fb' : '#fff'}
              stroke={node.warn ? '#c0392b' : '#8795a8'}
              stroke-width={node.warn ? 2 : 1}
              stroke-dasharray={node.warn === 'unreachable' ? '5 3' : undefined}
            />
            <text x={node.x + 8} y={node.y + 18} font-size="11" font-weight="bold" fill="#1d2a3a">
              {node.warn ? '⚠ ' : ''}
              {node.kind === 'end' ? t('flowEnds', { outcome: node.title }) : node.title}
            </text>
            <text x={node.x + 8} y={node.y + 36} font-size="11" fill="#425">
              {node.text}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
